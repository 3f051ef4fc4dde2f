"""Bank deposits: thin resolvers over `models.wallet.deposits.deposits`.

Customers declare and read their own deposits; staff (but support) declare for any customer;
back-office staff and managers approve or reject. The receipt travels as base64 in the
declaration and comes back as a `data:` URL to staff and the deposit's owner.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date, datetime
from typing import Annotated

import strawberry

from api.context import Context
from api.deposits.errors import (
    DeclarerCannotApprove,
    DepositAlreadyDecided,
    InvalidReceipt,
    SameApproverTwice,
    TrackingNumberAlreadyCredited,
)
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.ids import optional_id, parse_id, required_id, to_id
from api.pagination import (
    Connection,
    ListOrder,
    connection,
    decode_cursor,
    ordered_kind,
    page_size,
)
from api.permissions import ALL_STAFF, MANAGERS, MOVERS, requires
from api.scalars import Long
from etebar.policies import deposit_policy
from models.errors import ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.wallet.deposits import deposits
from models.wallet.deposits.errors import InvalidReceipt as InvalidReceiptError
from models.wallet.deposits.tables import Bank, DepositStatus
from models.wallet.deposits.tables import Deposit as DepositRow

APPROVERS = MANAGERS | {StaffRole.BACK_OFFICE}


@strawberry.type(description="The receipt image a deposit was declared with.")
class DepositReceipt:
    content_type: str
    size: int = strawberry.field(description="Bytes.")
    sha256: str


@strawberry.type(description="Money a customer paid into the business's bank account, declared "
                             "for their wallet; credited once, on final approval.")
class Deposit:
    id: strawberry.ID
    customer_id: strawberry.ID
    amount: Long = strawberry.field(description="Rials.")
    bank: Bank
    deposited_on: date
    tracking_number: str = strawberry.field(description="Normalised: ASCII digits and capitals.")
    status: DepositStatus
    declared_by: str = strawberry.field(description="customer:<id> or staff:<id>.")
    first_approver: str | None
    second_approver: str | None
    rejected_by: str | None
    rejected_reason: str | None
    credited_transfer_id: strawberry.ID | None = strawberry.field(
        description="The transfer that credited the wallet, once approved.")
    created_at: datetime
    first_approved_at: datetime | None
    decided_at: datetime | None

    @classmethod
    def from_row(cls, row: DepositRow) -> Deposit:
        return cls(id=to_id(row.id), customer_id=to_id(row.customer_id),
                   amount=Long(row.amount), bank=row.bank, deposited_on=row.deposited_on,
                   tracking_number=row.tracking_number, status=row.status,
                   declared_by=row.declared_by, first_approver=row.first_approver,
                   second_approver=row.second_approver, rejected_by=row.rejected_by,
                   rejected_reason=row.rejected_reason,
                   credited_transfer_id=optional_id(row.credited_transfer_id),
                   created_at=row.created_at, first_approved_at=row.first_approved_at,
                   decided_at=row.decided_at)

    @strawberry.field(description="What the receipt is, without its bytes.")
    async def receipt(self) -> DepositReceipt | None:
        found = await deposits.receipt_facts(int(self.id))
        return DepositReceipt(content_type=found.content_type, size=found.size,
                              sha256=found.sha256) if found else None

    @strawberry.field(description="The receipt image as a data: URL, to show it. Only staff and "
                                  "the deposit's customer reach a deposit.")
    async def receipt_data_url(self) -> str | None:
        found = await deposits.receipt_of(int(self.id))
        if found is None:
            return None
        return f"data:{found.content_type};base64," + \
            base64.b64encode(bytes(found.content)).decode()


@strawberry.input(description="A receipt image: JPEG, PNG or WebP, base64-encoded.")
class ReceiptInput:
    content_type: str = strawberry.field(description="image/jpeg, image/png or image/webp.")
    base64: str


@strawberry.input(description="A bank deposit to declare. Same idempotencyKey and content "
                              "again returns the stored deposit.")
class DeclareDepositInput:
    amount: Long = strawberry.field(description="Rials, more than 0.")
    bank: Bank
    deposited_on: date = strawberry.field(description="Not in the future (Tehran's calendar).")
    tracking_number: str = strawberry.field(
        description="Persian digits, spaces and dashes are accepted and normalised.")
    receipt: ReceiptInput
    idempotency_key: str
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Staff only, and required for them: whose deposit this is. "
                                  "A customer declares their own.")


@strawberry.type
class DeclareDepositSuccess:
    deposit: Deposit
    replayed: bool = strawberry.field(description="True when this key was declared before.")


@strawberry.type
class DepositSuccess:
    deposit: Deposit


DeclareDepositResult = Annotated[
    DeclareDepositSuccess | InvalidInput | InvalidReceipt | TrackingNumberAlreadyCredited
    | NotFoundError | ConflictError | NotAllowedError, strawberry.union("DeclareDepositResult")]
ApproveDepositResult = Annotated[
    DepositSuccess | DepositAlreadyDecided | DeclarerCannotApprove | SameApproverTwice
    | TrackingNumberAlreadyCredited | InvalidInput | NotFoundError | NotAllowedError,
    strawberry.union("ApproveDepositResult")]
RejectDepositResult = Annotated[
    DepositSuccess | InvalidInput | DepositAlreadyDecided | NotFoundError | NotAllowedError,
    strawberry.union("RejectDepositResult")]


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # the rule admits only signed-in callers
    return identity


def _decode(text: str, max_bytes: int) -> bytes:
    """The receipt's bytes; a text too long for the limit is refused before it is decoded."""
    packed = "".join(text.split())
    if len(packed) > (max_bytes + 2) // 3 * 4:
        raise InvalidReceiptError("receipt_too_large", f"a receipt may have at most {max_bytes} "
                                  "bytes")
    try:
        return base64.b64decode(packed, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidReceiptError("receipt_not_base64",
                                  "the receipt is not valid base64") from None


def _customer_id(actor: Identity, given: strawberry.ID | None) -> int:
    parsed = parse_id(given, "customerId")
    if actor.kind is CallerKind.CUSTOMER:
        assert actor.customer_id is not None
        return parsed if parsed is not None else actor.customer_id
    if parsed is None:
        raise ValidationFailed("customer_required", "staff declare a deposit for a customer: "
                               "give customerId", field="customerId")
    return parsed


@strawberry.type
class DepositQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="Deposits in id order, the oldest first (the order they "
                                  "wait for approval in) unless `order` says otherwise; filter "
                                  "by one or more statuses. A customer sees only their own.")
    async def deposits(self, info: strawberry.Info[Context, None],
                       status: list[DepositStatus] | None = None,
                       customer_id: strawberry.ID | None = None, first: int = 50,
                       after: str | None = None,
                       order: ListOrder = ListOrder.OLDEST_FIRST) -> Connection[Deposit]:
        limit = page_size(first)
        kind = ordered_kind("deposit", order)
        rows = await deposits.page(_actor(info), limit=limit + 1,
                                   after_id=decode_cursor(kind, after),
                                   statuses=status or None,
                                   customer_id=parse_id(customer_id, "customerId"),
                                   newest_first=order is ListOrder.NEWEST_FIRST)
        return connection([Deposit.from_row(r) for r in rows], limit, kind, lambda d: int(d.id))

    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="One deposit; null if there is none the caller sees.")
    async def deposit(self, info: strawberry.Info[Context, None],
                      id: strawberry.ID) -> Deposit | None:
        row = await deposits.find(_actor(info), required_id(id, "id"))
        return Deposit.from_row(row) if row else None


@strawberry.type
class DepositMutation:
    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True),
                         description="Declare a bank deposit with its receipt; it waits for "
                                     "back-office approval before the wallet is credited.")
    async def declare_deposit(self, info: strawberry.Info[Context, None],
                              input: DeclareDepositInput) -> DeclareDepositResult:
        actor = _actor(info)
        policy = deposit_policy(info.context.settings)
        customer_id = _customer_id(actor, input.customer_id)
        content = _decode(input.receipt.base64, policy.receipt_max_bytes)
        declared = await deposits.declare_deposit(
            actor, customer_id, int(input.amount), input.bank, input.deposited_on,
            input.tracking_number, content, input.receipt.content_type, input.idempotency_key,
            policy=policy)
        return DeclareDepositSuccess(deposit=Deposit.from_row(declared.deposit),
                                     replayed=declared.replayed)

    @strawberry.mutation(extensions=requires(staff=APPROVERS),
                         description="Approve a deposit; its declarer never may "
                                     "(DeclarerCannotApprove). At or above the second-approval "
                                     "threshold the first approval only records who gave it; "
                                     "the final one credits the wallet once and emails the "
                                     "customer. A decided deposit answers DepositAlreadyDecided.")
    async def approve_deposit(self, info: strawberry.Info[Context, None],
                              id: strawberry.ID) -> ApproveDepositResult:
        row = await deposits.approve_deposit(_actor(info), required_id(id, "id"),
                                             policy=deposit_policy(info.context.settings))
        return DepositSuccess(deposit=Deposit.from_row(row))

    @strawberry.mutation(extensions=requires(staff=APPROVERS),
                         description="Reject a deposit awaiting a decision, with the reason the "
                                     "customer is emailed. Nothing is credited.")
    async def reject_deposit(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                             reason: str) -> RejectDepositResult:
        row = await deposits.reject_deposit(_actor(info), required_id(id, "id"), reason)
        return DepositSuccess(deposit=Deposit.from_row(row))
