"""Identity's refusals in the schema: sign-ins locked out and one-time codes asked too often."""

from __future__ import annotations

from datetime import datetime

import strawberry

from api.errors import DomainErrors, UserError, declare_error, fields
from models.identity.errors import AccountLocked, IdentityErrorCode, TooManyCodeRequests


@strawberry.type(description="Too many wrong passwords for this email from this client "
                             "address (account_locked), or from this address for any emails "
                             "(address_locked): sign-ins from here wait until lockedUntil.")
class SignInLocked(UserError):
    locked_until: datetime


@strawberry.type(description="Too many one-time codes asked for this number: wait and retry.")
class TooManyCodeRequestsError(UserError):
    retry_after_seconds: int


IDENTITY_ERRORS = DomainErrors(codes=(IdentityErrorCode,), errors=(
    declare_error(AccountLocked, SignInLocked,
                  lambda e: SignInLocked(locked_until=e.locked_until, **fields(e))),
    declare_error(TooManyCodeRequests, TooManyCodeRequestsError,
                  lambda e: TooManyCodeRequestsError(retry_after_seconds=e.retry_after_seconds,
                                                     **fields(e))),
))
