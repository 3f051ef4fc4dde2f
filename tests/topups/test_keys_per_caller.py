"""startTopUp keeps each caller's keys apart: staff starting a top-up for a customer and the
customer herself may use the same key, each for their own top-up; a caller's own key still
answers their first top-up."""

from __future__ import annotations

from models.identity.tables import StaffRole
from models.wallet.topups.tables import TopUp

AMOUNT = 1_250_000


async def test_staff_and_the_customer_use_one_key_for_two_top_ups(start, customer, make_staff):
    # given a customer who started a top-up with the key "t-1"
    _, operator = await make_staff(StaffRole.OPERATOR)
    hers = await start(AMOUNT, "t-1")
    # when staff start one for her with the same key and another amount
    theirs = await start(AMOUNT + 1, "t-1", token=operator, customer_id=str(customer[0].id))
    # then staff's is a top-up of its own, with its own payment at the bank
    assert theirs["__typename"] == "TopUpStarted", theirs
    assert theirs["topUp"]["id"] != hers["topUp"]["id"]
    assert theirs["topUp"]["amount"] == str(AMOUNT + 1)
    assert theirs["redirect"] != hers["redirect"]
    assert await TopUp.filter(customer_id=customer[0].id).count() == 2


async def test_the_customer_after_staff_gets_her_own_top_up(start, customer, make_staff):
    # given staff started a top-up for a customer with the key "t-1"
    _, operator = await make_staff(StaffRole.OPERATOR)
    theirs = await start(AMOUNT, "t-1", token=operator, customer_id=str(customer[0].id))
    # when she starts one herself with the same key and amount
    hers = await start(AMOUNT, "t-1")
    # then it is a new top-up, not staff's payment handed to her
    assert hers["__typename"] == "TopUpStarted", hers
    assert hers["topUp"]["id"] != theirs["topUp"]["id"]


async def test_staff_repeating_their_key_get_their_first_top_up(start, customer, make_staff):
    # given staff and the customer each started a top-up with the key "t-1"
    _, operator = await make_staff(StaffRole.OPERATOR)
    await start(AMOUNT, "t-1")
    first = await start(AMOUNT + 1, "t-1", token=operator, customer_id=str(customer[0].id))
    # when staff send theirs again
    again = await start(AMOUNT + 1, "t-1", token=operator, customer_id=str(customer[0].id))
    # then it is staff's first top-up, with the same redirect
    assert again["topUp"]["id"] == first["topUp"]["id"]
    assert again["redirect"] == first["redirect"]
    assert await TopUp.filter(customer_id=customer[0].id).count() == 2


async def test_staff_reusing_their_key_for_another_amount_is_a_conflict(
        start, customer, make_staff):
    # given staff started a top-up for a customer with the key "t-1"
    _, operator = await make_staff(StaffRole.OPERATOR)
    await start(AMOUNT, "t-1", token=operator, customer_id=str(customer[0].id))
    # when they send the key again with another amount
    result = await start(AMOUNT + 1, "t-1", token=operator, customer_id=str(customer[0].id))
    # then it is refused and no second top-up starts
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")
    assert await TopUp.filter(customer_id=customer[0].id).count() == 1
