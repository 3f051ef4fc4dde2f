"""Segments and members' statistics over GraphQL: a club's staff read sizes, members and
figures; its owner and managers save; anyone outside the club finds nothing and changes
nothing; a bad definition is a typed error naming its bad part."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from models.identity.tables import PartnerKind, StaffRole
from models.loyalty.codes import ClubRole
from models.loyalty.purchases import commit_purchase
from models.loyalty.segment_tables import Segment
from models.loyalty.segments import create_segment
from models.loyalty.tables import ClubStaff
from tests.loyalty.purchases.conftest import Shop

CREATE = """
mutation Create($clubId: ID!, $name: String!, $definition: JSON!) {
  createSegment(clubId: $clubId, name: $name, definition: $definition) {
    __typename
    ... on SegmentSuccess { segment { id name status size activeMembers definition } }
    ... on UserError { code message field }
  }
}"""
UPDATE = """
mutation Update($id: ID!, $name: String, $definition: JSON) {
  updateSegment(id: $id, name: $name, definition: $definition) {
    __typename ... on SegmentSuccess { segment { name size } } ... on UserError { code field }
  }
}"""
ARCHIVE = """
mutation Archive($id: ID!) {
  archiveSegment(id: $id) {
    __typename ... on SegmentSuccess { segment { status size } } ... on UserError { code }
  }
}"""
READ = """
query Read($clubId: ID!, $id: ID!, $after: ID) {
  segments(clubId: $clubId) { id name size activeMembers }
  segment(id: $id) { name size members(first: 2, after: $after) { id } }
}"""
STATS = """
query Stats($memberId: ID!) {
  memberStats(memberId: $memberId) {
    memberId daysSinceLastPurchase segmentIds windows { days purchases spend pointsEarned }
  }
}"""
DASHBOARD = """
query Dashboard($clubId: ID!) {
  clubDashboard(clubId: $clubId) { segments { segmentId name members activeMembers } }
}"""
BUYERS = {"all": [{"field": "purchases_lifetime", "op": "gte", "value": 1}]}


def _now_minus(days: int) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


async def test_create_segment_answers_it_with_its_size(gql: Any, shop: Shop) -> None:
    body = await gql(CREATE, clubId=str(shop.club.id), name="همه", definition={})
    result = body["data"]["createSegment"]
    assert result["__typename"] == "SegmentSuccess"
    assert (result["segment"]["name"], result["segment"]["status"],
            result["segment"]["size"]) == ("همه", "ACTIVE", 3)
    assert result["segment"]["definition"] == {"all": []}


async def test_a_bad_definition_is_a_typed_error_and_writes_nothing(gql: Any,
                                                                    shop: Shop) -> None:
    bad = {"all": [{"field": "spend_30", "op": "gte", "value": -5}]}
    result = (await gql(CREATE, clubId=str(shop.club.id), name="x",
                        definition=bad))["data"]["createSegment"]
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidSegmentError", "invalid_segment", "definition.all[0].value")
    assert not await Segment.exists(club_id=shop.club.id)


async def test_a_huge_definition_is_refused(gql: Any, shop: Shop) -> None:
    huge = {"any": [{"field": "purchases_30", "op": "gte", "value": n} for n in range(51)]}
    result = (await gql(CREATE, clubId=str(shop.club.id), name="x",
                        definition=huge))["data"]["createSegment"]
    assert result["code"] == "invalid_segment"


async def test_a_segments_members_are_paged_and_sizes_listed(gql: Any, shop: Shop) -> None:
    everyone = await create_segment(shop.club, "Everyone", {})
    ids = [str(member.id) for member in shop.members]
    first = (await gql(READ, clubId=str(shop.club.id), id=str(everyone.id)))["data"]
    assert first["segments"] == [{"id": str(everyone.id), "name": "Everyone", "size": 3,
                                  "activeMembers": 0}]
    assert [m["id"] for m in first["segment"]["members"]] == ids[:2]
    rest = (await gql(READ, clubId=str(shop.club.id), id=str(everyone.id),
                      after=ids[1]))["data"]
    assert [m["id"] for m in rest["segment"]["members"]] == ids[2:]


async def test_update_and_archive_a_segment(gql: Any, shop: Shop) -> None:
    everyone = await create_segment(shop.club, "Everyone", {})
    updated = (await gql(UPDATE, id=str(everyone.id), name="Buyers",
                         definition=BUYERS))["data"]["updateSegment"]
    assert updated["segment"] == {"name": "Buyers", "size": 0}
    archived = (await gql(ARCHIVE, id=str(everyone.id)))["data"]["archiveSegment"]
    assert archived["segment"] == {"status": "ARCHIVED", "size": 0}
    again = (await gql(UPDATE, id=str(everyone.id), name="x"))["data"]["updateSegment"]
    assert again["code"] == "segment_archived"


async def test_member_stats_show_the_figures_and_segments(gql: Any, shop: Shop) -> None:
    await commit_purchase(shop.request(25_000), evaluator=shop.rules, now=_now_minus(2))
    buyers = await create_segment(shop.club, "Buyers", BUYERS)
    stats = (await gql(STATS, memberId=str(shop.members[0].id)))["data"]["memberStats"]
    assert stats["daysSinceLastPurchase"] in (2, 3)  # the club's calendar, not UTC's
    assert stats["segmentIds"] == [str(buyers.id)]
    assert stats["windows"][0] == {"days": 30, "purchases": 1, "spend": "25000",
                                   "pointsEarned": "0"}


async def test_the_dashboard_shows_active_members_per_segment(gql: Any, shop: Shop) -> None:
    await commit_purchase(shop.request(25_000), evaluator=shop.rules, now=_now_minus(40))
    await commit_purchase(shop.request(25_000, member=1), evaluator=shop.rules,
                          now=_now_minus(1))
    buyers = await create_segment(shop.club, "Buyers", BUYERS)
    body = await gql(DASHBOARD, clubId=str(shop.club.id))
    assert body["data"]["clubDashboard"]["segments"] == [
        {"segmentId": str(buyers.id), "name": "Buyers", "members": 2, "activeMembers": 1}]


async def test_another_clubs_staff_cannot_read_or_change_segments(
        shop: Shop, call_as: Any, make_partner: Any, make_staff: Any) -> None:
    everyone = await create_segment(shop.club, "Everyone", {})
    other = await make_partner("Other club owner", PartnerKind.CLUB_OWNER)
    _, token = await make_staff(StaffRole.OWNER, partner=other)
    read = (await call_as(token, READ, clubId=str(shop.club.id), id=str(everyone.id)))["data"]
    assert read == {"segments": [], "segment": None}
    stats = await call_as(token, STATS, memberId=str(shop.members[0].id))
    assert stats["data"]["memberStats"] is None
    created = await call_as(token, CREATE, clubId=str(shop.club.id), name="x", definition={})
    assert created["data"]["createSegment"]["code"] == "club_not_found"
    for operation in (UPDATE, ARCHIVE):
        body = await call_as(token, operation, id=str(everyone.id), name="Mine")
        (result,) = body["data"].values()
        assert result["code"] == "segment_not_found"
    await everyone.refresh_from_db()
    assert (everyone.name, everyone.status) == ("Everyone", "active")


async def test_a_clubs_viewer_reads_segments_but_cannot_save_them(
        shop: Shop, call_as: Any, make_staff: Any) -> None:
    everyone = await create_segment(shop.club, "Everyone", {})
    staff, token = await make_staff(StaffRole.SUPPORT, partner=shop.owner)
    await ClubStaff.create(club_id=shop.club.id, staff_id=staff.id, role=ClubRole.VIEWER)
    read = (await call_as(token, READ, clubId=str(shop.club.id), id=str(everyone.id)))["data"]
    assert read["segment"]["size"] == 3
    body = await call_as(token, ARCHIVE, id=str(everyone.id))
    assert body["data"]["archiveSegment"]["code"] == "club_role_required"


async def test_no_caller_reads_segments(shop: Shop, call_as: Any) -> None:
    everyone = await create_segment(shop.club, "Everyone", {})
    body = await call_as(None, READ, clubId=str(shop.club.id), id=str(everyone.id))
    assert body.get("data") is None and body["errors"]
