"""GraphQL types of billing: products, orders, their payments and the lots each drew from."""

from __future__ import annotations

from datetime import datetime, timedelta

import strawberry

from api.context import Context
from api.ids import to_id
from api.scalars import Long
from models.billing import orders
from models.billing.tables import BillingCycle, OrderStatus
from models.billing.tables import Order as OrderRow
from models.billing.tables import OrderPayment as PaymentRow
from models.billing.tables import Product as ProductRow

strawberry.enum(BillingCycle, description="How often a product is paid: once, monthly, yearly.")
strawberry.enum(OrderStatus, description="Where an order stands.")


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
    async def draws(self) -> list[PaymentDraw]:
        return [PaymentDraw(lot_id=to_id(part.lot.id), kind=part.lot.kind.value,
                            expires_at=part.lot.expires_at, amount=Long(part.amount),
                            transfer_id=to_id(part.transfer_id))
                for part in await orders.draws_of(self.spend_key)]


@strawberry.type(description="What an order owes now; `missing` is what a top-up must bring.")
class AmountDue:
    period: int
    amount: Long
    available: Long
    missing: Long


@strawberry.type(description="A customer's order of a product. `period` is the last paid one.")
class Order:
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

    @classmethod
    def from_row(cls, row: OrderRow) -> Order:
        return cls(id=to_id(row.id), customer_id=to_id(row.customer_id),
                   product_id=to_id(row.product_id),
                   price=Long(row.price), cycle=row.cycle, status=row.status,
                   auto_pay=row.auto_pay, period=row.period, period_start=row.period_start,
                   period_end=row.period_end, renews_at=row.renews_at,
                   failure_reason=row.failure_reason, failed_at=row.failed_at,
                   suspended_at=row.suspended_at, cancelled_at=row.cancelled_at,
                   created_at=row.created_at)

    @strawberry.field
    async def product(self) -> Product:
        row = await ProductRow.get(id=int(self.product_id))
        return Product.from_row(row)

    @strawberry.field(description="Every paid period, oldest first.")
    async def payments(self) -> list[OrderPayment]:
        return [OrderPayment.from_row(p) for p in await orders.payments_of(int(self.id))]

    @strawberry.field(description="What it owes now (its first period, a suspended one, or the "
                                  "next within the renewal lead time); null when nothing is due.")
    async def due(self, info: strawberry.Info[Context, None]) -> AmountDue | None:
        lead = timedelta(days=info.context.settings.billing_renewal_lead_days)
        found = await orders.amount_due(None, int(self.id), lead_time=lead)
        if found is None:
            return None
        return AmountDue(period=found.period, amount=Long(found.amount),
                         available=Long(found.available), missing=Long(found.missing))
