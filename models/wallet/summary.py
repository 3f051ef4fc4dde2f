"""The business at a glance, for the admin's dashboard: the deposits and cash-outs waiting for a
decision, the credit customers' wallets hold, and the payments and online top-ups per day.

Every figure is one SQL aggregate over the wallet's own tables; amounts are integer rials. Days
are Tehran's (`models.clock.TEHRAN`), where the business's day begins, and a series of days has
every day of its window, a day without a row reading as zero.

- Awaiting: deposits declared or awaiting their second approval; cash-outs requested and not yet
  reviewed (the ones a clerk has to decide).
- Outstanding credit: what all wallets can spend now, counted as `wallets.balance` counts one
  (a paid lot and the promotional lots not yet expired, less what a cash-out holds), so the
  figure is the sum of the totals the customers' pages show.
- Payments: wallet spends, by the Tehran day they were made (a later refund does not move them).
- Top-ups: online top-ups credited to a wallet, by the Tehran day they were credited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from tortoise import connections

from models.clock import TEHRAN, now_or
from models.errors import ValidationFailed
from models.wallet.cashouts.tables import CashOutStatus
from models.wallet.deposits.tables import DepositStatus
from models.wallet.errors import WalletErrorCode
from models.wallet.tables import WALLET_HOLDERS, LotKind
from models.wallet.topups.tables import TopUpStatus

MAX_DAYS = 366
AWAITING_DEPOSITS = (DepositStatus.DECLARED, DepositStatus.AWAITING_SECOND_APPROVAL)
AWAITING_CASH_OUTS = (CashOutStatus.REQUESTED,)


@dataclass(slots=True, frozen=True)
class Tally:
    """How many, and their amount in rials."""

    count: int
    amount: int


@dataclass(slots=True, frozen=True)
class DayTally:
    """How many on one Tehran day, and their amount in rials."""

    day: date
    count: int
    amount: int


@dataclass(slots=True, frozen=True)
class Window:
    """The last `days` Tehran days up to the one `now` falls on: their first and last day, and
    the instants they begin and end at (the end exclusive)."""

    first_day: date
    last_day: date
    since: datetime
    until: datetime

    @classmethod
    def ending_at(cls, now: datetime, days: int) -> Window:
        if not 1 <= days <= MAX_DAYS:
            raise ValidationFailed(WalletErrorCode.INVALID_DAYS, f"days must be 1 to {MAX_DAYS}",
                                   field="days")
        last_day = now.astimezone(TEHRAN).date()
        first_day = last_day - timedelta(days=days - 1)
        return cls(first_day=first_day, last_day=last_day,
                   since=datetime.combine(first_day, time(), TEHRAN),
                   until=datetime.combine(last_day + timedelta(days=1), time(), TEHRAN))


async def _tally(table: str, statuses: tuple[str, ...]) -> Tally:
    # `table` is one of this module's constants, never a caller's text.
    rows = await connections.get("default").execute_query_dict(
        f"SELECT count(*) AS n, coalesce(sum(amount), 0) AS amount FROM {table} "
        "WHERE status = ANY($1::text[])", [[str(s) for s in statuses]])
    return Tally(count=int(rows[0]["n"]), amount=int(rows[0]["amount"]))


async def deposits_awaiting() -> Tally:
    """Deposits waiting for a first or a second approval."""
    return await _tally("wallet_deposit", AWAITING_DEPOSITS)


async def cash_outs_awaiting() -> Tally:
    """Cash-outs requested and not yet approved or rejected."""
    return await _tally("wallet_cash_out", AWAITING_CASH_OUTS)


async def outstanding_wallet_credit(*, now: datetime | None = None) -> int:
    """What every wallet together can spend at `now` (default: now), in rials."""
    rows = await connections.get("default").execute_query_dict("""
        SELECT coalesce(sum(a.credits_posted - a.debits_posted - a.debits_pending), 0) AS credit
        FROM lots_lot l JOIN ledger_account a ON a.id = l.account_id
        WHERE l.holder LIKE $3 AND l.expired_at IS NULL AND (l.kind = $1 OR l.expires_at > $2)""",
        [str(LotKind.PAID), now_or(now), WALLET_HOLDERS + "%"])
    return int(rows[0]["credit"])


# Aggregated on the rows of the window first (an index range on the time column), then laid on
# the window's every day, so a day without rows is a zero and not a gap.
_PER_DAY = """
    WITH per_day AS (
        SELECT ({at} AT TIME ZONE 'Asia/Tehran')::date AS day, count(*) AS n,
               sum(amount) AS amount
        FROM {table} WHERE {at} >= $1 AND {at} < $2 {condition}
        GROUP BY 1)
    SELECT d::date AS day, coalesce(p.n, 0) AS n, coalesce(p.amount, 0) AS amount
    FROM generate_series($3::date, $4::date, interval '1 day') AS d
    LEFT JOIN per_day p ON p.day = d::date
    ORDER BY 1
"""


async def _per_day(window: Window, *, table: str, at: str, condition: str = "",
                   arguments: tuple[object, ...] = ()) -> list[DayTally]:
    # The names put into the SQL are this module's constants, never a caller's text.
    sql = _PER_DAY.format(table=table, at=at, condition=condition)
    rows = await connections.get("default").execute_query_dict(
        sql, [window.since, window.until, window.first_day, window.last_day, *arguments])
    return [DayTally(day=r["day"], count=int(r["n"]), amount=int(r["amount"])) for r in rows]


async def payments_by_day(days: int, *, now: datetime | None = None) -> list[DayTally]:
    """Wallet payments on each of the last `days` Tehran days (today included), oldest first."""
    return await _per_day(Window.ending_at(now_or(now), days), table="wallet_spend",
                          at="created_at")


async def top_ups_by_day(days: int, *, now: datetime | None = None) -> list[DayTally]:
    """Online top-ups credited on each of the last `days` Tehran days (today included), oldest
    first."""
    return await _per_day(Window.ending_at(now_or(now), days), table="wallet_topup",
                          at="completed_at", condition="AND status = $5",
                          arguments=(str(TopUpStatus.CREDITED),))
