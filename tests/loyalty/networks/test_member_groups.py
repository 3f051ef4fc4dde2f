"""Member groups: several members, each with their cards, share one group credit; a member pays
with it after their own credit, at most their monthly limit of it; a return gives it back to
the group's lot and lowers the month's spend; two members paying at once never overspend it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.tables import PartnerKind, StaffRole
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot, LotKind, ScopeKind
from models.loyalty import member_groups
from models.loyalty.cards import add_card, card_holder
from models.loyalty.codes import EffectKind
from models.loyalty.member_groups import balances, grant_group_credit, group_holder
from models.loyalty.network_tables import MemberGroupKind, MemberGroupSpend, MemberGroupStatus
from models.loyalty.purchases import commit_purchase, quote_purchase
from models.loyalty.returns import ReturnRequest, return_purchase
from models.loyalty.tables import Member, PurchaseEffect
from tests.loyalty.core.conftest import card
from tests.loyalty.purchases.conftest import Shop, committed_id, make_shop, reward

from .conftest import PLATFORM, family, partner_staff

DECEMBER = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
JANUARY = datetime(2027, 1, 2, 9, 0, tzinfo=UTC)


async def credit_of(shop: Shop, group_id: int) -> int:
    return (await balances(shop.club.id, [group_id]))[group_id]


async def spent(shop: Shop, group_id: int, member: int, month: str = "2026-12") -> int:
    row = await MemberGroupSpend.get_or_none(club_id=shop.club.id, group_id=group_id,
                                             member_id=shop.members[member].id, month=month)
    return int(row.spent) if row is not None else 0


async def test_group_credit_is_shared_by_two_cards(shop: Shop) -> None:
    # given two members of one family, each with a bank card, and 100,000 of group credit
    group = await family(shop.club, *shop.members)
    await grant_group_credit(PLATFORM, shop.club.id, group.id, 100_000, "g-1")
    cards = [card(body=1), card(body=2)]
    for member, number in zip(shop.members, cards, strict=True):
        await add_card(shop.club.id, member.id, number)

    # when each pays at the counter with the card they present, all from the group's credit
    paid = []
    for number, amount in zip(cards, (30_000, 50_000), strict=True):
        holder = await card_holder(shop.club.id, number)
        assert holder is not None
        found = [m.id for m in shop.members].index(holder.member_id)
        paid.append(await commit_purchase(shop.request(amount, member=found, credit=amount),
                                          evaluator=shop.rules, now=DECEMBER))

    # then both drew the one group lot, and the group's credit holds what is left
    assert [p.group_credit_used for p in paid] == [30_000, 50_000]
    assert len({d.lot_id for p in paid for d in p.draws}) == 1
    assert await credit_of(shop, group.id) == 20_000
    assert (await spent(shop, group.id, 0), await spent(shop, group.id, 1)) == (30_000, 50_000)
    assert await verify_ledger() == []


async def test_a_member_pays_with_their_own_credit_before_the_groups(shop: Shop) -> None:
    group = await family(shop.club, shop.members[0])
    await grant_group_credit(PLATFORM, shop.club.id, group.id, 100_000, "g-1")
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 10_000) if f.amount == 200_000
                   else None)
    await commit_purchase(shop.request(200_000), evaluator=shop.rules, now=DECEMBER)
    quote = await quote_purchase(shop.request(50_000, credit=25_000), evaluator=shop.rules,
                                 now=DECEMBER)
    assert quote.usable_credit == 110_000  # 10,000 of their own and 100,000 of the group's
    paid = await commit_purchase(shop.request(50_000, credit=25_000), evaluator=shop.rules,
                                 now=DECEMBER)
    assert (paid.credit_used, paid.group_credit_used) == (25_000, 15_000)
    assert sum((await shop.lots(0, LotKind.CLUB_CREDIT)).values()) == 0
    assert await credit_of(shop, group.id) == 85_000
    assert await verify_ledger() == []


async def test_the_monthly_limit_caps_what_a_member_spends_of_the_group_credit(
        shop: Shop) -> None:
    group = await family(shop.club, *shop.members, monthly_limit=40_000)
    await grant_group_credit(PLATFORM, shop.club.id, group.id, 100_000, "g-1")
    await commit_purchase(shop.request(30_000, credit=30_000), evaluator=shop.rules,
                          now=DECEMBER)
    with pytest.raises(ValidationFailed) as refused:
        await commit_purchase(shop.request(20_000, credit=20_000), evaluator=shop.rules,
                              now=DECEMBER)
    assert refused.value.code == "insufficient_credit"
    # the other member's limit is their own, and a new month starts afresh
    other = await commit_purchase(shop.request(40_000, member=1, credit=40_000),
                                  evaluator=shop.rules, now=DECEMBER)
    january = await commit_purchase(shop.request(20_000, credit=20_000), evaluator=shop.rules,
                                    now=JANUARY)
    assert (other.group_credit_used, january.group_credit_used) == (40_000, 20_000)
    assert await credit_of(shop, group.id) == 10_000
    assert await verify_ledger() == []


async def test_a_return_gives_group_credit_back_and_lowers_the_months_spend(
        shop: Shop) -> None:
    group = await family(shop.club, shop.members[0], monthly_limit=50_000)
    await grant_group_credit(PLATFORM, shop.club.id, group.id, 100_000, "g-1")
    paid = await commit_purchase(shop.request(40_000, credit=40_000), evaluator=shop.rules,
                                 now=DECEMBER)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "r-1", amount=10_000),
                          now=DECEMBER)
    assert await credit_of(shop, group.id) == 70_000
    assert await spent(shop, group.id, 0) == 30_000
    [drawn] = await PurchaseEffect.filter(purchase_id=committed_id(paid),
                                          kind=EffectKind.REDEEM_CREDIT)
    assert drawn.returned_amount == 10_000
    # what came back may be spent again within the limit
    again = await commit_purchase(shop.request(20_000, credit=20_000), evaluator=shop.rules,
                                  now=DECEMBER)
    assert again.group_credit_used == 20_000
    assert await verify_ledger() == []


async def test_two_members_paying_at_once_never_overspend_the_group_credit(
        rules: Any, db: str) -> None:
    shop = await make_shop(rules, members=8)
    group = await family(shop.club, *shop.members, monthly_limit=30_000)
    await grant_group_credit(PLATFORM, shop.club.id, group.id, 100_000, "g-1")

    async def pay(member: int, reference: str) -> int:
        try:
            out = await commit_purchase(shop.request(25_000, member=member, credit=25_000,
                                                     reference=reference),
                                        evaluator=shop.rules, now=DECEMBER)
        except ValidationFailed:
            return 0
        return out.group_credit_used

    # each member tries twice at once: the limit lets one of their two through, the credit four
    used = await asyncio.gather(*(pay(n, f"r-{n}-{k}") for n in range(8) for k in range(2)))
    assert sum(used) == 100_000
    assert await credit_of(shop, group.id) == 0
    assert max([await spent(shop, group.id, n) for n in range(8)]) <= 30_000
    assert await verify_ledger() == []


async def test_a_grant_is_made_once_per_key(shop: Shop) -> None:
    group = await family(shop.club, shop.members[0])
    assert await grant_group_credit(PLATFORM, shop.club.id, group.id, 50_000, "g-1") == 50_000
    assert await grant_group_credit(PLATFORM, shop.club.id, group.id, 50_000, "g-1") == 50_000
    with pytest.raises(Conflict) as refused:
        await grant_group_credit(PLATFORM, shop.club.id, group.id, 60_000, "g-1")
    assert refused.value.code == "idempotency_conflict"
    assert await credit_of(shop, group.id) == 50_000
    assert await verify_ledger() == []


async def test_a_grant_of_nothing_changes_nothing(shop: Shop) -> None:
    group = await family(shop.club, shop.members[0])
    with pytest.raises(ValidationFailed) as refused:
        await grant_group_credit(PLATFORM, shop.club.id, group.id, 0, "g-1")
    assert refused.value.code == "invalid_group_credit"
    assert await credit_of(shop, group.id) == 0


async def test_the_group_credit_is_a_club_lot_held_by_the_group(shop: Shop) -> None:
    group = await family(shop.club, shop.members[0])
    await grant_group_credit(PLATFORM, shop.club.id, group.id, 50_000, "g-1")
    lot = await Lot.get(holder=group_holder(group.id))
    assert (lot.club_id, lot.kind, lot.scope_kind, lot.expires_at) == (
        shop.club.id, LotKind.CLUB_CREDIT, ScopeKind.CLUB, None)


async def test_a_closed_groups_credit_pays_nothing(shop: Shop) -> None:
    group = await family(shop.club, shop.members[0])
    await grant_group_credit(PLATFORM, shop.club.id, group.id, 50_000, "g-1")
    await member_groups.update_group(PLATFORM, shop.club.id, group.id, member_groups.GroupChange(
        given=frozenset({"status"}), status=MemberGroupStatus.CLOSED))
    quote = await quote_purchase(shop.request(10_000), evaluator=shop.rules, now=DECEMBER)
    assert quote.usable_credit == 0


async def test_a_member_is_in_one_group_at_a_time(shop: Shop) -> None:
    first = await family(shop.club, shop.members[0])
    second = await family(shop.club, name="Company staff")
    with pytest.raises(Conflict) as refused:
        await member_groups.add_member(PLATFORM, shop.club.id, second.id, shop.members[0].id)
    assert refused.value.code == "member_in_another_group"
    await member_groups.remove_member(PLATFORM, shop.club.id, first.id, shop.members[0].id)
    await member_groups.add_member(PLATFORM, shop.club.id, second.id, shop.members[0].id)
    assert (await Member.get(id=shop.members[0].id)).group_id == second.id


async def test_another_clubs_staff_cannot_reach_a_group(
        shop: Shop, make_partner: Any, make_staff: Any) -> None:
    group = await family(shop.club, shop.members[0])
    stranger = await make_partner("Another owner", PartnerKind.CLUB_OWNER)
    staff, _ = await make_staff(StaffRole.OWNER, partner=stranger)
    who = partner_staff(stranger, staff, StaffRole.OWNER)
    for attempt in (
            grant_group_credit(who, shop.club.id, group.id, 50_000, "g-1"),
            member_groups.add_member(who, shop.club.id, group.id, shop.members[1].id),
            member_groups.create_group(who, shop.club.id, "Mine",
                                       MemberGroupKind.COMPANY)):
        with pytest.raises(NotFound) as refused:
            await attempt
        assert refused.value.code == "club_not_found"
    assert await credit_of(shop, group.id) == 0
    assert (await Member.get(id=shop.members[1].id)).group_id is None


async def test_a_group_pooling_rewards_takes_its_members_club_credit(shop: Shop) -> None:
    group = await family(shop.club, *shop.members)
    group.pool_rewards = True
    await group.save(update_fields=["pool_rewards"])
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 5_000))
    await commit_purchase(shop.request(100_000), evaluator=shop.rules, now=DECEMBER)
    await commit_purchase(shop.request(100_000, member=1), evaluator=shop.rules, now=DECEMBER)
    assert await credit_of(shop, group.id) == 10_000
    assert await shop.lots(0, LotKind.CLUB_CREDIT) == {}
    assert await verify_ledger() == []


async def test_a_reward_that_expires_stays_the_members_own_in_a_pooling_group(
        shop: Shop) -> None:
    group = await family(shop.club, shop.members[0])
    group.pool_rewards = True
    await group.save(update_fields=["pool_rewards"])
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 5_000, expires_at=JANUARY))
    await commit_purchase(shop.request(100_000), evaluator=shop.rules, now=DECEMBER)
    assert await credit_of(shop, group.id) == 0
    assert list((await shop.lots(0, LotKind.CLUB_CREDIT)).values()) == [5_000]


async def test_a_return_claws_a_pooled_reward_back_from_the_group(shop: Shop) -> None:
    group = await family(shop.club, *shop.members)
    group.pool_rewards = True
    await group.save(update_fields=["pool_rewards"])
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 5_000) if f.amount == 100_000
                   else None)
    bought = await commit_purchase(shop.request(100_000), evaluator=shop.rules, now=DECEMBER)
    # the other member spends 4,000 of it meanwhile: only 1,000 is left to claw back
    await commit_purchase(shop.request(4_000, member=1, credit=4_000), evaluator=shop.rules,
                          now=DECEMBER)
    returned = await return_purchase(ReturnRequest(shop.club.id, committed_id(bought), "r-1"),
                                     now=DECEMBER)
    assert await credit_of(shop, group.id) == 0
    assert returned.debt == {"IRR": 4_000}
    assert await verify_ledger() == []
