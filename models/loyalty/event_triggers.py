"""What sets off the event rules (`models.loyalty.event_rules.fire`): the domain events the club's
parts and billing emit (each through a subscription its actor delivers, at least once; the
occurrence's key makes a second delivery give nothing), and the daily job for what no change
announces: birthdays, anniversaries of enrolment, inactivity.

The daily job (`run_daily`, with an explicit `now` for tests) reads the day in each club's
timezone: members born on this day and month (those born on 29 February on 28 February of
other years), members enrolled on this day and month of an earlier year, and members with no
purchase (or enrolment) for at least an inactivity rule's days, once per spell of inactivity
(the spell is named by when it began). Running it again the same day gives nothing twice."""

from __future__ import annotations

import calendar
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import connections

from models.billing.events import OrderPaid
from models.clock import now_or
from models.domain_events.outbox import subscribe
from models.loyalty.codes import RuleStatus, Trigger
from models.loyalty.event_rules import Occurrence, event_rules, fire
from models.loyalty.events import (
    MemberEnrolled,
    MemberProfileCompleted,
    PurchaseCommitted,
    TierChanged,
)
from models.loyalty.tables import Club, Member, Rule, RuleVersion

log = logging.getLogger(__name__)

ON_ENROLLED = subscribe(MemberEnrolled, "loyalty.event_rules_on_enrolment")
ON_PROFILE = subscribe(MemberProfileCompleted, "loyalty.event_rules_on_profile")
ON_PURCHASE = subscribe(PurchaseCommitted, "loyalty.event_rules_on_purchase")
ON_TIER = subscribe(TierChanged, "loyalty.event_rules_on_tier_change")
ON_ORDER_PAID = subscribe(OrderPaid, "loyalty.event_rules_on_order_paid")

DAILY_TRIGGERS = (Trigger.BIRTHDAY, Trigger.ANNIVERSARY, Trigger.INACTIVITY)
PAGE = 1_000  # members read at a time


async def on_enrolled(enrolled: MemberEnrolled, event_id: int) -> None:
    await fire(enrolled.club_id, enrolled.member_id,
               Occurrence(Trigger.ENROLLED, "enrolled", now_or(None)))


async def on_profile_completed(completed: MemberProfileCompleted, event_id: int) -> None:
    await fire(completed.club_id, completed.member_id,
               Occurrence(Trigger.PROFILE_COMPLETE, "profile", now_or(None)))


async def on_purchase(purchase: PurchaseCommitted, event_id: int) -> None:
    """The member's first purchase, and their N-th (`nth` counts the purchases that stand)."""
    key, at = f"purchase:{purchase.purchase_id}", now_or(None)
    if purchase.nth == 1:
        await fire(purchase.club_id, purchase.member_id,
                   Occurrence(Trigger.FIRST_PURCHASE, key, at))
    await fire(purchase.club_id, purchase.member_id,
               Occurrence(Trigger.NTH_PURCHASE, key, at, nth=purchase.nth))


async def on_tier_changed(changed: TierChanged, event_id: int) -> None:
    await fire(changed.club_id, changed.member_id,
               Occurrence(Trigger.TIER_CHANGED, f"tier:{event_id}", now_or(None)))


async def on_order_paid(paid: OrderPaid, event_id: int) -> None:
    """Each membership of the order's customer (one per club of the customer's partner)."""
    members = await Member.filter(customer_id=paid.customer_id).values_list("club_id", "id")
    for club_id, member_id in sorted(members):
        await fire(club_id, member_id,
                   Occurrence(Trigger.ORDER_PAID, f"order:{paid.order_id}:{paid.period}",
                              now_or(None), amount=paid.amount))


@dataclass(slots=True)
class DailyRun:
    """How many grants the daily job made, by trigger."""

    granted: dict[Trigger, int] = field(default_factory=dict)

    def add(self, trigger: Trigger, count: int) -> None:
        if count:
            self.granted[trigger] = self.granted.get(trigger, 0) + count


def same_day_days(today: date) -> list[int]:
    """The days of `today`'s month whose birthdays fall today: 29 February's on 28 February of
    a year without one."""
    if today.month == 2 and today.day == 28 and not calendar.isleap(today.year):
        return [28, 29]
    return [today.day]


# Each query answers a page of members (ids above `$2`, at most `$3`) that rule `$4` has not
# given for the occurrence yet; members its condition leaves out come back each run, so the
# job pages through them all rather than stopping at the first page.
_NOT_GIVEN = """
      AND NOT EXISTS (SELECT 1 FROM loyalty_event_grant g
                      WHERE g.club_id = m.club_id AND g.rule_id = $4 AND g.member_id = m.id
                        AND g.event_key = {key})
"""
_BIRTHDAYS = """
    SELECT m.id FROM loyalty_member m
    WHERE m.club_id = $1 AND m.id > $2 AND m.birth_date IS NOT NULL
      AND EXTRACT(MONTH FROM m.birth_date) = $5 AND EXTRACT(DAY FROM m.birth_date) = ANY($6::int[])
""" + _NOT_GIVEN.format(key="$7") + " ORDER BY m.id LIMIT $3"
_ANNIVERSARIES = """
    SELECT m.id FROM loyalty_member m
    WHERE m.club_id = $1 AND m.id > $2 AND EXTRACT(MONTH FROM m.enrolled_at AT TIME ZONE $8) = $5
      AND EXTRACT(DAY FROM m.enrolled_at AT TIME ZONE $8) = ANY($6::int[])
      AND EXTRACT(YEAR FROM m.enrolled_at AT TIME ZONE $8) < $9
""" + _NOT_GIVEN.format(key="$7") + " ORDER BY m.id LIMIT $3"
# inactive since `since` for at least the rule's days (`$5`: the latest such `since`)
_INACTIVE = """
    SELECT m.id, COALESCE(s.last_purchase_at, m.enrolled_at) AS since
    FROM loyalty_member m
    LEFT JOIN loyalty_member_stats s ON s.club_id = m.club_id AND s.member_id = m.id
    WHERE m.club_id = $1 AND m.id > $2 AND COALESCE(s.last_purchase_at, m.enrolled_at) <= $5
""" + _NOT_GIVEN.format(
    key="'inactive:' || FLOOR(EXTRACT(EPOCH FROM COALESCE(s.last_purchase_at, "
        "m.enrolled_at)))::bigint") + " ORDER BY m.id LIMIT $3"


async def _pages(sql: str, club_id: int, rule_id: int,
                 values: list[Any]) -> AsyncIterator[list[dict[str, Any]]]:
    """The query's rows, a page at a time, by member id."""
    conn = connections.get("default")
    after = 0
    while rows := await conn.execute_query_dict(sql, [club_id, after, PAGE, rule_id, *values]):
        yield rows
        after = int(rows[-1]["id"])


async def clubs_with_daily_rules() -> list[int]:
    """Clubs with an active rule of a daily trigger (at any version: `run_daily` reads the
    current ones)."""
    active = await Rule.filter(status=RuleStatus.ACTIVE).values_list("club_id", "id")
    if not active:
        return []
    rule_ids = [rule_id for _, rule_id in active]
    rows = await RuleVersion.filter(rule_id__in=rule_ids, trigger__in=list(DAILY_TRIGGERS)) \
        .values("club_id")
    return sorted({int(row["club_id"]) for row in rows})


async def run_daily(now: datetime | None = None, club_ids: list[int] | None = None) -> DailyRun:
    """Birthdays, anniversaries and inactivity of the day, in every club with such rules."""
    at = now_or(now)
    run = DailyRun()
    for club_id in club_ids if club_ids is not None else await clubs_with_daily_rules():
        club = await Club.get_or_none(id=club_id, is_active=True)
        if club is not None:
            await _club_day(club, at, run)
    return run


async def _club_day(club: Club, at: datetime, run: DailyRun) -> None:
    tz = ZoneInfo(club.timezone)
    today = at.astimezone(tz).date()
    days = same_day_days(today)
    birthday = Occurrence(Trigger.BIRTHDAY, f"birthday:{today.year}", at, year=today.year)
    for rule in await event_rules(club, Trigger.BIRTHDAY):
        async for rows in _pages(_BIRTHDAYS, club.id, rule.compiled.rule_id,
                                 [today.month, days, birthday.event_key]):
            for row in rows:
                run.add(Trigger.BIRTHDAY, len(await fire(club.id, int(row["id"]), birthday)))
    anniversary = Occurrence(Trigger.ANNIVERSARY, f"anniversary:{today.year}", at,
                             year=today.year)
    for rule in await event_rules(club, Trigger.ANNIVERSARY):
        async for rows in _pages(_ANNIVERSARIES, club.id, rule.compiled.rule_id,
                                 [today.month, days, anniversary.event_key, club.timezone,
                                  today.year]):
            for row in rows:
                run.add(Trigger.ANNIVERSARY,
                        len(await fire(club.id, int(row["id"]), anniversary)))
    for rule in await event_rules(club, Trigger.INACTIVITY):
        latest = at - timedelta(days=rule.trigger_param or 0)
        async for rows in _pages(_INACTIVE, club.id, rule.compiled.rule_id, [latest]):
            for row in rows:
                since: datetime = row["since"]
                made = await fire(club.id, int(row["id"]), Occurrence(
                    Trigger.INACTIVITY, f"inactive:{int(since.timestamp())}", at,
                    inactive_days=(at - since).days))
                run.add(Trigger.INACTIVITY, len(made))
