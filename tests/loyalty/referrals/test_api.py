"""Referrals through GraphQL: the club's managers set the programme (out of reach:
club_not_found), a member reads their code and link in the app, enrolments take a referral
code, and the club reads its referrals and its referrers' results."""

from __future__ import annotations

import re
from typing import Any

from models.identity.tables import PartnerKind, StaffRole
from models.loyalty import clubs
from models.loyalty.codes import ClubRole
from models.notify.tables import CaughtSms

from .conftest import PLATFORM, Programme

SET = """
mutation($c: ID!, $s: ReferralSettingsInput!) {
  setReferralSettings(clubId: $c, settings: $s) {
    __typename
    ... on ReferralSettingsSuccess { settings { enabled rewardKind enrolmentReward shareBp cap } }
    ... on UserError { code field }
  }
}
"""
GET = "query($c: ID!) { referralSettings(clubId: $c) { enabled enrolmentReward shareBp } }"
MY_CODE = "query($c: ID!) { myReferralCode(clubId: $c) { memberId code link } }"
ENROL = """
mutation($input: EnrolMemberInput!) {
  enrolMember(input: $input) {
    __typename ... on MemberSuccess { member { id } } ... on UserError { code field }
  }
}
"""
LIST = """
query($c: ID!) {
  referrals(clubId: $c) { inviteeId referrerId referrerName level paid rewardKind }
  referralResults(clubId: $c) {
    invitees points credit referrers { referrerId invitees network earned }
  }
}
"""
JOIN = """
mutation($c: ID!, $r: String) {
  requestClubMembership(clubId: $c, referralCode: $r) {
    __typename ... on JoinClubSuccess { member { id } } ... on UserError { code }
  }
}
"""
CONFIRM = """
mutation($c: ID!, $code: String!, $r: String) {
  confirmClubMembership(clubId: $c, oneTimeCode: $code, referralCode: $r) {
    __typename ... on MemberSuccess { member { id } } ... on UserError { code }
  }
}
"""
POINTS = {"enabled": True, "rewardKind": "POINTS", "enrolmentReward": 100,
          "shareBp": [1_000, 500], "periodDays": 30, "cap": 1_000}


async def test_the_clubs_managers_set_the_programme_and_read_it_back(
        programme: Programme, gql: Any) -> None:
    body = await gql(SET, c=str(programme.club.id), s=POINTS)
    assert body["data"]["setReferralSettings"]["settings"] == {
        "enabled": True, "rewardKind": "POINTS", "enrolmentReward": "100",
        "shareBp": [1_000, 500, 0], "cap": "1000"}
    read = await gql(GET, c=str(programme.club.id))
    assert read["data"]["referralSettings"] == {"enabled": True, "enrolmentReward": "100",
                                                "shareBp": [1_000, 500, 0]}


async def test_a_share_out_of_range_is_refused_with_a_typed_error(
        programme: Programme, gql: Any) -> None:
    body = await gql(SET, c=str(programme.club.id), s={**POINTS, "shareBp": [20_000]})
    assert body["data"]["setReferralSettings"] == {
        "__typename": "InvalidInput", "code": "invalid_referral_settings", "field": "shareBp"}
    assert (await gql(GET, c=str(programme.club.id)))["data"]["referralSettings"][
        "enabled"] is False


async def test_another_owners_staff_and_a_viewer_cannot_set_the_programme(
        programme: Programme, make_partner: Any, make_staff: Any, call_as: Any) -> None:
    other = await make_partner("Other owner", PartnerKind.CLUB_OWNER)
    _, outsider = await make_staff(StaffRole.OWNER, partner=other)
    body = await call_as(outsider, SET, c=str(programme.club.id), s=POINTS)
    assert body["data"]["setReferralSettings"]["code"] == "club_not_found"
    assert (await call_as(outsider, GET, c=str(programme.club.id)))["data"][
        "referralSettings"] is None
    listed = (await call_as(outsider, LIST, c=str(programme.club.id)))["data"]
    assert listed == {"referrals": [], "referralResults": None}
    viewer, token = await make_staff(StaffRole.SUPPORT, partner=await programme.club.owner)
    await clubs.set_staff_role(PLATFORM, programme.club.id, viewer.id, ClubRole.VIEWER)
    body = await call_as(token, SET, c=str(programme.club.id), s=POINTS)
    assert body["data"]["setReferralSettings"]["code"] == "club_role_required"


async def test_a_partner_key_and_a_stranger_cannot_read_referrals(
        programme: Programme, make_partner_key: Any, call_as: Any) -> None:
    key = await make_partner_key(await programme.club.owner)
    for token in (key, None):
        body = await call_as(token, LIST, c=str(programme.club.id))
        assert body["data"] is None and body["errors"]


async def test_a_member_shares_their_code_and_an_invitee_enrols_with_it(
        programme: Programme, gql: Any, make_customer: Any, call_as: Any) -> None:
    await gql(SET, c=str(programme.club.id), s=POINTS)
    referrer = await programme.enrol(mobile="09121234567")
    _, session = await make_customer(mobile="09121234567")
    mine = (await call_as(session, MY_CODE, c=str(programme.club.id)))["data"]["myReferralCode"]
    assert mine["memberId"] == str(referrer.id)
    _, stranger = await make_customer(mobile="09129999999")
    assert (await call_as(stranger, MY_CODE, c=str(programme.club.id)))["data"][
        "myReferralCode"] is None
    assert mine["link"].endswith(f"/join/{programme.club.id}?ref={mine['code']}")
    unknown = await gql(ENROL, input={"clubId": str(programme.club.id), "mobile": "09351234567",
                                      "referralCode": "NOSUCH99"})
    assert unknown["data"]["enrolMember"] == {"__typename": "NotFoundError",
                                              "code": "referral_code_not_found",
                                              "field": "referralCode"}
    enrolled = await gql(ENROL, input={"clubId": str(programme.club.id),
                                       "mobile": "09351234567",
                                       "referralCode": mine["code"].lower()})
    invitee = enrolled["data"]["enrolMember"]["member"]["id"]

    listed = (await gql(LIST, c=str(programme.club.id)))["data"]
    assert listed["referrals"] == [{"inviteeId": invitee, "referrerId": str(referrer.id),
                                    "referrerName": "", "level": 1, "paid": "100",
                                    "rewardKind": "POINTS"}]
    assert listed["referralResults"] == {
        "invitees": 1, "points": "100", "credit": "0",
        "referrers": [{"referrerId": str(referrer.id), "invitees": 1, "network": 1,
                       "earned": "100"}]}


async def test_a_person_joins_in_the_app_with_a_referral_code(
        programme: Programme, gql: Any, make_customer: Any, call_as: Any) -> None:
    await gql(SET, c=str(programme.club.id), s=POINTS)
    referrer = await programme.enrol()
    code = await programme.code(referrer)
    _, session = await make_customer(mobile="09121112233")
    bad = await call_as(session, JOIN, c=str(programme.club.id), r="NOSUCH99")
    assert bad["data"]["requestClubMembership"]["code"] == "referral_code_not_found"
    asked = await call_as(session, JOIN, c=str(programme.club.id), r=code)
    assert asked["data"]["requestClubMembership"]["member"] is None
    message = await CaughtSms.filter(mobile="09121112233").order_by("-id").first()
    assert message is not None
    sent = re.search(r"\d{6}", message.text)
    assert sent is not None
    body = await call_as(session, CONFIRM, c=str(programme.club.id), code=sent.group(), r=code)
    assert body["data"]["confirmClubMembership"]["__typename"] == "MemberSuccess"
    assert await programme.held(referrer) == 100
