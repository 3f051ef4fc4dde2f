"""The business summary's figures: what awaits a decision, the credit wallets hold, and payments
and top-ups per Tehran day, quiet days as zero."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from models.errors import ValidationFailed
from models.identity.customers import add_bank_account
from models.identity.tables import Customer
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import summary, wallets
from models.wallet.cashouts.tables import CashOut, CashOutStatus, PayoutBatch
from models.wallet.deposits.tables import Bank, Deposit, DepositStatus
from models.wallet.topups.gateway import GatewayName
from models.wallet.topups.tables import TopUp, TopUpStatus

# Noon in Tehran (UTC+03:30) on 10 March 2026: the "now" of the per-day tests.
NOW = datetime(2026, 3, 10, 8, 30, tzinfo=UTC)
TODAY = date(2026, 3, 10)

Pay = Callable[..., Awaitable[str]]
_TRANSFER_IDS = iter(range(1, 10**6))  # ids the rows name; the figures never follow them


async def _customer(make_customer: Any) -> Customer:
    customer, _ = await make_customer()
    return customer


# Rows in a given status, with what the tables' checks require of that status: the figures read
# statuses, so the tests write them directly instead of walking each through its flow.

async def _deposit(customer: Customer, amount: int, status: DepositStatus) -> Deposit:
    number = str(uuid.uuid4().int)[:12]
    approved = status in (DepositStatus.AWAITING_SECOND_APPROVAL, DepositStatus.APPROVED)
    decided = status in (DepositStatus.APPROVED, DepositStatus.REJECTED)
    rejected = status is DepositStatus.REJECTED
    return await Deposit.create(
        customer=customer, key_namespace="staff", key=uuid.uuid4().hex, amount=amount,
        bank=Bank.MELLI, deposited_on=TODAY, tracking_number=number,
        tracking_key=number.lstrip("0"), status=status, declared_by="staff:1",
        first_approver="staff:2" if approved else None,
        decided_at=datetime.now(UTC) if decided else None,
        rejected_by="staff:2" if rejected else None,
        rejected_reason="no such payment" if rejected else None)


async def _cash_out(customer: Customer, amount: int, status: CashOutStatus) -> CashOut:
    account = await add_bank_account(customer.id, "IR820540102680020817909002", "Sara Ahmadi")
    sent = status in (CashOutStatus.SENT, CashOutStatus.PAID, CashOutStatus.FAILED)
    batch = await PayoutBatch.create(file_name="batch.txt", content="", count=1,
                                     total=amount) if sent else None
    return await CashOut.create(
        customer=customer, bank_account=account, amount=amount, status=status,
        key_namespace="customer", key=uuid.uuid4().hex, hold_transfer_id=next(_TRANSFER_IDS),
        post_transfer_id=next(_TRANSFER_IDS) if status is CashOutStatus.PAID else None,
        void_transfer_id=next(_TRANSFER_IDS) if status in (CashOutStatus.REJECTED,
                                                       CashOutStatus.FAILED) else None,
        batch=batch)


async def _top_up(customer: Customer, amount: int, status: TopUpStatus,
                  completed_at: datetime) -> TopUp:
    return await TopUp.create(
        customer=customer, gateway=GatewayName.SAMAN, amount=amount, status=status,
        key_namespace="customer", idempotency_key=uuid.uuid4().hex, completed_at=completed_at,
        credit_transfer_id=next(_TRANSFER_IDS) if status is TopUpStatus.CREDITED else None)


async def test_deposits_awaiting_count_the_declared_and_the_half_approved(make_customer):
    # given: one deposit of each status
    customer = await _customer(make_customer)
    await _deposit(customer, 1_000, DepositStatus.DECLARED)
    await _deposit(customer, 20_000, DepositStatus.AWAITING_SECOND_APPROVAL)
    await _deposit(customer, 300_000, DepositStatus.APPROVED)
    await _deposit(customer, 4_000_000, DepositStatus.REJECTED)

    # when
    awaiting = await summary.deposits_awaiting()

    # then
    assert awaiting == summary.Tally(count=2, amount=21_000)


async def test_cash_outs_awaiting_count_only_the_requested(make_customer):
    # given: one cash-out of each status
    customer = await _customer(make_customer)
    for amount, status in zip((1, 20, 300, 4_000, 50_000, 600_000), CashOutStatus, strict=True):
        await _cash_out(customer, amount, status)

    # when
    awaiting = await summary.cash_outs_awaiting()

    # then
    assert awaiting == summary.Tally(count=1, amount=1)


async def test_nothing_awaiting_reads_as_zero(db):
    assert await summary.deposits_awaiting() == summary.Tally(count=0, amount=0)
    assert await summary.cash_outs_awaiting() == summary.Tally(count=0, amount=0)


async def test_outstanding_credit_is_the_sum_of_the_wallets_totals(make_customer, pay: Pay):
    # given: two wallets with paid credit, a payment, and promotional credit, one grant of it
    # past its expiry at the moment asked about (not yet swept)
    sara, omid = await _customer(make_customer), await _customer(make_customer)
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    promotions = await system_account("IRR", SystemAccount.PROMOTIONS)
    await wallets.credit_paid(sara.id, 1_000_000, clearing.id, "paid:sara")
    await wallets.credit_paid(omid.id, 500_000, clearing.id, "paid:omid")
    await pay(sara.id, 150_000)
    now = datetime.now(UTC)
    await wallets.grant_promotional(sara.id, 70_000, now + timedelta(days=30), promotions.id,
                                    "grant:sara")
    await wallets.grant_promotional(omid.id, 9_000, now + timedelta(hours=1), promotions.id,
                                    "grant:omid")
    later = now + timedelta(hours=2)

    # when
    outstanding = await summary.outstanding_wallet_credit(now=later)

    # then
    totals = [(await wallets.balance(c.id, now=later)).total for c in (sara, omid)]
    assert outstanding == sum(totals) == 1_000_000 - 150_000 + 70_000 + 500_000


async def test_outstanding_credit_without_wallets_is_zero(db):
    assert await summary.outstanding_wallet_credit() == 0


async def test_payments_by_day_has_every_day_with_quiet_days_as_zero(make_customer, top_up,
                                                                     pay: Pay):
    # given: payments two days ago (two of them) and today
    customer = await _customer(make_customer)
    await top_up(customer.id, 1_000_000)
    await pay(customer.id, 100, at=NOW - timedelta(days=2))
    await pay(customer.id, 200, at=NOW - timedelta(days=2, hours=1))
    await pay(customer.id, 4_000, at=NOW)

    # when
    days = await summary.payments_by_day(5, now=NOW)

    # then: five days, oldest first, the quiet ones zero
    assert days == [
        summary.DayTally(day=date(2026, 3, 6), count=0, amount=0),
        summary.DayTally(day=date(2026, 3, 7), count=0, amount=0),
        summary.DayTally(day=date(2026, 3, 8), count=2, amount=300),
        summary.DayTally(day=date(2026, 3, 9), count=0, amount=0),
        summary.DayTally(day=TODAY, count=1, amount=4_000),
    ]


async def test_a_payment_after_tehran_midnight_counts_on_the_tehran_day(make_customer, top_up,
                                                                       pay: Pay):
    # given: payments at 23:45 and 00:15 Tehran time, both on 8 March in UTC
    customer = await _customer(make_customer)
    await top_up(customer.id, 1_000_000)
    await pay(customer.id, 10, at=datetime(2026, 3, 8, 20, 15, tzinfo=UTC))
    await pay(customer.id, 20, at=datetime(2026, 3, 8, 20, 45, tzinfo=UTC))

    # when
    days = await summary.payments_by_day(3, now=NOW)

    # then
    assert days == [
        summary.DayTally(day=date(2026, 3, 8), count=1, amount=10),
        summary.DayTally(day=date(2026, 3, 9), count=1, amount=20),
        summary.DayTally(day=TODAY, count=0, amount=0),
    ]


async def test_payments_before_the_windows_first_tehran_midnight_are_left_out(make_customer,
                                                                             top_up, pay: Pay):
    # given: a payment at 23:59 Tehran time the day before a two-day window
    customer = await _customer(make_customer)
    await top_up(customer.id, 1_000_000)
    await pay(customer.id, 10, at=datetime(2026, 3, 8, 20, 29, tzinfo=UTC))

    # when
    days = await summary.payments_by_day(2, now=NOW)

    # then
    assert [d.count for d in days] == [0, 0]


async def test_top_ups_by_day_count_the_credited_on_the_day_they_were_credited(make_customer):
    # given: a top-up credited today, one credited yesterday, and one that failed today
    customer = await _customer(make_customer)
    await _top_up(customer, 50_000, TopUpStatus.CREDITED, NOW - timedelta(minutes=5))
    await _top_up(customer, 7_000, TopUpStatus.CREDITED, NOW - timedelta(days=1))
    await _top_up(customer, 900_000, TopUpStatus.FAILED, NOW)

    # when
    days = await summary.top_ups_by_day(3, now=NOW)

    # then
    assert days == [
        summary.DayTally(day=date(2026, 3, 8), count=0, amount=0),
        summary.DayTally(day=date(2026, 3, 9), count=1, amount=7_000),
        summary.DayTally(day=TODAY, count=1, amount=50_000),
    ]


@pytest.mark.parametrize("days", [0, -1, 367])
async def test_a_window_of_no_days_or_more_than_a_year_is_refused(db, days: int):
    with pytest.raises(ValidationFailed) as refused:
        await summary.payments_by_day(days, now=NOW)
    assert refused.value.code == "invalid_days"
