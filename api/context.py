"""The request context: who is calling, what they reach, the root's services (settings,
policies and outbound adapters), and dataloaders."""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass, field
from typing import Any

from strawberry.exceptions import StrawberryGraphQLError

from api.loaders import Loaders
from models.errors import AuthenticationFailed
from models.identity.authentication import authenticate
from models.identity.callers import Identity
from models.identity.customers import CodePolicy, Confirmation
from models.identity.reach import Reach
from models.identity.tokens import Lockout
from models.notify.sms import SmsSender
from models.platform.services import Adapters, Policies

# Named here for the admin too, which reaches the services only through the API.
from models.platform.services import Services as Services
from models.platform.settings import Settings

CREDENTIAL_REVOKED = "CREDENTIAL_REVOKED"


class CredentialRevoked(StrawberryGraphQLError):
    """The credential a connection signed in with no longer authenticates: the key was
    revoked, the partner or staff member deactivated, or the session ended or expired."""

    def __init__(self) -> None:
        super().__init__("The credential this connection signed in with was revoked or has "
                         "expired: sign in again and open a new connection.",
                         extensions={"code": CREDENTIAL_REVOKED})


@dataclass
class Context:
    identity: Identity | None
    services: Services
    request: Any = None
    response: Any = None
    auth_error: str | None = None
    token: str | None = None
    loaders: Loaders = field(init=False)  # per request: see api.loaders
    connection_params: dict[str, Any] | None = None  # graphql-transport-ws connection_init
    # When `token` last authenticated (time.monotonic()), and whether it has stopped: a
    # websocket's context outlives its credential's checks, so it checks again (`recheck`).
    checked_at: float = 0.0
    revoked: bool = False
    address: str = "local"  # the client's address (see client_address); "local": in-process
    reach: Reach = field(init=False)

    def __post_init__(self) -> None:
        self.reach = Reach(self.identity)
        self.loaders = Loaders(lambda: self.identity)

    async def recheck(self, *, max_age_seconds: float = 0.0) -> None:
        """Authenticate the caller's credential again unless it did within `max_age_seconds`;
        raise `CredentialRevoked` (then and ever after) when it no longer does. An anonymous
        caller has nothing to revoke. The fresh identity replaces the old one, so a changed
        role or scope counts from here on."""
        if self.revoked:
            raise CredentialRevoked
        if self.token is None or time.monotonic() - self.checked_at < max_age_seconds:
            return
        try:
            identity = await authenticate(self.token)
        except AuthenticationFailed:
            self.revoked = True
            raise CredentialRevoked from None
        self.identity, self.reach, self.checked_at = identity, Reach(identity), time.monotonic()

    @property
    def key_namespace(self) -> str:
        """Where the signed-in caller's idempotency keys and external ids live."""
        assert self.identity is not None, "only signed-in callers give keys"
        return self.identity.key_namespace

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def policies(self) -> Policies:
        return self.services.policies

    @property
    def adapters(self) -> Adapters:
        return self.services.adapters

    @property
    def lockout(self) -> Lockout:
        return self.services.policies.lockout

    @property
    def code_policy(self) -> CodePolicy:
        return self.services.policies.code

    @property
    def sms(self) -> SmsSender:
        return self.services.adapters.sms

    @property
    def membership_confirmation(self) -> Confirmation | None:
        """How a partner's new members confirm, when the settings ask them to."""
        if not self.settings.identity.membership_confirmation_required:
            return None
        return Confirmation(sender=self.sms, policy=self.code_policy)


def client_address(request: Any) -> str:
    """Who is calling, for counting attempts: the socket's peer, or the client a trusted proxy
    names (`trusted_proxies`: the app rewrites the peer before this). An IPv6 client counts as
    its /64 network, which one subscriber usually holds whole."""
    client = getattr(request, "client", None)
    if client is None or not client.host:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(client.host)
    except ValueError:
        return str(client.host)
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)


async def context_for_token(secret: str | None, services: Services, request: Any = None,
                            response: Any = None, address: str | None = None) -> Context:
    """The context of a caller holding `secret` (a staff token or session, a partner key or a
    customer session), or an anonymous one, calling from `address` (by default the request's).

    The admin UI runs its operations through this too, with the signed-in staff's session."""
    if address is None:
        address = client_address(request) if request is not None else "local"
    if not secret:
        return Context(identity=None, services=services, request=request, response=response,
                       address=address)
    try:
        identity = await authenticate(secret)
    except AuthenticationFailed as error:
        return Context(identity=None, services=services, request=request, response=response,
                       auth_error=error.message, address=address)
    return Context(identity=identity, services=services, request=request, response=response,
                   token=secret, checked_at=time.monotonic(), address=address)


async def context_for_request(request: Any, response: Any, services: Services) -> Context:
    """Authenticate `Authorization: Bearer <token>`; no header or a bad token means no identity."""
    header = request.headers.get("authorization", "") if request is not None else ""
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer":
        secret = ""
    return await context_for_token(secret.strip(), services, request, response)


async def authenticate_connection(context: Context) -> None:
    """A websocket's caller: the token in `connection_init`'s payload (`{"authorization":
    "Bearer …"}`) when there is one, else the handshake's `Authorization` header (already in
    `context`). The context lives as long as the connection."""
    params = context.connection_params or {}
    header = params.get("authorization") or params.get("Authorization")
    if not isinstance(header, str):
        return
    scheme, _, secret = header.partition(" ")
    secret = secret.strip() if scheme.lower() == "bearer" else ""
    fresh = await context_for_token(secret, context.services, context.request,
                                    context.response)
    context.identity, context.auth_error, context.token = (fresh.identity, fresh.auth_error,
                                                           fresh.token)
    context.reach, context.checked_at = fresh.reach, fresh.checked_at
