"""GraphQL types of billing: products, orders, their payments and the lots each drew from."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from api.context import Context
from api.ids import to_id
from api.names import customer_name
from api.scalars import Long
from models.billing import orders
from models.billing.actions import OrderAction
from models.billing.actions import allowed_actions as order_actions
from models.billing.tables import BillingCycle, OrderStatus
from models.billing.tables import Order as OrderRow
from models.billing.tables import OrderPayment as PaymentRow
from models.billing.tables import Product as ProductRow
from models.clock import now_or

if TYPE_CHECKING:
    from api.identity.types import Customer

# The customer type, named lazily: its module imports this one.
CustomerRef = Annotated["Customer", strawberry.lazy("api.identity.types")]
strawberry.enum(BillingCycle, description="How often a product is paid: once, monthly, yearly.")
strawberry.enum(OrderStatus, description="Where an order stands.")
strawberry.enum(OrderAction, description="What may be done to an order now, by whom is asking.")


@strawberry.type(description="Something a customer can order, priced in rials per cycle.")
class Product:
    id: strawberry.ID
    name_fa: str
    name_en: str
    price: Long
    cycle: BillingCycle
    active: bool
    created_at: datetime

    @classmethod
    def from_row(cls, row: ProductRow) -> Product:
        return cls(id=to_id(row.id), name_fa=row.name_fa, name_en=row.name_en,
                   price=Long(row.price), cycle=row.cycle, active=row.active,
                   created_at=row.created_at)


@strawberry.type(description="What one lot of the wallet gave to a payment (and got back on a "
                             "refund).")
class PaymentDraw:
    lot_id: strawberry.ID
    kind: str = strawberry.field(description="paid or promotional")
    expires_at: datetime | None
    amount: Long
    transfer_id: strawberry.ID


@strawberry.type(description="One period of an order, paid from the wallet.")
class OrderPayment:
    id: strawberry.ID
    period: int
    amount: Long
    spend_key: str = strawberry.field(description="The wallet spend: order:<order>:<period>.")
    paid_at: datetime
    refunded_at: datetime | None
    refund_reason: str

    @classmethod
    def from_row(cls, row: PaymentRow) -> OrderPayment:
        return cls(id=to_id(row.id), period=row.period, amount=Long(row.amount),
                   spend_key=row.spend_key, paid_at=row.paid_at, refunded_at=row.refunded_at,
                   refund_reason=row.refund_reason)

    @strawberry.field(description="The lots it drew from: promotional first, then paid.")
    async def draws(self, info: strawberry.Info[Context, None]) -> list[PaymentDraw]:
        return [PaymentDraw(lot_id=to_id(part.lot.id), kind=part.lot.kind.value,
                            expires_at=part.lot.expires_at, amount=Long(part.amount),
                            transfer_id=to_id(part.transfer_id))
                for part in await info.context.loaders.draws.load(self.spend_key)]


@strawberry.type(description="What an order owes now; `missing` is what a top-up must bring.")
class AmountDue:
    period: int
    amount: Long
    available: Long
    missing: Long


@strawberry.type(description="A customer's order of a product. `period` is the last paid one.")
class Order:
    row: strawberry.Private[OrderRow]
    id: strawberry.ID
    customer_id: strawberry.ID
    product_id: strawberry.ID
    price: Long = strawberry.field(description="Rials per period, as when it was ordered.")
    cycle: BillingCycle
    status: OrderStatus
    auto_pay: bool
    period: int
    period_start: datetime | None
    period_end: datetime | None
    renews_at: datetime | None = strawberry.field(description="When the next period is due.")
    failure_reason: str
    failed_at: datetime | None
    suspended_at: datetime | None
    cancelled_at: datetime | None
    created_at: datetime

    @strawberry.field(description="The customer's name; null when they gave none.")
    async def customer_name(self, info: strawberry.Info[Context, None]) -> str | None:
        return await customer_name(info, self.customer_id)

    @classmethod
    def from_row(cls, row: OrderRow) -> Order:
        return cls(row=row, id=to_id(row.id),
                   customer_id=to_id(row.customer_id),
                   product_id=to_id(row.product_id),
                   price=Long(row.price), cycle=row.cycle, status=row.status,
                   auto_pay=row.auto_pay, period=row.period, period_start=row.period_start,
                   period_end=row.period_end, renews_at=row.renews_at,
                   failure_reason=row.failure_reason, failed_at=row.failed_at,
                   suspended_at=row.suspended_at, cancelled_at=row.cancelled_at,
                   created_at=row.created_at)

    @strawberry.field
    async def product(self, info: strawberry.Info[Context, None]) -> Product:
        row = await info.context.loaders.products.load(int(self.product_id))
        assert row is not None, f"order {self.id} has no product"  # a foreign key holds it
        return Product.from_row(row)

    @strawberry.field(description="The customer who ordered it; null if the caller does not "
                                  "read that customer.")
    async def customer(self, info: strawberry.Info[Context, None]) -> CustomerRef | None:
        from api.identity.types import customer_of  # that module imports this one

        return await customer_of(info, int(self.customer_id))

    @strawberry.field(description="Every paid period, oldest first.")
    async def payments(self, info: strawberry.Info[Context, None]) -> list[OrderPayment]:
        return [OrderPayment.from_row(p)
                for p in await info.context.loaders.order_payments.load(int(self.id))]

    @strawberry.field(description="What the caller may do to the order now, from its state "
                                  "and the caller's role; the operations still decide.")
    def allowed_actions(self, info: strawberry.Info[Context, None]) -> list[OrderAction]:
        policies = info.context.policies
        return order_actions(self.row, info.context.identity, now=now_or(None),
                             lead_time=policies.renewal.lead_time,
                             one_off_delivery=policies.one_off_delivery)

    @strawberry.field(description="What it owes now (its first period, a suspended one, or the "
                                  "next within the renewal lead time); null when nothing is due.")
    async def due(self, info: strawberry.Info[Context, None]) -> AmountDue | None:
        lead = info.context.policies.renewal.lead_time
        moment = now_or(None)
        if orders.due_period(self.row, moment, lead) is None:
            return None  # the wallet need not be read
        wallet = await info.context.loaders.wallets.load(int(self.customer_id))
        found = orders.amount_due_with(self.row, wallet[1].total if wallet else 0, now=moment,
                                       lead_time=lead)
        if found is None:
            return None
        return AmountDue(period=found.period, amount=Long(found.amount),
                         available=Long(found.available), missing=Long(found.missing))
