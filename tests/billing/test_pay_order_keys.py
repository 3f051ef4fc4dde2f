"""payOrder keeps each caller's keys apart: staff paying a customer's order and the customer
herself may use the same key, each for their own payment; a caller's own key still replays."""

from __future__ import annotations

from models.billing import orders
from models.billing.tables import Order, OrderPayment
from models.identity.tables import StaffRole
from models.keys import STAFF_NAMESPACE
from models.wallet import wallets

from .support import PAY, PLACE


async def _order(call_as, token, product_id):
    body = await call_as(token, PLACE, input={"productId": product_id, "autoPay": False})
    return body["data"]["placeOrder"]["order"]["id"]


async def test_staff_and_the_customer_pay_two_periods_with_one_key(call_as, customer, fund,
                                                                  make_product):
    # given a customer who paid the first month of an order with the key "pay-1"
    row, token = customer
    await fund(row.id, 3_000_000, "top-up-1")
    order_id = int(await _order(call_as, token, await make_product(1_000_000)))
    hers = await orders.pay_order(row.id, order_id, "pay-1")
    renewal_due = (await Order.get(id=order_id)).renews_at
    # when staff pay the renewal for her, with the same key
    theirs = await orders.pay_order(row.id, order_id, "pay-1", namespace=STAFF_NAMESPACE,
                                    now=renewal_due)
    # then staff's is a payment of its own (the second period), not hers replayed
    assert theirs.replayed is False
    assert (hers.payment.period, theirs.payment.period) == (1, 2)
    assert await OrderPayment.filter(order_id=order_id).count() == 2
    assert (await wallets.balance(row.id)).total == 1_000_000


async def test_the_customer_is_not_answered_with_staffs_payment(call_as, customer, fund,
                                                                make_product, make_staff):
    # given staff paid a customer's order with the key "pay-1"
    row, token = customer
    _, operator = await make_staff(StaffRole.OPERATOR)
    await fund(row.id, 3_000_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    theirs = (await call_as(operator, PAY, id=order_id, key="pay-1"))["data"]["payOrder"]
    assert theirs["__typename"] == "OrderPaid" and theirs["replayed"] is False
    # when she pays it with the same key
    hers = (await call_as(token, PAY, id=order_id, key="pay-1"))["data"]["payOrder"]
    # then her key is hers: nothing is due now, and staff's payment is not replayed to her
    assert (hers["__typename"], hers["code"]) == ("ConflictError", "nothing_due")
    assert (await wallets.balance(row.id)).total == 2_000_000


async def test_staff_repeating_their_key_get_their_first_payment(call_as, customer, fund,
                                                                 make_product, make_staff):
    # given staff paid a customer's order with the key "pay-1"
    row, token = customer
    _, operator = await make_staff(StaffRole.OPERATOR)
    await fund(row.id, 3_000_000, "top-up-1")
    order_id = await _order(call_as, token, await make_product(1_000_000))
    first = (await call_as(operator, PAY, id=order_id, key="pay-1"))["data"]["payOrder"]
    # when staff send it again
    again = (await call_as(operator, PAY, id=order_id, key="pay-1"))["data"]["payOrder"]
    # then it is their first payment, replayed, and the wallet is charged once
    assert again["replayed"] is True
    assert again["payment"]["id"] == first["payment"]["id"]
    assert (await wallets.balance(row.id)).total == 2_000_000
