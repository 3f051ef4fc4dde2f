"""What a cash-out offers its caller (`allowedActions`): its state, who requested it and
verified its bank account, and the caller's role."""

from __future__ import annotations

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import BankAccount, StaffRole
from models.wallet.cashouts.actions import CashOutAction, allowed_actions
from models.wallet.cashouts.tables import CashOut, CashOutStatus

CLERK = Identity(kind=CallerKind.STAFF, name="b", staff_id=1, role=StaffRole.BACK_OFFICE)
OPERATOR = Identity(kind=CallerKind.STAFF, name="o", staff_id=3, role=StaffRole.OPERATOR)
CUSTOMER = Identity(kind=CallerKind.CUSTOMER, name="c", customer_id=7)
BOTH = [CashOutAction.APPROVE, CashOutAction.REJECT]

pytestmark = pytest.mark.usefixtures("database_url")  # Tortoise knows the models


def _cash_out(status: CashOutStatus, requested_by: str = "customer:7") -> CashOut:
    return CashOut(id=1, customer_id=7, bank_account_id=1, amount=1_000_000, status=status,
                   key="k", requested_by=requested_by, hold_transfer_id=1)


def _account(verified_by: str = "staff:9") -> BankAccount:
    return BankAccount(id=1, customer_id=7, sheba="IR0", holder_name="Sara",
                       verified_by=verified_by)


async def test_a_requested_cash_out_may_be_approved_or_rejected_by_the_back_office() -> None:
    assert allowed_actions(_cash_out(CashOutStatus.REQUESTED), _account(), CLERK) == BOTH


async def test_an_approved_cash_out_may_still_be_rejected() -> None:
    assert allowed_actions(_cash_out(CashOutStatus.APPROVED), _account(), CLERK) == [
        CashOutAction.REJECT]


async def test_whoever_requested_a_cash_out_may_not_approve_it() -> None:
    cash_out = _cash_out(CashOutStatus.REQUESTED, requested_by=CLERK.actor)
    assert allowed_actions(cash_out, _account(), CLERK) == [CashOutAction.REJECT]


async def test_whoever_verified_its_bank_account_may_not_approve_it() -> None:
    account = _account(verified_by=CLERK.actor)
    assert allowed_actions(_cash_out(CashOutStatus.REQUESTED), account, CLERK) == [
        CashOutAction.REJECT]


@pytest.mark.parametrize("status", [CashOutStatus.SENT, CashOutStatus.PAID,
                                    CashOutStatus.REJECTED, CashOutStatus.FAILED])
async def test_a_cash_out_sent_or_settled_offers_nothing(status: CashOutStatus) -> None:
    assert allowed_actions(_cash_out(status), _account(), CLERK) == []


@pytest.mark.parametrize("caller", [OPERATOR, CUSTOMER, None], ids=["operator", "customer",
                                                                     "anonymous"])
async def test_who_may_not_decide_cash_outs_is_offered_nothing(caller: Identity | None) -> None:
    assert allowed_actions(_cash_out(CashOutStatus.REQUESTED), _account(), caller) == []
