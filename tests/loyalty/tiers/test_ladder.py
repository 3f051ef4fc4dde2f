"""The ladder a manager sets (one figure, thresholds rising with rank), the policy, a manager's
change, the rules' tier clauses, and the periodic actor (`models.loyalty.tiers`)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from models.errors import DomainError, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffRole
from models.loyalty import tiers
from models.loyalty.conditions import InvalidCondition, compile_condition, condition_facts
from models.loyalty.purchases import commit_purchase
from models.loyalty.tables import Member
from models.loyalty.tier_tables import TierBasis, TierChangeReason
from models.loyalty.tiers import Policy, TierSpec
from tests.actors import body_of
from tests.loyalty.purchases.conftest import Shop
from tests.loyalty.rules.conftest import TEHRAN, purchase
from tests.loyalty.tiers.conftest import (
    LADDER,
    NOW,
    PLATFORM,
    set_policy,
    tier_id,
    tier_name,
)
from workers.actors.loyalty import review_loyalty_tiers


async def _refused(specs: list[TierSpec], shop: Shop) -> DomainError:
    with pytest.raises(DomainError) as refused:
        await tiers.set_ladder(PLATFORM, shop.club.id, specs)
    return refused.value


async def test_thresholds_must_rise_strictly_with_rank(shop: Shop) -> None:
    error = await _refused([TierSpec("Silver", 100), TierSpec("Gold", 100)], shop)
    assert (error.code, error.field) == ("invalid_tier_ladder", "tiers[1].threshold")


async def test_a_ladder_counts_one_figure(shop: Shop) -> None:
    error = await _refused([TierSpec("Silver", 100),
                            TierSpec("Gold", 200, basis=TierBasis.POINTS_EARNED)], shop)
    assert (error.code, error.field) == ("invalid_tier_ladder", "tiers[1].basis")
    error = await _refused([TierSpec("Silver", 100, window_days=30),
                            TierSpec("Gold", 200, window_days=90)], shop)
    assert error.code == "invalid_tier_ladder"


@pytest.mark.parametrize(("spec", "field"), [
    (TierSpec("", 100), "tiers[0].name"),
    (TierSpec("Silver", 100, window_days=60), "tiers[0].windowDays"),
    (TierSpec("Silver", 100, points_multiplier_permille=999), "tiers[0].pointsMultiplierPermille"),
    (TierSpec("Silver", -1), "tiers[0].threshold"),
])
async def test_a_bad_tier_is_refused_naming_it(shop: Shop, spec: TierSpec, field: str) -> None:
    error = await _refused([spec], shop)
    assert (error.code, error.field) == ("invalid_tier_ladder", field)


async def test_a_refused_ladder_changes_nothing(shop: Shop) -> None:
    before = [(t.id, t.name, t.threshold) for t in await tiers.ladder(shop.club.id)]
    await _refused([TierSpec("Silver", 100), TierSpec("Gold", 50)], shop)
    assert [(t.id, t.name, t.threshold) for t in await tiers.ladder(shop.club.id)] == before


async def test_a_new_ladder_keeps_the_tiers_it_names_and_their_members(shop: Shop) -> None:
    await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOW)
    silver, gold = await tier_id(shop, "Silver"), await tier_id(shop, "Gold")
    await tiers.set_ladder(PLATFORM, shop.club.id, [
        TierSpec("Bronze", 50_000), TierSpec("Silver", 200_000, id=silver),
        TierSpec("Gold", 400_000, id=gold, points_multiplier_permille=1200)])
    found = [(t.rank, t.name, t.id == gold) for t in await tiers.ladder(shop.club.id)]
    assert found == [(1, "Bronze", False), (2, "Silver", False), (3, "Gold", True)]
    assert await tier_name(shop) == "Gold"


async def test_a_tier_with_members_cannot_leave_the_ladder(shop: Shop) -> None:
    await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOW)
    error = await _refused([TierSpec("Silver", 100_000, id=await tier_id(shop, "Silver"))], shop)
    assert error.code == "tier_in_use"
    assert len(await tiers.ladder(shop.club.id)) == 3


async def test_a_bad_policy_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await tiers.set_policy(PLATFORM, shop.club.id, Policy(0, 0, 0))
    assert (refused.value.code, refused.value.field) == ("invalid_tier_policy",
                                                         "downgradeAfterDays")
    assert await tiers.policy_of(shop.club.id) == Policy()


async def test_another_clubs_staff_cannot_set_the_ladder_nor_move_a_member(shop: Shop) -> None:
    other = await create_partner("Other club owner", PartnerKind.CLUB_OWNER)
    outsider = Identity(kind=CallerKind.PARTNER_STAFF, name="outsider", staff_id=99,
                        partner_id=other.id, role=StaffRole.ADMIN)
    with pytest.raises(NotFound) as refused:
        await tiers.set_ladder(outsider, shop.club.id, LADDER)
    assert refused.value.code == "club_not_found"
    with pytest.raises(NotFound) as refused:
        await tiers.set_member_tier(outsider, shop.members[0].id, None)
    assert refused.value.code == "member_not_found"
    assert await tier_name(shop) is None


async def test_a_manager_cannot_put_a_member_in_another_clubs_tier(shop: Shop) -> None:
    with pytest.raises(NotFound) as refused:
        await tiers.set_member_tier(PLATFORM, shop.members[0].id, 999_999)
    assert refused.value.code == "tier_not_found"


async def test_members_by_tier_counts_each_tier_and_those_in_none(shop: Shop) -> None:
    await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOW)
    counts = [(c.tier.name if c.tier else None, c.members)
              for c in await tiers.members_by_tier(shop.club.id)]
    assert counts == [("Silver", 0), ("Gold", 1), ("Platinum", 0), (None, 1)]


async def test_member_tier_view_shows_the_way_to_the_next_tier(shop: Shop) -> None:
    await set_policy(shop, after=30)
    await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOW)
    view = await tiers.member_tier_view(PLATFORM, shop.members[0].id, now=NOW)
    assert view.tier is not None and view.tier.name == "Gold"
    assert view.next_tier is not None and view.next_tier.name == "Platinum"
    assert (view.figure, view.needed, view.since) == (600_000, 400_000, NOW)
    assert view.downgrade_due_at == NOW + timedelta(days=30)


async def test_the_periodic_actor_moves_inactive_members_down(shop: Shop,
                                                              monkeypatch: Any) -> None:
    await set_policy(shop, after=30)
    await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOW)
    monkeypatch.setattr(tiers, "now_or", lambda moment: moment or NOW.replace(month=8))
    await body_of(review_loyalty_tiers)()
    assert await tier_name(shop) == "Silver"


def _holds(condition: dict[str, Any], **facts: Any) -> bool:
    compiled = compile_condition(condition)
    return compiled.test(condition_facts(replace(purchase(), **facts), TEHRAN))


def test_a_rule_can_ask_for_tiers_by_id() -> None:
    condition = {"all": [{"field": "tier", "op": "in", "value": [7, 8]}]}
    assert _holds(condition, tier_id=7, tier_rank=2)
    assert not _holds(condition, tier_id=9, tier_rank=3)
    assert not _holds(condition)


@pytest.mark.parametrize(("op", "ranks"), [("gte", [2, 3]), ("lte", [0, 1, 2]), ("eq", [2])])
def test_a_rule_can_ask_for_a_tier_rank(op: str, ranks: list[int]) -> None:
    condition = {"all": [{"field": "tier_rank", "op": op, "value": 2}]}
    assert [rank for rank in range(4) if _holds(condition, tier_rank=rank)] == ranks


def test_the_rule_engine_text_of_a_tier_rank_clause_agrees() -> None:
    import rule_engine

    from models.loyalty.conditions import engine_context

    compiled = compile_condition({"all": [{"field": "tier_rank", "op": "eq", "value": 2},
                                          {"field": "tier", "op": "not_in", "value": [5]}]})
    engine = rule_engine.Rule(compiled.expression, context=engine_context())
    for rank, tier in ((2, 4), (2, 5), (1, 4)):
        view = condition_facts(replace(purchase(), tier_rank=rank, tier_id=tier), TEHRAN)
        assert engine.matches(view) == compiled.test(view)


def test_a_tier_rank_must_be_a_whole_number() -> None:
    with pytest.raises(InvalidCondition) as refused:
        compile_condition({"all": [{"field": "tier_rank", "op": "gte", "value": "2"}]})
    assert refused.value.field == "condition.all[0].value"



async def test_a_ladder_dropping_a_tier_waits_for_a_member_moving_into_it(shop: Shop) -> None:
    """The move holds the tier's row: the new ladder, which locks the tiers it drops before it
    counts their members, then finds the member in it and is refused."""
    gold = await tier_id(shop, "Gold")
    silver = await tier_id(shop, "Silver")
    moved = asyncio.Event()

    async def move() -> None:
        async with in_transaction():
            member = await Member.select_for_update().get(club_id=shop.club.id,
                                                          id=shop.members[0].id)
            ladder = await tiers.ladder(shop.club.id)
            await tiers._change(shop.club.id, member, ladder, next(
                t for t in ladder if t.id == gold), TierChangeReason.MANUAL, NOW)
            moved.set()
            await asyncio.sleep(0.3)  # the new ladder is sent meanwhile

    async def drop_gold() -> None:
        await moved.wait()
        await tiers.set_ladder(PLATFORM, shop.club.id, [TierSpec("Silver", 100_000, id=silver)])

    results = await asyncio.gather(move(), drop_gold(), return_exceptions=True)
    assert isinstance(results[1], DomainError) and results[1].code == "tier_in_use"
    assert await tier_name(shop) == "Gold"
