"""payOrder: an order is paid in full from the wallet, once, whatever the clicks and retries."""

from __future__ import annotations

import asyncio

from models.billing import orders
from models.billing.refunds import refund_order
from models.billing.tables import OrderPayment
from models.ledger.verify import verify_ledger
from models.notify.tables import EmailMessage
from models.wallet import wallets
from models.wallet.tables import Spend

from .support import MARK_FAILED, ORDER, PAY, PLACE


async def _order(call_as, token, product_id, auto_pay=False):
    body = await call_as(token, PLACE, input={"productId": product_id, "autoPay": auto_pay})
    return body["data"]["placeOrder"]["order"]["id"]


async def test_paying_an_order_activates_it_and_charges_the_wallet(call_as, customer, fund,
                                                                   make_product):
    # given a customer with 1,500,000 rials and an order of a 1,000,000 monthly product
    row, token = customer
    await fund(row.id, 1_500_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    # when they pay it
    body = await call_as(token, PAY, id=order_id, key="click-1")
    # then the order is active for its first period and the wallet is charged once
    paid = body["data"]["payOrder"]
    assert paid["__typename"] == "OrderPaid" and paid["replayed"] is False
    assert (paid["order"]["status"], paid["order"]["period"]) == ("ACTIVE", 1)
    assert paid["order"]["renewsAt"] == paid["order"]["periodEnd"] is not None
    assert paid["payment"]["spendKey"] == f"order:{order_id}:1"
    assert paid["payment"]["amount"] == "1000000"
    assert (await wallets.balance(row.id)).total == 500_000
    assert await EmailMessage.filter(template="billing_receipt").count() == 1
    assert await verify_ledger() == []


async def test_two_concurrent_clicks_with_the_same_key_pay_once(call_as, customer, fund,
                                                                make_product):
    row, token = customer
    await fund(row.id, 5_000_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    bodies = await asyncio.gather(*(call_as(token, PAY, id=order_id, key="same-click")
                                    for _ in range(5)))
    results = [b["data"]["payOrder"] for b in bodies]
    assert {r["__typename"] for r in results} == {"OrderPaid"}
    assert sorted(r["replayed"] for r in results) == [False, True, True, True, True]
    assert len({r["payment"]["id"] for r in results}) == 1
    assert (await wallets.balance(row.id)).total == 4_000_000
    assert await Spend.filter(key__startswith=f"order:{order_id}:").count() == 1
    assert await verify_ledger() == []


async def test_concurrent_clicks_with_different_keys_pay_once(call_as, customer, fund,
                                                              make_product):
    row, token = customer
    await fund(row.id, 5_000_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    bodies = await asyncio.gather(*(call_as(token, PAY, id=order_id, key=f"click-{i}")
                                    for i in range(5)))
    results = [b["data"]["payOrder"] for b in bodies]
    assert [r["__typename"] for r in results].count("OrderPaid") == 1
    assert sorted(r.get("code", "") for r in results) == ["", *["nothing_due"] * 4]
    assert (await wallets.balance(row.id)).total == 4_000_000
    assert await verify_ledger() == []


async def test_a_retry_with_the_same_key_after_success_answers_the_same_payment(
        call_as, customer, fund, make_product):
    row, token = customer
    await fund(row.id, 3_000_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    first = (await call_as(token, PAY, id=order_id, key="k"))["data"]["payOrder"]
    again = (await call_as(token, PAY, id=order_id, key="k"))["data"]["payOrder"]
    assert again["replayed"] is True and again["payment"]["id"] == first["payment"]["id"]
    assert (await wallets.balance(row.id)).total == 2_000_000


async def test_paying_with_a_short_balance_says_what_is_missing_and_changes_nothing(
        call_as, customer, fund, make_product):
    # given 300,000 rials and an order of 1,000,000
    row, token = customer
    await fund(row.id, 300_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    # when they pay
    body = await call_as(token, PAY, id=order_id, key="k")
    # then a typed error says 700,000 is missing, and nothing moved
    error = body["data"]["payOrder"]
    assert error["__typename"] == "InsufficientFundsError"
    assert (error["code"], error["missing"], error["available"]) == (
        "insufficient_funds", "700000", "300000")
    order = (await call_as(token, ORDER, id=order_id))["data"]["order"]
    assert (order["status"], order["period"], order["payments"]) == ("AWAITING_PAYMENT", 0, [])
    assert (await wallets.balance(row.id)).total == 300_000
    assert await Spend.all().count() == 0
    assert await EmailMessage.filter(template="billing_receipt").count() == 0
    assert await verify_ledger() == []


async def test_an_order_says_what_it_owes_and_what_a_top_up_must_bring(call_as, customer, fund,
                                                                       make_product):
    row, token = customer
    await fund(row.id, 300_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    body = await call_as(token, "query($id: ID!) { order(id: $id) { due { period amount "
                                "available missing } } }", id=order_id)
    assert body["data"]["order"]["due"] == {"period": 1, "amount": "1000000",
                                            "available": "300000", "missing": "700000"}
    await fund(row.id, 700_000, "top-up-2")
    await call_as(token, PAY, id=order_id, key="k")
    body = await call_as(token, "query($id: ID!) { order(id: $id) { due { period } } }",
                         id=order_id)
    assert body["data"]["order"]["due"] is None


async def test_a_payment_draws_promotional_credit_first(call_as, customer, fund, make_product):
    # given 200,000 promotional rials and 2,000,000 paid
    row, token = customer
    await fund(row.id, 2_000_000, "top-up-1")
    await fund(row.id, 200_000, "bonus-1", promotional_days=30)
    order_id = await _order(call_as, token, await make_product(1_000_000))
    # when a 1,000,000 order is paid
    body = await call_as(token, PAY, id=order_id, key="k")
    # then the promotional lot gave all it had, the paid lot the rest
    draws = body["data"]["payOrder"]["payment"]["draws"]
    assert draws == [{"kind": "promotional", "amount": "200000"},
                     {"kind": "paid", "amount": "800000"}]
    balance = await wallets.balance(row.id)
    assert (balance.promotional, balance.paid) == (0, 1_200_000)
    assert await verify_ledger() == []


async def test_a_customer_cannot_pay_or_see_another_customers_order(call_as, customer, fund,
                                                                    make_customer,
                                                                    make_product):
    _, token = customer
    other, other_token = await make_customer()
    await fund(other.id, 5_000_000, "top-up-other")
    order_id = await _order(call_as, token, await make_product())
    body = await call_as(other_token, PAY, id=order_id, key="k")
    assert body["data"]["payOrder"]["code"] == "order_not_found"
    assert (await call_as(other_token, ORDER, id=order_id))["data"]["order"] is None
    assert (await wallets.balance(other.id)).total == 5_000_000


async def test_staff_order_and_pay_for_a_customer_from_the_customers_wallet(gql, customer, fund,
                                                                            make_product):
    row, _ = customer
    await fund(row.id, 1_000_000, "top-up-1")
    product_id = await make_product(400_000, "ONE_OFF")
    placed = await gql(PLACE, input={"productId": product_id, "customerId": str(row.id)})
    order_id = placed["data"]["placeOrder"]["order"]["id"]
    paid = (await gql(PAY, id=order_id, key="staff-1"))["data"]["payOrder"]
    assert paid["order"]["status"] == "ACTIVE" and paid["order"]["renewsAt"] is None
    assert (await wallets.balance(row.id)).total == 600_000
    again = (await gql(PAY, id=order_id, key="staff-2"))["data"]["payOrder"]
    assert again["code"] == "nothing_due"
    assert await verify_ledger() == []


async def test_a_customer_cannot_order_for_someone_else(call_as, customer, make_customer,
                                                        make_product):
    _, token = customer
    other, _ = await make_customer()
    body = await call_as(token, PLACE, input={"productId": await make_product(),
                                              "customerId": str(other.id)})
    assert body["data"]["placeOrder"]["code"] == "customer_not_found"


async def test_a_verified_top_up_for_an_order_pays_it_once(call_as, customer, fund, make_product):
    # given an order the wallet cannot pay
    row, token = customer
    await fund(row.id, 300_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    # when a top-up of exactly the shortfall is verified and credited, then the order paid by it
    await fund(row.id, 700_000, "gateway-42")
    paid = await orders.pay_after_top_up(row.id, int(order_id), 42)
    again = await orders.pay_after_top_up(row.id, int(order_id), 42)
    # then the order is active, paid once, and the wallet is empty
    assert paid is not None and again is not None
    assert (paid.order.status.value, again.replayed, again.payment.id) == (
        "active", True, paid.payment.id)
    assert (await wallets.balance(row.id)).total == 0
    assert await verify_ledger() == []


async def test_a_top_up_that_still_falls_short_leaves_the_credit_in_the_wallet(
        call_as, customer, fund, make_product):
    row, token = customer
    order_id = await _order(call_as, token, await make_product(1_000_000))
    await fund(row.id, 400_000, "gateway-43")
    assert await orders.pay_after_top_up(row.id, int(order_id), 43) is None
    assert (await wallets.balance(row.id)).total == 400_000


async def test_many_orders_of_one_wallet_paid_and_refunded_at_once_leave_it_exact(
        call_as, gql, customer, fund, make_product):
    # given three paid orders marked failed, six unpaid ones, and credit for four more
    row, token = customer
    product_id = await make_product(100_000)
    failed = [await _order(call_as, token, product_id) for _ in range(3)]
    await fund(row.id, 300_000, "top-up-1")
    for order_id in failed:
        await call_as(token, PAY, id=order_id, key="k")
        await gql(MARK_FAILED, id=order_id, reason="registry down")
    unpaid = [await _order(call_as, token, product_id) for _ in range(6)]
    await fund(row.id, 100_000, "top-up-2")
    # when all six are paid while the three are refunded, all at once
    results = await asyncio.gather(
        *(call_as(token, PAY, id=order_id, key="k") for order_id in unpaid),
        *(refund_order(int(order_id)) for order_id in failed))
    # then exactly what the credit allowed was paid, and the wallet holds the rest
    paid = [r["data"]["payOrder"]["__typename"] for r in results[:6]]
    assert set(paid) <= {"OrderPaid", "InsufficientFundsError"}
    assert paid.count("OrderPaid") >= 1
    balance = (await wallets.balance(row.id)).total
    assert balance == 400_000 - 100_000 * paid.count("OrderPaid") >= 0
    assert await OrderPayment.filter(order_id__in=[int(o) for o in unpaid]).count() \
        == paid.count("OrderPaid")
    assert await OrderPayment.filter(order_id__in=[int(o) for o in failed],
                                     refunded_at=None).count() == 0
    assert await verify_ledger() == []
