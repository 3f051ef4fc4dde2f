"""One way in for every caller: a bearer secret's prefix says whose it is."""

from __future__ import annotations

from models.identity import customers, partners, tokens
from models.identity.callers import Identity


async def authenticate(secret: str) -> Identity:
    """The caller holding `secret`: a staff token or session (`etb_`), a partner key (`etbk_`) or
    a customer session (`etbc_`). Raises `AuthenticationFailed` for anything else."""
    if secret.startswith(partners.KEY_PREFIX):
        return await partners.authenticate_key(secret)
    if secret.startswith(customers.SESSION_PREFIX):
        return await customers.authenticate_session(secret)
    return await tokens.authenticate_token(secret)


async def sign_out(secret: str) -> None:
    """End the staff or customer session (or revoke the staff API token) whose secret this is."""
    if secret.startswith(customers.SESSION_PREFIX):
        await customers.sign_out(secret)
    else:
        await tokens.sign_out(secret)
