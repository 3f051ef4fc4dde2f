"""Billing queries and mutations: thin calls into `models.billing`. A customer acts on their own
orders (another's reads as not found); staff act on anyone's."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.billing.errors import InsufficientFundsError
from api.billing.types import Order, OrderPayment, Product
from api.context import Context
from api.errors import (
    ConflictError,
    InvalidInput,
    NotAllowedError,
    NotFoundError,
)
from api.idempotency import key_field
from api.ids import parse_id, required_id
from api.pagination import Connection, connection, decode_cursor, page_size
from api.permissions import ALL_STAFF, MANAGERS, MOVERS, requires
from api.scalars import Long
from models.billing import orders, products
from models.billing.tables import BillingCycle, OrderStatus
from models.billing.tables import Order as OrderRow
from models.billing.tables import Product as ProductRow
from models.errors import NotFound
from models.identity.callers import CallerKind, Identity
from models.identity.idempotency import create_once
from models.identity.reach import acting_for


@strawberry.input
class ProductInput:
    name_fa: str
    name_en: str
    price: Long
    cycle: BillingCycle
    active: bool = True
    idempotency_key: str | None = key_field()


@strawberry.input(description="What to change; fields left out stay as they are.")
class ProductChanges:
    name_fa: str | None = None
    name_en: str | None = None
    price: Long | None = None
    cycle: BillingCycle | None = None
    active: bool | None = None


@strawberry.input
class PlaceOrderInput:
    product_id: strawberry.ID
    auto_pay: bool = False
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Staff only: whose order it is. A customer orders for "
                                  "themselves.")
    idempotency_key: str | None = key_field()


@strawberry.type
class ProductSuccess:
    product: Product


@strawberry.type
class OrderSuccess:
    order: Order


@strawberry.type(description="The order is paid for its due period.")
class OrderPaid:
    order: Order
    payment: OrderPayment
    replayed: bool = strawberry.field(description="This idempotency key had paid already.")


ProductResult = Annotated[ProductSuccess | InvalidInput | NotFoundError | ConflictError,
                          strawberry.union("ProductResult")]
PlaceOrderResult = Annotated[OrderSuccess | InvalidInput | NotFoundError | NotAllowedError
                             | ConflictError,
                             strawberry.union("PlaceOrderResult")]
PayOrderResult = Annotated[OrderPaid | InsufficientFundsError | NotFoundError | ConflictError
                           | InvalidInput, strawberry.union("PayOrderResult")]
OrderResult = Annotated[OrderSuccess | NotFoundError | ConflictError | InvalidInput,
                        strawberry.union("OrderResult")]


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # every field's rule admits only signed-in callers
    return identity


def _own(info: strawberry.Info[Context, None]) -> int | None:
    """The customer a caller is limited to: their own for a customer, None for staff."""
    identity = _actor(info)
    return identity.customer_id if identity.kind is CallerKind.CUSTOMER else None


async def _payer(info: strawberry.Info[Context, None], order_id: int) -> int:
    own = _own(info)
    return own if own is not None else await orders.owner_of(order_id)


@strawberry.type
class BillingQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="Products in id order; customers see the active ones.")
    async def products(self, info: strawberry.Info[Context, None]) -> list[Product]:
        rows = await products.products(active_only=_actor(info).kind is CallerKind.CUSTOMER)
        return [Product.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="Orders, newest first; a customer sees only their own.")
    async def orders(self, info: strawberry.Info[Context, None],
                     customer_id: strawberry.ID | None = None, status: OrderStatus | None = None,
                     first: int = 50, after: str | None = None) -> Connection[Order]:
        limit = page_size(first)
        try:
            wanted = await acting_for(_actor(info), parse_id(customer_id, "customerId"),
                                      staff_may_omit=True)
        except NotFound:  # out of reach: none to see
            return connection([], limit, "order", lambda o: int(o.id))
        rows = await orders.page(limit=limit + 1, before_id=decode_cursor("order", after),
                                 customer_id=wanted, status=status)
        return connection([Order.from_row(r) for r in rows], limit, "order", lambda o: int(o.id))

    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="One order with its payments; another customer's is null.")
    async def order(self, info: strawberry.Info[Context, None], id: strawberry.ID) -> Order | None:
        row = await orders.find_order(required_id(id, "id"), _own(info))
        return Order.from_row(row) if row else None


@strawberry.type
class BillingMutation:
    @strawberry.mutation(extensions=requires(staff=MANAGERS))
    async def create_product(self, info: strawberry.Info[Context, None],
                             input: ProductInput) -> ProductResult:
        row = await create_once(
            info.context.key_namespace, input.idempotency_key, "createProduct",
            {"name_fa": input.name_fa, "name_en": input.name_en, "price": int(input.price),
             "cycle": input.cycle.value, "active": input.active},
            lambda: products.create_product(input.name_fa, input.name_en, input.price,
                                            input.cycle, input.active), ProductRow)
        return ProductSuccess(product=Product.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MANAGERS),
                         description="Change a product; placed orders keep their price.")
    async def update_product(self, product_id: strawberry.ID,
                             changes: ProductChanges) -> ProductResult:
        row = await products.update_product(
            required_id(product_id, "productId"), name_fa=changes.name_fa,
            name_en=changes.name_en, price=changes.price, cycle=changes.cycle,
            active=changes.active)
        return ProductSuccess(product=Product.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True),
                         description="Order an active product; it awaits its first payment.")
    async def place_order(self, info: strawberry.Info[Context, None],
                          input: PlaceOrderInput) -> PlaceOrderResult:
        customer_id = await acting_for(_actor(info), parse_id(input.customer_id, "customerId"))
        product_id = required_id(input.product_id, "productId")
        row = await create_once(
            info.context.key_namespace, input.idempotency_key, "placeOrder",
            {"customer": customer_id, "product": product_id, "auto_pay": input.auto_pay},
            lambda: orders.place_order(customer_id, product_id, input.auto_pay), OrderRow)
        return OrderSuccess(order=Order.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True),
                         description="Pay what an order owes now, in full, from the wallet: "
                                     "once per period whatever the retries.")
    async def pay_order(self, info: strawberry.Info[Context, None], order_id: strawberry.ID,
                        idempotency_key: str) -> PayOrderResult:
        order_id_ = required_id(order_id, "orderId")
        paid = await orders.pay_order(await _payer(info, order_id_), order_id_, idempotency_key,
                                      lead_time=info.context.policies.renewal.lead_time,
                                      namespace=info.context.key_namespace)
        return OrderPaid(order=Order.from_row(paid.order),
                         payment=OrderPayment.from_row(paid.payment), replayed=paid.replayed)

    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True))
    async def set_auto_pay(self, info: strawberry.Info[Context, None], order_id: strawberry.ID,
                           on: bool) -> OrderResult:
        row = await orders.set_auto_pay(_own(info), required_id(order_id, "orderId"), on)
        return OrderSuccess(order=Order.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True),
                         description="Stop an order: no more renewals; nothing is refunded.")
    async def cancel_order(self, info: strawberry.Info[Context, None],
                           order_id: strawberry.ID) -> OrderResult:
        row = await orders.cancel_order(_own(info), required_id(order_id, "orderId"))
        return OrderSuccess(order=Order.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MOVERS),
                         description="Fulfilment failed: the order is failed and what was paid "
                                     "for its periods not yet delivered (the running one, and a "
                                     "renewal paid ahead) is refunded to the wallet by the "
                                     "refund actor. An order with nothing undelivered (unpaid, "
                                     "cancelled, failed, ended) is a ConflictError.")
    async def mark_order_failed(self, info: strawberry.Info[Context, None],
                                order_id: strawberry.ID, reason: str) -> OrderResult:
        row = await orders.mark_order_failed(
            _actor(info).actor, required_id(order_id, "orderId"), reason,
            one_off_delivery=info.context.policies.one_off_delivery)
        return OrderSuccess(order=Order.from_row(row))
