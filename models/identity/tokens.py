"""Staff users, their passwords (argon2, with lockout) and API tokens (shown once, as SHA-256)."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models.errors import AuthenticationFailed, Conflict, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.errors import AccountLocked, AddressLocked
from models.identity.hashing import new_secret, secret_hash
from models.identity.tables import ApiToken, Partner, StaffRole, StaffUser
from models.throttle import Throttle

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
    """Wrong passwords are counted per (email, client address) and per address, never per
    account, so that a stranger elsewhere cannot lock a staff member out.

    `attempts` wrong passwords for one email from one address within `seconds` lock that email
    at that address for `seconds`; `address_attempts` wrong passwords from one address, for any
    emails, lock every sign-in from it as long. An email no staff member has is counted and
    locked the same way, so the answers tell nobody which emails are staff. Counts live in this
    process, or in Redis with `storage_url`."""

    attempts: int = 5
    seconds: int = 900
    address_attempts: int = 20
    storage_url: str | None = None

    def _throttle(self, name: str, amount: int) -> Throttle:
        return Throttle(f"staff-sign-in-{name}", amount, self.seconds, self.storage_url)

    async def locked(self, email: str, address: str) -> AccountLocked | None:
        """The refusal a sign-in from `address` for `email` gets now, if it is locked."""
        until = await self._throttle("address-lock", 1).spent(address)
        if until is not None:
            return AddressLocked(until)
        until = await self._throttle("lock", 1).spent(email, address)
        return AccountLocked(until) if until is not None else None

    async def failed(self, email: str, address: str) -> AccountLocked | None:
        """Count a wrong password; the refusal to give instead when it was one too many."""
        locks = ((self._throttle("address-failures", self.address_attempts),
                  self._throttle("address-lock", 1), (address,), AddressLocked),
                 (self._throttle("failures", self.attempts), self._throttle("lock", 1),
                  (email, address), AccountLocked))
        refusal: AccountLocked | None = None
        for failures, lock, key, locked in locks:
            await failures.hit(*key)
            if refusal is None and await failures.spent(*key) is not None:
                await lock.hit(*key)
                await failures.clear(*key)
                until = await lock.spent(*key)
                refusal = locked(until or datetime.now(UTC) + timedelta(seconds=self.seconds))
        return refusal

    async def succeeded(self, email: str, address: str) -> None:
        """The right password: this email's wrong ones from this address are forgotten."""
        await self._throttle("failures", self.attempts).clear(email, address)


def staff_identity(staff: StaffUser, token: ApiToken | None = None) -> Identity:
    """`staff` as a caller; its `partner` relation must be loaded (or null)."""
    partner_id: int | None = staff.partner_id  # Tortoise's FK column
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
    partner_id = staff.partner_id
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


async def authenticate_password(email: str, password: str, lockout: Lockout | None = None,
                                address: str | None = None) -> Identity:
    """Check a staff member's password, coming from client `address` (None: not over the
    network). Wrong ones are counted by `lockout`; while a lock holds, even the right password
    is refused. A known and an unknown email cost the same (one password hash checked, the
    same counters) and get the same answers."""
    lockout = lockout or Lockout()
    email = email.strip().lower()
    address = address or "local"
    refusal = await lockout.locked(email, address)
    if refusal is not None:
        raise refusal
    staff = await StaffUser.get_or_none(email=email, is_active=True)
    right = await _verify(staff.password_hash if staff else _dummy_hash(), password)
    if staff is None or not right:
        raise await lockout.failed(email, address) or _wrong()
    if not await _partner_active(staff):
        raise AuthenticationFailed("partner_inactive", "your organisation's access is suspended")
    await lockout.succeeded(email, address)
    return staff_identity(staff)


async def sign_in(email: str, password: str, lockout: Lockout | None = None,
                  address: str | None = None) -> tuple[str, Identity]:
    """Check a staff member's password and open a session: a short-lived token, shown once."""
    identity = await authenticate_password(email, password, lockout, address)
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
