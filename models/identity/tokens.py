"""Staff users, their passwords (argon2) and API tokens (shown once, stored as SHA-256)."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models.errors import AuthenticationFailed, Conflict, ValidationFailed
from models.identity.tables import ApiToken, StaffRole, StaffUser

TOKEN_PREFIX = "etb_"  # noqa: S105 (a public prefix, not a secret)
_hasher = PasswordHasher()
# A token's last-used time is written at most this often, to keep reads free of writes.
_LAST_USED_RESOLUTION = timedelta(minutes=1)
SESSION_LIFETIME = timedelta(hours=12)


@dataclass(slots=True, frozen=True)
class Identity:
    """Who is calling: what every API operation receives and checks."""

    staff_id: int
    email: str
    name: str
    role: StaffRole


def _identity(staff: StaffUser) -> Identity:
    return Identity(staff_id=staff.id, email=staff.email, name=staff.name, role=staff.role)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_staff(email: str, name: str, password: str,
                       role: StaffRole = StaffRole.OPERATOR) -> StaffUser:
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise ValidationFailed("invalid_email", "an email address is required", field="email")
    if len(password) < 10:
        raise ValidationFailed("password_too_short", "a password needs at least 10 characters",
                               field="password")
    if await StaffUser.exists(email=email):
        raise Conflict("staff_exists", f"{email} is already a staff user", field="email")
    # argon2 is slow by design (~0.5 s): hash in a thread so the event loop keeps serving.
    password_hash = await asyncio.to_thread(_hasher.hash, password)
    return await StaffUser.create(email=email, name=name.strip() or email,
                                  password_hash=password_hash, role=role)


async def issue_token(staff: StaffUser, name: str) -> tuple[str, ApiToken]:
    """A new API token for `staff`: the secret is returned here once and never stored."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = await ApiToken.create(staff=staff, name=name[:100] or "token",
                                  prefix=secret[:10], token_hash=_token_hash(secret))
    return secret, token


async def authenticate_token(secret: str) -> Identity:
    token = await ApiToken.get_or_none(token_hash=_token_hash(secret),
                                       revoked_at=None).prefetch_related("staff")
    now = datetime.now(UTC)
    if token is None or not token.staff.is_active or (
            token.expires_at is not None and token.expires_at <= now):
        raise AuthenticationFailed("invalid_token", "the token is unknown, expired or revoked")
    if token.last_used_at is None or now - token.last_used_at > _LAST_USED_RESOLUTION:
        await ApiToken.filter(id=token.id).update(last_used_at=now)
    return _identity(token.staff)


async def authenticate_password(email: str, password: str) -> Identity:
    staff = await StaffUser.get_or_none(email=email.strip().lower(), is_active=True)
    try:
        if staff is None:
            raise VerificationError("unknown staff")
        await asyncio.to_thread(_hasher.verify, staff.password_hash, password)
    except (VerificationError, InvalidHashError) as error:
        raise AuthenticationFailed("invalid_credentials",
                                   "the email or the password is wrong") from error
    return _identity(staff)


async def sign_in(email: str, password: str) -> tuple[str, Identity]:
    """Check a staff member's password and open a session: a short-lived token, shown once."""
    identity = await authenticate_password(email, password)
    staff = await StaffUser.get(id=identity.staff_id)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    await ApiToken.create(staff=staff, name="admin session", prefix=secret[:10], kind="session",
                          token_hash=_token_hash(secret),
                          expires_at=datetime.now(UTC) + SESSION_LIFETIME)
    return secret, identity


async def sign_out(secret: str) -> None:
    """End the session (or revoke the API token) whose secret this is."""
    await ApiToken.filter(token_hash=_token_hash(secret), revoked_at=None).update(
        revoked_at=datetime.now(UTC))


async def identity_of(staff_id: int) -> Identity | None:
    staff = await StaffUser.get_or_none(id=staff_id, is_active=True)
    return _identity(staff) if staff else None
