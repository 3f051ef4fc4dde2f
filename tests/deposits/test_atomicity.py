"""An approval is all or nothing: status, credit and email in one transaction; a retry after a
failure credits once. The database itself refuses a tracking number approved twice."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from tortoise.exceptions import IntegrityError

from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.ledger.tables import Transfer
from models.notify.mail import queue_email
from models.notify.tables import EmailMessage
from models.wallet.deposits import deposits
from models.wallet.deposits.tables import Bank, Deposit, DepositStatus

from .support import SMALL, assert_ledger_clean, paid

CLERK = Identity(kind=CallerKind.STAFF, name="c", staff_id=1, role=StaffRole.BACK_OFFICE)


async def test_an_approval_that_fails_midway_leaves_nothing_and_a_retry_credits_once(
        client, clerks, declare, approve, monkeypatch):
    # given a declared deposit, and an email step that fails once
    customer, token = client
    deposit_id = (await declare(token))["deposit"]["id"]
    real = queue_email
    calls = []

    async def failing(**kwargs):
        calls.append(kwargs["key"])
        if len(calls) == 1:
            raise RuntimeError("the mail table is unavailable")
        return await real(**kwargs)

    monkeypatch.setattr(deposits, "queue_email", failing)
    # when the approval fails after the credit was written in its transaction
    with pytest.raises(RuntimeError):
        await deposits.approve_deposit(CLERK, int(deposit_id), policy=deposits.DepositPolicy())
    # then nothing of it remains: undecided, uncredited
    assert (await Deposit.get(id=int(deposit_id))).status is DepositStatus.DECLARED
    assert await paid(customer.id) == 0
    assert await Transfer.filter(code="wallet_deposit").count() == 0
    # and the retry credits once and emails once
    assert (await approve(clerks[0], deposit_id))["deposit"]["status"] == "APPROVED"
    assert await paid(customer.id) == SMALL
    assert await EmailMessage.filter(template="deposit_approved").count() == 1
    await assert_ledger_clean()


async def test_the_database_refuses_a_tracking_number_approved_twice(client):
    customer, _ = client
    fields = {"customer_id": customer.id, "amount": 1, "bank": Bank.SAMAN,
              "deposited_on": date(2026, 11, 1), "tracking_number": "42", "tracking_key": "42",
              "declared_by": f"customer:{customer.id}", "status": DepositStatus.APPROVED,
              "first_approver": "staff:1", "key_namespace": f"customer:{customer.id}"}
    await Deposit.create(key="a", decided_at=datetime.now(UTC), **fields)
    with pytest.raises(IntegrityError, match=deposits.CREDITED_ONCE_INDEX):
        await Deposit.create(key="b", decided_at=datetime.now(UTC), **fields)


async def test_the_database_refuses_an_approval_by_the_declarer(client):
    # given a deposit a staff member declared, written by hand as approved by them alone
    customer, _ = client
    with pytest.raises(IntegrityError, match="wallet_deposit_first_approver_differs"):
        await Deposit.create(customer_id=customer.id, key_namespace="staff", key="a", amount=1,
                             bank=Bank.SAMAN, deposited_on=date(2026, 11, 1), tracking_number="42",
                             tracking_key="42", declared_by="staff:1",
                             status=DepositStatus.APPROVED, first_approver="staff:1",
                             decided_at=datetime.now(UTC))
