"""Billing tells other domains of paid and failed orders (OrderPaid, OrderFailed), in the
transaction that pays or fails the order: a refused payment tells of nothing."""

from __future__ import annotations

import pytest

from models.billing import orders
from models.billing.events import OrderFailed, OrderPaid
from models.domain_events.tables import DomainEventRecord
from models.wallet.errors import InsufficientFunds

PRICE = 1_000_000


async def _events(kind: str) -> list[dict[str, object]]:
    return [r.payload for r in await DomainEventRecord.filter(kind=kind).order_by("id")]


async def test_paying_an_order_tells_of_the_paid_period(customer, fund, make_product):
    row, _ = customer
    await fund(row.id, PRICE, "top-up-1")
    order = await orders.place_order(row.id, int(await make_product(PRICE)))
    paid = await orders.pay_order(row.id, order.id, "pay-1")
    await orders.pay_order(row.id, order.id, "pay-1")  # a replay tells of nothing more
    assert await _events(OrderPaid.kind) == [{
        "order_id": order.id, "customer_id": row.id, "payment_id": paid.payment.id,
        "period": 1, "amount": PRICE}]


async def test_a_refused_payment_tells_of_nothing(customer, make_product):
    row, _ = customer
    order = await orders.place_order(row.id, int(await make_product(PRICE)))
    with pytest.raises(InsufficientFunds):
        await orders.pay_order(row.id, order.id, "pay-1")
    assert await _events(OrderPaid.kind) == []


async def test_failing_an_order_tells_of_the_periods_to_refund(customer, fund, make_product):
    row, _ = customer
    await fund(row.id, PRICE, "top-up-1")
    order = await orders.place_order(row.id, int(await make_product(PRICE)))
    await orders.pay_order(row.id, order.id, "pay-1")
    await orders.mark_order_failed("staff:1", order.id, "the registry refused")
    assert await _events(OrderFailed.kind) == [
        {"order_id": order.id, "customer_id": row.id, "periods": [1]}]
