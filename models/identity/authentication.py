"""One way in for every caller: a bearer secret's prefix says whose it is.

Identity knows its own credentials (staff tokens and sessions, partner keys, customer sessions);
a domain that brings a credential of its own (loyalty's terminal keys) registers how to resolve
it under its prefix, so identity never imports the domains built on it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from models.identity import customers, partners, tokens
from models.identity.callers import Identity

CredentialResolver = Callable[[str], Awaitable[Identity]]
_resolvers: dict[str, CredentialResolver] = {}
_OWN_PREFIXES = (tokens.TOKEN_PREFIX, partners.KEY_PREFIX, customers.SESSION_PREFIX)


def register_credential(prefix: str, resolver: CredentialResolver) -> None:
    """Resolve secrets starting `prefix` with `resolver` (which raises `AuthenticationFailed`
    for one it does not know). Registering the same pair again changes nothing."""
    if any(prefix.startswith(own) or own.startswith(prefix) for own in _OWN_PREFIXES):
        raise ValueError(f"the credential prefix {prefix!r} overlaps identity's own")
    known = _resolvers.get(prefix)
    if known is not None and known is not resolver:
        raise ValueError(f"the credential prefix {prefix!r} is taken")
    _resolvers[prefix] = resolver


async def authenticate(secret: str) -> Identity:
    """The caller holding `secret`: a staff token or session (`etb_`), a partner key (`etbk_`),
    a customer session (`etbc_`) or a registered domain's credential. Raises
    `AuthenticationFailed` for anything else."""
    if secret.startswith(partners.KEY_PREFIX):
        return await partners.authenticate_key(secret)
    if secret.startswith(customers.SESSION_PREFIX):
        return await customers.authenticate_session(secret)
    for prefix, resolver in _resolvers.items():
        if secret.startswith(prefix):
            return await resolver(secret)
    return await tokens.authenticate_token(secret)


async def sign_out(secret: str) -> None:
    """End the staff or customer session (or revoke the staff API token) whose secret this is."""
    if secret.startswith(customers.SESSION_PREFIX):
        await customers.sign_out(secret)
    else:
        await tokens.sign_out(secret)
