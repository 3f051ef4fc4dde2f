"""The ledger's refusals in the schema: a refused transfer or account, with its position."""

from __future__ import annotations

import strawberry

from api.errors import DomainErrors, UserError, declare_error, fields
from models.ledger import errors
from models.ledger.codes import TransferResult
from models.ledger.errors import LedgerErrorCode


@strawberry.type(description="A transfer in the batch was refused; the batch wrote nothing.")
class TransferRejected(UserError):
    index: int | None = strawberry.field(description="Position of the refused transfer.")


@strawberry.type(description="An account operation was refused.")
class AccountRejected(UserError):
    index: int | None = strawberry.field(description="Position of the refused account.")


LEDGER_ERRORS = DomainErrors(codes=(TransferResult, LedgerErrorCode), errors=(
    declare_error(errors.TransferRejected, TransferRejected,
                  lambda e: TransferRejected(index=e.index, **fields(e))),
    declare_error(errors.AccountRejected, AccountRejected,
                  lambda e: AccountRejected(index=e.index, **fields(e))),
))
