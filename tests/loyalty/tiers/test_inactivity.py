"""Down one tier after the club's days without a purchase, never within the grace after a
change, with one notice before it (`models.loyalty.tiers.review_tiers`); each run safe twice."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from models.loyalty import tiers
from models.loyalty.purchases import commit_purchase
from models.loyalty.tier_tables import MemberTier
from models.loyalty.tiers import review_tiers
from models.notify.tables import EmailMessage
from tests.loyalty.purchases.conftest import Shop
from tests.loyalty.tiers.conftest import NOW, PLATFORM, reasons, set_policy, tier_id, tier_name


def days(n: float) -> timedelta:
    return timedelta(days=n)


async def _gold(shop: Shop) -> None:
    """Member 0 bought their way to Gold at NOW."""
    await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOW)
    assert await tier_name(shop) == "Gold"


async def _notices(shop: Shop) -> list[EmailMessage]:
    return await EmailMessage.filter(
        key__startswith=f"loyalty:tier_notice:{shop.club.id}:").order_by("id")


async def test_a_member_without_a_purchase_past_the_days_goes_down_one_tier(
        shop: Shop, clean_ledger: None) -> None:
    await set_policy(shop, after=30)
    await _gold(shop)
    assert (await review_tiers(now=NOW + days(29))).downgraded == 0
    assert await tier_name(shop) == "Gold"
    assert (await review_tiers(now=NOW + days(30))).downgraded == 1
    assert await tier_name(shop) == "Silver"
    assert await reasons(shop) == ["purchase", "inactivity"]


async def test_no_downgrade_inside_the_grace(shop: Shop, clean_ledger: None) -> None:
    await set_policy(shop, after=30, grace=60)
    await _gold(shop)
    await review_tiers(now=NOW + days(45))
    assert await tier_name(shop) == "Gold"
    await review_tiers(now=NOW + days(60))
    assert await tier_name(shop) == "Silver"


async def test_the_next_tier_down_waits_for_another_spell_without_purchases(
        shop: Shop, clean_ledger: None) -> None:
    await set_policy(shop, after=30)
    await _gold(shop)
    await review_tiers(now=NOW + days(30))
    await review_tiers(now=NOW + days(31))
    assert await tier_name(shop) == "Silver"
    await review_tiers(now=NOW + days(60))
    assert await tier_name(shop) is None


async def test_a_purchase_restarts_the_days(shop: Shop, clean_ledger: None) -> None:
    await set_policy(shop, after=30)
    await _gold(shop)
    await commit_purchase(shop.request(1_000), evaluator=shop.rules, now=NOW + days(20))
    await review_tiers(now=NOW + days(31))
    assert await tier_name(shop) == "Gold"


async def test_a_club_without_downgrades_keeps_its_members_tiers(
        shop: Shop, clean_ledger: None) -> None:
    await set_policy(shop, after=None)
    await _gold(shop)
    assert await review_tiers(now=NOW + days(3000)) == tiers.Review(0, 0)
    assert await tier_name(shop) == "Gold"


async def test_one_notice_goes_out_the_notice_days_before(shop: Shop,
                                                          clean_ledger: None) -> None:
    await set_policy(shop, after=30, notice=7)
    await _gold(shop)
    await review_tiers(now=NOW + days(22))
    assert await _notices(shop) == []
    assert (await review_tiers(now=NOW + days(23))).noticed == 1
    await review_tiers(now=NOW + days(25))
    [notice] = await _notices(shop)
    assert notice.template == "loyalty_tier_notice"
    assert notice.customer_id == shop.members[0].customer_id
    assert await tier_name(shop) == "Gold"
    await review_tiers(now=NOW + days(30))
    assert await tier_name(shop) == "Silver"
    assert len(await _notices(shop)) == 1


async def test_a_member_never_told_is_told_first_and_goes_down_a_notice_later(
        shop: Shop, clean_ledger: None) -> None:
    await set_policy(shop, after=30, notice=7)
    await _gold(shop)
    assert await review_tiers(now=NOW + days(40)) == tiers.Review(noticed=1, downgraded=0)
    await review_tiers(now=NOW + days(46))
    assert await tier_name(shop) == "Gold"
    await review_tiers(now=NOW + days(47))
    assert await tier_name(shop) == "Silver"


async def test_a_purchase_after_the_notice_withdraws_it(shop: Shop, clean_ledger: None) -> None:
    await set_policy(shop, after=30, notice=7)
    await _gold(shop)
    await review_tiers(now=NOW + days(24))
    await commit_purchase(shop.request(1_000), evaluator=shop.rules, now=NOW + days(26))
    state = await MemberTier.get(member_id=shop.members[0].id)
    assert state.downgrade_noticed_at is None
    await review_tiers(now=NOW + days(31))
    assert await tier_name(shop) == "Gold"


async def test_two_reviews_at_once_move_a_member_down_once(shop: Shop,
                                                           clean_ledger: None) -> None:
    await set_policy(shop, after=30)
    await _gold(shop)
    done = await asyncio.gather(*(review_tiers(now=NOW + days(31)) for _ in range(3)))
    assert sum(d.downgraded for d in done) == 1
    assert await tier_name(shop) == "Silver"


async def test_a_manual_change_restarts_the_grace(shop: Shop, clean_ledger: None) -> None:
    await set_policy(shop, after=30, grace=45)
    await _gold(shop)
    await tiers.set_member_tier(PLATFORM, shop.members[0].id,
                                await tier_id(shop, "Platinum"), now=NOW + days(10))
    await review_tiers(now=NOW + days(50))
    assert await tier_name(shop) == "Platinum"
    await review_tiers(now=NOW + days(55))
    assert await tier_name(shop) == "Gold"
