"""Tiers through GraphQL: a manager sets the ladder and the policy and moves a member; staff read
a member's progress and the dashboard's members by tier; another club's staff reach nothing."""

from __future__ import annotations

from typing import Any

from models.audit.tables import AuditEntry
from models.identity.tables import PartnerKind, StaffRole
from models.loyalty import clubs
from models.loyalty.codes import ClubRole
from models.loyalty.purchases import commit_purchase
from tests.loyalty.purchases.conftest import Shop
from tests.loyalty.tiers.conftest import NOW, PLATFORM, tier_id, tier_name

TIERS = "query($club: ID!) { tiers(clubId: $club) { id rank name threshold basis windowDays } }"
SET_LADDER = """
mutation($club: ID!, $tiers: [TierInput!]!) {
  setTierLadder(clubId: $club, tiers: $tiers) {
    __typename ... on TierLadderSuccess { tiers { rank name pointsMultiplierPermille } }
    ... on UserError { code field }
  }
}
"""
SET_POLICY = """
mutation($club: ID!, $after: Int) {
  setTierPolicy(clubId: $club, downgradeAfterDays: $after, graceDays: 10, noticeDays: 7) {
    __typename ... on TierPolicySuccess { policy { downgradeAfterDays graceDays noticeDays } }
    ... on UserError { code field }
  }
}
"""
MEMBER_TIER = """
query($member: ID!) {
  memberTier(memberId: $member) {
    tier { name } nextTier { name } figure needed since history { reason toTierId }
  }
}
"""
SET_MEMBER_TIER = """
mutation($member: ID!, $tier: ID) {
  setMemberTier(memberId: $member, tierId: $tier) {
    __typename ... on MemberTierSuccess { memberTier { tier { name } } }
    ... on UserError { code field }
  }
}
"""
DASHBOARD = """
query($club: ID!) { clubDashboard(clubId: $club) { membersByTier { tier { name } members } } }
"""


async def test_a_manager_sets_the_ladder(shop: Shop, gql: Any) -> None:
    body = await gql(SET_LADDER, club=str(shop.club.id), tiers=[
        {"name": "Blue", "threshold": "1000", "basis": "POINTS_EARNED", "windowDays": 365},
        {"name": "Black", "threshold": "5000", "basis": "POINTS_EARNED", "windowDays": 365,
         "pointsMultiplierPermille": 1250}])
    assert body["data"]["setTierLadder"]["tiers"] == [
        {"rank": 1, "name": "Blue", "pointsMultiplierPermille": 1000},
        {"rank": 2, "name": "Black", "pointsMultiplierPermille": 1250}]
    read = await gql(TIERS, club=str(shop.club.id))
    assert [(t["name"], t["threshold"], t["basis"], t["windowDays"])
            for t in read["data"]["tiers"]] == [("Blue", "1000", "POINTS_EARNED", 365),
                                                ("Black", "5000", "POINTS_EARNED", 365)]


async def test_falling_thresholds_are_a_typed_error_that_changes_nothing(shop: Shop,
                                                                         gql: Any) -> None:
    body = await gql(SET_LADDER, club=str(shop.club.id), tiers=[
        {"name": "Blue", "threshold": "5000"}, {"name": "Black", "threshold": "1000"}])
    assert body["data"]["setTierLadder"] == {"__typename": "InvalidInput",
                                             "code": "invalid_tier_ladder",
                                             "field": "tiers[1].threshold"}
    read = await gql(TIERS, club=str(shop.club.id))
    assert [t["name"] for t in read["data"]["tiers"]] == ["Silver", "Gold", "Platinum"]


async def test_a_manager_sets_the_policy(shop: Shop, gql: Any) -> None:
    body = await gql(SET_POLICY, club=str(shop.club.id), after=90)
    assert body["data"]["setTierPolicy"]["policy"] == {"downgradeAfterDays": 90,
                                                       "graceDays": 10, "noticeDays": 7}
    refused = await gql(SET_POLICY, club=str(shop.club.id), after=-1)
    assert refused["data"]["setTierPolicy"]["code"] == "invalid_tier_policy"


async def test_a_members_tier_shows_their_progress(shop: Shop, gql: Any) -> None:
    await commit_purchase(shop.request(150_000), evaluator=shop.rules, now=NOW)
    body = await gql(MEMBER_TIER, member=str(shop.members[0].id))
    found = body["data"]["memberTier"]
    assert (found["tier"], found["nextTier"], found["figure"], found["needed"]) == (
        {"name": "Silver"}, {"name": "Gold"}, "150000", "350000")
    assert found["history"] == [{"reason": "PURCHASE",
                                 "toTierId": str(await tier_id(shop, "Silver"))}]


async def test_a_manual_change_is_recorded_and_audited(shop: Shop, gql: Any) -> None:
    gold = await tier_id(shop, "Gold")
    body = await gql(SET_MEMBER_TIER, member=str(shop.members[0].id), tier=str(gold))
    assert body["data"]["setMemberTier"]["memberTier"]["tier"] == {"name": "Gold"}
    assert await tier_name(shop) == "Gold"
    entry = await AuditEntry.get(operation="setMemberTier")
    assert (entry.result, entry.input["tierId"]) == ("MemberTierSuccess", str(gold))


async def test_the_dashboard_counts_members_by_tier(shop: Shop, gql: Any) -> None:
    await commit_purchase(shop.request(150_000), evaluator=shop.rules, now=NOW)
    body = await gql(DASHBOARD, club=str(shop.club.id))
    counts = [(c["tier"]["name"] if c["tier"] else None, c["members"])
              for c in body["data"]["clubDashboard"]["membersByTier"]]
    assert counts == [("Silver", 1), ("Gold", 0), ("Platinum", 0), (None, 1)]


async def test_another_owners_staff_reach_no_tier(shop: Shop, make_partner: Any,
                                                  make_staff: Any, call_as: Any) -> None:
    theirs = await make_partner("Another club owner", PartnerKind.CLUB_OWNER)
    _, token = await make_staff(StaffRole.OWNER, partner=theirs)
    club, member = str(shop.club.id), str(shop.members[0].id)
    assert (await call_as(token, TIERS, club=club))["data"]["tiers"] == []
    assert (await call_as(token, MEMBER_TIER, member=member))["data"]["memberTier"] is None
    ladder = await call_as(token, SET_LADDER, club=club, tiers=[])
    assert ladder["data"]["setTierLadder"]["code"] == "club_not_found"
    policy = await call_as(token, SET_POLICY, club=club, after=1)
    assert policy["data"]["setTierPolicy"]["code"] == "club_not_found"
    moved = await call_as(token, SET_MEMBER_TIER, member=member,
                          tier=str(await tier_id(shop, "Gold")))
    assert moved["data"]["setMemberTier"]["code"] == "member_not_found"
    assert await tier_name(shop) is None


async def test_a_club_viewer_reads_tiers_but_cannot_move_a_member(
        shop: Shop, make_staff: Any, call_as: Any) -> None:
    viewer, token = await make_staff(StaffRole.OPERATOR, partner=shop.owner)
    await clubs.set_staff_role(PLATFORM, shop.club.id, viewer.id, ClubRole.VIEWER)
    read = await call_as(token, TIERS, club=str(shop.club.id))
    assert len(read["data"]["tiers"]) == 3
    moved = await call_as(token, SET_MEMBER_TIER, member=str(shop.members[0].id), tier=None)
    assert moved["data"]["setMemberTier"]["code"] == "club_role_required"
