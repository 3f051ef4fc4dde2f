"""GraphQL types of cash-outs: bank accounts, cash-outs, payout batches and the typed refusals."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from api.context import Context
from api.errors import DomainErrors, UserError, declare_error, fields
from api.ids import optional_id, to_id
from api.names import actor_name, customer_name, staff_name
from api.scalars import Long
from models.identity.tables import BankAccount as BankAccountRow
from models.wallet.cashouts import batch_file
from models.wallet.cashouts.actions import CashOutAction
from models.wallet.cashouts.actions import allowed_actions as cash_out_actions
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

if TYPE_CHECKING:
    from api.identity.types import Customer

# The customer type, named lazily: its module imports this one.
CustomerRef = Annotated["Customer", strawberry.lazy("api.identity.types")]
strawberry.enum(CashOutStatus, description="Where a cash-out stands.")
strawberry.enum(CashOutAction, description="What may be done to a cash-out now, by whom is "
                                           "asking.")


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
    row: strawberry.Private[CashOutRow]
    id: strawberry.ID
    customer_id: strawberry.ID
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

    @strawberry.field(description="The customer's name; null when they gave none.")
    async def customer_name(self, info: strawberry.Info[Context, None]) -> str | None:
        return await customer_name(info, self.customer_id)

    @strawberry.field(description="Who asked for it, by name (a staff member's only to "
                                  "staff); null when unnamed.")
    async def requested_by_name(self, info: strawberry.Info[Context, None]) -> str | None:
        return await actor_name(info, self.requested_by)

    @strawberry.field(description="The staff member who approved or rejected it, by name (for "
                                  "staff).")
    async def reviewed_by_name(self, info: strawberry.Info[Context, None]) -> str | None:
        return await staff_name(info, self.reviewed_by_id)

    @classmethod
    def from_row(cls, row: CashOutRow) -> CashOut:
        r: Any = row
        return cls(row=row, id=to_id(row.id), customer_id=to_id(r.customer_id),
                   amount=Long(row.amount),
                   status=row.status, idempotency_key=row.key, requested_by=row.requested_by,
                   hold_transfer_id=to_id(row.hold_transfer_id),
                   post_transfer_id=optional_id(row.post_transfer_id),
                   void_transfer_id=optional_id(row.void_transfer_id),
                   reviewed_by_id=optional_id(r.reviewed_by_id),
                   rejection_reason=row.rejection_reason, batch_id=optional_id(r.batch_id),
                   tracking_id=tracking_id(row), payout_reference=row.payout_reference,
                   bank_code=row.bank_code, problem=row.problem, requested_at=row.requested_at,
                   reviewed_at=row.reviewed_at, sent_at=row.sent_at, settled_at=row.settled_at)

    @strawberry.field(description="The bank account it is paid to.")
    async def bank_account(self, info: strawberry.Info[Context, None]) -> BankAccount:
        row = await self._bank_account(info)
        assert row is not None, f"cash-out {self.id} has no bank account"  # a foreign key
        return BankAccount.from_row(row)

    async def _bank_account(self, info: strawberry.Info[Context, None]) -> BankAccountRow | None:
        account_id: int = self.row.bank_account_id
        return await info.context.loaders.bank_accounts.load(account_id)

    @strawberry.field(description="The customer it is for; null if the caller does not read "
                                  "that customer.")
    async def customer(self, info: strawberry.Info[Context, None]) -> CustomerRef | None:
        from api.identity.types import customer_of  # that module imports this one

        return await customer_of(info, int(self.customer_id))

    @strawberry.field(description="What the caller may do to the cash-out now, from its state, "
                                  "who requested it and verified its bank account, and the "
                                  "caller's role; the operations still decide.")
    async def allowed_actions(self,
                              info: strawberry.Info[Context, None]) -> list[CashOutAction]:
        return cash_out_actions(self.row, await self._bank_account(info), info.context.identity)


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


CASHOUT_ERRORS = DomainErrors(errors=(
    declare_error(BankAccountNotVerifiedRefusal, BankAccountNotVerified),
    declare_error(InsufficientCashableRefusal, InsufficientCashableCredit,
                  lambda e: InsufficientCashableCredit(requested=Long(e.requested),
                                                       cashable=Long(e.cashable), **fields(e))),
    declare_error(CashOutLimitRefusal, CashOutLimitExceeded,
                  lambda e: CashOutLimitExceeded(limit=Long(e.limit),
                                                 remaining=Long(e.remaining), **fields(e))),
))
