"""A member's statistics in a club (`models.loyalty.stats`): kept exact by each commit and each
return, in the windows of the club's calendar, never recomputed."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from models.loyalty.codes import EffectKind
from models.loyalty.purchases import commit_purchase
from models.loyalty.returns import ReturnRequest, return_purchase, void_purchase
from models.loyalty.stats import member_figures
from models.loyalty.stats_tables import MemberDayStats
from tests.loyalty.purchases.conftest import Shop, committed_id, reward

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


async def _figures(shop: Shop, member: int = 0, at: datetime = NOW) -> dict[Any, tuple[int, ...]]:
    found = await member_figures(shop.club, shop.members[member].id, at)
    return {w.days: (w.purchases, w.spend, w.points_earned) for w in found.windows}


async def test_a_purchase_counts_in_every_window_with_its_spend_and_points(
        shop: Shop, clean_ledger: None) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 1_000))
    await commit_purchase(shop.request(50_000), evaluator=shop.rules, now=NOW)
    assert await _figures(shop) == {30: (1, 50_000, 50), 90: (1, 50_000, 50),
                                    365: (1, 50_000, 50), None: (1, 50_000, 50)}


async def test_the_windows_roll_with_the_clubs_days(shop: Shop, clean_ledger: None) -> None:
    await commit_purchase(shop.request(10_000), evaluator=shop.rules,
                          now=NOW - timedelta(days=40))
    await commit_purchase(shop.request(20_000), evaluator=shop.rules,
                          now=NOW - timedelta(days=200))
    await commit_purchase(shop.request(30_000), evaluator=shop.rules, now=NOW)
    assert await _figures(shop) == {30: (1, 30_000, 0), 90: (2, 40_000, 0),
                                    365: (3, 60_000, 0), None: (3, 60_000, 0)}


async def test_a_partial_return_lowers_spend_and_points_but_keeps_the_purchase(
        shop: Shop, clean_ledger: None) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 100))
    bought = await commit_purchase(shop.request(40_000), evaluator=shop.rules, now=NOW)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(bought), "r1",
                                        amount=10_000), now=NOW)
    assert (await _figures(shop))[30] == (1, 30_000, 75)


async def test_a_full_return_takes_the_purchase_out_of_counts_and_last_purchase(
        shop: Shop, clean_ledger: None) -> None:
    earlier = NOW - timedelta(days=3)
    await commit_purchase(shop.request(5_000), evaluator=shop.rules, now=earlier)
    bought = await commit_purchase(shop.request(40_000), evaluator=shop.rules, now=NOW)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(bought), "all"), now=NOW)
    figures = await member_figures(shop.club, shop.members[0].id, NOW)
    assert figures.window(None).purchases == 1 and figures.window(None).spend == 5_000
    assert figures.last_purchase_at == earlier


async def test_a_void_takes_the_purchase_out(shop: Shop, clean_ledger: None) -> None:
    bought = await commit_purchase(shop.request(40_000), evaluator=shop.rules, now=NOW)
    await void_purchase(shop.club.id, committed_id(bought), "v", now=NOW)
    figures = await member_figures(shop.club, shop.members[0].id, NOW)
    assert figures.window(30).purchases == 0 and figures.window(None).spend == 0
    assert figures.last_purchase_at is None


async def test_a_return_changes_the_day_of_the_purchase_not_of_the_return(
        shop: Shop, clean_ledger: None) -> None:
    old = NOW - timedelta(days=100)
    bought = await commit_purchase(shop.request(40_000), evaluator=shop.rules, now=old)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(bought), "r",
                                        amount=15_000), now=NOW)
    assert (await _figures(shop))[30] == (0, 0, 0)
    assert (await _figures(shop))[365] == (1, 25_000, 0)


async def test_statistics_are_exact_after_concurrent_purchases_and_returns(
        shop: Shop, clean_ledger: None) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 7))
    first = [await commit_purchase(shop.request(10_000), evaluator=shop.rules, now=NOW)
             for _ in range(7)]
    more = [commit_purchase(shop.request(3_000 + n), evaluator=shop.rules, now=NOW)
            for n in range(12)]
    returns = [return_purchase(ReturnRequest(shop.club.id, committed_id(o), f"r{n}",
                                             amount=4_000), now=NOW)
               for n, o in enumerate(first[:6])]
    void = void_purchase(shop.club.id, committed_id(first[6]), "v", now=NOW)
    await asyncio.gather(*more, *returns, void)
    spend = 6 * 6_000 + sum(3_000 + n for n in range(12))
    points = 6 * (7 - 2) + 12 * 7  # a return of 4/10 takes back 2 of 7 points (rounded down)
    assert await _figures(shop) == {days: (18, spend, points) for days in (30, 90, 365, None)}
    rows = await MemberDayStats.filter(club_id=shop.club.id)
    assert sum(row.spend for row in rows) == spend
