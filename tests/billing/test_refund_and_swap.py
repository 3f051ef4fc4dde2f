"""Refund and swap: a failed order's payments go back to exactly the lots they drew from, once,
and the customer spends the credit on another order."""

from __future__ import annotations

import asyncio

import pytest

from models.billing.refunds import orders_awaiting_refund, refund_order
from models.billing.tables import OrderPayment
from models.errors import Conflict
from models.identity.tables import StaffRole
from models.ledger.tables import Account, Transfer
from models.ledger.verify import verify_ledger
from models.notify.tables import EmailMessage
from models.wallet import wallets

from .support import MARK_FAILED, ORDER, PAY, PLACE


async def _lot_amounts(customer_id):
    return {lot.lot_id: lot.available for lot in (await wallets.balance(customer_id)).lots}


async def _failed_paid_order(call_as, gql, token, product_id, reason="the domain is taken"):
    placed = await call_as(token, PLACE, input={"productId": product_id})
    order_id = placed["data"]["placeOrder"]["order"]["id"]
    paid = (await call_as(token, PAY, id=order_id, key="k"))["data"]["payOrder"]
    assert paid["__typename"] == "OrderPaid"
    failed = (await gql(MARK_FAILED, id=order_id, reason=reason))["data"]["markOrderFailed"]
    assert failed["order"]["status"] == "FAILED"
    return order_id


async def test_a_failed_order_is_refunded_lot_by_lot(call_as, gql, customer, fund, make_product):
    # given a wallet of 300,000 promotional and 2,000,000 paid credit
    row, token = customer
    await fund(row.id, 2_000_000, "top-up-1")
    await fund(row.id, 300_000, "bonus-1", promotional_days=30)
    before = await _lot_amounts(row.id)
    # and a 1,000,000 order paid from it (300,000 promotional, 700,000 paid), then failed
    order_id = await _failed_paid_order(call_as, gql, token, await make_product(1_000_000))
    assert (await wallets.balance(row.id)).total == 1_300_000
    # when the refund runs
    refund = await refund_order(int(order_id))
    # then each lot has back exactly what it gave, and the customer is told
    assert refund.amount == 1_000_000
    assert await _lot_amounts(row.id) == before
    balance = await wallets.balance(row.id)
    assert (balance.promotional, balance.paid) == (300_000, 2_000_000)
    order = (await call_as(token, ORDER, id=order_id))["data"]["order"]
    [payment] = order["payments"]
    assert payment["refundedAt"] is not None
    assert payment["refundReason"] == order["failureReason"] == "the domain is taken"
    assert sorted((d["kind"], d["amount"]) for d in payment["draws"]) == [
        ("paid", "700000"), ("promotional", "300000")]
    [email] = await EmailMessage.filter(template="billing_refunded")
    assert email.key == f"billing:refunded:{order_id}"
    assert await verify_ledger() == []


async def test_the_refund_is_a_reversing_transfer_per_lot(call_as, gql, customer, fund,
                                                          make_product):
    row, token = customer
    await fund(row.id, 1_000_000, "top-up-1")
    await fund(row.id, 100_000, "bonus-1", promotional_days=30)
    order_id = await _failed_paid_order(call_as, gql, token, await make_product(500_000))
    await refund_order(int(order_id))
    spends = await Transfer.filter(code="order_payment").order_by("id")
    refunds = await Transfer.filter(code="order_refund").order_by("id")
    assert [(t.debit_account_id, t.credit_account_id, t.amount) for t in refunds] == [
        (t.credit_account_id, t.debit_account_id, t.amount) for t in spends]
    assert [(t.reference_type, t.reference_id) for t in refunds] == [("order", order_id)] * 2


async def test_a_refund_run_twice_or_at_once_refunds_once(call_as, gql, customer, fund,
                                                          make_product):
    row, token = customer
    await fund(row.id, 2_000_000, "top-up-1")
    order_id = await _failed_paid_order(call_as, gql, token, await make_product(1_000_000))
    results = await asyncio.gather(*(refund_order(int(order_id)) for _ in range(4)))
    again = await refund_order(int(order_id))
    assert sorted(r.amount for r in results) == [0, 0, 0, 1_000_000]
    assert again.payments == []
    assert (await wallets.balance(row.id)).total == 2_000_000
    assert await Transfer.filter(code="order_refund").count() == 1
    assert await EmailMessage.filter(template="billing_refunded").count() == 1
    assert await verify_ledger() == []


async def test_only_a_failed_order_is_refunded(call_as, customer, fund, make_product):
    row, token = customer
    await fund(row.id, 2_000_000, "top-up-1")
    placed = await call_as(token, PLACE, input={"productId": await make_product()})
    order_id = placed["data"]["placeOrder"]["order"]["id"]
    await call_as(token, PAY, id=order_id, key="k")
    with pytest.raises(Conflict):
        await refund_order(int(order_id))
    assert await orders_awaiting_refund() == []


async def test_the_sweep_finds_failed_orders_with_unrefunded_payments(call_as, gql, customer,
                                                                      fund, make_product):
    row, token = customer
    await fund(row.id, 2_000_000, "top-up-1")
    order_id = await _failed_paid_order(call_as, gql, token, await make_product())
    assert await orders_awaiting_refund() == [int(order_id)]
    await refund_order(int(order_id))
    assert await orders_awaiting_refund() == []


async def test_a_refunded_customer_swaps_for_another_order(call_as, gql, customer, fund,
                                                           make_product):
    # given a domain order paid with all the customer had, then failed and refunded
    row, token = customer
    await fund(row.id, 800_000, "top-up-1")
    await fund(row.id, 200_000, "bonus-1", promotional_days=30)
    order_id = await _failed_paid_order(call_as, gql, token,
                                        await make_product(1_000_000, "YEARLY", "Domain .ir"))
    assert (await wallets.balance(row.id)).total == 0
    await refund_order(int(order_id))
    # when they order another product and pay it from the refunded credit
    other = await make_product(900_000, "YEARLY", "Domain .com")
    placed = await call_as(token, PLACE, input={"productId": other})
    swap_id = placed["data"]["placeOrder"]["order"]["id"]
    paid = (await call_as(token, PAY, id=swap_id, key="swap"))["data"]["payOrder"]
    # then it is active, paid promotional first again, and 100,000 paid credit is left
    assert paid["order"]["status"] == "ACTIVE"
    assert paid["payment"]["draws"] == [{"kind": "promotional", "amount": "200000"},
                                        {"kind": "paid", "amount": "700000"}]
    balance = await wallets.balance(row.id)
    assert (balance.promotional, balance.paid) == (0, 100_000)
    assert await OrderPayment.filter(refunded_at=None).count() == 1
    assert await verify_ledger() == []


async def test_the_revenue_account_gives_back_what_it_took(call_as, gql, customer, fund,
                                                          make_product):
    row, token = customer
    await fund(row.id, 1_000_000, "top-up-1")
    revenue = await Account.get(system_key="IRR:revenue")
    before = revenue.credits_posted - revenue.debits_posted
    order_id = await _failed_paid_order(call_as, gql, token, await make_product(600_000))
    await refund_order(int(order_id))
    await revenue.refresh_from_db()
    assert revenue.credits_posted - revenue.debits_posted == before


async def test_support_staff_cannot_mark_an_order_failed(call_as, make_staff):
    _, support = await make_staff(StaffRole.SUPPORT)
    body = await call_as(support, MARK_FAILED, id="1", reason="x")
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
