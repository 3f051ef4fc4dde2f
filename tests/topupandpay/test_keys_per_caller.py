"""topUpAndPay keeps each caller's keys apart: staff paying for a customer and the customer
herself may use the same key, each for their own top-up; a caller's own key still answers
their first one."""

from __future__ import annotations

from models.identity.tables import StaffRole
from models.wallet.topups.tables import TopUp

PRICE = 1_000_000


async def test_staff_and_the_customer_start_two_top_ups_with_one_key(
        customer, place, top_up_and_pay, make_staff):
    # given a customer who started topping up and paying an order with the key "k1"
    row, token = customer
    _, operator = await make_staff(StaffRole.OPERATOR)
    order_id = await place(token, PRICE)
    hers = await top_up_and_pay(token, order_id, "k1")
    # when staff do it for her with the same key
    theirs = await top_up_and_pay(operator, order_id, "k1")
    # then staff's is a top-up of its own, not hers answered to them
    assert theirs["__typename"] == "TopUpAndPayStarted", theirs
    assert theirs["topUp"]["id"] != hers["topUp"]["id"]
    assert await TopUp.filter(customer_id=row.id, order_id=int(order_id)).count() == 2


async def test_staff_repeating_their_key_get_their_first_top_up(
        customer, place, top_up_and_pay, make_staff):
    # given the customer and then staff each started topping up an order with the key "k1"
    row, token = customer
    _, operator = await make_staff(StaffRole.OPERATOR)
    order_id = await place(token, PRICE)
    await top_up_and_pay(token, order_id, "k1")
    first = await top_up_and_pay(operator, order_id, "k1")
    # when staff send theirs again
    again = await top_up_and_pay(operator, order_id, "k1")
    # then it is their first top-up, with the same redirect
    assert again["topUp"]["id"] == first["topUp"]["id"]
    assert again["redirect"] == first["redirect"]
    assert await TopUp.filter(customer_id=row.id).count() == 2


async def test_staff_reusing_their_key_for_another_order_is_a_conflict(
        customer, place, top_up_and_pay, make_staff):
    # given staff started topping up a customer's order with the key "k1"
    row, token = customer
    _, operator = await make_staff(StaffRole.OPERATOR)
    first_order = await place(token, PRICE)
    await top_up_and_pay(operator, first_order, "k1")
    # when they send the key again for another of her orders
    other_order = await place(token, PRICE)
    result = await top_up_and_pay(operator, other_order, "k1")
    # then it is refused and no second top-up starts
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")
    assert await TopUp.filter(customer_id=row.id).count() == 1
