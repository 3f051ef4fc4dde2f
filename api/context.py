"""The request context: who is calling, and the per-request dataloaders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from strawberry.dataloader import DataLoader

from models.errors import AuthenticationFailed
from models.identity.tokens import Identity, authenticate_token
from models.ledger.tables import Account


async def _load_accounts(ids: Sequence[int]) -> list[Account | None]:
    found = {a.id: a for a in await Account.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


@dataclass
class Context:
    identity: Identity | None
    request: Any = None
    response: Any = None
    auth_error: str | None = None
    token: str | None = None
    accounts: DataLoader[int, Account | None] = field(
        default_factory=lambda: DataLoader(load_fn=_load_accounts))


async def context_for_token(secret: str | None, request: Any = None,
                            response: Any = None) -> Context:
    """The context of a caller holding `secret` (an API or session token), or an anonymous one.

    The admin UI runs its operations through this too, with the signed-in staff's session."""
    if not secret:
        return Context(identity=None, request=request, response=response)
    try:
        identity = await authenticate_token(secret)
    except AuthenticationFailed as error:
        return Context(identity=None, request=request, response=response,
                       auth_error=error.message)
    return Context(identity=identity, request=request, response=response, token=secret)


async def context_for_request(request: Any, response: Any) -> Context:
    """Authenticate `Authorization: Bearer <token>`; no header or a bad token means no identity."""
    header = request.headers.get("authorization", "") if request is not None else ""
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer":
        secret = ""
    return await context_for_token(secret.strip(), request, response)
