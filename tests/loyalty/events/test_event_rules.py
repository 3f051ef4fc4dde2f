"""Event rules: rules whose trigger is a member's event, given once per occurrence and as often
as their frequency allows, through the same budgets as purchase rules."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, timedelta
from typing import Any

import pytest

from models.billing.events import OrderPaid
from models.identity.tables import Language
from models.lots.tables import Lot
from models.loyalty import event_triggers
from models.loyalty.codes import Trigger
from models.loyalty.evaluation import candidate_rules
from models.loyalty.event_rules import InvalidTrigger, Occurrence, fire
from models.loyalty.event_triggers import on_order_paid, on_purchase, run_daily
from models.loyalty.events import PurchaseCommitted
from models.loyalty.events_tables import EventGrant
from models.loyalty.stats_tables import MemberStats
from models.loyalty.tables import Club
from tests.loyalty.events.conftest import (
    MakeMember,
    credit_of,
    event_rule,
    points,
    points_of,
    tehran,
)

pytestmark = pytest.mark.usefixtures("clean_ledger")


async def test_a_birthday_rule_grants_once_per_year(club: Club, make_member: MakeMember) -> None:
    # given: a rule giving 100 points on a birthday, once a year, and a member born on 5 Dec
    await event_rule(club, Trigger.BIRTHDAY, points(100), frequency="year")
    born = await make_member(birth_date=date(1990, 12, 5))
    other = await make_member(birth_date=date(1990, 12, 6))
    # when: the daily job runs twice on their birthday, the next day, and a year later
    await run_daily(tehran("2026-12-05 09:00"))
    await run_daily(tehran("2026-12-05 18:00"))
    await run_daily(tehran("2026-12-06 09:00"))
    after_first_year = await points_of(born)
    await run_daily(tehran("2027-12-05 09:00"))
    # then: 100 points on the first birthday, 100 more a year later; the other member is
    # given on their own day only
    assert after_first_year == 100
    assert await points_of(born) == 200
    assert await points_of(other) == 100


async def test_members_a_condition_leaves_out_do_not_hold_up_the_others(
        club: Club, make_member: MakeMember, monkeypatch: pytest.MonkeyPatch) -> None:
    # given: a birthday rule for group 7, read a member at a time; two outsiders come first
    monkeypatch.setattr(event_triggers, "PAGE", 1)
    await event_rule(club, Trigger.BIRTHDAY, points(10), frequency="year",
                     condition={"all": [{"field": "member_group", "op": "in", "value": [7]}]})
    outsiders = [await make_member(birth_date=date(1990, 12, 5)) for _ in range(2)]
    insider = await make_member(birth_date=date(1991, 12, 5))
    insider.group_id = 7
    await insider.save(update_fields=["group_id"])
    # when: the job runs on their birthday
    await run_daily(tehran("2026-12-05 09:00"))
    # then: the member of the group was given, the others not
    assert await points_of(insider) == 10
    assert [await points_of(m) for m in outsiders] == [0, 0]


async def test_a_birthday_is_read_in_the_clubs_timezone(club: Club,
                                                        make_member: MakeMember) -> None:
    await event_rule(club, Trigger.BIRTHDAY, points(10), frequency="year")
    born = await make_member(birth_date=date(1990, 12, 5))
    # 22:00 UTC on 4 December is 01:30 on 5 December in Tehran
    await run_daily(tehran("2026-12-05 01:30").astimezone(UTC))
    assert await points_of(born) == 10


async def test_birthdays_on_20_march_are_given_every_year_as_nowruz_moves(
        club: Club, make_member: MakeMember) -> None:
    # 20 March 2024 was 1 Farvardin 1403 and 20 March 2025 was 30 Esfand 1403: two birthdays
    # in one Jalali year, each given in its own year
    await event_rule(club, Trigger.BIRTHDAY, points(10), frequency="year")
    member = await make_member(birth_date=date(1990, 3, 20))
    await run_daily(tehran("2024-03-20 10:00"))
    await run_daily(tehran("2025-03-20 10:00"))
    assert await points_of(member) == 20


async def test_a_29_february_birthday_is_kept_on_28_february_of_other_years(
        club: Club, make_member: MakeMember) -> None:
    await event_rule(club, Trigger.BIRTHDAY, points(10), frequency="year")
    leapling = await make_member(birth_date=date(2000, 2, 29))
    await run_daily(tehran("2027-02-28 10:00"))
    assert await points_of(leapling) == 10


async def test_an_anniversary_of_enrolment_grants_from_the_first_year(
        club: Club, make_member: MakeMember) -> None:
    await event_rule(club, Trigger.ANNIVERSARY, points(50), frequency="year")
    member = await make_member(enrolled_at=tehran("2025-06-10 12:00"))
    await run_daily(tehran("2025-06-10 20:00"))  # the day they joined: not an anniversary
    assert await points_of(member) == 0
    await run_daily(tehran("2026-06-10 08:00"))
    assert await points_of(member) == 50


async def test_inactivity_grants_once_per_spell(club: Club, make_member: MakeMember) -> None:
    # given: a rule for 30 days without a purchase, and a member whose last one was long ago
    await event_rule(club, Trigger.INACTIVITY, [{"kind": "club_credit", "amount": 20_000}],
                     frequency="year", frequency_limit=5, trigger_param=30)
    member = await make_member(enrolled_at=tehran("2026-01-01 10:00"))
    await MemberStats.create(club_id=club.id, member_id=member.id, purchases=1, spend=1,
                             first_purchase_at=tehran("2026-02-01 10:00"),
                             last_purchase_at=tehran("2026-02-01 10:00"))
    # when: the job runs on day 29, 31 and 40 of the spell, then after a purchase and 31 days
    await run_daily(tehran("2026-03-02 10:00"))
    assert await credit_of(member) == 0
    await run_daily(tehran("2026-03-04 10:00"))
    await run_daily(tehran("2026-03-13 10:00"))
    assert await credit_of(member) == 20_000
    await MemberStats.filter(member_id=member.id).update(
        last_purchase_at=tehran("2026-04-01 10:00"))
    await run_daily(tehran("2026-05-03 10:00"))
    # then: once for each spell
    assert await credit_of(member) == 40_000


async def test_a_duplicated_event_grants_once(club: Club, make_member: MakeMember) -> None:
    await event_rule(club, Trigger.ENROLLED, points(30))
    member = await make_member()
    occurrence = Occurrence(Trigger.ENROLLED, "enrolled", tehran("2026-12-05 10:00"))
    await fire(club.id, member.id, occurrence)
    await fire(club.id, member.id, occurrence)
    assert await points_of(member) == 30
    assert await EventGrant.filter(member_id=member.id).count() == 1


async def test_concurrent_deliveries_of_one_event_grant_once(club: Club,
                                                             make_member: MakeMember) -> None:
    await event_rule(club, Trigger.ENROLLED, points(30))
    member = await make_member()
    occurrence = Occurrence(Trigger.ENROLLED, "enrolled", tehran("2026-12-05 10:00"))
    await asyncio.gather(*(fire(club.id, member.id, occurrence) for _ in range(4)))
    assert await points_of(member) == 30


async def test_at_most_n_per_month(club: Club, make_member: MakeMember) -> None:
    # given: a point per 10,000 rials of a paid wallet order, at most twice a month
    await event_rule(club, Trigger.ORDER_PAID, [{"kind": "points", "per_rials": 10_000,
                                                 "points": 1}],
                     frequency="month", frequency_limit=2)
    member = await make_member()
    # when: three orders are paid in one month
    for order_id in (1, 2, 3):
        await on_order_paid(OrderPaid(order_id=order_id, customer_id=member.customer_id,
                                      payment_id=order_id, period=1, amount=500_000), order_id)
    # then: the first two give 50 points each
    assert await points_of(member) == 100


async def test_the_nth_purchase_and_the_first(club: Club, make_member: MakeMember) -> None:
    await event_rule(club, Trigger.FIRST_PURCHASE, points(5))
    await event_rule(club, Trigger.NTH_PURCHASE, points(70), trigger_param=3)
    member = await make_member()
    for nth in (1, 2, 3, 4):
        await on_purchase(PurchaseCommitted(club_id=club.id, member_id=member.id,
                                            purchase_id=100 + nth, merchant_id=1, amount=1,
                                            nth=nth), nth)
    assert await points_of(member) == 75


async def test_an_event_rule_draws_on_its_budget(club: Club, make_member: MakeMember) -> None:
    # given: 100 points each on enrolment, 150 points in all
    await event_rule(club, Trigger.ENROLLED, points(100), budget_total=150)
    first, second, third = [await make_member() for _ in range(3)]
    # when: three members enrol
    for member in (first, second, third):
        await fire(club.id, member.id,
                   Occurrence(Trigger.ENROLLED, "enrolled", tehran("2026-12-05 10:00")))
    # then: the budget gave 100, then what was left, then nothing
    assert [await points_of(m) for m in (first, second, third)] == [100, 50, 0]


async def test_a_condition_on_the_members_group_is_read(club: Club,
                                                        make_member: MakeMember) -> None:
    await event_rule(club, Trigger.ENROLLED, points(9),
                     condition={"all": [{"field": "member_group", "op": "in", "value": [7]}]})
    inside, outside = await make_member(), await make_member()
    inside.group_id = 7
    await inside.save(update_fields=["group_id"])
    for member in (inside, outside):
        await fire(club.id, member.id,
                   Occurrence(Trigger.ENROLLED, "enrolled", tehran("2026-12-05 10:00")))
    assert (await points_of(inside), await points_of(outside)) == (9, 0)


async def test_a_purchase_field_in_an_event_rule_is_refused(club: Club) -> None:
    with pytest.raises(InvalidTrigger) as refused:
        await event_rule(club, Trigger.BIRTHDAY, points(1), frequency="year",
                         condition={"all": [{"field": "merchant", "op": "in", "value": [1]}]})
    assert refused.value.field == "condition.all[0]"


@pytest.mark.parametrize(("given", "field"), [
    ({"frequency": ""}, "frequency"),
    ({"frequency": "once", "frequency_limit": 2}, "frequencyLimit"),
    ({"trigger_param": 3}, "triggerParam"),
    ({"effects": [{"kind": "discount", "amount": 10}]}, "effects[0].kind"),
    ({"effects": [{"kind": "club_credit", "percent_bp": 100}]}, "effects[0].percent_bp"),
])
async def test_an_event_rule_that_does_not_fit_its_trigger_is_refused(
        club: Club, given: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidTrigger) as refused:
        await event_rule(club, Trigger.BIRTHDAY, **({"effects": points(1),
                                                     "frequency": "year"} | given))
    assert refused.value.field == field


async def test_an_inactivity_rule_needs_its_days(club: Club) -> None:
    with pytest.raises(InvalidTrigger) as refused:
        await event_rule(club, Trigger.INACTIVITY, points(1), frequency="year")
    assert refused.value.field == "triggerParam"


async def test_an_event_rule_never_applies_at_a_purchase(club: Club) -> None:
    await event_rule(club, Trigger.ENROLLED, points(1))
    assert await candidate_rules(club.id, 11, tehran("2026-12-05 10:00")) == []


async def test_expiring_credit_of_an_event_rule_expires(club: Club,
                                                        make_member: MakeMember) -> None:
    await event_rule(club, Trigger.ENROLLED, [{"kind": "club_credit", "amount": 5_000,
                                               "expires_in_days": 10}])
    member = await make_member(language=Language.EN)
    at = tehran("2026-12-05 10:00")
    await fire(club.id, member.id, Occurrence(Trigger.ENROLLED, "enrolled", at))
    grant = await EventGrant.get(member_id=member.id)
    assert grant.amounts == [{"kind": "club_credit", "amount": 5_000}]
    lot = await Lot.get(holder=f"member:{member.id}")
    assert lot.expires_at == at + timedelta(days=10)
