"""Marking an order failed is for fulfilment that did not happen: it applies to the paid period not
yet delivered (the one running, and a renewal paid ahead) and refunds what was paid for it only.
A cancelled, already failed or unpaid order, or one with nothing undelivered, is refused with a
typed error, and nothing is written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from tortoise.exceptions import IntegrityError

from models.billing import orders
from models.billing.refunds import orders_awaiting_refund, refund_order
from models.billing.tables import Order, OrderPayment, OrderStatus
from models.ledger.verify import verify_ledger
from models.wallet import wallets

from .support import MARK_FAILED, PAY, PLACE

PRICE = 1_000_000


async def _paid_at(customer_id: int, product_id: str, *moments: datetime) -> int:
    """An order paid once at each of `moments` (its first period, then each renewal)."""
    order = await orders.place_order(customer_id, int(product_id))
    for n, moment in enumerate(moments, start=1):
        await orders.pay_order(customer_id, order.id, f"pay-{n}", now=moment)
    return order.id


async def _refused(gql, order_id, code):
    body = await gql(MARK_FAILED, id=str(order_id), reason="the registry refused")
    result = body["data"]["markOrderFailed"]
    assert (result["__typename"], result["code"]) == ("ConflictError", code), body
    assert await orders_awaiting_refund() == []


async def test_failing_an_order_refunds_only_the_period_not_yet_delivered(
        gql, customer, fund, make_product):
    # given a monthly order paid for three periods, the third one running now
    row, _ = customer
    await fund(row.id, 5_000_000, "top-up-1")
    start = datetime.now(UTC) - timedelta(days=65)
    order = await orders.place_order(row.id, int(await make_product(PRICE)))
    await orders.pay_order(row.id, order.id, "pay-1", now=start)
    for n in (2, 3):
        renews_at = (await Order.get(id=order.id)).renews_at
        assert renews_at is not None
        await orders.pay_order(row.id, order.id, f"pay-{n}", now=renews_at)
    assert (await wallets.balance(row.id)).total == 2_000_000
    # when its fulfilment fails
    body = await gql(MARK_FAILED, id=str(order.id), reason="the registry refused")
    assert body["data"]["markOrderFailed"]["order"]["status"] == "FAILED", body
    refund = await refund_order(order.id)
    # then only the third period is refunded; the two delivered ones stay paid
    assert [p.period for p in refund.payments] == [3]
    payments = await OrderPayment.filter(order_id=order.id).order_by("period")
    assert [(p.period, p.refund_due, p.refunded_at is not None) for p in payments] == [
        (1, False, False), (2, False, False), (3, True, True)]
    assert (await wallets.balance(row.id)).total == 3_000_000
    # and the sweep finds nothing left to refund
    assert await orders_awaiting_refund() == []
    assert await verify_ledger() == []


async def test_a_renewal_paid_ahead_is_refunded_with_the_running_period(
        gql, customer, fund, make_product):
    # given a monthly order whose second period was paid within the lead time, before it began
    row, _ = customer
    await fund(row.id, 5_000_000, "top-up-1")
    order = await orders.place_order(row.id, int(await make_product(PRICE)))
    await orders.pay_order(row.id, order.id, "pay-1",
                           now=datetime.now(UTC) - timedelta(days=28))
    await orders.pay_order(row.id, order.id, "pay-2")
    assert (await Order.get(id=order.id)).period_start > datetime.now(UTC)  # type: ignore[operator]  # a nullable column, set once the order is paid
    # when its fulfilment fails
    await gql(MARK_FAILED, id=str(order.id), reason="the registry refused")
    refund = await refund_order(order.id)
    # then both undelivered periods are refunded: the running one and the one paid ahead
    assert [p.period for p in refund.payments] == [1, 2]
    assert (await wallets.balance(row.id)).total == 5_000_000
    assert await verify_ledger() == []


async def test_a_cancelled_order_cannot_be_failed(gql, customer, fund, make_product):
    # given a paid order the customer cancelled
    row, _ = customer
    await fund(row.id, 2_000_000, "top-up-1")
    order_id = await _paid_at(row.id, await make_product(PRICE), datetime.now(UTC))
    await orders.cancel_order(row.id, order_id)
    # when staff mark it failed, then it is refused and nothing is refunded
    await _refused(gql, order_id, "order_cancelled")
    assert (await Order.get(id=order_id)).status is OrderStatus.CANCELLED
    assert (await wallets.balance(row.id)).total == 1_000_000


async def test_an_unpaid_order_cannot_be_failed(call_as, gql, customer, make_product):
    _, token = customer
    placed = await call_as(token, PLACE, input={"productId": await make_product(PRICE)})
    order_id = placed["data"]["placeOrder"]["order"]["id"]
    await _refused(gql, order_id, "order_not_paid")
    assert (await Order.get(id=int(order_id))).status is OrderStatus.AWAITING_PAYMENT


async def test_an_order_whose_paid_period_has_ended_cannot_be_failed(
        gql, customer, fund, make_product):
    # given a monthly order whose only paid period ended ten days ago (unpaid since, in grace)
    row, _ = customer
    await fund(row.id, 2_000_000, "top-up-1")
    order_id = await _paid_at(row.id, await make_product(PRICE),
                              datetime.now(UTC) - timedelta(days=40))
    # when staff mark it failed, then it is refused: the period was delivered
    await _refused(gql, order_id, "nothing_undelivered")
    assert (await Order.get(id=order_id)).status is OrderStatus.ACTIVE
    assert (await wallets.balance(row.id)).total == 1_000_000


async def test_a_failed_order_cannot_be_failed_again_and_keeps_its_first_reason(
        call_as, gql, customer, fund, make_product):
    row, token = customer
    await fund(row.id, 2_000_000, "top-up-1")
    placed = await call_as(token, PLACE, input={"productId": await make_product(PRICE)})
    order_id = placed["data"]["placeOrder"]["order"]["id"]
    await call_as(token, PAY, id=order_id, key="k")
    await gql(MARK_FAILED, id=order_id, reason="first")
    body = await gql(MARK_FAILED, id=order_id, reason="second")
    assert body["data"]["markOrderFailed"]["code"] == "order_already_failed"
    assert (await Order.get(id=int(order_id))).failure_reason == "first"


async def test_a_one_off_order_is_failed_within_its_delivery_window(
        gql, customer, fund, make_product):
    row, _ = customer
    await fund(row.id, 2_000_000, "top-up-1")
    order_id = await _paid_at(row.id, await make_product(PRICE, "ONE_OFF"),
                              datetime.now(UTC) - timedelta(days=2))
    body = await gql(MARK_FAILED, id=str(order_id), reason="out of stock")
    assert body["data"]["markOrderFailed"]["order"]["status"] == "FAILED", body
    assert (await refund_order(order_id)).amount == PRICE
    assert (await wallets.balance(row.id)).total == 2_000_000


async def test_a_one_off_order_paid_long_ago_counts_as_delivered(
        gql, customer, fund, make_product):
    # given a one-off order paid two years ago
    row, _ = customer
    await fund(row.id, 2_000_000, "top-up-1")
    order_id = await _paid_at(row.id, await make_product(PRICE, "ONE_OFF"),
                              datetime.now(UTC) - timedelta(days=730))
    # when staff mark it failed, then it is refused
    await _refused(gql, order_id, "nothing_undelivered")
    assert (await wallets.balance(row.id)).total == 1_000_000


async def test_the_database_refuses_a_refund_of_a_payment_not_due(customer, fund, make_product):
    row, _ = customer
    await fund(row.id, 2_000_000, "top-up-1")
    order_id = await _paid_at(row.id, await make_product(PRICE), datetime.now(UTC))
    with pytest.raises(IntegrityError, match="billing_order_payment_refunded_when_due"):
        await OrderPayment.filter(order_id=order_id).update(refunded_at=datetime.now(UTC))
