"""The deposits page: deposits awaiting approval by status, one deposit with its receipt, approving
(the wallet credited) and rejecting (a reason required) through the API's mutations, the buttons
by role, and Persian with Jalali dates."""

from __future__ import annotations

import asyncio
import io
from datetime import date
from typing import Any

import pytest
from nicegui import app, ui
from nicegui.testing import User
from PIL import Image
from tortoise import connections

from models.identity.callers import CallerKind, Identity
from models.identity.customers import create_customer
from models.identity.tables import Customer, StaffRole, StaffUser
from models.ledger.verify import verify_ledger
from models.notify.tables import EmailMessage
from models.wallet import wallets
from models.wallet.deposits import deposits
from models.wallet.deposits.tables import Bank, Deposit, DepositStatus

from .support import table_rows

POLICY = deposits.DepositPolicy()
CLERK = Identity(kind=CallerKind.STAFF, name="clerk", staff_id=9_999, role=StaffRole.BACK_OFFICE)


@pytest.fixture
async def db(db: str) -> str:
    """The shared empty database, with earlier tests' email records gone too (deposit ids
    restart at 1, and an email's key names its deposit)."""
    await connections.get("default").execute_script("TRUNCATE notify_email_message")
    return db


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), "white").save(buffer, "PNG")
    return buffer.getvalue()


async def _declared(customer: Customer, tracking: str, amount: int = 2_000_000) -> Deposit:
    me = Identity(kind=CallerKind.CUSTOMER, name="c", customer_id=customer.id)
    declared = await deposits.declare_deposit(
        me, customer.id, amount, Bank.MELLAT, date(2026, 11, 20), tracking, _png(), "image/png",
        f"key-{tracking}", policy=POLICY, today=date(2026, 11, 22))
    return declared.deposit


async def _status_becomes(deposit_id: int, status: DepositStatus) -> Deposit:
    for _ in range(60):
        row = await Deposit.get(id=deposit_id)
        if row.status is status:
            return row
        await asyncio.sleep(0.05)
    raise AssertionError(f"deposit {deposit_id} stayed {row.status}")


def _receipts(user: User) -> list[Any]:
    return [e for e in user.current_layout.descendants() if isinstance(e, ui.image)]


async def test_the_list_shows_deposits_awaiting_approval_and_filters_by_status(
        signed_in: User):
    # given two declared deposits, one of them approved since
    customer = await create_customer("09121110001", "Sara")
    waiting = await _declared(customer, "1001")
    approved = await _declared(customer, "1002")
    await deposits.approve_deposit(CLERK, approved.id, policy=POLICY)
    # when the owner opens the deposits page from the menu
    await signed_in.should_see(marker="menu-deposits")
    await signed_in.open("/deposits")
    # then only the one awaiting approval is listed, in the reader's words
    rows = table_rows(signed_in)
    assert [(r["id"], r["customer"], r["amount"], r["bank"], r["deposited_on"],
             r["tracking_number"], r["status"]) for r in rows] == [
        (str(waiting.id), "Sara", "2,000,000", "Bank Mellat", "2026-11-20", "1001",
         "Declared")]
    # and filtered by status, the approved one
    await signed_in.open("/deposits?status=approved")
    assert [(r["id"], r["status"]) for r in table_rows(signed_in)] == [
        (str(approved.id), "Approved")]


async def test_awaiting_approval_lists_oldest_first_and_other_views_newest_first(
        signed_in: User):
    # given three deposits, the middle one approved
    customer = await create_customer("09121110001", "Sara")
    first, second, third = [await _declared(customer, str(n)) for n in (5001, 5002, 5003)]
    await deposits.approve_deposit(CLERK, second.id, policy=POLICY)
    # those awaiting approval are first come, first served, and the page says so
    await signed_in.open("/deposits")
    assert [r["id"] for r in table_rows(signed_in)] == [str(first.id), str(third.id)]
    await signed_in.should_see(marker="list-order", content="first come, first served")
    # every other view is newest first
    await signed_in.open("/deposits?status=all")
    assert [r["id"] for r in table_rows(signed_in)] == [str(third.id), str(second.id),
                                                       str(first.id)]
    await signed_in.should_see(marker="list-order", content="Newest first")


async def test_the_list_filters_by_customer_and_the_filter_can_be_lifted(signed_in: User):
    # given deposits of two customers
    sara = await create_customer("09121110001", "Sara")
    reza = await create_customer("09121110009", "Reza")
    hers = await _declared(sara, "6001")
    his = await _declared(reza, "6002")
    # when the list is limited to Sara
    await signed_in.open(f"/deposits?status=all&customer={sara.id}")
    # then only hers shows, and the page says whose it is
    assert [r["id"] for r in table_rows(signed_in)] == [str(hers.id)]
    await signed_in.should_see(marker="filter-customer", content=f"Sara (#{sara.id})")
    [clear] = signed_in.find(marker="clear-customer").elements
    assert clear.props["href"] == "/deposits?status=all"
    # and lifted, both show
    await signed_in.open("/deposits?status=all")
    assert [r["id"] for r in table_rows(signed_in)] == [str(his.id), str(hers.id)]
    await signed_in.should_not_see(marker="customer-filter")


async def test_approving_from_the_detail_credits_the_wallet_once(signed_in: User):
    # given a declared deposit
    customer = await create_customer("09121110002", "Sara", email="sara@example.com")
    deposit = await _declared(customer, "2001")
    # when the owner opens it
    await signed_in.open(f"/deposits/{deposit.id}")
    # then its receipt image is shown
    [receipt] = _receipts(signed_in)
    assert receipt.source.startswith("data:image/png;base64,")
    # when they approve it
    signed_in.find(marker="approve").click()
    # then it is approved, the wallet is credited and the customer emailed
    row = await _status_becomes(deposit.id, DepositStatus.APPROVED)
    assert row.credited_transfer_id is not None
    assert (await wallets.balance(customer.id)).paid == 2_000_000
    assert await EmailMessage.filter(template="deposit_approved").count() == 1
    assert await verify_ledger() == []


async def test_rejecting_needs_a_reason_and_credits_nothing(signed_in: User):
    customer = await create_customer("09121110003", "Sara")
    deposit = await _declared(customer, "3001")
    await signed_in.open(f"/deposits/{deposit.id}")
    # without a reason: refused in the reader's words
    signed_in.find(marker="reject").click()
    await signed_in.should_see("Enter the reason for rejecting.")
    assert (await Deposit.get(id=deposit.id)).status is DepositStatus.DECLARED
    # with one: rejected
    signed_in.find(marker="reject-reason").type("The receipt is unreadable.")
    signed_in.find(marker="reject").click()
    row = await _status_becomes(deposit.id, DepositStatus.REJECTED)
    assert row.rejected_reason == "The receipt is unreadable."
    assert (await wallets.balance(customer.id)).paid == 0


async def test_the_first_approver_is_not_offered_the_second_approval(signed_in: User,
                                                                     staff: StaffUser):
    # given a large deposit the owner approved once already
    customer = await create_customer("09121110004", "Sara")
    deposit = await _declared(customer, "4001", amount=900_000_000)
    owner = Identity(kind=CallerKind.STAFF, name="o", staff_id=staff.id, role=StaffRole.OWNER)
    await deposits.approve_deposit(owner, deposit.id, policy=POLICY)
    # when the owner opens it
    await signed_in.open(f"/deposits/{deposit.id}")
    # then it waits for someone else's approval, and the owner may only reject it
    await signed_in.should_see(marker="needs-second")
    await signed_in.should_see(marker="reject")
    await signed_in.should_not_see(marker="approve")


async def test_a_colleague_is_offered_the_second_approval(signed_in: User, staff: StaffUser):
    # given a large deposit another clerk approved once already
    customer = await create_customer("09121110007", "Sara")
    deposit = await _declared(customer, "7001", amount=900_000_000)
    await deposits.approve_deposit(CLERK, deposit.id, policy=POLICY)
    # when the owner opens it, then they may approve it
    await signed_in.open(f"/deposits/{deposit.id}")
    await signed_in.should_see(marker="approve")


async def test_the_declarer_is_offered_only_to_reject(signed_in: User, staff: StaffUser):
    # given a small deposit the owner declared for a customer
    customer = await create_customer("09121110005", "Sara")
    owner = Identity(kind=CallerKind.STAFF, name="o", staff_id=staff.id, role=StaffRole.OWNER)
    declared = await deposits.declare_deposit(
        owner, customer.id, 2_000_000, Bank.MELLAT, date(2026, 11, 20), "5001", _png(),
        "image/png", "key-5001", policy=POLICY, today=date(2026, 11, 22))
    # when the owner opens it, then a colleague must approve it: only rejecting is offered
    await signed_in.open(f"/deposits/{declared.deposit.id}")
    await signed_in.should_see(marker="reject")
    await signed_in.should_not_see(marker="approve")


async def test_a_decided_deposit_offers_no_decision(signed_in: User):
    customer = await create_customer("09121110008", "Sara")
    deposit = await _declared(customer, "8001")
    await deposits.reject_deposit(CLERK, deposit.id, "unreadable")
    await signed_in.open(f"/deposits/{deposit.id}")
    await signed_in.should_see(marker="receipt")
    await signed_in.should_not_see(marker="approve")
    await signed_in.should_not_see(marker="reject")


async def test_support_sees_deposits_but_no_decision_buttons(user: User, make_staff):
    customer = await create_customer("09121110005", "Sara")
    deposit = await _declared(customer, "5001")
    member, token = await make_staff(StaffRole.SUPPORT)
    member.language = "en"
    await member.save(update_fields=["language"])
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token
    await user.open(f"/deposits/{deposit.id}")
    await user.should_see(marker="receipt")
    await user.should_not_see(marker="approve")
    await user.should_not_see(marker="reject")


async def test_the_page_speaks_persian_with_jalali_dates(signed_in: User, staff: StaffUser):
    customer = await create_customer("09121110006", "Sara")
    await _declared(customer, "6001")
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open("/deposits")
    await signed_in.should_see("واریزهای بانکی")
    [row] = table_rows(signed_in)
    assert (row["amount"], row["bank"], row["deposited_on"], row["status"]) == (
        "۲٬۰۰۰٬۰۰۰", "بانک ملت", "۱۴۰۵/۰۸/۲۹", "ثبت‌شده")
