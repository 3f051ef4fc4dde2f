"""Approving a deposit: one approval below the threshold, two different people at or above it,
the wallet credited once (double clicks and concurrent approvals included), a tracking number
credited once per bank, and the customer emailed in their language."""

from __future__ import annotations

import asyncio

from models.identity.tables import Language, StaffRole
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import Transfer
from models.notify.tables import EmailMessage
from models.wallet.deposits.tables import Deposit

from .support import LARGE, SMALL, assert_ledger_clean, paid


async def test_a_deposit_under_the_threshold_approved_by_one_person_credits_once(
        client, clerks, declare, approve):
    # given a customer's declared deposit below the threshold
    customer, token = client
    deposit_id = (await declare(token))["deposit"]["id"]
    # when one back-office member approves it
    result = await approve(clerks[0], deposit_id)
    # then it is approved and the wallet holds the amount, from the bank-deposits account
    assert result["__typename"] == "DepositSuccess", result
    deposit = result["deposit"]
    assert deposit["status"] == "APPROVED" and deposit["secondApprover"] is None
    assert deposit["creditedTransferId"] is not None
    assert await paid(customer.id) == SMALL
    transfer = await Transfer.get(id=int(deposit["creditedTransferId"]))
    bank = await system_account("IRR", SystemAccount.BANK_DEPOSITS)
    assert (transfer.debit_account_id, transfer.amount, transfer.code) == (
        bank.id, SMALL, "wallet_deposit")
    # and a second click changes nothing
    again = await approve(clerks[0], deposit_id)
    assert (again["__typename"], again["code"], again["status"]) == (
        "DepositAlreadyDecided", "deposit_already_decided", "APPROVED")
    assert await paid(customer.id) == SMALL
    assert await Transfer.filter(code="wallet_deposit").count() == 1
    await assert_ledger_clean()


async def test_a_deposit_above_the_threshold_needs_two_different_approvers(
        client, clerks, call_as, declare, approve):
    # given a large deposit declared by a back-office member for the customer
    customer, _ = client
    declarer, first, second = clerks
    deposit_id = (await declare(declarer, amount=LARGE,
                                customerId=str(customer.id)))["deposit"]["id"]
    # when the first approval is given
    one = await approve(first, deposit_id)
    # then it awaits a second approval and nothing is credited
    assert one["deposit"]["status"] == "AWAITING_SECOND_APPROVAL"
    assert one["deposit"]["creditedTransferId"] is None
    assert await paid(customer.id) == 0
    # and neither the declarer nor the first approver may give the second approval
    by_declarer = await approve(declarer, deposit_id)
    assert (by_declarer["__typename"], by_declarer["code"]) == (
        "DeclarerCannotApprove", "declarer_cannot_approve")
    twice = await approve(first, deposit_id)
    assert (twice["__typename"], twice["code"]) == ("SameApproverTwice", "same_approver_twice")
    assert await paid(customer.id) == 0
    # when a third person approves
    two = await approve(second, deposit_id)
    # then the wallet is credited once, with both approvers recorded
    assert two["deposit"]["status"] == "APPROVED"
    row = await Deposit.get(id=int(deposit_id))
    assert (row.first_approver, row.second_approver) != (None, None)
    assert row.first_approver != row.second_approver
    assert await paid(customer.id) == LARGE
    await assert_ledger_clean()


async def test_the_declarer_never_approves_even_below_the_threshold(
        client, clerks, declare, approve):
    # given a small deposit a back-office member declared for the customer
    customer, _ = client
    declarer, other, _ = clerks
    deposit_id = (await declare(declarer, customerId=str(customer.id)))["deposit"]["id"]
    # when the declarer approves it
    refused = await approve(declarer, deposit_id)
    # then it is refused and nothing is credited
    assert (refused["__typename"], refused["code"], refused["field"]) == (
        "DeclarerCannotApprove", "declarer_cannot_approve", "id")
    row = await Deposit.get(id=int(deposit_id))
    assert (row.status, row.first_approver) == ("declared", None)
    assert await paid(customer.id) == 0
    # when someone else approves it, one approval below the threshold credits it
    assert (await approve(other, deposit_id))["deposit"]["status"] == "APPROVED"
    assert await paid(customer.id) == SMALL
    await assert_ledger_clean()


async def test_the_declarer_cannot_give_the_first_of_two_approvals(
        client, clerks, declare, approve):
    # given a large deposit a back-office member declared for the customer
    customer, _ = client
    declarer = clerks[0]
    deposit_id = (await declare(declarer, amount=LARGE,
                                customerId=str(customer.id)))["deposit"]["id"]
    # when the declarer gives the first approval
    refused = await approve(declarer, deposit_id)
    # then it is refused: the threshold adds an approver, it does not replace the checker
    assert refused["code"] == "declarer_cannot_approve"
    assert (await Deposit.get(id=int(deposit_id))).status == "declared"


async def test_a_customers_own_declaration_above_the_threshold_takes_two_staff(
        client, clerks, declare, approve):
    customer, token = client
    deposit_id = (await declare(token, amount=LARGE))["deposit"]["id"]
    assert (await approve(clerks[0], deposit_id))["deposit"]["status"] == \
        "AWAITING_SECOND_APPROVAL"
    assert (await approve(clerks[1], deposit_id))["deposit"]["status"] == "APPROVED"
    assert await paid(customer.id) == LARGE


async def test_a_tracking_number_is_credited_only_once(make_client, clerks, declare, approve):
    # given two customers declaring the same bank and tracking number
    first, first_token = await make_client()
    second, second_token = await make_client()
    one = (await declare(first_token, tracking="778899"))["deposit"]["id"]
    two = (await declare(second_token, tracking="۷۷۸ ۸۹۹"))["deposit"]["id"]
    # when the first is approved
    assert (await approve(clerks[0], one))["__typename"] == "DepositSuccess"
    # then the second is refused at approval, and stays undecided and uncredited
    refused = await approve(clerks[1], two)
    assert (refused["__typename"], refused["code"]) == (
        "TrackingNumberAlreadyCredited", "tracking_number_already_credited")
    assert (await Deposit.get(id=int(two))).status == "declared"
    assert (await paid(first.id), await paid(second.id)) == (SMALL, 0)
    # and a new declaration with that number is refused at once
    again = await declare(second_token, tracking="778899")
    assert again["__typename"] == "TrackingNumberAlreadyCredited"
    # while the same number at another bank is another deposit
    other_bank = await declare(second_token, tracking="778899", bank="MELLI")
    assert other_bank["__typename"] == "DeclareDepositSuccess"
    await assert_ledger_clean()


async def test_concurrent_approvals_of_one_deposit_credit_once(client, clerks, declare,
                                                               approve):
    # given a declared deposit
    customer, token = client
    deposit_id = (await declare(token))["deposit"]["id"]
    # when several staff members approve it at the same moment, some twice
    results = await asyncio.gather(*(approve(clerks[i % 3], deposit_id) for i in range(8)))
    # then exactly one approval credited it, and every other was told it is decided
    kinds = sorted(r["__typename"] for r in results)
    assert kinds == ["DepositAlreadyDecided"] * 7 + ["DepositSuccess"]
    assert await paid(customer.id) == SMALL
    assert await Transfer.filter(code="wallet_deposit").count() == 1
    assert await EmailMessage.filter(template="deposit_approved").count() == 1
    await assert_ledger_clean()


async def test_concurrent_approvals_of_two_deposits_with_one_tracking_number_credit_once(
        make_client, clerks, declare, approve):
    first, first_token = await make_client()
    second, second_token = await make_client()
    one = (await declare(first_token, tracking="55501"))["deposit"]["id"]
    two = (await declare(second_token, tracking="55501"))["deposit"]["id"]
    results = await asyncio.gather(approve(clerks[0], one), approve(clerks[1], two))
    assert sorted(r["__typename"] for r in results) == [
        "DepositSuccess", "TrackingNumberAlreadyCredited"]
    assert sorted([await paid(first.id), await paid(second.id)]) == [0, SMALL]
    assert await Deposit.filter(status="approved").count() == 1
    await assert_ledger_clean()


async def test_the_approval_email_is_in_the_customers_language(make_client, clerks, declare,
                                                               approve):
    # given a Persian and an English customer, each with an approved deposit
    persian, persian_token = await make_client(Language.FA, "سارا")
    english, english_token = await make_client(Language.EN, "Sara")
    for token, tracking in ((persian_token, "1001"), (english_token, "1002")):
        deposit_id = (await declare(token, amount=1_250_000, tracking=tracking))["deposit"]["id"]
        await approve(clerks[0], deposit_id)
    # then each was emailed once, in their language, with the amount and the Jalali date
    fa = await EmailMessage.get(customer_id=persian.id, template="deposit_approved")
    en = await EmailMessage.get(customer_id=english.id, template="deposit_approved")
    assert fa.language == "fa" and "۱٬۲۵۰٬۰۰۰ ریال" in fa.subject
    assert "بانک ملت" in fa.body and "۱۴۰۵/۰۸/۲۹" in fa.body and "1001" in fa.body
    assert en.language == "en" and "1,250,000 IRR" in en.subject
    assert "Bank Mellat" in en.body and "2026-11-20" in en.body and "1002" in en.body
    assert fa.status == en.status == "queued"


async def test_support_and_operators_may_not_approve(client, make_staff, call_as, declare):
    from .support import APPROVE

    _, token = client
    deposit_id = (await declare(token))["deposit"]["id"]
    for role in (StaffRole.SUPPORT, StaffRole.OPERATOR):
        _, staff_token = await make_staff(role)
        body = await call_as(staff_token, APPROVE, id=deposit_id)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await Deposit.get(id=int(deposit_id))).status == "declared"
