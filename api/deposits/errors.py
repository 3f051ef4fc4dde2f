"""The typed refusals of deposits in the schema, and the handlers that map the domain's to them
(api/schema.py puts these handlers before the generic ones)."""

from __future__ import annotations

from typing import Any

import strawberry

from api.errors import UserError
from models.errors import DomainError
from models.wallet.deposits import errors
from models.wallet.deposits.tables import DepositStatus


@strawberry.type(description="The receipt is not a JPEG, PNG or WebP image that opens, is too "
                             "large, or is not of its content type. Nothing was written.")
class InvalidReceipt(UserError):
    pass


@strawberry.type(description="A deposit with this bank and tracking number was credited "
                             "already: a tracking number is credited once.")
class TrackingNumberAlreadyCredited(UserError):
    pass


@strawberry.type(description="The deposit was approved or rejected before; nothing changed.")
class DepositAlreadyDecided(UserError):
    status: DepositStatus


@strawberry.type(description="The one who declared the deposit cannot approve it, at any "
                             "amount.")
class DeclarerCannotApprove(UserError):
    pass


@strawberry.type(description="The first approver cannot give the second approval too.")
class SameApproverTwice(UserError):
    pass


def _fields(error: DomainError) -> dict[str, Any]:
    return {"code": error.code, "message": error.message, "field": error.field}


class InvalidReceiptHandler(strawberry.ExceptionHandler[errors.InvalidReceipt, InvalidReceipt]):
    def handle(self, exception: errors.InvalidReceipt, **_: Any) -> InvalidReceipt:
        return InvalidReceipt(**_fields(exception))


class TrackingNumberAlreadyCreditedHandler(strawberry.ExceptionHandler[
        errors.TrackingNumberAlreadyCredited, TrackingNumberAlreadyCredited]):
    def handle(self, exception: errors.TrackingNumberAlreadyCredited,
               **_: Any) -> TrackingNumberAlreadyCredited:
        return TrackingNumberAlreadyCredited(**_fields(exception))


class DepositAlreadyDecidedHandler(strawberry.ExceptionHandler[
        errors.DepositAlreadyDecided, DepositAlreadyDecided]):
    def handle(self, exception: errors.DepositAlreadyDecided,
               **_: Any) -> DepositAlreadyDecided:
        return DepositAlreadyDecided(status=DepositStatus(exception.status),
                                     **_fields(exception))


class DeclarerCannotApproveHandler(strawberry.ExceptionHandler[
        errors.DeclarerCannotApprove, DeclarerCannotApprove]):
    def handle(self, exception: errors.DeclarerCannotApprove,
               **_: Any) -> DeclarerCannotApprove:
        return DeclarerCannotApprove(**_fields(exception))


class SameApproverTwiceHandler(strawberry.ExceptionHandler[
        errors.SameApproverTwice, SameApproverTwice]):
    def handle(self, exception: errors.SameApproverTwice, **_: Any) -> SameApproverTwice:
        return SameApproverTwice(**_fields(exception))


DEPOSIT_EXCEPTION_HANDLERS = (
    InvalidReceiptHandler(),
    TrackingNumberAlreadyCreditedHandler(),
    DepositAlreadyDecidedHandler(),
    DeclarerCannotApproveHandler(),
    SameApproverTwiceHandler(),
)
