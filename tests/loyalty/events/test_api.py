"""Event rules, campaigns and members' profiles over GraphQL: an event rule saved with its
trigger and a purchase field refused; a campaign created, scheduled and read with its counts;
the dashboard's campaign results; a member completing their profile; callers out of reach
find nothing."""

from __future__ import annotations

from typing import Any

from models.identity.customers import open_session
from models.identity.tables import Customer, PartnerKind, StaffRole
from models.loyalty.tables import Club, Member
from tests.loyalty.events.conftest import MakeMember

CREATE_RULE = """
mutation Create($clubId: ID!, $input: LoyaltyRuleInput!) {
  createRule(clubId: $clubId, input: $input) {
    __typename
    ... on LoyaltyRuleSuccess { rule { current { trigger triggerParam frequency
                                                 frequencyLimit } } }
    ... on UserError { code field }
  }
}"""
CREATE = """
mutation Create($clubId: ID!, $input: LoyaltyCampaignInput!) {
  createCampaign(clubId: $clubId, input: $input) {
    __typename
    ... on LoyaltyCampaignSuccess { campaign { id status } }
    ... on UserError { code field }
  }
}"""
STATUS = """
mutation Status($id: ID!, $status: LoyaltyCampaignStatus!) {
  setCampaignStatus(id: $id, status: $status) {
    __typename ... on LoyaltyCampaignSuccess { campaign { status } } ... on UserError { code }
  }
}"""
READ = """
query Read($id: ID!, $clubId: ID!) {
  campaign(id: $id) { name channel counts { queued sent failed } }
  campaigns(clubId: $clubId) { id }
  clubDashboard(clubId: $clubId) { campaignResults { sent } }
}"""
PROFILE = """
mutation Profile($memberId: ID!, $input: LoyaltyMemberProfileInput!) {
  updateMemberProfile(memberId: $memberId, input: $input) {
    __typename
    ... on LoyaltyMemberProfileSuccess { member { birthDate gender profileCompletedAt } }
    ... on UserError { code field }
  }
}"""
BIRTHDAY = {"name": "تولدت مبارک", "trigger": "BIRTHDAY", "frequency": "YEAR",
            "effects": [{"kind": "points", "per_rials": 1, "points": 100}]}
YALDA = {"name": "Yalda", "channel": "SMS", "textFa": "{name} عزیز، یلدا مبارک",
         "sendAt": "2026-12-21T10:00:00+03:30"}


async def test_an_event_rule_is_saved_with_its_trigger(gql: Any, club: Club) -> None:
    body = await gql(CREATE_RULE, clubId=str(club.id), input=BIRTHDAY)
    current = body["data"]["createRule"]["rule"]["current"]
    assert current == {"trigger": "BIRTHDAY", "triggerParam": None, "frequency": "YEAR",
                       "frequencyLimit": 1}


async def test_an_event_rule_reading_a_purchase_field_is_a_typed_error(gql: Any,
                                                                        club: Club) -> None:
    bad = BIRTHDAY | {"condition": {"all": [{"field": "amount", "op": "gte", "value": 1}]}}
    body = await gql(CREATE_RULE, clubId=str(club.id), input=bad)
    assert body["data"]["createRule"] == {"__typename": "InvalidInput",
                                          "code": "invalid_trigger",
                                          "field": "condition.all[0]"}


async def test_a_campaign_is_created_scheduled_and_read(gql: Any, club: Club) -> None:
    made = await gql(CREATE, clubId=str(club.id), input=YALDA)
    campaign = made["data"]["createCampaign"]["campaign"]
    assert campaign["status"] == "DRAFT"
    scheduled = await gql(STATUS, id=campaign["id"], status="SCHEDULED")
    assert scheduled["data"]["setCampaignStatus"]["campaign"]["status"] == "SCHEDULED"
    read = await gql(READ, id=campaign["id"], clubId=str(club.id))
    assert read["data"] == {
        "campaign": {"name": "Yalda", "channel": "SMS",
                     "counts": {"queued": 0, "sent": 0, "failed": 0}},
        "campaigns": [{"id": campaign["id"]}],
        "clubDashboard": {"campaignResults": {"sent": 0}}}


async def test_a_campaign_without_text_is_a_typed_error(gql: Any, club: Club) -> None:
    body = await gql(CREATE, clubId=str(club.id), input=YALDA | {"textFa": ""})
    assert body["data"]["createCampaign"] == {"__typename": "InvalidInput",
                                              "code": "invalid_campaign", "field": "textFa"}


async def test_a_partner_outside_the_club_finds_no_campaign(
        gql: Any, club: Club, call_as: Any, make_partner: Any, make_staff: Any) -> None:
    made = await gql(CREATE, clubId=str(club.id), input=YALDA)
    campaign_id = made["data"]["createCampaign"]["campaign"]["id"]
    other = await make_partner("Other", PartnerKind.CLUB_OWNER)
    _, token = await make_staff(StaffRole.OWNER, partner=other)
    body = await call_as(token, CREATE, clubId=str(club.id), input=YALDA)
    assert body["data"]["createCampaign"]["code"] == "club_not_found"
    cancelled = await call_as(token, STATUS, id=campaign_id, status="CANCELLED")
    assert cancelled["data"]["setCampaignStatus"]["code"] == "campaign_not_found"
    read = await call_as(token, READ, id=campaign_id, clubId=str(club.id))
    assert read["data"] == {"campaign": None, "campaigns": [], "clubDashboard": None}


async def test_a_member_completes_their_own_profile(
        club: Club, make_member: MakeMember, call_as: Any) -> None:
    member = await make_member()
    token = await open_session(await Customer.get(id=member.customer_id), 3600)
    body = await call_as(token, PROFILE, memberId=str(member.id),
                         input={"birthDate": "1990-12-05", "gender": "female"})
    answer = body["data"]["updateMemberProfile"]
    assert answer["member"]["birthDate"] == "1990-12-05"
    assert answer["member"]["profileCompletedAt"] is not None
    assert (await Member.get(id=member.id)).gender == "female"


async def test_another_person_cannot_change_a_members_profile(
        club: Club, make_member: MakeMember, make_customer: Any, call_as: Any) -> None:
    member = await make_member()
    _, token = await make_customer(mobile="09351112233", name="Someone else")
    body = await call_as(token, PROFILE, memberId=str(member.id), input={"gender": "male"})
    assert body["data"]["updateMemberProfile"]["code"] == "member_not_found"
    assert (await Member.get(id=member.id)).gender == ""


PREVIEW = """
mutation Preview($clubId: ID, $draft: LoyaltyRuleInput, $purchase: RulePreviewPurchase!) {
  previewRule(clubId: $clubId, draft: $draft, purchase: $purchase) {
    __typename ... on UserError { code field }
  }
}"""


async def test_an_event_rule_is_not_previewed_on_a_purchase(gql: Any, club: Club) -> None:
    body = await gql(PREVIEW, clubId=str(club.id), draft=BIRTHDAY,
                     purchase={"merchantId": "11", "amount": "1000000"})
    assert body["data"]["previewRule"] == {"__typename": "InvalidInput",
                                           "code": "invalid_trigger", "field": "trigger"}
