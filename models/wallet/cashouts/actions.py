"""What a caller may do to a cash-out now: its state machine, separation of duties and the
caller's rule, in one place; `cashouts` still decides."""

from __future__ import annotations

from enum import StrEnum

from models.identity.access import MANAGERS, Rule
from models.identity.callers import CallerKind, Identity
from models.identity.tables import BankAccount, StaffRole
from models.wallet.cashouts.tables import CashOut, CashOutStatus

# Who approves and rejects cash-outs and verifies bank accounts.
APPROVERS = MANAGERS | {StaffRole.BACK_OFFICE}


class CashOutAction(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


# Each action's operation and who may call it (the operation declares the same rule).
OPERATIONS: dict[CashOutAction, tuple[str, Rule]] = {
    CashOutAction.APPROVE: ("approveCashOut", Rule(staff=APPROVERS)),
    CashOutAction.REJECT: ("rejectCashOut", Rule(staff=APPROVERS)),
}
# Where each action may still be taken: approved once requested, rejected until it is sent.
_FROM: dict[CashOutAction, tuple[CashOutStatus, ...]] = {
    CashOutAction.APPROVE: (CashOutStatus.REQUESTED,),
    CashOutAction.REJECT: (CashOutStatus.REQUESTED, CashOutStatus.APPROVED),
}


def _independent(cash_out: CashOut, account: BankAccount | None, caller: Identity) -> bool:
    """Whoever asked for a cash-out, or verified its bank account, does not approve it too."""
    me = caller.actor
    return cash_out.requested_by != me and (account is None or account.verified_by != me)


def allowed_actions(cash_out: CashOut, account: BankAccount | None,
                    caller: Identity | None) -> list[CashOutAction]:
    """The actions `caller` may take on `cash_out` (to bank account `account`) now."""
    if caller is None or caller.kind is not CallerKind.STAFF:
        return []
    return [action for action, (operation, rule) in OPERATIONS.items()
            if rule.allows(caller, operation) and cash_out.status in _FROM[action]
            and (action is not CashOutAction.APPROVE
                 or _independent(cash_out, account, caller))]
