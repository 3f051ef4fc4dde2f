"""The cash-outs pages: the list (awaiting approval oldest first, every other view newest first,
by customer), one cash-out with what a clerk checks before deciding, approving and rejecting it
through the API's mutations, the buttons by role, the payout batches and their file to download,
and Persian."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from nicegui import app, ui
from nicegui.testing import User
from tortoise import connections

from etebar.simulators.payout import PayoutSimulator
from models.identity.customers import add_bank_account, create_customer, verify_bank_account
from models.identity.numbers import sheba_check_digits
from models.identity.tables import BankAccount, StaffRole, StaffUser
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.verify import verify_ledger
from models.wallet.cashouts import batch_file
from models.wallet.cashouts.cashouts import (
    CashOutLimits,
    approve_cash_out,
    request_cash_out,
    send_approved,
    settle_payout,
)
from models.wallet.cashouts.tables import CashOut
from models.wallet.wallets import balance, credit_paid
from tests.admin.support import text_of

LIMITS = CashOutLimits(min_amount=1, max_per_request=10**12, max_per_day=10**12)


@pytest.fixture
async def db(db: str) -> str:
    """The shared empty database, with earlier tests' email records gone too (cash-out ids
    restart at 1, and an email's key names its cash-out)."""
    await connections.get("default").execute_script("TRUNCATE notify_email_message")
    return db


def _rows(user: User, column: str) -> list[dict[str, Any]]:
    """The rows of the table with `column`; none when the page shows it empty."""
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and any(c["name"] == column for c in element.columns):
            return list(element.rows)
    return []


def cash_outs(user: User) -> list[dict[str, Any]]:
    return _rows(user, "sheba")


def batches(user: User) -> list[dict[str, Any]]:
    return _rows(user, "count")


async def _requested(amount: int, mobile: str = "09121110001", *,
                     name: str = "Sara") -> tuple[int, CashOut, str]:
    customer = await create_customer(mobile, name)
    source = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await credit_paid(customer.id, 5_000_000, source.id, f"topup-{uuid.uuid4().hex}")
    bban = f"{customer.id:022d}"
    number = f"IR{sheba_check_digits(bban)}{bban}"
    account = await add_bank_account(customer.id, number, "Sara Ahmadi")
    await verify_bank_account(account.id)
    result = await request_cash_out(customer.id, account.id, amount, "k1", LIMITS)
    return customer.id, result.cash_out, number


async def _another(customer_id: int, amount: int, key: str) -> CashOut:
    """One more cash-out of `customer_id` to the account of their first."""
    first = await CashOut.filter(customer_id=customer_id).order_by("id").first()
    assert first is not None
    return (await request_cash_out(customer_id, first.bank_account_id,
                                   amount, key, LIMITS)).cash_out


async def _signed_in_as(user: User, make_staff: Any, role: StaffRole) -> StaffUser:
    member, token = await make_staff(role)
    member.language = "en"
    await member.save(update_fields=["language"])
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token
    return member


def shown(user: User, key: str) -> str:
    """The text of one field of the cash-out's page."""
    [element] = user.find(marker=f"cash-out-{key}").elements
    return text_of(element)


def link_of(user: User, marker: str) -> str:
    [element] = user.find(marker=marker).elements
    return str(element.props["href"])


def history(user: User) -> list[str]:
    return [row["event"] for row in _rows(user, "event")]


async def test_back_office_opens_a_requested_cash_out_from_the_list_and_approves_it(
        user: User, make_staff: Any):
    # given a cash-out awaiting approval and a back-office member
    customer_id, cash_out, number = await _requested(1_500_000)
    clerk = await _signed_in_as(user, make_staff, StaffRole.BACK_OFFICE)
    # when they open the cash-outs from the menu
    await user.open("/dashboard")
    await user.should_see(marker="menu-cash-outs")
    await user.open("/cash-outs")
    # then it is listed among those awaiting approval, linked to its page
    [row] = cash_outs(user)
    assert (row["id"], row["amount"], row["sheba"], row["holder"], row["status"]) == (
        str(cash_out.id), "1,500,000", number, "Sara Ahmadi", "Awaiting approval")
    assert row["id_href"] == f"/admin/cash-outs/{cash_out.id}"
    # when they open it
    await user.open(f"/cash-outs/{cash_out.id}")
    # then it shows what they check before deciding
    assert shown(user, "customer") == f"Sara (#{customer_id})"
    assert link_of(user, "cash-out-customer").endswith(f"/customers/{customer_id}")
    assert shown(user, "amount") == "1,500,000"
    assert (shown(user, "sheba"), shown(user, "holder")) == (number, "Sara Ahmadi")
    assert shown(user, "bank_account_verified").startswith("Yes, ")
    assert shown(user, "cashable_now") == "3,500,000"
    assert shown(user, "cash_out_status") == "Awaiting approval"
    assert link_of(user, "cash-out-hold_transfer").endswith(
        f"/transfers/{cash_out.hold_transfer_id}")
    assert history(user) == ["Awaiting approval"]
    # when they approve it
    user.find(marker="approve").click()
    # then it reads approved, by them, and can no longer be approved (only rejected until sent)
    await user.should_see(marker="cash-out-cash_out_status", content="Approved",
                          retries=20)
    assert (await CashOut.get(id=cash_out.id)).status == "approved"
    assert shown(user, "reviewed_by") == clerk.name
    assert history(user) == ["Awaiting approval", "Approved"]
    await user.should_not_see(marker="approve")
    await user.should_see(marker="reject")


async def test_rejecting_a_cash_out_needs_a_reason_and_gives_the_credit_back(
        user: User, make_staff: Any):
    customer_id, cash_out, _ = await _requested(1_500_000)
    await _signed_in_as(user, make_staff, StaffRole.BACK_OFFICE)
    await user.open(f"/cash-outs/{cash_out.id}")
    # without a reason it is refused in the reader's words, and nothing changes
    user.find(marker="reject").click()
    await user.should_see("Enter a reason", retries=20)
    assert (await CashOut.get(id=cash_out.id)).status == "requested"
    # with one it is rejected: the reason and the void transfer show, the credit is back
    user.find(marker="reject-reason").type("the holder's name differs")
    user.find(marker="reject").click()
    await user.should_see(marker="cash-out-cash_out_status", content="Rejected",
                          retries=20)
    row = await CashOut.get(id=cash_out.id)
    assert row.status == "rejected"
    assert shown(user, "rejection_reason") == "the holder's name differs"
    assert link_of(user, "cash-out-void_transfer").endswith(f"/transfers/{row.void_transfer_id}")
    assert history(user) == ["Awaiting approval", "Rejected"]
    assert shown(user, "cashable_now") == "5,000,000"
    assert (await balance(customer_id)).paid == 5_000_000
    await user.should_not_see(marker="approve")
    await user.should_not_see(marker="reject")
    assert await verify_ledger() == []


async def test_an_operator_sees_a_cash_out_without_the_buttons(user: User, make_staff: Any):
    _, cash_out, _ = await _requested(1_500_000)
    await _signed_in_as(user, make_staff, StaffRole.OPERATOR)
    await user.open(f"/cash-outs/{cash_out.id}")
    await user.should_see(marker="cash-out-amount", content="1,500,000")
    await user.should_not_see(marker="approve")
    await user.should_not_see(marker="reject")
    await user.should_not_see(marker="reject-reason")


async def test_a_paid_cash_out_shows_every_step_the_bank_answer_and_its_post_transfer(
        signed_in: User, staff: StaffUser):
    _, cash_out, _ = await _requested(250_000)
    await approve_cash_out(staff.id, cash_out.id)
    await send_approved(PayoutSimulator())
    paid = await settle_payout(cash_out.id, paid=True, code="00")
    await signed_in.open(f"/cash-outs/{cash_out.id}")
    assert history(signed_in) == ["Awaiting approval", "Approved", "Sent to the bank", "Paid"]
    assert shown(signed_in, "bank_code") == "00"
    assert shown(signed_in, "tracking_id") == f"ETB-CO-{cash_out.id}"
    assert link_of(signed_in, "cash-out-post_transfer").endswith(
        f"/transfers/{paid.post_transfer_id}")
    await signed_in.should_not_see(marker="reject")


async def test_an_unknown_cash_out_reads_so(signed_in: User):
    await signed_in.open("/cash-outs/424242")
    await signed_in.should_see(marker="not-found")
    await signed_in.open("/cash-outs/not-a-number")
    await signed_in.should_see(marker="not-found")


async def test_awaiting_approval_lists_oldest_first_and_other_views_newest_first(
        signed_in: User, staff: StaffUser):
    # given three cash-outs, the middle one approved since
    customer_id, first, _ = await _requested(100_000)
    second = await _another(customer_id, 200_000, "k2")
    third = await _another(customer_id, 300_000, "k3")
    await approve_cash_out(staff.id, second.id)
    # the default view, awaiting approval, is first come, first served, and says so
    await signed_in.open("/cash-outs")
    assert [r["id"] for r in cash_outs(signed_in)] == [str(first.id), str(third.id)]
    await signed_in.should_see(marker="list-order", content="first come, first served")
    # every other view is newest first
    await signed_in.open("/cash-outs?status=all")
    assert [r["id"] for r in cash_outs(signed_in)] == [str(third.id), str(second.id),
                                                      str(first.id)]
    await signed_in.should_see(marker="list-order", content="Newest first")


async def test_the_list_filters_by_customer_and_the_filter_can_be_lifted(signed_in: User):
    # given cash-outs of two customers
    sara, mine, _ = await _requested(100_000, "09121110001", name="Sara")
    _, theirs, _ = await _requested(200_000, "09121110002", name="Reza")
    # when the list is limited to Sara
    await signed_in.open(f"/cash-outs?status=all&customer={sara}")
    # then only hers show, and the page says whose they are, with a way back to everyone's
    assert [r["id"] for r in cash_outs(signed_in)] == [str(mine.id)]
    await signed_in.should_see(marker="filter-customer", content=f"Sara (#{sara})")
    assert link_of(signed_in, "clear-customer").endswith("/cash-outs?status=all")
    await signed_in.open("/cash-outs?status=all")
    assert {r["id"] for r in cash_outs(signed_in)} == {str(mine.id), str(theirs.id)}
    await signed_in.should_not_see(marker="customer-filter")


async def test_back_office_downloads_a_payout_batch_file(signed_in: User, staff: StaffUser):
    # given a cash-out approved and sent in a batch
    _, cash_out, number = await _requested(250_000)
    await approve_cash_out(staff.id, cash_out.id)
    await send_approved(PayoutSimulator())
    # when the batch is listed and its file downloaded
    await signed_in.open("/cash-outs")
    listed = batches(signed_in)
    assert [(b["count"], b["total"]) for b in listed] == [("1", "250,000")]
    signed_in.find(marker="batch-id").type(listed[0]["id"])
    signed_in.find(marker="download-batch").click()
    response = await signed_in.download.next(timeout=3)
    # then the file is the batch's CSV
    [row] = batch_file.parse(response.content.decode("utf-8"))
    assert (row.sheba, row.amount, row.tracking_id) == (number, 250_000, f"ETB-CO-{cash_out.id}")


async def test_support_sees_the_list_and_a_cash_out_but_cannot_decide(user: User,
                                                                      make_staff: Any):
    _, cash_out, _ = await _requested(1_500_000)
    await _signed_in_as(user, make_staff, StaffRole.SUPPORT)
    await user.open("/cash-outs")
    assert len(cash_outs(user)) == 1
    await user.should_not_see(marker="download-batch")
    await user.open(f"/cash-outs/{cash_out.id}")
    await user.should_see(marker="cash-out-amount")
    await user.should_not_see(marker="approve")
    await user.should_not_see(marker="reject")


async def test_the_page_speaks_persian_with_jalali_dates(signed_in: User, staff: StaffUser):
    await _requested(1_500_000)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open("/cash-outs")
    await signed_in.should_see(marker="page-title", content="برداشت‌ها")
    [row] = cash_outs(signed_in)
    assert row["amount"] == "۱٬۵۰۰٬۰۰۰"
    assert row["status"] == "در انتظار تأیید"
    assert row["requested_at"].startswith("۱۴")  # a Jalali year
    # and the cash-out's own page: Persian headings, a Jalali time in its history
    await signed_in.open(f"/cash-outs/{row['id']}")
    await signed_in.should_see(marker="cash-out-amount", content="۱٬۵۰۰٬۰۰۰")
    [table] = [e for e in signed_in.current_layout.descendants()
               if isinstance(e, ui.table) and e.columns[0]["name"] == "event"]
    assert [c["label"] for c in table.columns] == ["رویداد", "زمان"]
    [step] = _rows(signed_in, "event")
    assert step["event"] == "در انتظار تأیید"
    assert step["at"].startswith("۱۴")


async def test_a_cash_out_shows_who_requested_it_who_verified_its_account_and_its_problem(
        signed_in: User):
    _, cash_out, _ = await _requested(250_000)
    await BankAccount.filter(id=cash_out.bank_account_id).update(
        verified_by="staff:7")
    await CashOut.filter(id=cash_out.id).update(
        problem="pending_transfer_already_voided: transfer 0: pending transfer already voided")
    await signed_in.open(f"/cash-outs/{cash_out.id}")
    assert shown(signed_in, "requested_by") == "Sara"
    assert shown(signed_in, "verified_by") == "staff:7"
    assert shown(signed_in, "settle_problem").startswith("pending_transfer_already_voided")


async def test_the_clerk_who_verified_the_bank_account_is_offered_only_to_reject(
        user: User, make_staff: Any):
    _, cash_out, _ = await _requested(250_000)
    clerk = await _signed_in_as(user, make_staff, StaffRole.BACK_OFFICE)
    await BankAccount.filter(id=cash_out.bank_account_id).update(
        verified_by=f"staff:{clerk.id}")
    await user.open(f"/cash-outs/{cash_out.id}")
    await user.should_see(marker="reject")
    await user.should_not_see(marker="approve")
