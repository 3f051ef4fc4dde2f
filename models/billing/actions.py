"""What a caller may do to an order now: its state machine and the caller's rule, in one place.

The admin shows a button per action here instead of copying the rules; the operations in
`orders` still decide (a race, or a rule that needs the database, may refuse what was offered).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from models.billing.orders import (
    DEFAULT_ONE_OFF_DELIVERY,
    OPEN_STATUSES,
    due_period,
    undelivered_periods,
)
from models.billing.tables import BillingCycle, Order
from models.identity.access import MOVERS, Rule
from models.identity.callers import Identity


class OrderAction(StrEnum):
    PAY = "pay"
    CANCEL = "cancel"
    ENABLE_AUTO_PAY = "enable_auto_pay"
    DISABLE_AUTO_PAY = "disable_auto_pay"
    MARK_FAILED = "mark_failed"


# Each action's operation and who may call it (the operation declares the same rule).
OPERATIONS: dict[OrderAction, tuple[str, Rule]] = {
    OrderAction.PAY: ("payOrder", Rule(staff=MOVERS, customer=True)),
    OrderAction.CANCEL: ("cancelOrder", Rule(staff=MOVERS, customer=True)),
    OrderAction.ENABLE_AUTO_PAY: ("setAutoPay", Rule(staff=MOVERS, customer=True)),
    OrderAction.DISABLE_AUTO_PAY: ("setAutoPay", Rule(staff=MOVERS, customer=True)),
    OrderAction.MARK_FAILED: ("markOrderFailed", Rule(staff=MOVERS)),
}


def _state_allows(order: Order, action: OrderAction, now: datetime, lead_time: timedelta,
                  one_off_delivery: timedelta) -> bool:
    open_ = order.status in OPEN_STATUSES
    if action is OrderAction.PAY:
        return due_period(order, now, lead_time) is not None
    if action is OrderAction.CANCEL:
        return open_
    if action is OrderAction.ENABLE_AUTO_PAY:
        return open_ and not order.auto_pay and order.cycle is not BillingCycle.ONE_OFF
    if action is OrderAction.DISABLE_AUTO_PAY:
        return open_ and order.auto_pay
    return bool(undelivered_periods(order, now, one_off_delivery))


def allowed_actions(order: Order, caller: Identity | None, *, now: datetime,
                    lead_time: timedelta,
                    one_off_delivery: timedelta = DEFAULT_ONE_OFF_DELIVERY) -> list[OrderAction]:
    """The actions `caller` may take on `order` at `now`, in declaration order."""
    return [action for action, (operation, rule) in OPERATIONS.items()
            if rule.allows(caller, operation)
            and _state_allows(order, action, now, lead_time, one_off_delivery)]
