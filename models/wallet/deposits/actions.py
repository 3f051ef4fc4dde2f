"""What a caller may do to a deposit now: its state machine, separation of duties and the
caller's rule, in one place; `deposits` still decides (a tracking number credited meanwhile is
refused there)."""

from __future__ import annotations

from enum import StrEnum

from models.identity.access import MANAGERS, Rule
from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.wallet.deposits.tables import Deposit, DepositStatus

# Who approves and rejects deposits.
APPROVERS = MANAGERS | {StaffRole.BACK_OFFICE}
UNDECIDED = (DepositStatus.DECLARED, DepositStatus.AWAITING_SECOND_APPROVAL)


class DepositAction(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


# Each action's operation and who may call it (the operation declares the same rule).
OPERATIONS: dict[DepositAction, tuple[str, Rule]] = {
    DepositAction.APPROVE: ("approveDeposit", Rule(staff=APPROVERS)),
    DepositAction.REJECT: ("rejectDeposit", Rule(staff=APPROVERS)),
}


def _state_allows(deposit: Deposit, action: DepositAction, caller: Identity) -> bool:
    if deposit.status not in UNDECIDED:
        return False
    if action is DepositAction.REJECT:
        return True
    # The declarer never approves, and a second approval is another person's.
    me = caller.actor
    return me != deposit.declared_by and not (
        deposit.status is DepositStatus.AWAITING_SECOND_APPROVAL
        and me == deposit.first_approver)


def allowed_actions(deposit: Deposit, caller: Identity | None) -> list[DepositAction]:
    """The actions `caller` may take on `deposit` now, in declaration order."""
    if caller is None or caller.kind is not CallerKind.STAFF:
        return []
    return [action for action, (operation, rule) in OPERATIONS.items()
            if rule.allows(caller, operation) and _state_allows(deposit, action, caller)]
