"""Expected errors in the schema: one `UserError` interface and the types that implement it.

Domain operations raise `DomainError`s; the exception handlers below turn each into the
matching GraphQL type wherever a mutation's result union lists it. Anything else (a bug, a
permission failure) stays a top-level error.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from api.scalars import Long
from models.errors import (
    AuthenticationFailed,
    Conflict,
    DomainError,
    NotAllowed,
    NotFound,
    ValidationFailed,
)
from models.identity.errors import AccountLocked, TooManyCodeRequests
from models.ledger.errors import AccountRejected as AccountRejectedError
from models.ledger.errors import TransferRejected as TransferRejectedError
from models.notify.sms import SmsNotSent
from models.wallet.errors import InsufficientFunds


@strawberry.interface(description="An expected refusal: nothing was written.")
class UserError:
    code: str = strawberry.field(description="Stable snake_case reason, e.g. exceeds_credits.")
    message: str
    field: str | None = strawberry.field(description="The input field at fault, if any.")


@strawberry.type(description="A transfer in the batch was refused; the batch wrote nothing.")
class TransferRejected(UserError):
    index: int | None = strawberry.field(description="Position of the refused transfer.")


@strawberry.type(description="An account operation was refused.")
class AccountRejected(UserError):
    index: int | None = strawberry.field(description="Position of the refused account.")


@strawberry.type(description="The input is malformed or out of range.")
class InvalidInput(UserError):
    pass


@strawberry.type(description="Nothing exists under the given id.")
class NotFoundError(UserError):
    pass


@strawberry.type(description="The request clashes with what is stored.")
class ConflictError(UserError):
    pass


@strawberry.type(description="The caller may not do this to this object or with these values.")
class NotAllowedError(UserError):
    pass


@strawberry.type(description="The credentials (password, one-time code) are wrong or spent.")
class SignInFailed(UserError):
    pass


@strawberry.type(description="Too many wrong passwords for this email from this client "
                             "address (account_locked), or from this address for any emails "
                             "(address_locked): sign-ins from here wait until lockedUntil.")
class SignInLocked(UserError):
    locked_until: datetime


@strawberry.type(description="Too many one-time codes asked for this number: wait and retry.")
class TooManyCodeRequestsError(UserError):
    retry_after_seconds: int


@strawberry.type(description="The SMS provider did not take the message: nothing was sent; "
                             "try again later.")
class SmsNotSentError(UserError):
    pass


@strawberry.type(description="The wallet holds less spendable credit than asked for.")
class InsufficientFundsError(UserError):
    missing: Long = strawberry.field(description="How much more credit is needed, in rials.")
    available: Long = strawberry.field(description="What the wallet can spend now, in rials.")


def _fields(error: DomainError) -> dict[str, Any]:
    return {"code": error.code, "message": error.message, "field": error.field}


class TransferRejectedHandler(strawberry.ExceptionHandler[TransferRejectedError, TransferRejected]):
    def handle(self, exception: TransferRejectedError, **_: Any) -> TransferRejected:
        return TransferRejected(index=exception.index, **_fields(exception))


class AccountRejectedHandler(strawberry.ExceptionHandler[AccountRejectedError, AccountRejected]):
    def handle(self, exception: AccountRejectedError, **_: Any) -> AccountRejected:
        return AccountRejected(index=exception.index, **_fields(exception))


class InvalidInputHandler(strawberry.ExceptionHandler[ValidationFailed, InvalidInput]):
    def handle(self, exception: ValidationFailed, **_: Any) -> InvalidInput:
        return InvalidInput(**_fields(exception))


class NotFoundHandler(strawberry.ExceptionHandler[NotFound, NotFoundError]):
    def handle(self, exception: NotFound, **_: Any) -> NotFoundError:
        return NotFoundError(**_fields(exception))


class ConflictHandler(strawberry.ExceptionHandler[Conflict, ConflictError]):
    def handle(self, exception: Conflict, **_: Any) -> ConflictError:
        return ConflictError(**_fields(exception))


class NotAllowedHandler(strawberry.ExceptionHandler[NotAllowed, NotAllowedError]):
    def handle(self, exception: NotAllowed, **_: Any) -> NotAllowedError:
        return NotAllowedError(**_fields(exception))


class SignInLockedHandler(strawberry.ExceptionHandler[AccountLocked, SignInLocked]):
    def handle(self, exception: AccountLocked, **_: Any) -> SignInLocked:
        return SignInLocked(locked_until=exception.locked_until, **_fields(exception))


class SignInFailedHandler(strawberry.ExceptionHandler[AuthenticationFailed, SignInFailed]):
    def handle(self, exception: AuthenticationFailed, **_: Any) -> SignInFailed:
        return SignInFailed(**_fields(exception))


class TooManyCodeRequestsHandler(
        strawberry.ExceptionHandler[TooManyCodeRequests, TooManyCodeRequestsError]):
    def handle(self, exception: TooManyCodeRequests, **_: Any) -> TooManyCodeRequestsError:
        return TooManyCodeRequestsError(retry_after_seconds=exception.retry_after_seconds,
                                        **_fields(exception))


class SmsNotSentHandler(strawberry.ExceptionHandler[SmsNotSent, SmsNotSentError]):
    def handle(self, exception: SmsNotSent, **_: Any) -> SmsNotSentError:
        return SmsNotSentError(**_fields(exception))


class InsufficientFundsHandler(
        strawberry.ExceptionHandler[InsufficientFunds, InsufficientFundsError]):
    def handle(self, exception: InsufficientFunds, **_: Any) -> InsufficientFundsError:
        return InsufficientFundsError(missing=Long(exception.missing),
                                      available=Long(exception.available), **_fields(exception))


# The first handler that matches wins: the more specific error comes first.
EXCEPTION_HANDLERS = (
    TransferRejectedHandler(),
    AccountRejectedHandler(),
    InvalidInputHandler(),
    NotFoundHandler(),
    ConflictHandler(),
    NotAllowedHandler(),
    SignInLockedHandler(),
    SignInFailedHandler(),
    TooManyCodeRequestsHandler(),
    SmsNotSentHandler(),
    InsufficientFundsHandler(),
)
