"""What a caller may do to a top-up now: its state machine and the caller's rule, in one place."""

from __future__ import annotations

from enum import StrEnum

from models.identity.access import AUDITORS, Rule
from models.identity.callers import Identity
from models.wallet.topups.tables import OPEN_STATUSES, TopUp


class TopUpAction(StrEnum):
    RECONCILE = "reconcile"


# Each action's operation and who may call it (the operation declares the same rule).
OPERATIONS: dict[TopUpAction, tuple[str, Rule]] = {
    TopUpAction.RECONCILE: ("reconcileTopUp", Rule(staff=AUDITORS)),
}


def allowed_actions(top_up: TopUp, caller: Identity | None) -> list[TopUpAction]:
    """The actions `caller` may take on `top_up` now: asking the bank about an open one."""
    return [action for action, (operation, rule) in OPERATIONS.items()
            if rule.allows(caller, operation) and top_up.status in OPEN_STATUSES]
