"""Sub-clubs and member groups through GraphQL: the platform's staff make a sub-club and a rule
there overriding the parent's; a club's staff run a group and its credit; another club owner's
staff find neither."""

from __future__ import annotations

from typing import Any

from models.identity.tables import PartnerKind, StaffRole
from models.ledger.verify import verify_ledger
from models.loyalty.purchases import commit_purchase
from models.loyalty.tables import Club
from tests.loyalty.purchases.conftest import Shop

SUB_CLUB = """
mutation($parent: ID!, $key: String) {
  createSubClub(parentId: $parent, settings: {name: "Kish branch"}, idempotencyKey: $key) {
    __typename ... on ClubSuccess { club { id parentId name } } ... on UserError { code field }
  }
}
"""
SUB_CLUBS = "query($club: ID!) { subClubs(clubId: $club) { id name } }"
RULE = """
mutation($club: ID!, $overrides: ID) {
  createRule(clubId: $club, input: {name: "Twenty off", effects: [{kind: "discount",
             percent_bp: 2000}], overridesRuleId: $overrides}) {
    __typename ... on LoyaltyRuleSuccess { rule { id overridesRuleId } }
    ... on UserError { code field }
  }
}
"""
GROUP = """
mutation($club: ID!) {
  createMemberGroup(clubId: $club, name: "Rezaei family", kind: FAMILY, monthlyLimit: 40000) {
    __typename ... on MemberGroupSuccess { group { id } } ... on UserError { code field }
  }
}
"""
ADD = """
mutation($club: ID!, $group: ID!, $member: ID!) {
  addMemberToGroup(clubId: $club, groupId: $group, memberId: $member) {
    __typename ... on UserError { code field }
  }
}
"""
GRANT = """
mutation($club: ID!, $group: ID!) {
  grantGroupCredit(clubId: $club, groupId: $group, amount: 75000, key: "family-1") {
    __typename
    ... on MemberGroupSuccess { group { credit monthlyLimit members { memberId } } }
    ... on UserError { code field }
  }
}
"""
GROUPS = "query($club: ID!) { memberGroups(clubId: $club) { name kind credit } }"
GROUP_READ = """
query($club: ID!, $id: ID!) {
  memberGroup(clubId: $club, id: $id) { credit members { memberId spentThisMonth } }
}
"""


async def test_staff_make_a_sub_club_with_a_rule_overriding_the_parents(
        shop: Shop, staff_token: str, call_as: Any) -> None:
    body = await call_as(staff_token, SUB_CLUB, parent=str(shop.club.id), key="kish")
    club = body["data"]["createSubClub"]["club"]
    again = await call_as(staff_token, SUB_CLUB, parent=str(shop.club.id), key="kish")
    assert again["data"]["createSubClub"]["club"]["id"] == club["id"]
    assert (club["parentId"], club["name"]) == (str(shop.club.id), "Kish branch")
    listed = await call_as(staff_token, SUB_CLUBS, club=str(shop.club.id))
    assert listed["data"]["subClubs"] == [{"id": club["id"], "name": "Kish branch"}]
    parent_rule = (await call_as(staff_token, RULE, club=str(shop.club.id)))
    parent_id = parent_rule["data"]["createRule"]["rule"]["id"]
    made = await call_as(staff_token, RULE, club=club["id"], overrides=parent_id)
    assert made["data"]["createRule"]["rule"]["overridesRuleId"] == parent_id
    # the parent cannot override its sub-club's rule: overrides go down only
    refused = await call_as(staff_token, RULE, club=str(shop.club.id),
                            overrides=made["data"]["createRule"]["rule"]["id"])
    assert refused["data"]["createRule"] == {"__typename": "InvalidInput",
                                             "code": "invalid_rule_override",
                                             "field": "overridesRuleId"}


async def test_staff_run_a_member_group_and_its_credit(shop: Shop, staff_token: str,
                                                      call_as: Any) -> None:
    club = str(shop.club.id)
    group = (await call_as(staff_token, GROUP, club=club))["data"]["createMemberGroup"]
    group_id = group["group"]["id"]
    for member in shop.members:
        added = await call_as(staff_token, ADD, club=club, group=group_id,
                              member=str(member.id))
        assert added["data"]["addMemberToGroup"]["__typename"] == "MemberGroupSuccess"
    granted = await call_as(staff_token, GRANT, club=club, group=group_id)
    assert granted["data"]["grantGroupCredit"]["group"] == {
        "credit": "75000", "monthlyLimit": "40000",
        "members": [{"memberId": str(m.id)} for m in shop.members]}
    again = await call_as(staff_token, GRANT, club=club, group=group_id)
    assert again["data"]["grantGroupCredit"]["group"]["credit"] == "75000"
    listed = await call_as(staff_token, GROUPS, club=club)
    assert listed["data"]["memberGroups"] == [{"name": "Rezaei family", "kind": "FAMILY",
                                               "credit": "75000"}]
    await commit_purchase(shop.request(30_000, member=1, credit=30_000), evaluator=shop.rules)
    read = await call_as(staff_token, GROUP_READ, club=club, id=group_id)
    assert read["data"]["memberGroup"] == {"credit": "45000", "members": [
        {"memberId": str(shop.members[0].id), "spentThisMonth": "0"},
        {"memberId": str(shop.members[1].id), "spentThisMonth": "30000"}]}
    assert await verify_ledger() == []


async def test_another_owners_staff_find_neither_the_club_nor_its_groups(
        shop: Shop, staff_token: str, make_partner: Any, make_staff: Any,
        call_as: Any) -> None:
    club = str(shop.club.id)
    group_id = (await call_as(staff_token, GROUP, club=club))["data"]["createMemberGroup"][
        "group"]["id"]
    stranger = await make_partner("Another owner", PartnerKind.CLUB_OWNER)
    _, token = await make_staff(StaffRole.OWNER, partner=stranger)
    granted = await call_as(token, GRANT, club=club, group=group_id)
    assert granted["data"]["grantGroupCredit"] == {"__typename": "NotFoundError",
                                                   "code": "club_not_found", "field": "clubId"}
    made = await call_as(token, SUB_CLUB, parent=club)
    assert made["data"]["createSubClub"]["code"] == "club_not_found"
    assert (await call_as(token, GROUPS, club=club))["data"]["memberGroups"] == []
    assert (await call_as(token, SUB_CLUBS, club=club))["data"]["subClubs"] == []
    assert await Club.filter(parent_id=shop.club.id).count() == 0
    assert (await call_as(None, GROUPS, club=club)).get("data") is None
