"""Automatic payment on renew: charged once per period with enough balance; otherwise the
customer is told, reminded, suspended after the grace period, and resumed by paying."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from models.billing.renewal import Outcome, renew_due
from models.billing.tables import Order, OrderPayment
from models.ledger.verify import verify_ledger
from models.notify.tables import EmailMessage
from models.wallet import wallets

from .support import ORDER, PAY, PLACE, POLICY

SET_AUTO_PAY = """mutation($id: ID!, $on: Boolean!) { setAutoPay(orderId: $id, on: $on) {
  __typename ... on OrderSuccess { order { autoPay } } ... on UserError { code } } }"""


async def _paid_order(call_as, token, product_id, *, auto_pay=True):
    """An order placed with auto-pay and paid for its first period; (id, its renewal date)."""
    placed = await call_as(token, PLACE, input={"productId": product_id, "autoPay": auto_pay})
    order_id = placed["data"]["placeOrder"]["order"]["id"]
    body = await call_as(token, PAY, id=order_id, key="first")
    assert body["data"]["payOrder"]["__typename"] == "OrderPaid", body
    order = await Order.get(id=int(order_id))
    assert order.renews_at is not None
    return order_id, order.renews_at


async def _emails(template):
    return await EmailMessage.filter(template=template).order_by("id")


async def test_a_due_order_with_enough_balance_is_charged_once_however_often_renewal_runs(
        call_as, customer, fund, make_product):
    # given an auto-pay order renewing in two days and enough for two periods
    row, token = customer
    await fund(row.id, 3_000_000, "top-up-1")
    order_id, due_at = await _paid_order(call_as, token, await make_product(1_000_000))
    now = due_at - timedelta(days=2)
    # when the renewal round runs twice in a row and three times at once
    first = await renew_due(now, POLICY)
    await renew_due(now, POLICY)
    await asyncio.gather(*(renew_due(now + timedelta(hours=1), POLICY) for _ in range(3)))
    # then period 2 was charged once, from the old period's end, and a receipt queued
    assert first.outcomes == {int(order_id): Outcome.CHARGED}
    order = await Order.get(id=int(order_id))
    assert (order.period, order.period_start, order.status.value) == (2, due_at, "active")
    assert order.renews_at is not None and order.renews_at > due_at + timedelta(days=27)
    payments = await OrderPayment.filter(order_id=int(order_id)).order_by("period")
    assert [(p.period, p.spend_key) for p in payments] == [
        (1, f"order:{order_id}:1"), (2, f"order:{order_id}:2")]
    assert (await wallets.balance(row.id)).total == 1_000_000
    receipts = await _emails("billing_receipt")
    assert [m.key for m in receipts] == [f"billing:receipt:order:{order_id}:1",
                                         f"billing:receipt:order:{order_id}:2"]
    assert receipts[1].to_address == "sara@example.com"
    assert await verify_ledger() == []


async def test_an_order_not_yet_within_the_lead_time_is_left_alone(call_as, customer, fund,
                                                                   make_product):
    row, token = customer
    await fund(row.id, 3_000_000, "top-up-1")
    order_id, due_at = await _paid_order(call_as, token, await make_product(1_000_000))
    run = await renew_due(due_at - POLICY.lead_time - timedelta(minutes=1), POLICY)
    assert run.outcomes == {}
    assert (await Order.get(id=int(order_id))).period == 1


async def test_a_short_balance_is_told_reminded_suspended_and_resumed_by_paying(
        call_as, customer, fund, make_product):
    # given an auto-pay order paid for its first period, with 400,000 rials left
    row, token = customer
    await fund(row.id, 1_400_000, "top-up-1")
    order_id, due_at = await _paid_order(call_as, token, await make_product(1_000_000))
    oid = int(order_id)

    # when renewal runs within the lead time: a shortfall email with the missing amount
    run = await renew_due(due_at - timedelta(days=2), POLICY)
    assert run.outcomes == {oid: Outcome.NOTIFIED}
    [shortfall] = await _emails("billing_shortfall")
    assert shortfall.key == f"billing:notice:{oid}:2"
    assert "کسری: ۶۰۰٬۰۰۰ ریال" in shortfall.body  # the customer reads Persian
    assert f"https://etebar.example/pay/order/{oid}" in shortfall.body
    # running again at once sends nothing more
    assert (await renew_due(due_at - timedelta(days=2), POLICY)).outcomes == {
        oid: Outcome.UNCHANGED}

    # a day before the due date: one reminder; the same point again: nothing
    assert (await renew_due(due_at - timedelta(hours=23), POLICY)).outcomes == {
        oid: Outcome.REMINDED}
    assert (await renew_due(due_at - timedelta(hours=22), POLICY)).outcomes == {
        oid: Outcome.UNCHANGED}
    # three days after: one more reminder (for the latest point only), still active
    assert (await renew_due(due_at + timedelta(days=3, hours=1), POLICY)).outcomes == {
        oid: Outcome.REMINDED}
    assert len(await _emails("billing_reminder")) == 2
    assert (await Order.get(id=oid)).status.value == "active"

    # past the grace period: suspended, once
    after_grace = due_at + POLICY.grace + timedelta(hours=1)
    assert (await renew_due(after_grace, POLICY)).outcomes == {oid: Outcome.SUSPENDED}
    await renew_due(after_grace, POLICY)
    suspended = await Order.get(id=oid)
    assert (suspended.status.value, suspended.period) == ("suspended", 1)
    assert len(await _emails("billing_suspended")) == 1

    # nothing was charged meanwhile
    assert (await wallets.balance(row.id)).total == 400_000
    assert await OrderPayment.filter(order_id=oid).count() == 1

    # when the customer tops up and pays, the order resumes at once
    await fund(row.id, 600_000, "top-up-2")
    body = await call_as(token, PAY, id=order_id, key="resume")
    paid = body["data"]["payOrder"]
    assert (paid["order"]["status"], paid["order"]["period"]) == ("ACTIVE", 2)
    order = (await call_as(token, ORDER, id=order_id))["data"]["order"]
    assert order["suspendedAt"] is None
    assert [p["period"] for p in order["payments"]] == [1, 2]
    assert (await wallets.balance(row.id)).total == 0
    assert await verify_ledger() == []


async def test_a_suspended_auto_pay_order_resumes_on_the_next_round_once_credit_arrives(
        call_as, customer, fund, make_product):
    row, token = customer
    await fund(row.id, 1_000_000, "top-up-1")
    order_id, due_at = await _paid_order(call_as, token, await make_product(1_000_000))
    after_grace = due_at + POLICY.grace + timedelta(hours=1)
    await renew_due(after_grace, POLICY)
    assert (await Order.get(id=int(order_id))).status.value == "suspended"
    await fund(row.id, 1_000_000, "deposit-1")
    resumed_at = after_grace + timedelta(hours=1)
    run = await renew_due(resumed_at, POLICY)
    assert run.outcomes == {int(order_id): Outcome.CHARGED}
    order = await Order.get(id=int(order_id))
    assert (order.status.value, order.period, order.suspended_at) == ("active", 2, None)
    # the suspended days are not billed: the new period starts when it resumed
    assert order.period_start == resumed_at
    assert await verify_ledger() == []


async def test_an_order_without_auto_pay_is_reminded_not_charged(call_as, customer, fund,
                                                                 make_product):
    row, token = customer
    await fund(row.id, 5_000_000, "top-up-1")
    order_id, due_at = await _paid_order(call_as, token, await make_product(1_000_000),
                                         auto_pay=False)
    run = await renew_due(due_at - timedelta(days=2), POLICY)
    assert run.outcomes == {int(order_id): Outcome.NOTIFIED}
    [notice] = await _emails("billing_reminder")
    assert notice.key == f"billing:notice:{order_id}:2"
    assert (await wallets.balance(row.id)).total == 4_000_000


async def test_the_customer_switches_auto_pay_per_order(call_as, customer, fund, make_product):
    row, token = customer
    await fund(row.id, 5_000_000, "top-up-1")
    order_id, due_at = await _paid_order(call_as, token, await make_product(1_000_000),
                                         auto_pay=False)
    body = await call_as(token, SET_AUTO_PAY, id=order_id, on=True)
    assert body["data"]["setAutoPay"]["order"]["autoPay"] is True
    run = await renew_due(due_at - timedelta(days=1), POLICY)
    assert run.outcomes == {int(order_id): Outcome.CHARGED}


async def test_a_one_off_order_cannot_auto_pay(call_as, customer, fund, make_product):
    row, token = customer
    await fund(row.id, 5_000_000, "top-up-1")
    placed = await call_as(token, PLACE, input={"productId": await make_product(cycle="ONE_OFF")})
    order_id = placed["data"]["placeOrder"]["order"]["id"]
    body = await call_as(token, SET_AUTO_PAY, id=order_id, on=True)
    assert body["data"]["setAutoPay"]["code"] == "order_does_not_renew"


async def test_a_cancelled_order_is_not_renewed(call_as, customer, fund, make_product):
    row, token = customer
    await fund(row.id, 5_000_000, "top-up-1")
    order_id, due_at = await _paid_order(call_as, token, await make_product(1_000_000))
    body = await call_as(token, 'mutation($id: ID!) { cancelOrder(orderId: $id) { __typename '
                                "... on OrderSuccess { order { status autoPay } } } }",
                         id=order_id)
    assert body["data"]["cancelOrder"]["order"] == {"status": "CANCELLED", "autoPay": False}
    assert (await renew_due(due_at, POLICY)).outcomes == {}
    assert (await wallets.balance(row.id)).total == 4_000_000


async def test_a_round_pages_through_every_due_order(call_as, make_customer, fund, make_product):
    product_id = await make_product(1_000_000)
    due = []
    for i in range(3):
        row, token = await make_customer()
        await fund(row.id, 2_000_000, f"top-up-{i}")
        due.append(await _paid_order(call_as, token, product_id))
    latest = max(renews_at for _, renews_at in due)
    run = await renew_due(latest, POLICY, batch=1)
    assert run.outcomes == {int(order_id): Outcome.CHARGED for order_id, _ in due}
    assert await verify_ledger() == []


async def test_monthly_periods_begun_on_the_31st_end_on_the_31st_where_the_month_has_one(
        customer, fund, make_product):
    # given a monthly order first paid on 31 January
    from datetime import UTC, datetime

    from models.billing.orders import pay_order, place_order

    row, _ = customer
    await fund(row.id, 10_000_000, "top-up-1")
    order = await place_order(row.id, int(await make_product(1_000_000)), auto_pay=True)
    await pay_order(row.id, order.id, "first", now=datetime(2027, 1, 31, 9, 0, tzinfo=UTC))
    ends = []
    # when it renews month after month
    for _ in range(3):
        due = (await Order.get(id=order.id)).renews_at
        assert due is not None
        ends.append(due.date().isoformat())
        await renew_due(due - timedelta(hours=1), POLICY)
    # then each period ends on the anchor's day, or the month's last when it has no 31st
    assert ends == ["2027-02-28", "2027-03-31", "2027-04-30"]
