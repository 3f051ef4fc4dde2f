"""A member's purchase statistics in a club, kept exact as purchases and returns commit: each
commit and each return changes the member's lifetime row and the row of the purchase's day by
what it changed, in its own transaction under the member's lock (`standing`), so the figures are
never recomputed from the purchases and never lose an update.

- A purchase counts while it stands: a void, or a return of all that was left of it, takes it
  out of the counts (and out of first and last purchase, found again among those that stand).
- Spend is what was bought net of what was returned; points earned are those the purchases'
  rules granted net of those returns took back (never the balance, which spending lowers).
- The rolling windows (30, 90 and 365 days, and lifetime) sum the day rows: a day is the
  purchase's day in the club's timezone, and a return changes the day of the purchase it
  returns, not the day of the return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tortoise import connections

from models.loyalty.codes import PurchaseState
from models.loyalty.notices import PurchaseCommitted, PurchaseReturned
from models.loyalty.stats_tables import MemberDayStats, MemberStats
from models.loyalty.tables import Club, Purchase

WINDOWS = (30, 90, 365)


def club_day(club: Club, at: datetime) -> date:
    """The day of the club's calendar `at` falls on."""
    return at.astimezone(ZoneInfo(club.timezone)).date()


async def _add(club_id: int, member_id: int, day: date, purchases: int, spend: int,
               points: int) -> None:
    conn = connections.get("default")
    await conn.execute_query(
        "INSERT INTO loyalty_member_day_stats (club_id, member_id, day, purchases, spend, "
        "points_earned) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (club_id, member_id, day) "
        "DO UPDATE SET purchases = loyalty_member_day_stats.purchases + EXCLUDED.purchases, "
        "spend = loyalty_member_day_stats.spend + EXCLUDED.spend, "
        "points_earned = loyalty_member_day_stats.points_earned + EXCLUDED.points_earned",
        [club_id, member_id, day, purchases, spend, points])


async def record_purchase(notice: PurchaseCommitted) -> int:
    """Count a committed purchase (inside its transaction, the member locked); answers the
    member's count of standing purchases with it."""
    club_id, member_id = notice.club.id, notice.member.id
    await _add(club_id, member_id, club_day(notice.club, notice.at), 1, notice.amount,
               notice.points_earned)
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        "INSERT INTO loyalty_member_stats (club_id, member_id, purchases, spend, points_earned, "
        "first_purchase_at, last_purchase_at) VALUES ($1, $2, 1, $3, $4, $5, $5) "
        "ON CONFLICT (club_id, member_id) DO UPDATE SET "
        "purchases = loyalty_member_stats.purchases + 1, "
        "spend = loyalty_member_stats.spend + EXCLUDED.spend, "
        "points_earned = loyalty_member_stats.points_earned + EXCLUDED.points_earned, "
        "first_purchase_at = LEAST(loyalty_member_stats.first_purchase_at, "
        "EXCLUDED.first_purchase_at), "
        "last_purchase_at = GREATEST(loyalty_member_stats.last_purchase_at, "
        "EXCLUDED.last_purchase_at) RETURNING purchases",
        [club_id, member_id, notice.amount, notice.points_earned, notice.at])
    count: int = rows[0]["purchases"]
    return count


async def record_return(notice: PurchaseReturned) -> None:
    """Take a return out of the figures (inside its transaction, the member locked): its amount
    and the points it took back, and the purchase itself once nothing of it stands."""
    club_id, member_id = notice.club.id, notice.member.id
    gone = notice.is_void or notice.returned_total >= notice.purchase_amount
    await _add(club_id, member_id, club_day(notice.club, notice.purchased_at),
               -1 if gone else 0, -notice.amount, -notice.points_reversed)
    stats = await MemberStats.get(club_id=club_id, member_id=member_id)
    stats.purchases -= 1 if gone else 0
    stats.spend -= notice.amount
    stats.points_earned -= notice.points_reversed
    fields = ["purchases", "spend", "points_earned"]
    if gone:
        standing = Purchase.filter(club_id=club_id, member_id=member_id).exclude(
            id=notice.purchase_id).filter(
            state__in=[PurchaseState.COMMITTED, PurchaseState.PARTLY_RETURNED])
        first = await standing.order_by("occurred_at").first()
        last = await standing.order_by("-occurred_at").first()
        stats.first_purchase_at = first.occurred_at if first else None
        stats.last_purchase_at = last.occurred_at if last else None
        fields += ["first_purchase_at", "last_purchase_at"]
    await stats.save(update_fields=fields)


@dataclass(frozen=True, slots=True)
class Window:
    """A member's figures over the last `days` days (None: lifetime)."""

    days: int | None
    purchases: int
    spend: int
    points_earned: int


@dataclass(frozen=True, slots=True)
class MemberFigures:
    first_purchase_at: datetime | None
    last_purchase_at: datetime | None
    windows: tuple[Window, ...]  # 30, 90, 365 days, then lifetime

    def window(self, days: int | None) -> Window:
        return next(w for w in self.windows if w.days == days)


async def member_figures(club: Club, member_id: int, at: datetime) -> MemberFigures:
    """A member's figures as of `at`: the windows end with the club's day of `at` (included)."""
    today = club_day(club, at)
    rows = await MemberDayStats.filter(
        club_id=club.id, member_id=member_id,
        day__gt=today - timedelta(days=max(WINDOWS))).values(
        "day", "purchases", "spend", "points_earned")
    windows = []
    for days in WINDOWS:
        inside = [r for r in rows if today - timedelta(days=days) < r["day"] <= today]
        windows.append(Window(days, sum(r["purchases"] for r in inside),
                              sum(r["spend"] for r in inside),
                              sum(r["points_earned"] for r in inside)))
    lifetime = await MemberStats.get_or_none(club_id=club.id, member_id=member_id)
    windows.append(Window(None, lifetime.purchases if lifetime else 0,
                          lifetime.spend if lifetime else 0,
                          lifetime.points_earned if lifetime else 0))
    return MemberFigures(lifetime.first_purchase_at if lifetime else None,
                         lifetime.last_purchase_at if lifetime else None, tuple(windows))
