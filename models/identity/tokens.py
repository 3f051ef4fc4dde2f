"""Staff users, their passwords (argon2, with lockout) and API tokens (shown once, as SHA-256)."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from tortoise.transactions import in_transaction

from models.errors import AuthenticationFailed, Conflict, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.errors import AccountLocked
from models.identity.hashing import new_secret, secret_hash
from models.identity.tables import ApiToken, Partner, StaffRole, StaffUser

TOKEN_PREFIX = "etb_"  # noqa: S105 (a public prefix, not a secret)
_hasher = PasswordHasher()
# A token's last-used time is written at most this often, to keep reads free of writes.
LAST_USED_RESOLUTION = timedelta(minutes=1)
SESSION_LIFETIME = timedelta(hours=12)


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the email is unknown, so that an unknown email costs the same."""
    return _hasher.hash("no such staff member")


@dataclass(slots=True, frozen=True)
class Lockout:
    """After `attempts` wrong passwords in a row the account is locked for `seconds`."""

    attempts: int = 5
    seconds: int = 900


def staff_identity(staff: StaffUser, token: ApiToken | None = None) -> Identity:
    """`staff` as a caller; its `partner` relation must be loaded (or null)."""
    partner_id: int | None = staff.partner_id  # type: ignore[attr-defined]  # Tortoise's FK column
    return Identity(
        kind=CallerKind.STAFF if partner_id is None else CallerKind.PARTNER_STAFF,
        name=staff.name, staff_id=staff.id, email=staff.email, role=staff.role,
        partner_id=partner_id, token_id=token.id if token else None,
        by_session=token is not None and token.kind == "session",
        credential=token.token_hash[:16] if token else "")


def validate_password(password: str) -> None:
    if len(password) < 10:
        raise ValidationFailed("password_too_short", "a password needs at least 10 characters",
                               field="password")


async def create_staff(email: str, name: str, password: str,
                       role: StaffRole = StaffRole.OPERATOR,
                       partner: Partner | None = None) -> StaffUser:
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise ValidationFailed("invalid_email", "an email address is required", field="email")
    validate_password(password)
    if await StaffUser.exists(email=email):
        raise Conflict("staff_exists", f"{email} is already a staff user", field="email")
    # argon2 is slow by design (~0.5 s): hash in a thread so the event loop keeps serving.
    password_hash = await asyncio.to_thread(_hasher.hash, password)
    return await StaffUser.create(email=email, name=name.strip() or email,
                                  password_hash=password_hash, role=role, partner=partner)


async def issue_token(staff: StaffUser, name: str) -> tuple[str, ApiToken]:
    """A new API token for `staff`: the secret is returned here once and never stored."""
    secret = new_secret(TOKEN_PREFIX)
    token = await ApiToken.create(staff=staff, name=name[:100] or "token",
                                  prefix=secret[:10], token_hash=secret_hash(secret))
    return secret, token


async def _partner_active(staff: StaffUser) -> bool:
    partner_id = staff.partner_id  # type: ignore[attr-defined]
    return partner_id is None or await Partner.exists(id=partner_id, is_active=True)


async def authenticate_token(secret: str) -> Identity:
    """The staff member holding this API or session token."""
    token = await ApiToken.get_or_none(token_hash=secret_hash(secret),
                                       revoked_at=None).prefetch_related("staff")
    now = datetime.now(UTC)
    if token is None or not token.staff.is_active or (
            token.expires_at is not None and token.expires_at <= now) or (
            not await _partner_active(token.staff)):
        raise AuthenticationFailed("invalid_token", "the token is unknown, expired or revoked")
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        await ApiToken.filter(id=token.id).update(last_used_at=now)
    return staff_identity(token.staff, token)


def _wrong() -> AuthenticationFailed:
    return AuthenticationFailed("invalid_credentials", "the email or the password is wrong",
                                field="password")


async def _verify(password_hash: str, password: str) -> bool:
    try:
        await asyncio.to_thread(_hasher.verify, password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    return True


async def _count_failure(staff_id: int, lockout: Lockout) -> datetime | None:
    """One more wrong password; when it is one too many, lock and say until when."""
    async with in_transaction():
        staff = await StaffUser.select_for_update().get(id=staff_id)
        now = datetime.now(UTC)
        if staff.locked_until is not None and staff.locked_until > now:
            return staff.locked_until  # a concurrent attempt locked it meanwhile
        staff.failed_sign_ins += 1
        if staff.failed_sign_ins >= lockout.attempts:
            staff.failed_sign_ins = 0
            staff.locked_until = now + timedelta(seconds=lockout.seconds)
        await staff.save(update_fields=["failed_sign_ins", "locked_until"])
        return staff.locked_until if staff.failed_sign_ins == 0 else None


async def authenticate_password(email: str, password: str,
                                lockout: Lockout | None = None) -> Identity:
    """Check a staff member's password. Wrong ones are counted: `lockout.attempts` in a row lock
    the account for `lockout.seconds`, during which even the right password is refused."""
    lockout = lockout or Lockout()
    staff = await StaffUser.get_or_none(email=email.strip().lower(), is_active=True)
    if staff is None:
        await _verify(_dummy_hash(), password)
        raise _wrong()
    if staff.locked_until is not None and staff.locked_until > datetime.now(UTC):
        raise AccountLocked(staff.locked_until)
    if not await _verify(staff.password_hash, password):
        locked_until = await _count_failure(staff.id, lockout)
        if locked_until is not None:
            raise AccountLocked(locked_until)
        raise _wrong()
    if not await _partner_active(staff):
        raise AuthenticationFailed("partner_inactive", "your organisation's access is suspended")
    if staff.failed_sign_ins or staff.locked_until is not None:
        await StaffUser.filter(id=staff.id).update(failed_sign_ins=0, locked_until=None)
    return staff_identity(staff)


async def sign_in(email: str, password: str,
                  lockout: Lockout | None = None) -> tuple[str, Identity]:
    """Check a staff member's password and open a session: a short-lived token, shown once."""
    identity = await authenticate_password(email, password, lockout)
    secret = new_secret(TOKEN_PREFIX)
    token = await ApiToken.create(staff_id=identity.staff_id, name="admin session",
                                  prefix=secret[:10], kind="session",
                                  token_hash=secret_hash(secret),
                                  expires_at=datetime.now(UTC) + SESSION_LIFETIME)
    return secret, dataclasses.replace(identity, token_id=token.id, by_session=True,
                                        credential=token.token_hash[:16])


async def sign_out(secret: str) -> None:
    """End the session (or revoke the API token) whose secret this is."""
    await ApiToken.filter(token_hash=secret_hash(secret), revoked_at=None).update(
        revoked_at=datetime.now(UTC))


async def identity_of(staff_id: int) -> Identity | None:
    staff = await StaffUser.get_or_none(id=staff_id, is_active=True)
    return staff_identity(staff) if staff else None
