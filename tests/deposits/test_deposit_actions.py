"""What a deposit offers its caller (`allowedActions`): its state, who declared and first
approved it, and the caller's role."""

from __future__ import annotations

from datetime import date

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.wallet.deposits.actions import DepositAction, allowed_actions
from models.wallet.deposits.tables import Bank, Deposit, DepositStatus

CLERK = Identity(kind=CallerKind.STAFF, name="b", staff_id=1, role=StaffRole.BACK_OFFICE)
OTHER_CLERK = Identity(kind=CallerKind.STAFF, name="b2", staff_id=2, role=StaffRole.BACK_OFFICE)
OPERATOR = Identity(kind=CallerKind.STAFF, name="o", staff_id=3, role=StaffRole.OPERATOR)
CUSTOMER = Identity(kind=CallerKind.CUSTOMER, name="c", customer_id=7)
BOTH = [DepositAction.APPROVE, DepositAction.REJECT]

pytestmark = pytest.mark.usefixtures("database_url")  # Tortoise knows the models


def _deposit(status: DepositStatus, *, declared_by: str = "customer:7",
             first_approver: str | None = None) -> Deposit:
    return Deposit(id=1, customer_id=7, amount=2_000_000, bank=Bank.MELLAT,
                   deposited_on=date(2026, 11, 20), tracking_number="123",
                   tracking_key="123", status=status, declared_by=declared_by,
                   first_approver=first_approver)


async def test_a_declared_deposit_may_be_approved_or_rejected_by_the_back_office() -> None:
    assert allowed_actions(_deposit(DepositStatus.DECLARED), CLERK) == BOTH


async def test_its_declarer_may_only_reject_a_deposit() -> None:
    deposit = _deposit(DepositStatus.DECLARED, declared_by=CLERK.actor)
    assert allowed_actions(deposit, CLERK) == [DepositAction.REJECT]


async def test_the_first_approver_may_not_give_the_second_approval() -> None:
    deposit = _deposit(DepositStatus.AWAITING_SECOND_APPROVAL, first_approver=CLERK.actor)
    assert allowed_actions(deposit, CLERK) == [DepositAction.REJECT]


async def test_another_clerk_may_give_the_second_approval() -> None:
    deposit = _deposit(DepositStatus.AWAITING_SECOND_APPROVAL, first_approver=CLERK.actor)
    assert allowed_actions(deposit, OTHER_CLERK) == BOTH


@pytest.mark.parametrize("status", [DepositStatus.APPROVED, DepositStatus.REJECTED])
async def test_a_decided_deposit_offers_nothing(status: DepositStatus) -> None:
    assert allowed_actions(_deposit(status), CLERK) == []


@pytest.mark.parametrize("caller", [OPERATOR, CUSTOMER, None], ids=["operator", "customer",
                                                                     "anonymous"])
async def test_who_may_not_decide_deposits_is_offered_nothing(caller: Identity | None) -> None:
    assert allowed_actions(_deposit(DepositStatus.DECLARED), caller) == []
