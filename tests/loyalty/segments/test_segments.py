"""A club's segments (`models.loyalty.segments`): who they hold, as of a moment, counted and
listed by one SQL query each, and how they are saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.errors import Conflict, NotFound
from models.loyalty.purchases import commit_purchase
from models.loyalty.segment_tables import SegmentStatus
from models.loyalty.segments import (
    archive_segment,
    create_segment,
    member_segments,
    segment_member_ids,
    segment_size,
    update_segment,
)
from models.loyalty.tables import Member
from tests.loyalty.purchases.conftest import Rules, Shop, make_shop

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def clause(field: str, op: str, value: object) -> dict[str, object]:
    return {"field": field, "op": op, "value": value}


async def test_a_segment_holds_the_members_its_clauses_hold_for(shop: Shop) -> None:
    await commit_purchase(shop.request(50_000, member=0), evaluator=shop.rules, now=NOW)
    await commit_purchase(shop.request(5_000, member=1), evaluator=shop.rules,
                          now=NOW - timedelta(days=60))
    big = await create_segment(shop.club, "Big spenders",
                               {"all": [clause("spend_30", "gte", 10_000)]})
    assert await segment_member_ids(shop.club.id, big.id, NOW) == [shop.members[0].id]


async def test_a_member_without_statistics_counts_as_zeros(shop: Shop) -> None:
    quiet = await create_segment(shop.club, "Quiet", {"all": [
        clause("purchases_lifetime", "lte", 0), clause("spend_90", "between", [0, 0])]})
    assert await segment_size(shop.club.id, quiet.id, NOW) == 3


async def test_days_since_last_purchase_holds_for_no_one_who_never_purchased(
        shop: Shop) -> None:
    await commit_purchase(shop.request(5_000, member=1), evaluator=shop.rules,
                          now=NOW - timedelta(days=60))
    lapsed = await create_segment(shop.club, "Lapsed", {"all": [
        clause("days_since_last_purchase", "gte", 30)]})
    never = await create_segment(shop.club, "Never", {"all": [
        clause("never_purchased", "is", True)]})
    assert await segment_member_ids(shop.club.id, lapsed.id, NOW) == [shop.members[1].id]
    assert await segment_member_ids(shop.club.id, never.id, NOW) == [
        shop.members[0].id, shop.members[2].id]


async def test_the_members_are_paged_by_id(shop: Shop) -> None:
    everyone = await create_segment(shop.club, "Everyone", {})
    ids = [member.id for member in shop.members]
    first = await segment_member_ids(shop.club.id, everyone.id, NOW, first=2)
    rest = await segment_member_ids(shop.club.id, everyone.id, NOW, after=first[-1], first=2)
    assert (first, rest) == (ids[:2], ids[2:])


async def test_member_segments_names_the_segments_the_member_is_in(shop: Shop) -> None:
    await commit_purchase(shop.request(50_000, member=0), evaluator=shop.rules, now=NOW)
    buyers = await create_segment(shop.club, "Buyers", {"all": [
        clause("purchases_30", "gte", 1)]})
    never = await create_segment(shop.club, "Never", {"all": [
        clause("never_purchased", "is", True)]})
    assert await member_segments(shop.club, shop.members[0].id, [buyers.id, never.id],
                                 NOW) == {buyers.id}


async def test_an_archived_segment_holds_no_one(shop: Shop) -> None:
    everyone = await create_segment(shop.club, "Everyone", {})
    archived = await archive_segment(shop.club, everyone.id)
    assert archived.status == SegmentStatus.ARCHIVED
    assert await segment_size(shop.club.id, everyone.id, NOW) == 0
    with pytest.raises(Conflict):
        await update_segment(shop.club, everyone.id, name="Again")


async def test_two_segments_of_a_club_cannot_share_a_name(shop: Shop) -> None:
    await create_segment(shop.club, "Everyone", {})
    with pytest.raises(Conflict):
        await create_segment(shop.club, "Everyone", {"any": []})


async def test_another_clubs_segment_is_not_found(shop: Shop) -> None:
    other = await make_shop(Rules())
    theirs = await create_segment(other.club, "Theirs", {})
    with pytest.raises(NotFound):
        await segment_member_ids(shop.club.id, theirs.id, NOW)
    assert await member_segments(shop.club, shop.members[0].id, [theirs.id], NOW) == frozenset()


async def test_days_are_counted_in_the_clubs_calendar(shop: Shop) -> None:
    # 21:00 UTC is 00:30 of the next day in Tehran: a purchase then is a day before `at`'s
    evening = datetime(2026, 5, 31, 21, 0, tzinfo=UTC)
    await commit_purchase(shop.request(5_000, member=0), evaluator=shop.rules, now=evening)
    yesterday = await create_segment(shop.club, "Bought a day ago", {"all": [
        clause("days_since_last_purchase", "between", [1, 1])]})
    at = datetime(2026, 6, 1, 21, 0, tzinfo=UTC)  # 2 June in Tehran
    assert await segment_member_ids(shop.club.id, yesterday.id, at) == [shop.members[0].id]
    assert await segment_member_ids(shop.club.id, yesterday.id,
                                    at - timedelta(hours=1)) == []


async def test_enrolment_days_and_dates_are_read_in_the_clubs_calendar(shop: Shop) -> None:
    await Member.filter(club_id=shop.club.id).update(enrolled_at=NOW - timedelta(days=100))
    await Member.filter(id=shop.members[0].id).update(
        enrolled_at=datetime(2026, 5, 31, 21, 0, tzinfo=UTC))  # 1 June in Tehran
    after = await create_segment(shop.club, "New", {"all": [
        clause("enrolled_after", "is", "2026-05-31"), clause("enrolled_days", "lte", 0)]})
    assert await segment_member_ids(shop.club.id, after.id, NOW) == [shop.members[0].id]


async def test_tier_and_group_clauses_read_the_members_columns(shop: Shop) -> None:
    await Member.filter(id=shop.members[0].id).update(tier_id=7, group_id=3)
    await Member.filter(id=shop.members[1].id).update(tier_id=8)
    gold = await create_segment(shop.club, "Gold in group 3", {"all": [
        clause("tier", "in", [7]), clause("member_group", "in", [3])]})
    not_gold = await create_segment(shop.club, "Not gold", {"all": [
        clause("tier", "not_in", [7])]})
    assert await segment_member_ids(shop.club.id, gold.id, NOW) == [shop.members[0].id]
    assert await segment_member_ids(shop.club.id, not_gold.id, NOW) == [
        shop.members[1].id, shop.members[2].id]
