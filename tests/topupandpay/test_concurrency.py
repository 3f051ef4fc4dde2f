"""One wallet hammered at once on PostgreSQL through the real operations: payOrder of several
orders (double clicks included), bank callbacks of plain top-ups and of top-ups that pay an
order (each posted twice), and refunds of failed orders (each run twice), all in one
asyncio.gather. The wallet ends exact, each order is paid at most once, the ledger is clean."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx

from models.billing import top_up_and_pay as tap
from models.billing.refunds import refund_order
from models.billing.tables import OrderPayment
from models.identity.tables import StaffRole
from models.ledger.verify import verify_ledger
from models.wallet import wallets
from models.wallet.topups.tables import TopUp, TopUpStatus
from tests.billing.support import MARK_FAILED
from tests.topups.conftest import START, Driver

PRICE = 500_000
FUNDED = 2_000_000
TOP_UP = 400_000


async def test_many_payments_top_ups_and_refunds_of_one_wallet_at_once_leave_it_exact(
        customer, fund, place, pay_order, top_up_and_pay, call_as, make_staff,
        driver: Driver, browser: httpx.AsyncClient):
    row, token = customer
    _, operator = await make_staff(StaffRole.OPERATOR)
    # given four paid orders that failed (their refunds are due) and an empty wallet
    await fund(row.id, FUNDED, "initial")
    failed = [await place(token, PRICE) for _ in range(4)]
    for order_id in failed:
        assert (await pay_order(token, order_id, "paid"))["__typename"] == "OrderPaid"
        body = await call_as(operator, MARK_FAILED, id=order_id, reason="domain taken")
        assert body["data"]["markOrderFailed"]["order"]["status"] == "FAILED", body
    # two orders with top-up-and-pay paid at the bank, three plain top-ups paid at the bank,
    # their callbacks held back
    tapped = [await place(token, PRICE) for _ in range(2)]
    callbacks: list[dict[str, str]] = []
    for order_id in tapped:
        started = await top_up_and_pay(token, order_id, f"tap-{order_id}")
        assert int(started["shortfall"]) == PRICE, started
        callbacks.append(await driver.callback_form(started["redirect"]))
    for n in range(3):
        body = await call_as(token, START, input={"amount": TOP_UP, "gateway": driver.enum,
                                                  "idempotencyKey": f"plain-{n}"})
        callbacks.append(await driver.callback_form(body["data"]["startTopUp"]["redirect"]))
    # and six orders awaiting payment
    waiting = [await place(token, PRICE) for _ in range(6)]

    # when everything happens at once
    async def post(form: dict[str, str]) -> httpx.Response:
        return await browser.post("/gateways/saman/callback", data=form)

    results: list[Any] = await asyncio.gather(
        *(pay_order(token, order_id, f"click-{order_id}") for order_id in waiting),
        *(pay_order(token, order_id, f"click-{order_id}") for order_id in waiting),
        pay_order(token, waiting[0], "another-tab"),
        *(post(form) for form in callbacks), *(post(form) for form in callbacks),
        *(refund_order(int(order_id)) for order_id in failed),
        *(refund_order(int(order_id)) for order_id in failed))
    await tap.pay_unsettled(lead_time=timedelta(days=3), older_than=timedelta(0))

    # then every top-up was credited once
    top_ups = await TopUp.filter(customer_id=row.id)
    assert [t.status for t in top_ups] == [TopUpStatus.CREDITED] * 5
    credited = sum(t.amount for t in top_ups)
    assert credited == 2 * PRICE + 3 * TOP_UP
    # each order was paid at most once, and each payOrder answered paid or short
    payments = await OrderPayment.filter(order__customer_id=row.id)
    per_order: dict[int, int] = {}
    for payment in payments:
        per_order[payment.order_id] = per_order.get(payment.order_id, 0) + 1
    assert set(per_order.values()) == {1}
    # (waiting[0] was also paid from another tab with another key: once paid by either key,
    # the other key finds nothing due)
    first_order = [results[0], results[6], results[12]]
    others = [r for i, r in enumerate(results[:12]) if i not in (0, 6)]
    assert {r["__typename"] for r in others} <= {"OrderPaid", "InsufficientFundsError"}
    assert all(r["__typename"] in ("OrderPaid", "InsufficientFundsError")
               or r["code"] == "nothing_due" for r in first_order), first_order
    paid_waiting = {int(o) for o in waiting} & set(per_order)
    assert {int(r["order"]["id"]) for r in results[:13]
            if r["__typename"] == "OrderPaid"} == paid_waiting
    # every failed order was refunded, once
    refunded = [p for p in payments if p.refunded_at is not None]
    assert sorted(p.order_id for p in refunded) == sorted(int(o) for o in failed)
    assert sum(len(r.payments) for r in results[-8:]) == 4
    # and the wallet is exact: credits - payments + refunds
    expected = FUNDED + credited - sum(p.amount for p in payments) + \
        sum(p.amount for p in refunded)
    held = (await wallets.balance(row.id)).total
    assert held == expected and held >= 0
    assert await verify_ledger() == []
