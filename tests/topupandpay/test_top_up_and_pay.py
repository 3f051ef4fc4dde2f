"""topUpAndPay end to end through GraphQL and the Saman simulator: the shortfall is paid at the
bank, the order is paid once when the top-up is verified, whatever the callbacks and
reconciliations; a wallet that holds enough pays at once; bad requests are typed errors."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from etebar.gateways import open_gateways
from etebar.settings import Settings
from models.billing.tables import Order, OrderPayment, OrderStatus
from models.identity.tables import StaffRole
from models.ledger.verify import verify_ledger
from models.wallet import wallets
from models.wallet.topups.tables import TopUp, TopUpEvent, TopUpStatus
from models.wallet.topups.topups import reconcile
from tests.topups.conftest import Driver

SETTINGS = Settings(environment="test")
PRICE = 1_000_000


async def _balance(customer_id: int) -> int:
    return (await wallets.balance(customer_id)).total


async def _settlements(top_up_id: int) -> list[str]:
    return [e.code for e in await TopUpEvent.filter(top_up_id=top_up_id, kind="credit")
            .order_by("id")]


async def test_a_short_wallet_pays_the_shortfall_at_the_bank_and_the_order_once(
        customer, fund, place, top_up_and_pay, driver: Driver):
    # given an order of 1,000,000 rials and 300,000 in the wallet
    row, token = customer
    await fund(row.id, 300_000, "earlier-top-up")
    order_id = await place(token, PRICE)
    # when the customer tops up and pays, and pays on the bank's page
    started = await top_up_and_pay(token, order_id)
    assert started["__typename"] == "TopUpAndPayStarted", started
    assert int(started["shortfall"]) == 700_000
    assert (int(started["topUp"]["amount"]), started["topUp"]["orderId"]) == (700_000, order_id)
    page = await driver.pay(started["redirect"])
    # then the bank's payment was credited and the order paid from it, once
    assert page is not None and 'data-status="credited"' in page.text
    order = await Order.get(id=int(order_id))
    assert (order.status, order.period) == (OrderStatus.ACTIVE, 1)
    payments = await OrderPayment.filter(order_id=int(order_id))
    assert [(p.period, p.amount, p.request_key) for p in payments] == [
        (1, PRICE, f"top-up:{started['topUp']['id']}")]
    assert await _balance(row.id) == 0
    assert await _settlements(int(started["topUp"]["id"])) == ["ok", "order_paid"]
    assert await verify_ledger() == []


async def test_a_shortfall_below_the_smallest_top_up_is_still_asked_for(
        customer, fund, place, top_up_and_pay, driver: Driver):
    # given a wallet 5,000 rials short, below the smallest top-up of 10,000
    row, token = customer
    assert SETTINGS.topup_min_amount > 5_000
    await fund(row.id, PRICE - 5_000, "earlier-top-up")
    order_id = await place(token, PRICE)
    # when the customer tops up and pays
    started = await top_up_and_pay(token, order_id)
    # then exactly the 5,000 is asked for, and paying it pays the order
    assert (started["__typename"], int(started["shortfall"])) == ("TopUpAndPayStarted", 5_000)
    await driver.pay(started["redirect"])
    assert (await Order.get(id=int(order_id))).status is OrderStatus.ACTIVE
    assert await _balance(row.id) == 0
    assert await verify_ledger() == []


async def test_a_wallet_that_holds_enough_pays_the_order_at_once(customer, fund, place,
                                                                  top_up_and_pay):
    row, token = customer
    await fund(row.id, 1_500_000, "earlier-top-up")
    order_id = await place(token, PRICE)
    paid = await top_up_and_pay(token, order_id)
    again = await top_up_and_pay(token, order_id)
    assert paid["__typename"] == "OrderPaid", paid
    assert (paid["replayed"], paid["order"]["status"]) == (False, "ACTIVE")
    assert (again["__typename"], again["replayed"]) == ("OrderPaid", True)
    assert await TopUp.all().count() == 0
    assert await _balance(row.id) == 500_000
    assert await verify_ledger() == []


async def test_the_same_key_answers_the_same_top_up(customer, fund, place, top_up_and_pay):
    row, token = customer
    order_id = await place(token, PRICE)
    first = await top_up_and_pay(token, order_id)
    await fund(row.id, 100_000, "meanwhile")  # the shortfall changed meanwhile
    second = await top_up_and_pay(token, order_id)
    assert second["topUp"]["id"] == first["topUp"]["id"]
    assert int(second["shortfall"]) == int(first["shortfall"]) == PRICE
    assert await TopUp.all().count() == 1


async def test_staff_top_up_and_pay_on_a_customers_behalf(customer, place, call_as,
                                                           make_staff, driver: Driver):
    from tests.topupandpay.conftest import TOP_UP_AND_PAY

    row, token = customer
    order_id = await place(token, PRICE)
    _, operator = await make_staff(StaffRole.OPERATOR)
    body = await call_as(operator, TOP_UP_AND_PAY, input={
        "orderId": order_id, "gateway": driver.enum, "idempotencyKey": "staff-1"})
    started = body["data"]["topUpAndPay"]
    assert started["__typename"] == "TopUpAndPayStarted", body
    assert (await TopUp.get(id=int(started["topUp"]["id"]))).customer_id == row.id
    await driver.pay(started["redirect"])
    assert (await Order.get(id=int(order_id))).status is OrderStatus.ACTIVE


async def test_another_customers_order_is_not_found(customer, make_customer, place,
                                                    top_up_and_pay):
    _, token = customer
    order_id = await place(token, PRICE)
    _, stranger = await make_customer(name="Reza")
    refused = await top_up_and_pay(stranger, order_id)
    assert (refused["__typename"], refused["code"]) == ("NotFoundError", "order_not_found")
    assert await TopUp.all().count() == 0


async def test_an_order_that_owes_nothing_is_refused(customer, fund, place, top_up_and_pay,
                                                     pay_order):
    row, token = customer
    await fund(row.id, PRICE, "earlier-top-up")
    order_id = await place(token, PRICE)
    await pay_order(token, order_id, "paid-before")
    refused = await top_up_and_pay(token, order_id)
    assert (refused["__typename"], refused["code"]) == ("ConflictError", "nothing_due")
    assert await TopUp.all().count() == 0


async def test_a_shortfall_above_the_maximum_balance_is_refused(customer, place,
                                                                top_up_and_pay):
    _, token = customer
    order_id = await place(token, SETTINGS.topup_max_balance + 1)
    refused = await top_up_and_pay(token, order_id)
    assert refused["__typename"] in ("AmountAboveMaximum", "BalanceWouldExceedMaximum"), refused
    assert await TopUp.all().count() == 0


async def test_a_bank_that_cannot_start_is_a_gateway_error(customer, place, top_up_and_pay,
                                                           monkeypatch):
    from etebar import gateways

    _, token = customer
    order_id = await place(token, PRICE)

    def down(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503)

    monkeypatch.setattr(gateways, "transport", httpx.MockTransport(down))
    refused = await top_up_and_pay(token, order_id)
    assert refused["__typename"] == "GatewayUnavailable", refused
    assert await TopUp.all().count() == 0


async def test_a_callback_twice_and_reconciliations_pay_the_order_once(
        customer, fund, place, top_up_and_pay, driver: Driver, browser: httpx.AsyncClient):
    # given a paid top-up-and-pay whose callback is held back
    row, token = customer
    await fund(row.id, 200_000, "earlier-top-up")
    order_id = await place(token, PRICE)
    started = await top_up_and_pay(token, order_id)
    form = await driver.callback_form(started["redirect"])
    top_up_id = int(started["topUp"]["id"])
    # when the callback arrives twice while reconciliation runs too
    async with open_gateways(SETTINGS) as banks:
        await asyncio.gather(
            browser.post("/gateways/saman/callback", data=form),
            *(reconcile(top_up_id, banks) for _ in range(3)),
            browser.post("/gateways/saman/callback", data=form))
        await reconcile(top_up_id, banks)
    # then the top-up was credited once and the order paid once
    assert (await TopUp.get(id=top_up_id)).status is TopUpStatus.CREDITED
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert (await Order.get(id=int(order_id))).status is OrderStatus.ACTIVE
    assert await _balance(row.id) == 0
    assert (await _settlements(top_up_id)).count("order_paid") == 1
    assert await verify_ledger() == []


async def test_the_double_callback_scenario_pays_the_order_once(customer, place, top_up_and_pay,
                                                                driver: Driver):
    row, token = customer
    order_id = await place(token, PRICE)
    started: dict[str, Any] = await top_up_and_pay(token, order_id)
    page = await driver.pay(started["redirect"], "double_callback")
    assert page is not None and 'data-status="credited"' in page.text
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert await _balance(row.id) == 0
    assert await verify_ledger() == []


async def test_a_cancelled_payment_leaves_the_order_unpaid(customer, place, top_up_and_pay,
                                                           driver: Driver):
    row, token = customer
    order_id = await place(token, PRICE)
    started = await top_up_and_pay(token, order_id)
    await driver.cancel(started["redirect"])
    assert (await TopUp.get(id=int(started["topUp"]["id"]))).status is TopUpStatus.CANCELLED
    assert (await Order.get(id=int(order_id))).status is OrderStatus.AWAITING_PAYMENT
    assert await _balance(row.id) == 0
    assert await verify_ledger() == []
