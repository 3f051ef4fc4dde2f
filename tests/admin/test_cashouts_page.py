"""The cash-outs page: the requests awaiting approval, approving and rejecting one through the
API's mutations, the payout batches and their file to download, roles, and Persian."""

from __future__ import annotations

import uuid
from typing import Any

from nicegui import app, ui
from nicegui.testing import User

from etebar.simulators.payout import PayoutSimulator
from models.identity.customers import add_bank_account, create_customer, verify_bank_account
from models.identity.numbers import sheba_check_digits
from models.identity.tables import StaffRole, StaffUser
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet.cashouts import batch_file
from models.wallet.cashouts.cashouts import (
    CashOutLimits,
    approve_cash_out,
    request_cash_out,
    send_approved,
)
from models.wallet.cashouts.tables import CashOut
from models.wallet.wallets import balance, credit_paid

from .support import settle

LIMITS = CashOutLimits(min_amount=1, max_per_request=10**12, max_per_day=10**12)


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


async def _requested(amount: int, mobile: str = "09121110001") -> tuple[int, CashOut, str]:
    customer = await create_customer(mobile, "Sara")
    source = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await credit_paid(customer.id, 5_000_000, source.id, f"topup-{uuid.uuid4().hex}")
    bban = f"{customer.id:022d}"
    number = f"IR{sheba_check_digits(bban)}{bban}"
    account = await add_bank_account(customer.id, number, "Sara Ahmadi")
    await verify_bank_account(account.id)
    result = await request_cash_out(customer.id, account.id, amount, "k1", LIMITS)
    return customer.id, result.cash_out, number


async def test_the_page_lists_requests_and_approves_one(signed_in: User):
    # given a cash-out awaiting approval
    _, cash_out, number = await _requested(1_500_000)
    # when the owner opens the page from the menu
    await signed_in.should_see(marker="menu-cash-outs")
    await signed_in.open("/cash-outs")
    # then it is listed with its amount and account
    rows = cash_outs(signed_in)
    assert [(r["id"], r["amount"], r["sheba"], r["holder"], r["status"]) for r in rows] == [
        (str(cash_out.id), "1,500,000", number, "Sara Ahmadi", "Awaiting approval")]
    # when they approve it
    signed_in.find(marker="cash-out-id").type(str(cash_out.id))
    signed_in.find(marker="approve-cash-out").click()
    # then it leaves the list of those awaiting approval
    await settle(lambda: cash_outs(signed_in) == [])
    assert (await CashOut.get(id=cash_out.id)).status == "approved"


async def test_rejecting_needs_a_reason_and_gives_the_credit_back(signed_in: User):
    customer_id, cash_out, _ = await _requested(1_500_000)
    await signed_in.open("/cash-outs")
    signed_in.find(marker="cash-out-id").type(str(cash_out.id))
    # without a reason it is refused in the reader's words
    signed_in.find(marker="reject-cash-out").click()
    await signed_in.should_see("Enter a reason")
    assert (await CashOut.get(id=cash_out.id)).status == "requested"
    # with one it is rejected
    signed_in.find(marker="reject-reason").type("the holder's name differs")
    signed_in.find(marker="reject-cash-out").click()
    await settle(lambda: cash_outs(signed_in) == [])
    assert (await CashOut.get(id=cash_out.id)).status == "rejected"
    assert (await balance(customer_id)).paid == 5_000_000
    await signed_in.open("/cash-outs?status=rejected")
    assert cash_outs(signed_in)[0]["note"] == "the holder's name differs"


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


async def test_support_sees_the_list_but_cannot_approve(user: User, make_staff):
    member, token = await make_staff(StaffRole.SUPPORT)
    member.language = "en"
    await member.save(update_fields=["language"])
    await _requested(1_500_000)
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token
    await user.open("/cash-outs")
    assert len(cash_outs(user)) == 1
    await user.should_not_see(marker="approve-cash-out")
    await user.should_not_see(marker="download-batch")


async def test_the_page_speaks_persian_with_jalali_dates(signed_in: User, staff: StaffUser):
    await _requested(1_500_000)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open("/cash-outs")
    await signed_in.should_see("برداشت‌های در انتظار تأیید")
    [row] = cash_outs(signed_in)
    assert row["amount"] == "۱٬۵۰۰٬۰۰۰"
    assert row["status"] == "در انتظار تأیید"
    assert row["requested_at"].startswith("۱۴")  # a Jalali year
