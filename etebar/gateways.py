"""The bank gateways as configured: each adapter built from settings over httpx clients on one
transport seam. `etebar.services` hands `open_gateways` to the API, the callback routes and the
reconciliation actor.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from models.platform.settings import Settings
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.adapters.saman import SamanGateway
from models.wallet.topups.gateway import Gateway, GatewayName

# The seam for tests and the simulators: an httpx transport to use instead of the network.
transport: httpx.AsyncBaseTransport | None = None


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every bank client: building one loads the CA bundle (about 25 ms of
    the event loop), and clients are made per callback and per request."""
    return httpx.create_ssl_context()


def tls_context() -> ssl.SSLContext:
    """The shared TLS context, for other outside services' clients (SMS)."""
    return _tls()


def http_client(settings: Settings) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=transport, verify=_tls(),
                             timeout=settings.wallet.topup_http_timeout_seconds)


@asynccontextmanager
async def open_gateways(settings: Settings) -> AsyncIterator[dict[str, Gateway]]:
    """Every configured gateway by name, with HTTP clients for the block's duration.

    Mellat gets a client of its own on the same transport: zeep sets the client's headers (its
    User-Agent, the SOAP content type) for its own use."""
    wallet = settings.wallet
    async with http_client(settings) as client, httpx.AsyncClient(
            transport=transport, verify=_tls(), timeout=wallet.mellat_timeout_seconds) as soap:
        yield {GatewayName.SAMAN: SamanGateway(client, terminal_id=wallet.saman_terminal_id,
                                               base_url=settings.saman_url),
               GatewayName.MELLAT: mellat_gateway(settings, http=soap)}


def mellat_gateway(settings: Settings, http: httpx.AsyncClient | None = None) -> MellatGateway:
    wallet = settings.wallet
    return MellatGateway(terminal_id=wallet.mellat_terminal_id, username=wallet.mellat_username,
                         password=wallet.mellat_password.get_secret_value(),
                         base_url=settings.mellat_url, http=http,
                         timeout_seconds=wallet.mellat_timeout_seconds,
                         order_id_offset=wallet.mellat_order_id_offset)

