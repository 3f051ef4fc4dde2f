"""The typed refusals of deposits in the schema, each declared with the domain's error it
answers."""

from __future__ import annotations

import strawberry

from api.errors import DomainErrors, UserError, declare_error, fields
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


DEPOSIT_ERRORS = DomainErrors(errors=(
    declare_error(errors.InvalidReceipt, InvalidReceipt),
    declare_error(errors.TrackingNumberAlreadyCredited, TrackingNumberAlreadyCredited),
    declare_error(errors.DepositAlreadyDecided, DepositAlreadyDecided,
                  lambda e: DepositAlreadyDecided(status=DepositStatus(e.status), **fields(e))),
    declare_error(errors.DeclarerCannotApprove, DeclarerCannotApprove),
    declare_error(errors.SameApproverTwice, SameApproverTwice),
))
