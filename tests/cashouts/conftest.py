"""Cash-out fixtures: a customer with paid (and promotional) credit and a verified bank account,
a back-office approver, the payout simulator, and GraphQL operations as constants."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from etebar.simulators.payout import PayoutSimulator
from models.identity.customers import add_bank_account, verify_bank_account
from models.identity.numbers import sheba_check_digits
from models.identity.tables import Customer, StaffRole
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.verify import verify_ledger
from models.wallet.wallets import credit_paid, grant_promotional

REQUEST = """
mutation Request($input: CashOutInput!) {
  requestCashOut(input: $input) {
    __typename
    ... on CashOutSuccess { replayed cashOut { id status amount holdTransferId
                            bankAccount { sheba } } }
    ... on InsufficientCashableCredit { requested cashable }
    ... on CashOutLimitExceeded { limit remaining }
    ... on UserError { code message field }
  }
}
"""
APPROVE = """
mutation Approve($id: ID!) {
  approveCashOut(id: $id) {
    __typename
    ... on CashOutSuccess { cashOut { id status reviewedById } }
    ... on UserError { code message }
  }
}
"""
REJECT = """
mutation Reject($id: ID!, $reason: String!) {
  rejectCashOut(id: $id, reason: $reason) {
    __typename
    ... on CashOutSuccess { cashOut { id status rejectionReason voidTransferId } }
    ... on UserError { code message }
  }
}
"""
CASH_OUT = """
query CashOut($id: ID!) {
  cashOut(id: $id) { id status amount batchId trackingId payoutReference bankCode
                     postTransferId voidTransferId }
}
"""


def sheba(n: int) -> str:
    """A valid Sheba number, different for each `n`."""
    bban = f"{n:022d}"
    return f"IR{sheba_check_digits(bban)}{bban}"


@dataclass
class Holder:
    """A customer, their session token and their verified bank account."""

    customer: Customer
    token: str
    bank_account_id: int
    sheba: str


@pytest.fixture
def simulator() -> PayoutSimulator:
    return PayoutSimulator()


@pytest.fixture
def holder(make_customer: Any) -> Callable[..., Any]:
    """A customer with `paid` rials of paid credit, `promotional` of promotional credit, and a
    bank account (verified unless told otherwise)."""
    numbers = iter(range(1, 10_000))

    async def make(paid: int = 0, promotional: int = 0, *, verified: bool = True,
                   email: str | None = "sara@example.com") -> Holder:
        customer, token = await make_customer()
        if email is not None:
            customer.email = email
            await customer.save(update_fields=["email"])
        source = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
        if paid:
            await credit_paid(customer.id, paid, source.id, f"topup-{uuid.uuid4().hex}")
        if promotional:
            await grant_promotional(customer.id, promotional,
                                    datetime.now(UTC) + timedelta(days=30), source.id,
                                    f"bonus-{uuid.uuid4().hex}")
        number = sheba(customer.id * 100 + next(numbers))
        account = await add_bank_account(customer.id, number, "Sara Ahmadi")
        if verified:
            await verify_bank_account(account.id)
        return Holder(customer, token, account.id, number)

    return make


@pytest.fixture
async def approver(make_staff: Any) -> str:
    _, token = await make_staff(StaffRole.BACK_OFFICE)
    return token


@pytest.fixture
def request_as(call_as: Any) -> Callable[..., Any]:
    """Ask for a cash-out as `holder` through GraphQL; returns the result member."""

    async def run(holder: Holder, amount: int, key: str | None = None,
                  bank_account_id: int | None = None) -> dict[str, Any]:
        body = await call_as(holder.token, REQUEST, input={
            "bankAccountId": str(bank_account_id or holder.bank_account_id),
            "amount": str(amount), "idempotencyKey": key or uuid.uuid4().hex})
        assert "errors" not in body, body
        result: dict[str, Any] = body["data"]["requestCashOut"]
        return result

    return run


async def assert_ledger_clean() -> None:
    assert await verify_ledger() == []
