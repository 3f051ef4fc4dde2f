"""Cash-outs in GraphQL: request (a customer their own, staff on a customer's behalf), approve
and reject (back office and managers), lists, and payout batches with their files."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.cashouts.scope import APPROVERS, actor, own_customer
from api.cashouts.types import (
    BankAccountNotVerified,
    CashOut,
    CashOutLimitExceeded,
    InsufficientCashableCredit,
    PayoutBatch,
    PayoutBatchFile,
)
from api.context import Context
from api.errors import (
    ConflictError,
    InvalidInput,
    NotAllowedError,
    NotFoundError,
)
from api.ids import parse_id, required_id
from api.ledger.errors import TransferRejected
from api.pagination import (
    Connection,
    ListOrder,
    connection,
    decode_cursor,
    ordered_kind,
    page_size,
)
from api.permissions import ALL_STAFF, MOVERS, requires
from api.scalars import Long
from models.errors import NotFound
from models.identity.reach import acting_for
from models.wallet.cashouts import cashouts
from models.wallet.cashouts.tables import CashOutStatus


@strawberry.input(description="A cash-out of paid credit to one of the customer's verified "
                              "bank accounts.")
class CashOutInput:
    bank_account_id: strawberry.ID
    amount: Long = strawberry.field(description="Rials.")
    idempotency_key: str = strawberry.field(
        description="The client's key: the same key again returns the first request.")
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Staff name the customer; a customer asks for themselves.")


@strawberry.type
class CashOutSuccess:
    cash_out: CashOut
    replayed: bool = strawberry.field(
        default=False, description="True when the key was seen before: nothing new was done.")


RequestCashOutResult = Annotated[
    CashOutSuccess | BankAccountNotVerified | InsufficientCashableCredit | CashOutLimitExceeded
    | InvalidInput | NotFoundError | ConflictError | TransferRejected,
    strawberry.union("RequestCashOutResult")]
CashOutResult = Annotated[CashOutSuccess | InvalidInput | NotFoundError | ConflictError
                          | NotAllowedError | TransferRejected,
                          strawberry.union("CashOutResult")]


@strawberry.type
class CashOutQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="Cash-outs by status and customer, oldest first (the "
                                  "order they wait for approval in) unless `order` says "
                                  "otherwise; a customer sees only their own.")
    async def cash_outs(self, info: strawberry.Info[Context, None],
                        status: CashOutStatus | None = None,
                        customer_id: strawberry.ID | None = None, first: int = 50,
                        after: str | None = None,
                        order: ListOrder = ListOrder.OLDEST_FIRST) -> Connection[CashOut]:
        limit = page_size(first)
        kind = ordered_kind("cash_out", order)
        try:
            wanted = await acting_for(actor(info), parse_id(customer_id, "customerId"),
                                      staff_may_omit=True)
        except NotFound:  # out of reach: none to see
            return connection([], limit, kind, lambda c: int(c.id))
        rows = await cashouts.page(limit=limit + 1, after_id=decode_cursor(kind, after),
                                   customer_id=wanted, status=status,
                                   newest_first=order is ListOrder.NEWEST_FIRST)
        return connection([CashOut.from_row(r) for r in rows], limit, kind, lambda c: int(c.id))

    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="One cash-out; a customer sees only their own.")
    async def cash_out(self, info: strawberry.Info[Context, None],
                       id: strawberry.ID) -> CashOut | None:
        row = await cashouts.get_cash_out(required_id(id, "id"), own_customer(actor(info)))
        return CashOut.from_row(row) if row is not None else None

    @strawberry.field(extensions=requires(staff=APPROVERS),
                      description="Payout batches sent to the bank, newest first.")
    async def payout_batches(self, first: int = 50,
                             after: str | None = None) -> Connection[PayoutBatch]:
        limit = page_size(first)
        rows = await cashouts.batches(limit=limit + 1,
                                      before_id=decode_cursor("payout_batch", after))
        return connection([PayoutBatch.from_row(r) for r in rows], limit, "payout_batch",
                          lambda b: int(b.id))

    @strawberry.field(extensions=requires(staff=APPROVERS),
                      description="A payout batch's group-transfer file, to upload to a bank.")
    async def payout_batch_file(self, batch_id: strawberry.ID) -> PayoutBatchFile | None:
        row = await cashouts.get_batch(required_id(batch_id, "batchId"))
        return PayoutBatchFile.from_row(row) if row is not None else None


@strawberry.type
class CashOutMutation:
    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True),
                         description="Ask to cash out paid credit to a verified bank account; "
                                     "the amount is held at once, until staff and the bank "
                                     "decide.")
    async def request_cash_out(self, info: strawberry.Info[Context, None],
                               input: CashOutInput) -> RequestCashOutResult:
        owner = await acting_for(actor(info), parse_id(input.customer_id, "customerId"))
        result = await cashouts.request_cash_out(
            owner, required_id(input.bank_account_id, "bankAccountId"), int(input.amount),
            input.idempotency_key, info.context.policies.cash_out_limits,
            requested_by=actor(info).actor, namespace=info.context.key_namespace,
            tracking_prefix=info.context.settings.wallet.cashout_tracking_prefix)
        return CashOutSuccess(cash_out=CashOut.from_row(result.cash_out), replayed=result.replayed)

    @strawberry.mutation(extensions=requires(staff=APPROVERS),
                         description="Approve a requested cash-out; the payout actor sends it "
                                     "to the bank next. Refused (approver_not_independent) to "
                                     "whoever requested it or verified its bank account.")
    async def approve_cash_out(self, info: strawberry.Info[Context, None],
                               id: strawberry.ID) -> CashOutResult:
        staff_id = actor(info).staff_id
        assert staff_id is not None
        row = await cashouts.approve_cash_out(staff_id, required_id(id, "id"))
        return CashOutSuccess(cash_out=CashOut.from_row(row))

    @strawberry.mutation(extensions=requires(staff=APPROVERS),
                         description="Refuse a cash-out not yet sent: the held amount is free "
                                     "again and the customer is emailed the reason.")
    async def reject_cash_out(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                              reason: str) -> CashOutResult:
        staff_id = actor(info).staff_id
        assert staff_id is not None
        row = await cashouts.reject_cash_out(staff_id, required_id(id, "id"), reason)
        return CashOutSuccess(cash_out=CashOut.from_row(row))
