"""What an order offers its caller (`allowedActions`): its state machine and the caller's role."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.billing.actions import OrderAction, allowed_actions
from models.billing.tables import BillingCycle, Order, OrderStatus
from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
LEAD = timedelta(days=3)
OPERATOR = Identity(kind=CallerKind.STAFF, name="o", staff_id=1, role=StaffRole.OPERATOR)
SUPPORT = Identity(kind=CallerKind.STAFF, name="s", staff_id=2, role=StaffRole.SUPPORT)
CUSTOMER = Identity(kind=CallerKind.CUSTOMER, name="c", customer_id=7)

pytestmark = pytest.mark.usefixtures("database_url")  # Tortoise knows the models


def _order(status: OrderStatus, *, cycle: BillingCycle = BillingCycle.MONTHLY,
           auto_pay: bool = False, started_days_ago: int = 10) -> Order:
    start = NOW - timedelta(days=started_days_ago)
    paid = status is not OrderStatus.AWAITING_PAYMENT
    return Order(id=1, customer_id=7, product_id=1, price=1_000, cycle=cycle, status=status,
                 auto_pay=auto_pay, period=1 if paid else 0,
                 period_start=start if paid else None,
                 period_end=start + timedelta(days=30) if paid else None,
                 renews_at=start + timedelta(days=30) if paid else None)


def _allowed(order: Order, caller: Identity) -> list[OrderAction]:
    return allowed_actions(order, caller, now=NOW, lead_time=LEAD)


async def test_an_order_awaiting_payment_may_be_paid_cancelled_and_set_to_renew() -> None:
    assert _allowed(_order(OrderStatus.AWAITING_PAYMENT), OPERATOR) == [
        OrderAction.PAY, OrderAction.CANCEL, OrderAction.ENABLE_AUTO_PAY]


async def test_an_active_order_in_its_period_may_be_marked_failed_by_staff() -> None:
    assert _allowed(_order(OrderStatus.ACTIVE, auto_pay=True), OPERATOR) == [
        OrderAction.CANCEL, OrderAction.DISABLE_AUTO_PAY, OrderAction.MARK_FAILED]


async def test_its_customer_may_not_mark_an_order_failed() -> None:
    assert OrderAction.MARK_FAILED not in _allowed(_order(OrderStatus.ACTIVE), CUSTOMER)


async def test_an_order_renewing_within_the_lead_time_may_be_paid() -> None:
    order = _order(OrderStatus.ACTIVE, started_days_ago=28)
    assert OrderAction.PAY in _allowed(order, CUSTOMER)


async def test_an_active_order_past_its_period_has_nothing_to_fail() -> None:
    order = _order(OrderStatus.ACTIVE, started_days_ago=31)
    assert OrderAction.MARK_FAILED not in _allowed(order, OPERATOR)


async def test_a_one_off_order_never_offers_to_renew() -> None:
    order = _order(OrderStatus.AWAITING_PAYMENT, cycle=BillingCycle.ONE_OFF)
    assert OrderAction.ENABLE_AUTO_PAY not in _allowed(order, OPERATOR)


@pytest.mark.parametrize("status", [OrderStatus.CANCELLED, OrderStatus.FAILED])
async def test_a_closed_order_offers_nothing(status: OrderStatus) -> None:
    assert _allowed(_order(status), OPERATOR) == []


async def test_support_staff_are_offered_nothing() -> None:
    assert _allowed(_order(OrderStatus.ACTIVE), SUPPORT) == []


async def test_nobody_signed_in_is_offered_nothing() -> None:
    assert allowed_actions(_order(OrderStatus.ACTIVE), None, now=NOW, lead_time=LEAD) == []
