"""The monthly bonus: promotional credit for customers who spent enough last month.

The rule (`BonusPolicy`, from settings): a customer whose spend in a calendar month (Tehran
time), not refunded, is at least `min_spend` gets `percent_bp` basis points of it (floored),
at most `max_amount`, as promotional credit that expires `expiry_days` after the month ends;
with `min_level`, only customers at that activity level or above at the month's end qualify.

Once per customer and month: the grant's natural key is `bonus:<customer_id>:<YYYY-MM>` (through
`grant_promotional`, so its lot and transfer exist once), and each grant runs in a transaction
that first takes an advisory lock on that key and looks whether the lot exists, so reruns and
concurrent runs grant once and email once. The expiry is fixed by the month, not by when the run
happens, so every run asks for exactly the same grant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tortoise import connections
from tortoise.transactions import in_transaction

from models.clock import TEHRAN
from models.errors import ValidationFailed
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.notify.mail import queue_email
from models.wallet.activity.figures import ActivityLevel, ActivityPolicy, activities
from models.wallet.codes import MovementKind, declare
from models.wallet.errors import WalletErrorCode
from models.wallet.wallets import LEDGER, grant_promotional, granted

BONUS_CODE = declare("wallet_bonus", MovementKind.BONUS, domain="bonus")
BASIS_POINTS = 10_000


@dataclass(slots=True, frozen=True)
class BonusPolicy:
    percent_bp: int = 100  # 1 %
    min_spend: int = 1_000_000
    max_amount: int = 5_000_000
    expiry_days: int = 30
    min_level: ActivityLevel | None = None
    activity: ActivityPolicy = field(default_factory=ActivityPolicy)


@dataclass(slots=True)
class BonusRun:
    month: str
    granted: list[tuple[int, int]] = field(default_factory=list)  # (customer id, amount)
    already: int = 0  # granted by an earlier or concurrent run
    below_level: int = 0


_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")


def bonus_key(customer_id: int, month: str) -> str:
    return f"bonus:{customer_id}:{month}"


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """The first instant of `month` (exactly YYYY-MM, so each month has one spelling and one
    bonus key) in Tehran and of the month after, in UTC."""
    if not _MONTH.fullmatch(month):
        raise ValidationFailed(WalletErrorCode.INVALID_MONTH,
                               "a month as YYYY-MM is required", field="month")
    year, number = int(month[:4]), int(month[5:])
    start = datetime(year, number, 1, tzinfo=TEHRAN)
    after = datetime(year + number // 12, number % 12 + 1, 1, tzinfo=TEHRAN)
    return start.astimezone(UTC), after.astimezone(UTC)


def previous_month(now: datetime) -> str:
    """The calendar month before the one `now` falls in, in Tehran."""
    first = now.astimezone(TEHRAN).replace(day=1)
    last = first - timedelta(days=1)
    return f"{last.year:04d}-{last.month:02d}"


def bonus_amount(spend: int, policy: BonusPolicy) -> int:
    """What a month's spend earns: integer arithmetic, floored, capped; 0 below the minimum."""
    if spend < policy.min_spend or spend <= 0:
        return 0
    amount = spend * policy.percent_bp // BASIS_POINTS
    return min(amount, policy.max_amount) if policy.max_amount > 0 else amount


# Each customer's spend in the month, not refunded, who has no bonus for it yet.
_MONTH_SPEND = """
    SELECT w.customer_id, sum(s.amount) AS spend
    FROM wallet_spend s JOIN wallet_wallet w ON w.id = s.wallet_id
    WHERE s.created_at >= $1 AND s.created_at < $2 AND s.refunded_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM lots_lot l
                      WHERE l.key = 'grant:bonus:' || w.customer_id || ':' || $3)
    GROUP BY w.customer_id
    HAVING sum(s.amount) >= $4
    ORDER BY w.customer_id
"""


async def month_spends(month: str, min_spend: int) -> dict[int, int]:
    """Customer id -> spend in `month`, for those who spent at least `min_spend` and have no
    bonus for the month yet."""
    start, end = month_bounds(month)
    rows = await connections.get("default").execute_query_dict(
        _MONTH_SPEND, [start, end, month, max(min_spend, 1)])
    return {int(r["customer_id"]): int(r["spend"]) for r in rows}


async def grant_bonus(customer_id: int, month: str, amount: int, policy: BonusPolicy,
                      source_account_id: int) -> bool:
    """Grant one customer's bonus for `month` and queue its email, in one transaction; False
    when it was granted already."""
    key = bonus_key(customer_id, month)
    start, end = month_bounds(month)
    expires_at = end + timedelta(days=policy.expiry_days)
    async with in_transaction() as tx:
        await tx.execute_query("SELECT pg_advisory_xact_lock(hashtext($1))", [key])
        if await granted(key):
            return False
        await grant_promotional(customer_id, amount, expires_at, source_account_id, key,
                                code=BONUS_CODE, metadata={"bonus_month": month})
        await queue_email(customer_id=customer_id, template="wallet_bonus", key=f"wallet:{key}",
                          params={"amount": amount, "month": month,
                                  "month_start": start.astimezone(TEHRAN),
                                  "month_end": (end - timedelta(seconds=1)).astimezone(TEHRAN),
                                  "expires_at": expires_at.astimezone(TEHRAN)})
    return True


async def grant_monthly_bonuses(month: str, policy: BonusPolicy) -> BonusRun:
    """Grant every qualifying customer's bonus for `month`, once each; safe to run again."""
    run = BonusRun(month=month)
    _, end = month_bounds(month)
    spends = await month_spends(month, policy.min_spend)
    if not spends:
        return run
    levels = {}
    if policy.min_level is not None:
        found = await activities(list(spends), policy.activity, now=end)
        levels = {cid: a.level for cid, a in found.items()}
    source = await system_account(LEDGER, SystemAccount.PROMOTIONS)
    for customer_id, spend in spends.items():
        if policy.min_level is not None and levels[customer_id].rank < policy.min_level.rank:
            run.below_level += 1
            continue
        amount = bonus_amount(spend, policy)
        if amount <= 0:
            continue
        if await grant_bonus(customer_id, month, amount, policy, source.id):
            run.granted.append((customer_id, amount))
        else:
            run.already += 1
    return run
