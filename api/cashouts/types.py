"""GraphQL types of cash-outs: bank accounts, cash-outs, payout batches and the typed refusals."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from api.errors import UserError
from api.ids import optional_id, to_id
from api.scalars import Long
from models.errors import DomainError
from models.identity.tables import BankAccount as BankAccountRow
from models.wallet.cashouts import batch_file
from models.wallet.cashouts.cashouts import tracking_id
from models.wallet.cashouts.errors import (
    BankAccountNotVerified as BankAccountNotVerifiedRefusal,
)
from models.wallet.cashouts.errors import CashOutLimitExceeded as CashOutLimitRefusal
from models.wallet.cashouts.errors import (
    InsufficientCashableCredit as InsufficientCashableRefusal,
)
from models.wallet.cashouts.tables import CashOut as CashOutRow
from models.wallet.cashouts.tables import CashOutStatus
from models.wallet.cashouts.tables import PayoutBatch as PayoutBatchRow

strawberry.enum(CashOutStatus, description="Where a cash-out stands.")


@strawberry.type(description="A customer's bank account by Sheba number; cash-outs go only to "
                             "verified ones.")
class BankAccount:
    id: strawberry.ID
    customer_id: strawberry.ID
    sheba: str = strawberry.field(description="IR and 24 digits.")
    holder_name: str
    verified: bool
    verified_at: datetime | None
    verified_by: str = strawberry.field(
        description="Who verified it, as the audit log names callers (staff:<id>).")
    created_at: datetime

    @classmethod
    def from_row(cls, row: BankAccountRow) -> BankAccount:
        return cls(id=to_id(row.id), customer_id=to_id(row.customer_id),
                   sheba=row.sheba, holder_name=row.holder_name,
                   verified=row.verified_at is not None, verified_at=row.verified_at,
                   verified_by=row.verified_by, created_at=row.created_at)


@strawberry.type(description="A withdrawal of paid credit to a verified bank account. Its amount "
                             "is held from the request on, paid out when the bank confirms and "
                             "given back when staff or the bank refuse.")
class CashOut:
    id: strawberry.ID
    customer_id: strawberry.ID
    bank_account: BankAccount
    amount: Long = strawberry.field(description="Rials.")
    status: CashOutStatus
    idempotency_key: str
    requested_by: str = strawberry.field(
        description="Who asked for it, as the audit log names callers: customer:<id> or "
                    "staff:<id>.")
    hold_transfer_id: strawberry.ID = strawberry.field(
        description="The pending transfer that holds the amount.")
    post_transfer_id: strawberry.ID | None
    void_transfer_id: strawberry.ID | None
    reviewed_by_id: strawberry.ID | None = strawberry.field(
        description="The staff member who approved or rejected it.")
    rejection_reason: str
    batch_id: strawberry.ID | None
    tracking_id: str = strawberry.field(description="Our id of the payout at the bank.")
    payout_reference: str = strawberry.field(description="The bank's reference of the payout.")
    bank_code: str = strawberry.field(description="The bank's last answer about the payout.")
    problem: str = strawberry.field(
        description="Why settling it last failed (for the back office); empty when it did not.")
    requested_at: datetime
    reviewed_at: datetime | None
    sent_at: datetime | None
    settled_at: datetime | None

    @classmethod
    def from_row(cls, row: CashOutRow) -> CashOut:
        r: Any = row
        return cls(id=to_id(row.id), customer_id=to_id(r.customer_id),
                   bank_account=BankAccount.from_row(r.bank_account), amount=Long(row.amount),
                   status=row.status, idempotency_key=row.key, requested_by=row.requested_by,
                   hold_transfer_id=to_id(row.hold_transfer_id),
                   post_transfer_id=optional_id(row.post_transfer_id),
                   void_transfer_id=optional_id(row.void_transfer_id),
                   reviewed_by_id=optional_id(r.reviewed_by_id),
                   rejection_reason=row.rejection_reason, batch_id=optional_id(r.batch_id),
                   tracking_id=tracking_id(row), payout_reference=row.payout_reference,
                   bank_code=row.bank_code, problem=row.problem, requested_at=row.requested_at,
                   reviewed_at=row.reviewed_at, sent_at=row.sent_at, settled_at=row.settled_at)


@strawberry.type(description="Cash-outs sent to the bank together, with their batch file.")
class PayoutBatch:
    id: strawberry.ID
    file_name: str
    count: int
    total: Long = strawberry.field(description="Rials.")
    created_at: datetime
    submitted_at: datetime | None

    @classmethod
    def from_row(cls, row: PayoutBatchRow) -> PayoutBatch:
        return cls(id=to_id(row.id), file_name=row.file_name, count=row.count,
                   total=Long(row.total), created_at=row.created_at,
                   submitted_at=row.submitted_at)


@strawberry.type(description="A payout batch's group-transfer file (CSV: row, sheba, "
                             "amount_rials, holder_name, description, tracking_id).")
class PayoutBatchFile:
    file_name: str
    content_type: str
    content: str

    @classmethod
    def from_row(cls, row: PayoutBatchRow) -> PayoutBatchFile:
        return cls(file_name=row.file_name, content_type=batch_file.CONTENT_TYPE,
                   content=row.content)


# --- typed refusals --------------------------------------------------------------------------

@strawberry.type(description="The bank account is not a verified account of the customer's.")
class BankAccountNotVerified(UserError):
    pass


@strawberry.type(description="Less paid credit is free than asked for; promotional credit is "
                             "never cashable.")
class InsufficientCashableCredit(UserError):
    requested: Long
    cashable: Long = strawberry.field(description="What may be cashed out now.")


@strawberry.type(description="The amount is outside the cash-out limits: code says which "
                             "(below_minimum_amount, above_request_limit, above_daily_limit).")
class CashOutLimitExceeded(UserError):
    limit: Long
    remaining: Long = strawberry.field(description="What may still be asked for under it.")


def _fields(error: DomainError) -> dict[str, Any]:
    return {"code": error.code, "message": error.message, "field": error.field}


class BankAccountNotVerifiedHandler(
        strawberry.ExceptionHandler[BankAccountNotVerifiedRefusal, BankAccountNotVerified]):
    def handle(self, exception: BankAccountNotVerifiedRefusal,
               **_: Any) -> BankAccountNotVerified:
        return BankAccountNotVerified(**_fields(exception))


class InsufficientCashableHandler(
        strawberry.ExceptionHandler[InsufficientCashableRefusal, InsufficientCashableCredit]):
    def handle(self, exception: InsufficientCashableRefusal,
               **_: Any) -> InsufficientCashableCredit:
        return InsufficientCashableCredit(requested=Long(exception.requested),
                                          cashable=Long(exception.cashable),
                                          **_fields(exception))


class CashOutLimitHandler(
        strawberry.ExceptionHandler[CashOutLimitRefusal, CashOutLimitExceeded]):
    def handle(self, exception: CashOutLimitRefusal, **_: Any) -> CashOutLimitExceeded:
        return CashOutLimitExceeded(limit=Long(exception.limit),
                                    remaining=Long(exception.remaining), **_fields(exception))


CASHOUT_EXCEPTION_HANDLERS = (BankAccountNotVerifiedHandler(), InsufficientCashableHandler(),
                              CashOutLimitHandler())
