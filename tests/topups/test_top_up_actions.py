"""What a top-up offers its caller (`allowedActions`): asking the bank about an open one, for
the back office and managers."""

from __future__ import annotations

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.wallet.topups.actions import TopUpAction, allowed_actions
from models.wallet.topups.tables import OPEN_STATUSES, TopUp, TopUpStatus

CLERK = Identity(kind=CallerKind.STAFF, name="b", staff_id=1, role=StaffRole.BACK_OFFICE)
OPERATOR = Identity(kind=CallerKind.STAFF, name="o", staff_id=3, role=StaffRole.OPERATOR)
CUSTOMER = Identity(kind=CallerKind.CUSTOMER, name="c", customer_id=7)

pytestmark = pytest.mark.usefixtures("database_url")  # Tortoise knows the models


def _top_up(status: TopUpStatus) -> TopUp:
    return TopUp(id=1, customer_id=7, gateway="saman", amount=1_000_000, status=status)


@pytest.mark.parametrize("status", sorted(OPEN_STATUSES))
async def test_an_open_top_up_may_be_reconciled_by_the_back_office(status: TopUpStatus) -> None:
    assert allowed_actions(_top_up(status), CLERK) == [TopUpAction.RECONCILE]


@pytest.mark.parametrize("status", sorted(set(TopUpStatus) - OPEN_STATUSES))
async def test_a_final_top_up_offers_nothing(status: TopUpStatus) -> None:
    assert allowed_actions(_top_up(status), CLERK) == []


@pytest.mark.parametrize("caller", [OPERATOR, CUSTOMER, None], ids=["operator", "customer",
                                                                     "anonymous"])
async def test_who_may_not_reconcile_is_offered_nothing(caller: Identity | None) -> None:
    assert allowed_actions(_top_up(TopUpStatus.REDIRECTED), caller) == []
