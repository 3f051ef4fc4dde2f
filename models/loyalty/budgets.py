"""A rule's budgets as ledger accounts: which budget accounts a reward draws on, and how much of
a reward they let through.

A rule (not each version: a new version keeps what was spent) has up to three budgets, in the
rewards' ledger: in total (`rule:<id>:total`), per merchant (`rule:<id>:merchant:<id>`) and
per member and period (`rule:<id>:member:<id>:<period>`, the period a day, an ISO week or a
Jalali month in the club's timezone, or `ever`). Each is a constrained account funded with its
limit on first use (`accounts.budget_account`); the purchase locks the accounts its rewards
draw on after the member's row, reads what they hold, caps each reward to the least of them,
and debits them in its own batch: the ledger refuses what would overspend, so no two purchases
can spend the same rial of a budget."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import jdatetime

from models.loyalty.accounts import Budget
from models.loyalty.facts import Reward


def period_key(period: str, at: datetime, timezone: str) -> str:
    """The period `at` falls in, in the club's timezone: `day`, `week`, `month` (Jalali) or
    anything else: one period for ever."""
    local = at.astimezone(ZoneInfo(timezone))
    if period == "day":
        return local.date().isoformat()
    if period == "week":
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        jalali = jdatetime.date.fromgregorian(date=local.date())
        return f"{jalali.year}-{jalali.month:02d}j"
    return "ever"


def budgets_of(reward: Reward, *, member_id: int, merchant_id: int, at: datetime,
               timezone: str) -> list[Budget]:
    """The budgets `reward` draws on, with their limits."""
    found: list[Budget] = []
    rule = f"rule:{reward.rule_id}"
    if reward.budget_total is not None:
        found.append(Budget(f"{rule}:total", reward.ledger, reward.budget_total))
    if reward.budget_per_merchant is not None:
        found.append(Budget(f"{rule}:merchant:{merchant_id}", reward.ledger,
                            reward.budget_per_merchant))
    if reward.budget_per_member is not None:
        period = period_key(reward.budget_member_period, at, timezone)
        found.append(Budget(f"{rule}:member:{member_id}:{period}", reward.ledger,
                            reward.budget_per_member))
    return found


def cap(amount: int, account_ids: list[int], remaining: dict[int, int]) -> int:
    """What of `amount` the budgets `account_ids` let through (the least they hold), taken from
    `remaining` (changed in place, so rewards later in the purchase see what is left)."""
    allowed = min([amount, *(remaining[account_id] for account_id in account_ids)])
    allowed = max(allowed, 0)
    for account_id in account_ids:
        remaining[account_id] -= allowed
    return allowed

