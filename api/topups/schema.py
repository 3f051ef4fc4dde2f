"""Online top-ups in GraphQL: start one (a customer for their own wallet, staff for anyone's),
list and read them with their bank states, and reconcile one with its bank (back office)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotFoundError, UserError
from api.ids import optional_id, parse_id, required_id, to_id
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import ALL_STAFF, AUDITORS, MOVERS, requires
from api.scalars import Long
from etebar.gateways import open_gateways, topup_policy
from models.errors import NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.wallet.topups import errors as topup_errors
from models.wallet.topups import topups
from models.wallet.topups.gateway import GatewayName
from models.wallet.topups.tables import TopUp as TopUpRow
from models.wallet.topups.tables import TopUpEventKind, TopUpStatus

strawberry.enum(GatewayName, name="Gateway", description="A bank payment gateway.")
strawberry.enum(TopUpStatus, description="Where an online top-up stands.")
strawberry.enum(TopUpEventKind, description="What kind of exchange with the bank.")


@strawberry.type(description="One exchange with the bank about a top-up: its bank state.")
class TopUpEvent:
    id: strawberry.ID
    kind: TopUpEventKind
    code: str = strawberry.field(description="The bank's answer code.")
    summary: str
    at: datetime


@strawberry.type(description="A payment through a bank gateway into a customer's wallet.")
class TopUp:
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

    @classmethod
    def from_row(cls, row: TopUpRow) -> TopUp:
        return cls(
            id=to_id(row.id), customer_id=to_id(row.customer_id),
            gateway=GatewayName(row.gateway), amount=Long(row.amount), status=row.status,
            order_id=optional_id(row.order_id), idempotency_key=row.idempotency_key,
            reference=row.reference, trace=row.trace, card_last_four=row.card_last4,
            verified_amount=Long(row.verified_amount) if row.verified_amount is not None
            else None,
            failure_code=row.failure_code, failure_reason=row.failure_reason,
            credit_transfer_id=optional_id(row.credit_transfer_id), created_at=row.created_at,
            updated_at=row.updated_at, completed_at=row.completed_at)

    @strawberry.field(description="Every exchange with the bank, oldest first.")
    async def events(self) -> list[TopUpEvent]:
        return [TopUpEvent(id=to_id(e.id), kind=e.kind, code=e.code, summary=e.summary,
                           at=e.at) for e in await topups.events_of(int(self.id))]


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


def _fields(error: Any) -> dict[str, Any]:
    return {"code": error.code, "message": error.message, "field": error.field}


class AmountBelowMinimumHandler(
        strawberry.ExceptionHandler[topup_errors.AmountBelowMinimum, AmountBelowMinimum]):
    def handle(self, exception: topup_errors.AmountBelowMinimum,
               **_: Any) -> AmountBelowMinimum:
        return AmountBelowMinimum(minimum=Long(exception.minimum), **_fields(exception))


class AmountAboveMaximumHandler(
        strawberry.ExceptionHandler[topup_errors.AmountAboveMaximum, AmountAboveMaximum]):
    def handle(self, exception: topup_errors.AmountAboveMaximum,
               **_: Any) -> AmountAboveMaximum:
        return AmountAboveMaximum(maximum=Long(exception.maximum), **_fields(exception))


class BalanceWouldExceedMaximumHandler(
        strawberry.ExceptionHandler[topup_errors.BalanceWouldExceedMaximum,
                                    BalanceWouldExceedMaximum]):
    def handle(self, exception: topup_errors.BalanceWouldExceedMaximum,
               **_: Any) -> BalanceWouldExceedMaximum:
        return BalanceWouldExceedMaximum(maximum=Long(exception.maximum),
                                         balance=Long(exception.balance),
                                         room=Long(exception.room), **_fields(exception))


class GatewayUnavailableHandler(
        strawberry.ExceptionHandler[topup_errors.GatewayUnavailable, GatewayUnavailable]):
    def handle(self, exception: topup_errors.GatewayUnavailable,
               **_: Any) -> GatewayUnavailable:
        return GatewayUnavailable(**_fields(exception))


TOPUP_EXCEPTION_HANDLERS = (AmountBelowMinimumHandler(), AmountAboveMaximumHandler(),
                            BalanceWouldExceedMaximumHandler(), GatewayUnavailableHandler())

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
        wanted = parse_id(customer_id, "customerId")
        own = _own(_actor(info))
        if own is not None:
            if wanted not in (None, own):
                return connection([], limit, "topup", lambda t: int(t.id))
            wanted = own
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
        identity = _actor(info)
        wanted = parse_id(input.customer_id, "customerId")
        own = _own(identity)
        if own is not None:
            if wanted not in (None, own):
                raise NotFound("customer_not_found", f"no customer {wanted}",
                               field="customerId")
            wanted = own
        if wanted is None:
            raise ValidationFailed("customer_required", "staff name the customer",
                                   field="customerId")
        settings = info.context.settings
        async with open_gateways(settings) as gateways:
            gateway = gateways.get(input.gateway)
            if gateway is None:
                raise ValidationFailed("gateway_not_configured",
                                       f"{input.gateway.value} is not configured",
                                       field="gateway")
            row, redirect = await topups.start_topup(wanted, int(input.amount), gateway,
                                                     input.idempotency_key,
                                                     policy=topup_policy(settings),
                                                     namespace=info.context.key_namespace)
        return TopUpStarted(top_up=TopUp.from_row(row), redirect=GatewayRedirect(
            url=redirect.url, method=redirect.method,
            fields=[FormField(name=k, value=v) for k, v in redirect.fields.items()]))

    @strawberry.mutation(extensions=requires(staff=AUDITORS),
                         description="Ask the bank about an open top-up now: credit it if "
                                     "paid, expire it if not.")
    async def reconcile_top_up(self, info: strawberry.Info[Context, None],
                               id: strawberry.ID) -> ReconcileTopUpResult:
        settings = info.context.settings
        async with open_gateways(settings) as gateways:
            row = await topups.reconcile(required_id(id, "id"), gateways,
                                         give_up_seconds=settings.topup_give_up_seconds)
        return TopUpSuccess(top_up=TopUp.from_row(row))
