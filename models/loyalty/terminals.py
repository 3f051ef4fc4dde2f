"""A merchant's POS terminals and their keys.

A terminal's key is shown once and kept as SHA-256 (as a partner key is); a request bearing it
(`Authorization: Bearer etbt_…`) is the terminal itself: an `Identity` of kind `TERMINAL` with the
terminal's merchant as `partner_id` and its `terminal_id`, rate limited like a key, its
idempotency keys in the merchant's namespace. It acts for its merchant only, in the clubs the
merchant is active in. A revoked key, a deactivated terminal or a suspended merchant no longer
authenticates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.errors import AuthenticationFailed, Conflict, NotAllowed, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.hashing import new_secret, secret_hash
from models.identity.tokens import LAST_USED_RESOLUTION
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.merchants import branch_of, reaches_merchant
from models.loyalty.tables import Terminal, TerminalKey

TERMINAL_KEY_PREFIX = "etbt_"


def terminal_absent(terminal_id: int) -> NotFound:
    return NotFound(LoyaltyErrorCode.TERMINAL_NOT_FOUND, f"no terminal {terminal_id}",
                    field="terminalId")


async def create_terminal(actor: Identity, merchant_id: int, serial: str, name: str = "",
                          branch_id: int | None = None) -> Terminal:
    """A new terminal of the merchant, numbered `serial` at its PSP (unique per merchant)."""
    await reaches_merchant(actor, merchant_id)
    serial = serial.strip()
    if not 1 <= len(serial) <= 32:
        raise ValidationFailed(LoyaltyErrorCode.INVALID_NAME,
                               "a serial of 1 to 32 characters is required", field="serial")
    if branch_id is not None:
        await branch_of(merchant_id, branch_id)
    try:
        async with in_transaction():
            return await Terminal.create(merchant_id=merchant_id, serial=serial,
                                         name=name.strip()[:200], branch_id=branch_id)
    except IntegrityError:
        raise Conflict(LoyaltyErrorCode.TERMINAL_EXISTS,
                       "the merchant has a terminal with this serial", field="serial") from None


async def terminal_for(actor: Identity, terminal_id: int) -> Terminal:
    """A terminal whose merchant `actor` reaches; otherwise `terminal_not_found`."""
    terminal = await Terminal.get_or_none(id=terminal_id)
    if terminal is None:
        raise terminal_absent(terminal_id)
    try:
        await reaches_merchant(actor, terminal.merchant_id)
    except NotFound:
        raise terminal_absent(terminal_id) from None
    return terminal


async def deactivate_terminal(actor: Identity, terminal_id: int) -> Terminal:
    """Take a terminal out of service: its keys stop working at once. Safe to repeat."""
    async with in_transaction():
        terminal = await terminal_for(actor, terminal_id)
        if terminal.is_active:
            terminal.is_active = False
            await terminal.save(update_fields=["is_active"])
            await TerminalKey.filter(terminal_id=terminal.id, revoked_at=None).update(
                revoked_at=datetime.now(UTC))
    return terminal


async def terminals_of(merchant_id: int) -> list[Terminal]:
    return await Terminal.filter(merchant_id=merchant_id).order_by("id")


async def issue_key(actor: Identity, terminal_id: int) -> tuple[str, TerminalKey]:
    """A new key for an active terminal; its secret is returned here once and never stored."""
    terminal = await terminal_for(actor, terminal_id)
    if not terminal.is_active:
        raise NotAllowed(LoyaltyErrorCode.TERMINAL_INACTIVE, "the terminal is deactivated",
                         field="terminalId")
    secret = new_secret(TERMINAL_KEY_PREFIX)
    key = await TerminalKey.create(terminal_id=terminal.id, prefix=secret[:10],
                                   key_hash=secret_hash(secret), created_by=actor.actor[:64])
    return secret, key


async def revoke_key(actor: Identity, key_id: int) -> TerminalKey:
    """Revoke a terminal's key; safe to repeat."""
    key = await TerminalKey.get_or_none(id=key_id)
    if key is None:
        raise NotFound(LoyaltyErrorCode.TERMINAL_KEY_NOT_FOUND, f"no key {key_id}",
                       field="keyId")
    try:
        await terminal_for(actor, key.terminal_id)
    except NotFound:
        raise NotFound(LoyaltyErrorCode.TERMINAL_KEY_NOT_FOUND, f"no key {key_id}",
                       field="keyId") from None
    if key.revoked_at is None:
        key.revoked_at = datetime.now(UTC)
        await key.save(update_fields=["revoked_at"])
    return key


async def keys_of(terminal_ids: list[int]) -> list[TerminalKey]:
    return await TerminalKey.filter(terminal_id__in=terminal_ids).order_by("id")


@dataclass(slots=True, frozen=True)
class TerminalCaller:
    terminal_id: int
    merchant_id: int
    key: TerminalKey
    name: str


async def resolve_key(secret: str) -> TerminalCaller:
    """The terminal and merchant a key stands for; an unknown or revoked key, a deactivated
    terminal or a suspended merchant: `AuthenticationFailed` (`invalid_terminal_key`)."""
    key = await TerminalKey.get_or_none(key_hash=secret_hash(secret), revoked_at=None) \
        .prefetch_related("terminal__merchant")
    if key is None or not key.terminal.is_active or not key.terminal.merchant.is_active:
        raise AuthenticationFailed(LoyaltyErrorCode.INVALID_TERMINAL_KEY,
                                   "the terminal key is unknown or revoked")
    now = datetime.now(UTC)
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        await TerminalKey.filter(id=key.id).update(last_used_at=now)
    terminal = key.terminal
    return TerminalCaller(terminal_id=terminal.id, merchant_id=terminal.merchant_id, key=key,
                          name=f"{terminal.merchant.name}: {terminal.name or terminal.serial}")


async def authenticate_terminal_key(secret: str) -> Identity:
    """The terminal holding `secret`, as a caller (registered with identity's authentication
    under `TERMINAL_KEY_PREFIX` by the loyalty manifest)."""
    caller = await resolve_key(secret)
    return Identity(kind=CallerKind.TERMINAL, name=caller.name, partner_id=caller.merchant_id,
                    terminal_id=caller.terminal_id, key_id=caller.key.id,
                    token_id=caller.key.id, credential=caller.key.key_hash[:16])
