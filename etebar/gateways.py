"""The bank gateways as configured: each adapter built from settings over httpx clients on one
transport seam, and the top-up limits. The API, the callback route and the reconciliation actor
all open them here.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from etebar.settings import Settings
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.adapters.saman import SamanGateway
from models.wallet.topups.gateway import Gateway, GatewayName
from models.wallet.topups.topups import TopUpPolicy

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
                             timeout=settings.topup_http_timeout_seconds)


@asynccontextmanager
async def open_gateways(settings: Settings) -> AsyncIterator[dict[str, Gateway]]:
    """Every configured gateway by name, with HTTP clients for the block's duration.

    Mellat gets a client of its own on the same transport: zeep sets the client's headers (its
    User-Agent, the SOAP content type) for its own use."""
    async with http_client(settings) as client, httpx.AsyncClient(
            transport=transport, verify=_tls(), timeout=settings.mellat_timeout_seconds) as soap:
        yield {GatewayName.SAMAN: SamanGateway(client, terminal_id=settings.saman_terminal_id,
                                               base_url=settings.saman_url),
               GatewayName.MELLAT: MellatGateway.from_settings(settings, http=soap)}


def topup_policy(settings: Settings) -> TopUpPolicy:
    return TopUpPolicy(min_amount=settings.topup_min_amount,
                       max_amount=settings.topup_max_amount,
                       max_balance=settings.topup_max_balance, public_url=settings.public_url,
                       give_up_seconds=settings.topup_give_up_seconds)
