"""declareDeposit keeps each caller's keys apart: staff declaring for a customer and the customer
herself may use the same key, each for their own deposit; a caller's own key still replays."""

from __future__ import annotations

from models.identity.tables import StaffRole
from models.wallet.deposits.tables import Deposit

from .support import SMALL


async def test_staff_and_the_customer_use_one_key_for_two_deposits(client, make_staff, declare):
    # given a customer who declared a deposit with the key "receipt-1"
    customer, token = client
    member, operator = await make_staff(StaffRole.OPERATOR)
    hers = await declare(token, idempotencyKey="receipt-1", tracking="111111")
    # when staff declare another deposit for her with the same key
    theirs = await declare(operator, customerId=str(customer.id), idempotencyKey="receipt-1",
                           tracking="222222", amount=SMALL + 1)
    # then staff's is a deposit of its own, declared by them, not her deposit or a conflict
    assert theirs["__typename"] == "DeclareDepositSuccess", theirs
    assert theirs["replayed"] is False
    assert theirs["deposit"]["id"] != hers["deposit"]["id"]
    assert theirs["deposit"]["declaredBy"] == f"staff:{member.id}"
    assert await Deposit.filter(customer_id=customer.id).count() == 2


async def test_the_customer_after_staff_gets_her_own_deposit(client, make_staff, declare):
    # given staff declared a deposit for a customer with the key "receipt-1"
    customer, token = client
    _, operator = await make_staff(StaffRole.OPERATOR)
    theirs = await declare(operator, customerId=str(customer.id), idempotencyKey="receipt-1",
                           tracking="222222")
    # when she declares one herself with the same key
    hers = await declare(token, idempotencyKey="receipt-1", tracking="111111")
    # then it is hers, new, not staff's deposit replayed to her
    assert hers["__typename"] == "DeclareDepositSuccess", hers
    assert hers["replayed"] is False
    assert hers["deposit"]["id"] != theirs["deposit"]["id"]
    assert hers["deposit"]["declaredBy"] == f"customer:{customer.id}"


async def test_staff_repeating_their_key_get_their_first_deposit(client, make_staff, call_as):
    from .support import DECLARE, declaration

    # given staff and the customer each declared a deposit with the key "receipt-1"
    customer, token = client
    _, operator = await make_staff(StaffRole.OPERATOR)
    await call_as(token, DECLARE, input=declaration(idempotencyKey="receipt-1",
                                                    tracking="111111"))
    sent = declaration(customerId=str(customer.id), idempotencyKey="receipt-1",
                       tracking="222222")
    first = (await call_as(operator, DECLARE, input=sent))["data"]["declareDeposit"]
    # when staff send theirs again
    again = (await call_as(operator, DECLARE, input=sent))["data"]["declareDeposit"]
    # then it is staff's first deposit, replayed
    assert (first["replayed"], again["replayed"]) == (False, True)
    assert again["deposit"]["id"] == first["deposit"]["id"]
    assert await Deposit.filter(customer_id=customer.id).count() == 2


async def test_staff_reusing_their_key_for_another_deposit_is_a_conflict(
        client, make_staff, declare):
    # given staff declared a deposit for a customer with the key "receipt-1"
    customer, _ = client
    _, operator = await make_staff(StaffRole.OPERATOR)
    await declare(operator, customerId=str(customer.id), idempotencyKey="receipt-1")
    # when they send the key again with another amount
    result = await declare(operator, customerId=str(customer.id), idempotencyKey="receipt-1",
                           amount=SMALL + 1)
    # then it is refused and nothing more is declared
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")
    assert await Deposit.filter(customer_id=customer.id).count() == 1
