"""Up at once, never down at a purchase, back after the return of the purchase that lifted the
member; the tier's points multiplier; every change recorded and told (`models.loyalty.tiers`)."""

from __future__ import annotations

from models.domain_events.tables import DomainEventRecord
from models.loyalty import tiers
from models.loyalty.codes import EffectKind
from models.loyalty.purchases import commit_purchase, quote_purchase
from models.loyalty.returns import ReturnRequest, return_purchase
from models.loyalty.tier_tables import MemberTier, TierBasis, TierChange
from models.loyalty.tiers import TierSpec
from tests.loyalty.purchases.conftest import Shop, committed_id, reward
from tests.loyalty.rules.support import rule
from tests.loyalty.tiers.conftest import NOW, PLATFORM, RealRules, reasons, tier_id, tier_name

POINT_PER_1000 = [{"kind": "points", "per_rials": 1_000}]


async def test_a_purchase_reaching_a_threshold_upgrades_the_member_at_once(
        shop: Shop, clean_ledger: None) -> None:
    await commit_purchase(shop.request(60_000), evaluator=shop.rules, now=NOW)
    assert await tier_name(shop) is None
    await commit_purchase(shop.request(50_000), evaluator=shop.rules, now=NOW)
    assert await tier_name(shop) == "Silver"
    change = await TierChange.get(member_id=shop.members[0].id)
    assert (change.reason, change.at, change.from_tier_id) == ("purchase", NOW, None)
    assert (await MemberTier.get(member_id=shop.members[0].id)).since == NOW


async def test_one_purchase_can_lift_a_member_several_tiers(shop: Shop,
                                                            clean_ledger: None) -> None:
    await commit_purchase(shop.request(1_200_000), evaluator=shop.rules, now=NOW)
    assert await tier_name(shop) == "Platinum"
    assert await reasons(shop) == ["purchase"]


async def test_a_purchase_never_moves_a_member_down(shop: Shop, clean_ledger: None) -> None:
    await tiers.set_member_tier(PLATFORM, shop.members[0].id, await tier_id(shop, "Gold"),
                                now=NOW)
    await commit_purchase(shop.request(150_000), evaluator=shop.rules, now=NOW)
    assert await tier_name(shop) == "Gold"


async def test_a_points_ladder_counts_points_earned_not_the_balance(
        shop: Shop, clean_ledger: None) -> None:
    await tiers.set_ladder(PLATFORM, shop.club.id, [
        TierSpec("Silver", 100, basis=TierBasis.POINTS_EARNED, window_days=30),
        TierSpec("Gold", 300, basis=TierBasis.POINTS_EARNED, window_days=30)])
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 1_000))
    await commit_purchase(shop.request(200_000), evaluator=shop.rules, now=NOW)
    # spending the 200 points lowers the balance, not what was earned
    await commit_purchase(shop.request(100_000, points=200), evaluator=shop.rules, now=NOW)
    assert await shop.points() == 100
    assert await tier_name(shop) == "Gold"


async def test_the_return_of_the_lifting_purchase_takes_the_member_back(
        shop: Shop, clean_ledger: None) -> None:
    await commit_purchase(shop.request(50_000), evaluator=shop.rules, now=NOW)
    lifting = await commit_purchase(shop.request(80_000), evaluator=shop.rules, now=NOW)
    assert await tier_name(shop) == "Silver"
    await return_purchase(ReturnRequest(shop.club.id, committed_id(lifting), "r1",
                                        amount=40_000), now=NOW)
    assert await tier_name(shop) is None
    last = await TierChange.filter(member_id=shop.members[0].id).order_by("-id").first()
    assert last is not None
    assert (last.reason, last.purchase_id) == ("return", committed_id(lifting))


async def test_a_return_leaving_the_figure_above_the_threshold_keeps_the_tier(
        shop: Shop, clean_ledger: None) -> None:
    lifting = await commit_purchase(shop.request(130_000), evaluator=shop.rules, now=NOW)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(lifting), "r1",
                                        amount=20_000), now=NOW)
    assert await tier_name(shop) == "Silver"
    assert await reasons(shop) == ["purchase"]


async def test_a_return_goes_back_no_lower_than_the_tier_before_the_purchase(
        shop: Shop, clean_ledger: None) -> None:
    await tiers.set_member_tier(PLATFORM, shop.members[0].id, await tier_id(shop, "Silver"),
                                now=NOW)
    lifting = await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOW)
    assert await tier_name(shop) == "Gold"
    await return_purchase(ReturnRequest(shop.club.id, committed_id(lifting), "all"), now=NOW)
    assert await tier_name(shop) == "Silver"


async def test_returning_a_purchase_that_lifted_no_one_changes_no_tier(
        shop: Shop, clean_ledger: None) -> None:
    earlier = await commit_purchase(shop.request(90_000), evaluator=shop.rules, now=NOW)
    await commit_purchase(shop.request(20_000), evaluator=shop.rules, now=NOW)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(earlier), "all"), now=NOW)
    assert await tier_name(shop) == "Silver"


async def test_the_tier_multiplies_the_points_of_a_purchase(shop: Shop,
                                                            clean_ledger: None) -> None:
    rules = RealRules()
    rules.rules.append(rule(effects=POINT_PER_1000))
    await tiers.set_member_tier(PLATFORM, shop.members[0].id, await tier_id(shop, "Gold"),
                                now=NOW)
    quoted = await quote_purchase(shop.request(100_001), evaluator=rules, now=NOW)
    committed = await commit_purchase(shop.request(100_001), evaluator=rules, now=NOW)
    assert [r.amount for r in quoted.rewards] == [r.amount for r in committed.rewards] == [150]
    assert await shop.points() == 150


async def test_a_member_without_a_tier_earns_the_rules_points(shop: Shop,
                                                              clean_ledger: None) -> None:
    rules = RealRules()
    rules.rules.append(rule(effects=POINT_PER_1000))
    committed = await commit_purchase(shop.request(50_000), evaluator=rules, now=NOW)
    assert [r.amount for r in committed.rewards] == [50]


async def test_the_multiplier_applies_from_the_purchase_after_the_upgrade(
        shop: Shop, clean_ledger: None) -> None:
    rules = RealRules()
    rules.rules.append(rule(effects=POINT_PER_1000))
    first = await commit_purchase(shop.request(600_000), evaluator=rules, now=NOW)
    second = await commit_purchase(shop.request(10_000), evaluator=rules, now=NOW)
    assert [r.amount for r in first.rewards] == [600]
    assert [r.amount for r in second.rewards] == [15]


async def test_every_change_emits_tier_changed(shop: Shop, clean_ledger: None) -> None:
    await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOW)
    await tiers.set_member_tier(PLATFORM, shop.members[0].id, None, now=NOW)
    events = [e.payload for e in await DomainEventRecord.filter(
        kind="loyalty.tier_changed").order_by("id")]
    gold = await tier_id(shop, "Gold")
    member = shop.members[0].id
    assert events == [
        {"club_id": shop.club.id, "member_id": member, "from_tier_id": None,
         "to_tier_id": gold, "upgrade": True},
        {"club_id": shop.club.id, "member_id": member, "from_tier_id": gold,
         "to_tier_id": None, "upgrade": False}]
    assert await reasons(shop) == ["purchase", "manual"]
    manual = await TierChange.filter(member_id=member, reason="manual").first()
    assert manual is not None and manual.actor == PLATFORM.actor
