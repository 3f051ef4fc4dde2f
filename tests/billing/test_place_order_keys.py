"""placeOrder with an idempotency key: a retry after a lost answer places no second order."""

from __future__ import annotations

from models.billing.tables import Order

from .support import PLACE


async def test_place_order_with_a_repeated_key_returns_the_same_order(call_as, customer,
                                                                       make_product):
    # given a customer who placed an order with a key, and lost the answer
    row, token = customer
    product_id = await make_product()
    order = {"productId": product_id, "idempotencyKey": "checkout-1"}
    first = (await call_as(token, PLACE, input=order))["data"]["placeOrder"]
    # when the client sends it again
    again = (await call_as(token, PLACE, input=order))["data"]["placeOrder"]
    # then it answers the first order, and only one order awaits payment
    assert first["__typename"] == "OrderSuccess", first
    assert again["order"]["id"] == first["order"]["id"]
    assert await Order.filter(customer_id=row.id).count() == 1


async def test_place_order_with_a_reused_key_and_other_input_conflicts(call_as, customer,
                                                                       make_product):
    row, token = customer
    first_product, second_product = await make_product(), await make_product(name="Mail")
    await call_as(token, PLACE, input={"productId": first_product, "idempotencyKey": "c-1"})
    result = (await call_as(token, PLACE, input={"productId": second_product,
                                                 "idempotencyKey": "c-1"}))["data"]["placeOrder"]
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")
    assert await Order.filter(customer_id=row.id).count() == 1


async def test_place_order_without_a_key_places_an_order_each_time(call_as, customer,
                                                                   make_product):
    row, token = customer
    product_id = await make_product()
    for _ in range(2):
        await call_as(token, PLACE, input={"productId": product_id})
    assert await Order.filter(customer_id=row.id).count() == 2


async def test_a_customer_and_staff_use_the_same_key_independently(call_as, gql, customer,
                                                                   make_product):
    # given a customer who placed an order under the key "c-1"
    row, token = customer
    product_id = await make_product()
    mine = (await call_as(token, PLACE, input={"productId": product_id,
                                               "idempotencyKey": "c-1"}))["data"]["placeOrder"]
    # when staff place an order for her under the same key
    staff = (await gql(PLACE, input={"productId": product_id, "customerId": str(row.id),
                                     "idempotencyKey": "c-1"}))["data"]["placeOrder"]
    # then it is an order of its own: the staff's keys are not the customer's
    assert staff["__typename"] == "OrderSuccess", staff
    assert staff["order"]["id"] != mine["order"]["id"]
    assert await Order.filter(customer_id=row.id).count() == 2
