"""requestCashOut: only paid credit, only to a verified account of the customer's, within the
limits, held at once, once per key, and never beyond the paid balance under concurrency."""

from __future__ import annotations

import asyncio

from models.ledger.tables import Account, PendingTransfer
from models.wallet.cashouts.tables import CashOut
from models.wallet.wallets import balance

from .conftest import assert_ledger_clean


async def test_a_request_holds_the_amount_at_once(holder, request_as):
    # given a customer with 2,000,000 rials of paid credit
    sara = await holder(paid=2_000_000)
    # when she asks to cash out 1,500,000
    result = await request_as(sara, 1_500_000)
    # then the request waits for approval and the amount is held by a pending transfer
    assert result["__typename"] == "CashOutSuccess"
    assert result["cashOut"]["status"] == "REQUESTED"
    assert result["cashOut"]["bankAccount"]["sheba"] == sara.sheba
    hold = await PendingTransfer.get(transfer_id=int(result["cashOut"]["holdTransferId"]))
    assert hold.state == "pending"
    assert (await balance(sara.customer.id)).paid == 500_000
    await assert_ledger_clean()


async def test_the_same_key_returns_the_first_request(holder, request_as):
    sara = await holder(paid=2_000_000)
    first = await request_as(sara, 1_000_000, key="withdraw-1")
    again = await request_as(sara, 1_000_000, key="withdraw-1")
    assert again["replayed"] is True
    assert again["cashOut"]["id"] == first["cashOut"]["id"]
    assert await CashOut.filter(customer_id=sara.customer.id).count() == 1
    assert (await balance(sara.customer.id)).paid == 1_000_000


async def test_a_key_reused_for_another_amount_is_a_conflict(holder, request_as):
    sara = await holder(paid=2_000_000)
    await request_as(sara, 1_000_000, key="withdraw-1")
    result = await request_as(sara, 900_000, key="withdraw-1")
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")
    assert (await balance(sara.customer.id)).paid == 1_000_000


async def test_promotional_credit_is_not_cashable(holder, request_as):
    # given 200,000 paid and 1,000,000 promotional
    sara = await holder(paid=200_000, promotional=1_000_000)
    # when she asks for 500,000
    result = await request_as(sara, 500_000)
    # then she is told only the paid 200,000 can be cashed out, and nothing is held
    assert result["__typename"] == "InsufficientCashableCredit"
    assert result["code"] == "insufficient_cashable_credit"
    assert (result["requested"], result["cashable"]) == ("500000", "200000")
    assert await CashOut.all().count() == 0
    assert (await balance(sara.customer.id)).total == 1_200_000


async def test_an_unverified_account_is_refused(holder, request_as):
    sara = await holder(paid=2_000_000, verified=False)
    result = await request_as(sara, 500_000)
    assert (result["__typename"], result["code"]) == ("BankAccountNotVerified",
                                                      "bank_account_not_verified")
    assert await CashOut.all().count() == 0


async def test_another_customers_account_is_refused(holder, request_as):
    sara, reza = await holder(paid=2_000_000), await holder(paid=1)
    result = await request_as(sara, 500_000, bank_account_id=reza.bank_account_id)
    assert result["__typename"] == "BankAccountNotVerified"


async def test_an_amount_below_the_minimum_is_refused(holder, request_as):
    sara = await holder(paid=2_000_000)
    result = await request_as(sara, 99_999)  # the minimum is 100,000 by default
    assert (result["__typename"], result["code"]) == ("CashOutLimitExceeded",
                                                      "below_minimum_amount")
    assert result["limit"] == "100000"


async def test_an_amount_above_the_per_request_limit_is_refused(holder, request_as):
    sara = await holder(paid=600_000_000)
    result = await request_as(sara, 500_000_001)  # at most 500,000,000 by default
    assert (result["__typename"], result["code"]) == ("CashOutLimitExceeded",
                                                      "above_request_limit")
    assert result["limit"] == "500000000"
    assert (await balance(sara.customer.id)).paid == 600_000_000


async def test_requests_above_the_daily_limit_are_refused(holder, request_as):
    # given two requests that use the whole daily 1,000,000,000
    sara = await holder(paid=1_200_000_000)
    for _ in range(2):
        assert (await request_as(sara, 500_000_000))["__typename"] == "CashOutSuccess"
    # when she asks for more the same day
    result = await request_as(sara, 100_000)
    # then it is refused, saying nothing is left today
    assert (result["__typename"], result["code"]) == ("CashOutLimitExceeded",
                                                      "above_daily_limit")
    assert (result["limit"], result["remaining"]) == ("1000000000", "0")
    assert (await balance(sara.customer.id)).paid == 200_000_000


async def test_a_rejected_request_does_not_count_against_the_daily_limit(
        holder, request_as, call_as, approver):
    from .conftest import REJECT

    sara = await holder(paid=1_200_000_000)
    first = await request_as(sara, 500_000_000)
    await call_as(approver, REJECT, id=first["cashOut"]["id"], reason="wrong account")
    for _ in range(2):
        assert (await request_as(sara, 500_000_000))["__typename"] == "CashOutSuccess"


async def test_concurrent_requests_cannot_exceed_the_paid_balance(holder, request_as):
    # given 1,000,000 of paid credit
    sara = await holder(paid=1_000_000)
    # when ten requests of 300,000 arrive at once
    results = await asyncio.gather(*(request_as(sara, 300_000) for _ in range(10)))
    # then exactly three are held and the others are refused for want of cashable credit
    kinds = [r["__typename"] for r in results]
    assert kinds.count("CashOutSuccess") == 3
    assert kinds.count("InsufficientCashableCredit") == 7
    paid_lot = await Account.get(code="wallet_paid", owner=f"customer:{sara.customer.id}")
    assert paid_lot.debits_pending == 900_000
    assert (await balance(sara.customer.id)).paid == 100_000
    await assert_ledger_clean()


async def test_staff_ask_on_a_customers_behalf(holder, call_as, make_staff):
    from models.identity.tables import StaffRole

    from .conftest import REQUEST

    sara = await holder(paid=1_000_000)
    _, operator = await make_staff(StaffRole.OPERATOR)
    body = await call_as(operator, REQUEST, input={
        "customerId": str(sara.customer.id), "bankAccountId": str(sara.bank_account_id),
        "amount": "400000", "idempotencyKey": "phone-call-1"})
    assert body["data"]["requestCashOut"]["__typename"] == "CashOutSuccess"
    assert (await balance(sara.customer.id)).paid == 600_000


async def test_a_customer_cannot_ask_for_another_customer(holder, call_as):
    from .conftest import REQUEST

    sara, reza = await holder(paid=1_000_000), await holder(paid=1_000_000)
    body = await call_as(sara.token, REQUEST, input={
        "customerId": str(reza.customer.id), "bankAccountId": str(reza.bank_account_id),
        "amount": "400000", "idempotencyKey": "k"})
    assert body["data"]["requestCashOut"]["code"] == "customer_not_found"
    assert (await balance(reza.customer.id)).paid == 1_000_000
