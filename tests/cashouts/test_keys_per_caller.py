"""requestCashOut keeps each caller's keys apart: staff asking for a customer and the customer
herself may use the same key, each for their own request; a caller's own key still replays."""

from __future__ import annotations

from typing import Any

from models.identity.tables import StaffRole
from models.ledger.tables import PendingTransfer, Transfer
from models.wallet.cashouts.tables import CashOut
from models.wallet.wallets import balance

from .conftest import REQUEST, Holder, assert_ledger_clean


async def _staff_request(call_as: Any, token: str, holder: Holder, amount: int,
                         key: str) -> dict[str, Any]:
    body = await call_as(token, REQUEST, input={
        "customerId": str(holder.customer.id), "bankAccountId": str(holder.bank_account_id),
        "amount": str(amount), "idempotencyKey": key})
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["requestCashOut"]
    return result


async def test_staff_and_the_customer_use_one_key_for_two_cash_outs(
        holder, request_as, call_as, make_staff):
    # given a customer who asked for a cash-out with the key "withdraw-1"
    sara = await holder(paid=2_000_000)
    _, operator = await make_staff(StaffRole.OPERATOR)
    hers = await request_as(sara, 500_000, key="withdraw-1")
    # when staff ask for her with the same key and another amount
    theirs = await _staff_request(call_as, operator, sara, 700_000, "withdraw-1")
    # then staff's request is a new cash-out with its own hold, not her request or a conflict
    assert theirs["__typename"] == "CashOutSuccess", theirs
    assert theirs["replayed"] is False
    assert theirs["cashOut"]["id"] != hers["cashOut"]["id"]
    assert theirs["cashOut"]["holdTransferId"] != hers["cashOut"]["holdTransferId"]
    for result in (hers, theirs):
        hold = await PendingTransfer.get(transfer_id=int(result["cashOut"]["holdTransferId"]))
        assert hold.state == "pending"
    assert await CashOut.filter(customer_id=sara.customer.id).count() == 2
    assert (await balance(sara.customer.id)).paid == 800_000
    await assert_ledger_clean()


async def test_the_customer_after_staff_gets_her_own_cash_out(
        holder, request_as, call_as, make_staff):
    # given staff asked for a cash-out for a customer with the key "withdraw-1"
    sara = await holder(paid=2_000_000)
    _, operator = await make_staff(StaffRole.OPERATOR)
    theirs = await _staff_request(call_as, operator, sara, 700_000, "withdraw-1")
    # when she asks herself with the same key and the same amount
    hers = await request_as(sara, 700_000, key="withdraw-1")
    # then she gets a request of her own, not staff's replayed to her
    assert hers["__typename"] == "CashOutSuccess", hers
    assert hers["replayed"] is False
    assert hers["cashOut"]["id"] != theirs["cashOut"]["id"]
    assert (await balance(sara.customer.id)).paid == 600_000


async def test_staff_repeating_their_key_get_their_first_cash_out(
        holder, request_as, call_as, make_staff):
    # given staff and the customer each asked for a cash-out with the key "withdraw-1"
    sara = await holder(paid=2_000_000)
    _, operator = await make_staff(StaffRole.OPERATOR)
    await request_as(sara, 500_000, key="withdraw-1")
    first = await _staff_request(call_as, operator, sara, 700_000, "withdraw-1")
    # when staff send theirs again (another staff member too: the staff share one namespace)
    _, colleague = await make_staff(StaffRole.OPERATOR)
    again = await _staff_request(call_as, colleague, sara, 700_000, "withdraw-1")
    # then it is staff's first request, replayed, and nothing more is held
    assert again["replayed"] is True
    assert again["cashOut"]["id"] == first["cashOut"]["id"]
    assert (await balance(sara.customer.id)).paid == 800_000


async def test_staff_reusing_their_key_for_another_amount_is_a_conflict(
        holder, call_as, make_staff):
    # given staff asked for a cash-out for a customer with the key "withdraw-1"
    sara = await holder(paid=2_000_000)
    _, operator = await make_staff(StaffRole.OPERATOR)
    await _staff_request(call_as, operator, sara, 700_000, "withdraw-1")
    # when they send the key again with another amount
    result = await _staff_request(call_as, operator, sara, 900_000, "withdraw-1")
    # then it is refused and nothing more is held
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")
    assert (await balance(sara.customer.id)).paid == 1_300_000


async def test_a_cash_outs_hold_is_keyed_by_the_cash_out(holder, request_as):
    # given a customer's cash-out
    sara = await holder(paid=2_000_000)
    result = await request_as(sara, 500_000, key="withdraw-1")
    # then its hold is the cash-out domain's, named by the cash-out, not by the caller's key
    hold = await Transfer.get(id=int(result["cashOut"]["holdTransferId"]))
    assert (hold.namespace, hold.idempotency_key) == (
        "domain:cashout", f"cashout:hold:{result['cashOut']['id']}")
