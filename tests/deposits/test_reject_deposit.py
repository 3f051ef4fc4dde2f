"""Rejecting a deposit: a reason is required, nothing is credited, the customer is emailed, and a
decided deposit stays as it is."""

from __future__ import annotations

from models.identity.tables import Language
from models.ledger.tables import Transfer
from models.notify.tables import EmailMessage
from models.wallet.deposits.tables import Deposit

from .support import LARGE, assert_ledger_clean, paid


async def test_a_rejected_deposit_credits_nothing_and_emails_the_reason(
        make_client, clerks, declare, reject):
    # given a Persian customer's declared deposit
    customer, token = await make_client(Language.FA, "سارا")
    deposit_id = (await declare(token))["deposit"]["id"]
    # when back office rejects it with a reason
    result = await reject(clerks[0], deposit_id, "  مبلغ رسید با مبلغ اعلام‌شده یکی نیست ")
    # then it is rejected, by them, with the reason, and nothing moved
    assert result["__typename"] == "DepositSuccess", result
    deposit = result["deposit"]
    assert deposit["status"] == "REJECTED"
    assert deposit["rejectedReason"] == "مبلغ رسید با مبلغ اعلام‌شده یکی نیست"
    assert deposit["rejectedBy"].startswith("staff:")
    assert await paid(customer.id) == 0
    assert await Transfer.filter(code="wallet_deposit").count() == 0
    # and the customer is emailed the reason, in Persian
    email = await EmailMessage.get(customer_id=customer.id, template="deposit_rejected")
    assert email.language == "fa" and "پذیرفته نشد" in email.subject
    assert "مبلغ رسید با مبلغ اعلام‌شده یکی نیست" in email.body
    await assert_ledger_clean()


async def test_the_rejection_email_in_english(client, clerks, declare, reject):
    customer, token = client
    deposit_id = (await declare(token))["deposit"]["id"]
    await reject(clerks[0], deposit_id, "The receipt is unreadable.")
    email = await EmailMessage.get(customer_id=customer.id, template="deposit_rejected")
    assert email.language == "en" and "was not accepted" in email.subject
    assert "Reason: The receipt is unreadable." in email.body


async def test_a_rejection_needs_a_reason(client, clerks, declare, reject):
    _, token = client
    deposit_id = (await declare(token))["deposit"]["id"]
    result = await reject(clerks[0], deposit_id, "   ")
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidInput", "reason_required", "reason")
    assert (await Deposit.get(id=int(deposit_id))).status == "declared"
    assert await EmailMessage.all().count() == 0


async def test_a_deposit_awaiting_its_second_approval_can_be_rejected(
        client, clerks, declare, approve, reject):
    customer, token = client
    deposit_id = (await declare(token, amount=LARGE))["deposit"]["id"]
    await approve(clerks[0], deposit_id)
    result = await reject(clerks[1], deposit_id, "Not on the bank statement.")
    assert result["deposit"]["status"] == "REJECTED"
    assert await paid(customer.id) == 0


async def test_a_decided_deposit_is_neither_rejected_nor_approved_again(
        client, clerks, declare, approve, reject):
    # given an approved and a rejected deposit
    customer, token = client
    approved = (await declare(token, tracking="1"))["deposit"]["id"]
    rejected = (await declare(token, tracking="2"))["deposit"]["id"]
    await approve(clerks[0], approved)
    await reject(clerks[0], rejected, "Duplicate.")
    # when each is decided the other way
    late_reject = await reject(clerks[1], approved, "Too late.")
    late_approve = await approve(clerks[1], rejected)
    # then both answer that they are decided, and nothing changed
    assert (late_reject["__typename"], late_reject["status"]) == (
        "DepositAlreadyDecided", "APPROVED")
    assert (late_approve["__typename"], late_approve["status"]) == (
        "DepositAlreadyDecided", "REJECTED")
    assert (await Deposit.get(id=int(approved))).rejected_reason is None
    assert await EmailMessage.filter(template="deposit_rejected").count() == 1
    assert await paid(customer.id) == 2_000_000
    await assert_ledger_clean()
