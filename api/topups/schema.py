"""Online top-ups in GraphQL: start one (a customer for their own wallet, staff for anyone's),
list and read them with their bank states, and reconcile one with its bank (back office)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from api.context import Context
from api.errors import (
    ConflictError,
    DomainErrors,
    InvalidInput,
    NotFoundError,
    UserError,
    declare_error,
    fields,
)
from api.ids import optional_id, parse_id, required_id, to_id
from api.names import customer_name
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import ALL_STAFF, AUDITORS, MOVERS, requires
from api.scalars import Long
from models.errors import NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.reach import acting_for
from models.wallet.errors import WalletErrorCode
from models.wallet.topups import errors as topup_errors
from models.wallet.topups import topups
from models.wallet.topups.actions import TopUpAction
from models.wallet.topups.actions import allowed_actions as top_up_actions
from models.wallet.topups.gateway import GatewayName
from models.wallet.topups.tables import TopUp as TopUpRow
from models.wallet.topups.tables import TopUpEventKind, TopUpStatus

strawberry.enum(GatewayName, name="Gateway", description="A bank payment gateway.")
strawberry.enum(TopUpStatus, description="Where an online top-up stands.")
strawberry.enum(TopUpEventKind, description="What kind of exchange with the bank.")
strawberry.enum(TopUpAction, description="What may be done to a top-up now, by whom is asking.")

if TYPE_CHECKING:
    from api.identity.types import Customer

# The customer type, named lazily: its module imports this one.
CustomerRef = Annotated["Customer", strawberry.lazy("api.identity.types")]


@strawberry.type(description="One exchange with the bank about a top-up: its bank state.")
class TopUpEvent:
    id: strawberry.ID
    kind: TopUpEventKind
    code: str = strawberry.field(description="The bank's answer code.")
    summary: str
    at: datetime


@strawberry.type(description="A payment through a bank gateway into a customer's wallet.")
class TopUp:
    row: strawberry.Private[TopUpRow]
    id: strawberry.ID
    customer_id: strawberry.ID
    gateway: GatewayName
    amount: Long
    status: TopUpStatus
    order_id: strawberry.ID | None = strawberry.field(
        description="The order this top-up pays ('top up and pay'), if any.")
    idempotency_key: str
    reference: str | None = strawberry.field(
        description="The bank's reference of the payment (Saman's RefNum, Mellat's "
                    "SaleReferenceId).")
    trace: str
    card_last_four: str
    verified_amount: Long | None
    failure_code: str
    failure_reason: str
    credit_transfer_id: strawberry.ID | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None

    @strawberry.field(description="The customer's name; null when they gave none.")
    async def customer_name(self, info: strawberry.Info[Context, None]) -> str | None:
        return await customer_name(info, self.customer_id)

    @classmethod
    def from_row(cls, row: TopUpRow) -> TopUp:
        return cls(
            row=row, id=to_id(row.id),
            customer_id=to_id(row.customer_id),
            gateway=GatewayName(row.gateway), amount=Long(row.amount), status=row.status,
            order_id=optional_id(row.order_id), idempotency_key=row.idempotency_key,
            reference=row.reference, trace=row.trace, card_last_four=row.card_last4,
            verified_amount=Long(row.verified_amount) if row.verified_amount is not None
            else None,
            failure_code=row.failure_code, failure_reason=row.failure_reason,
            credit_transfer_id=optional_id(row.credit_transfer_id), created_at=row.created_at,
            updated_at=row.updated_at, completed_at=row.completed_at)

    @strawberry.field(description="Every exchange with the bank, oldest first.")
    async def events(self, info: strawberry.Info[Context, None]) -> list[TopUpEvent]:
        return [TopUpEvent(id=to_id(e.id), kind=e.kind, code=e.code, summary=e.summary,
                           at=e.at)
                for e in await info.context.loaders.top_up_events.load(int(self.id))]

    @strawberry.field(description="The customer whose wallet it tops up; null if the caller "
                                  "does not read that customer.")
    async def customer(self, info: strawberry.Info[Context, None]) -> CustomerRef | None:
        from api.identity.types import customer_of  # that module imports this one

        return await customer_of(info, int(self.customer_id))

    @strawberry.field(description="What the caller may do to the top-up now, from its state "
                                  "and the caller's role; the operations still decide.")
    def allowed_actions(self, info: strawberry.Info[Context, None]) -> list[TopUpAction]:
        return top_up_actions(self.row, info.context.identity)


@strawberry.type(description="A form field the customer's browser sends to the bank.")
class FormField:
    name: str
    value: str


@strawberry.type(description="Where to send the customer: GET the url, or POST the fields to "
                             "it as a form.")
class GatewayRedirect:
    url: str
    method: str
    fields: list[FormField]


@strawberry.type
class TopUpStarted:
    top_up: TopUp
    redirect: GatewayRedirect


@strawberry.type
class TopUpSuccess:
    top_up: TopUp


@strawberry.type(description="The amount is below the smallest top-up.")
class AmountBelowMinimum(UserError):
    minimum: Long


@strawberry.type(description="The amount is above the largest top-up.")
class AmountAboveMaximum(UserError):
    maximum: Long


@strawberry.type(description="The wallet would hold more than a wallet may.")
class BalanceWouldExceedMaximum(UserError):
    maximum: Long
    balance: Long
    room: Long = strawberry.field(description="The most that can still be added.")


@strawberry.type(description="The bank could not start the payment; try again later.")
class GatewayUnavailable(UserError):
    pass


TOPUP_ERRORS = DomainErrors(errors=(
    declare_error(topup_errors.AmountBelowMinimum, AmountBelowMinimum,
                  lambda e: AmountBelowMinimum(minimum=Long(e.minimum), **fields(e))),
    declare_error(topup_errors.AmountAboveMaximum, AmountAboveMaximum,
                  lambda e: AmountAboveMaximum(maximum=Long(e.maximum), **fields(e))),
    declare_error(topup_errors.BalanceWouldExceedMaximum, BalanceWouldExceedMaximum,
                  lambda e: BalanceWouldExceedMaximum(maximum=Long(e.maximum),
                                                      balance=Long(e.balance),
                                                      room=Long(e.room), **fields(e))),
    declare_error(topup_errors.GatewayUnavailable, GatewayUnavailable),
))

StartTopUpResult = Annotated[
    TopUpStarted | AmountBelowMinimum | AmountAboveMaximum | BalanceWouldExceedMaximum
    | GatewayUnavailable | NotFoundError | InvalidInput | ConflictError,
    strawberry.union("StartTopUpResult")]
ReconcileTopUpResult = Annotated[TopUpSuccess | NotFoundError | InvalidInput,
                                 strawberry.union("ReconcileTopUpResult")]


@strawberry.input(description="A top-up of a wallet through a bank gateway.")
class StartTopUpInput:
    amount: Long = strawberry.field(description="Rials.")
    gateway: GatewayName
    idempotency_key: str = strawberry.field(
        description="Your unique key: the same key again answers the same top-up.")
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Staff only: whose wallet. A customer tops up their own.")


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # the field's rule admits only signed-in callers
    return identity


def _own(identity: Identity) -> int | None:
    """The customer a caller is limited to: a customer's own id; None for staff."""
    if identity.kind is CallerKind.CUSTOMER:
        assert identity.customer_id is not None
        return identity.customer_id
    return None


@strawberry.type
class TopUpQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="Online top-ups, newest first; a customer sees their own.")
    async def top_ups(self, info: strawberry.Info[Context, None],
                      customer_id: strawberry.ID | None = None,
                      status: TopUpStatus | None = None, first: int = 50,
                      after: str | None = None) -> Connection[TopUp]:
        limit = page_size(first)
        try:
            wanted = await acting_for(_actor(info), parse_id(customer_id, "customerId"),
                                      staff_may_omit=True)
        except NotFound:  # out of reach: none to see
            return connection([], limit, "topup", lambda t: int(t.id))
        rows = await topups.page(limit=limit + 1, before_id=decode_cursor("topup", after),
                                 customer_id=wanted, status=status)
        return connection([TopUp.from_row(r) for r in rows], limit, "topup",
                          lambda t: int(t.id))

    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="One online top-up with its bank states.")
    async def top_up(self, info: strawberry.Info[Context, None],
                     id: strawberry.ID) -> TopUp | None:
        row = await topups.get_topup(required_id(id, "id"), customer_id=_own(_actor(info)))
        return TopUp.from_row(row) if row else None


@strawberry.type
class TopUpMutation:
    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True),
                         description="Start a top-up: answers where to send the customer to "
                                     "pay. The wallet is credited once the bank verifies it.")
    async def start_top_up(self, info: strawberry.Info[Context, None],
                           input: StartTopUpInput) -> StartTopUpResult:
        wanted = await acting_for(_actor(info), parse_id(input.customer_id, "customerId"))
        async with info.context.adapters.open_gateways() as gateways:
            gateway = gateways.get(input.gateway)
            if gateway is None:
                raise ValidationFailed(WalletErrorCode.GATEWAY_NOT_CONFIGURED,
                                       f"{input.gateway.value} is not configured",
                                       field="gateway")
            row, redirect = await topups.start_topup(wanted, int(input.amount), gateway,
                                                     input.idempotency_key,
                                                     policy=info.context.policies.top_up,
                                                     namespace=info.context.key_namespace)
        return TopUpStarted(top_up=TopUp.from_row(row), redirect=GatewayRedirect(
            url=redirect.url, method=redirect.method,
            fields=[FormField(name=k, value=v) for k, v in redirect.fields.items()]))

    @strawberry.mutation(extensions=requires(staff=AUDITORS),
                         description="Ask the bank about an open top-up now: credit it if "
                                     "paid, expire it if not.")
    async def reconcile_top_up(self, info: strawberry.Info[Context, None],
                               id: strawberry.ID) -> ReconcileTopUpResult:
        wallet = info.context.settings.wallet
        async with info.context.adapters.open_gateways() as gateways:
            row = await topups.reconcile(required_id(id, "id"), gateways,
                                         give_up_seconds=wallet.topup_give_up_seconds)
        return TopUpSuccess(top_up=TopUp.from_row(row))
