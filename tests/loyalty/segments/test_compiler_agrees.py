"""The segments' SQL agrees with the members' figures read in Python (`stats.member_figures`):
for any statistics, enrolment, tier and group of a club's members, any definition and any moment
(Tehran's day boundary included), the members the compiled query returns are those for whom the
definition holds of their figures.

Hypothesis draws synchronously, so it runs in a worker thread while the test's coroutine keeps
the event loop (where Tortoise's pool lives); each example sends its coroutine to that loop."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.loyalty.segments import (
    FIELDS,
    MemberProfile,
    check_definition,
    definition_member_ids,
    holds,
)
from models.loyalty.stats import member_figures
from models.loyalty.stats_tables import MemberDayStats, MemberStats
from models.loyalty.tables import Member
from tests.loyalty.purchases.conftest import Rules, Shop, make_shop

BASE = datetime(2026, 6, 1, 0, 0, tzinfo=UTC)
MEMBERS = 5

# The draws crowd the edges where an off-by-one would show: the windows' first and last days,
# Tehran's midnight (20:30 UTC), thresholds equal to the figures.
EDGE_DAYS = [-366, -365, -364, -91, -90, -89, -31, -30, -29, -1, 0, 1]
EDGE_MINUTES = [0, 20 * 60 + 29, 20 * 60 + 30, 20 * 60 + 31, 23 * 60 + 59]
days_back = st.sampled_from(EDGE_DAYS) | st.integers(-500, 2)
day_moments = st.tuples(days_back, st.sampled_from(EDGE_MINUTES) | st.integers(0, 24 * 60 - 1)
                        ).map(lambda pair: pair[0] * 24 * 60 + pair[1])  # minutes from BASE
moments = st.tuples(st.integers(0, 1), st.sampled_from(EDGE_MINUTES)).map(
    lambda pair: BASE + timedelta(days=pair[0], minutes=pair[1]))
amounts = st.integers(0, 3).map(lambda n: n * 1_000)
day_rows = st.dictionaries(
    days_back, st.tuples(st.integers(0, 2), amounts, amounts), max_size=6)
members = st.fixed_dictionaries({
    "days": day_rows,
    "lifetime": st.none() | st.tuples(st.integers(0, 4), amounts, amounts),
    "last": st.none() | day_moments,
    "enrolled": day_moments,
    "tier": st.sampled_from([None, 1, 2]),
    "group": st.sampled_from([None, 1, 2]),
})
EDGE_THRESHOLDS = [0, 1, 2, 3, 29, 30, 31, 89, 90, 91, 364, 365, 366, 500]


def _value(field: str, op: str) -> st.SearchStrategy[Any]:
    kind = FIELDS[field].kind
    if kind == "ids":
        return st.lists(st.sampled_from([1, 2, 3]), min_size=1, max_size=2)
    if kind == "bool":
        return st.booleans()
    if kind == "date":
        return days_back.map(lambda n: (BASE.date() + timedelta(days=n)).isoformat())
    number = {"count": st.integers(0, 6), "amount": st.integers(0, 8).map(lambda n: n * 1_000),
              "days": st.sampled_from(EDGE_THRESHOLDS)}[kind]
    if op == "between":
        return st.tuples(number, number).map(lambda pair: sorted(pair))
    return number


@st.composite
def clauses(draw: st.DrawFn) -> dict[str, Any]:
    field = draw(st.sampled_from(sorted(FIELDS)))
    op = draw(st.sampled_from(FIELDS[field].ops))
    return {"field": field, "op": op, "value": draw(_value(field, op))}


definitions = st.recursive(
    clauses(),
    lambda children: st.builds(lambda key, items: {key: items}, st.sampled_from(["all", "any"]),
                               st.lists(children, max_size=3)),
    max_leaves=6).map(lambda node: node if "all" in node or "any" in node else {"all": [node]})


async def _store(shop: Shop, drawn: list[dict[str, Any]]) -> None:
    club_id = shop.club.id
    await MemberDayStats.filter(club_id=club_id).delete()
    await MemberStats.filter(club_id=club_id).delete()
    for member, row in zip(shop.members, drawn, strict=True):
        await MemberDayStats.bulk_create([
            MemberDayStats(club_id=club_id, member_id=member.id,
                           day=BASE.date() + timedelta(days=offset), purchases=n, spend=spend,
                           points_earned=points)
            for offset, (n, spend, points) in row["days"].items()])
        if row["lifetime"] is not None:
            n, spend, points = row["lifetime"]
            last = (None if row["last"] is None
                    else BASE + timedelta(minutes=row["last"]))
            await MemberStats.create(club_id=club_id, member_id=member.id, purchases=n,
                                     spend=spend, points_earned=points,
                                     first_purchase_at=last, last_purchase_at=last)
        await Member.filter(club_id=club_id, id=member.id).update(
            enrolled_at=BASE + timedelta(minutes=row["enrolled"]), tier_id=row["tier"],
            group_id=row["group"])


async def _example(shop: Shop, drawn: list[dict[str, Any]], definition: dict[str, Any],
                   at: datetime) -> tuple[list[int], list[int]]:
    await _store(shop, drawn)
    checked = check_definition(definition)
    expected = []
    for member in await Member.filter(club_id=shop.club.id).order_by("id"):
        figures = await member_figures(shop.club, member.id, at)
        profile = MemberProfile(member.enrolled_at, member.tier_id, member.group_id)
        if holds(checked, shop.club, figures, profile, at):
            expected.append(member.id)
    return await definition_member_ids(shop.club, checked, at), expected


async def test_the_compiled_sql_agrees_with_the_python_figures(shop: Shop) -> None:
    many = await make_shop(Rules(), members=MEMBERS)
    loop = asyncio.get_running_loop()

    def run(coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=60)

    @settings(max_examples=100, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(members, min_size=MEMBERS, max_size=MEMBERS), definitions, moments)
    def agree(drawn: list[dict[str, Any]], definition: dict[str, Any], at: datetime) -> None:
        found, expected = run(_example(many, drawn, definition, at))
        assert found == expected

    await asyncio.to_thread(agree)
