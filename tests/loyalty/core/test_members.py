"""Members: enrolled in the club's panel, found by mobile, national ID and cards, searched in
the admin (a bank card's last four digits too), their cards added and removed; a person joins a
club in the app with a one-time code."""

from __future__ import annotations

import re

from models.identity.tables import Customer
from models.loyalty.lookup import find_member
from models.loyalty.tables import Member
from models.notify.tables import CaughtSms

from .conftest import card

ENROL = """
mutation($input: EnrolMemberInput!) {
  enrolMember(input: $input) {
    __typename
    ... on MemberSuccess { member { id customerId cardNumber enrolledVia
                                    cards { id last4 } } }
    ... on UserError { code field }
  }
}
"""
SEARCH = "query($c: ID!, $q: String) { members(clubId: $c, search: $q) { id } }"
ADD_CARD = """
mutation($m: ID!, $n: String!) {
  addMemberCard(memberId: $m, cardNumber: $n) {
    __typename ... on MemberSuccess { member { cards { id last4 } } }
    ... on UserError { code }
  }
}
"""
REMOVE_CARD = """
mutation($m: ID!, $c: ID!) {
  removeMemberCard(memberId: $m, cardId: $c) {
    __typename ... on MemberSuccess { member { cards { id } } }
  }
}
"""
JOIN = """
mutation($c: ID!) {
  requestClubMembership(clubId: $c) {
    __typename ... on JoinClubSuccess { member { id } codeExpiresAt }
    ... on UserError { code }
  }
}
"""
CONFIRM = """
mutation($c: ID!, $code: String!) {
  confirmClubMembership(clubId: $c, oneTimeCode: $code) {
    __typename ... on MemberSuccess { member { id clubId enrolledVia } }
    ... on UserError { code }
  }
}
"""
NATIONAL_ID = "0499370899"


async def _enrol(gql, club, **fields):
    body = await gql(ENROL, input={"clubId": str(club.id), **fields})
    return body["data"]["enrolMember"]["member"]


async def test_the_club_card_number_is_sixteen_luhn_valid_digits(make_club, gql):
    from models.loyalty.cards import luhn_valid

    club = await make_club()
    member = await _enrol(gql, club, mobile="09121234567")
    assert member["enrolledVia"] == "PANEL"
    assert len(member["cardNumber"]) == 16 and luhn_valid(member["cardNumber"])


async def test_a_member_is_found_by_mobile_national_id_and_cards(make_club, gql):
    club = await make_club()
    number = card(body=99)
    member = await _enrol(gql, club, mobile="09121234567", nationalId=NATIONAL_ID,
                          cardNumber=number)
    for identifier in ("+989121234567", NATIONAL_ID, member["cardNumber"], number):
        assert str((await find_member(club.id, identifier)).id) == member["id"]


async def test_enrolling_again_answers_the_same_member(make_club, gql):
    club = await make_club()
    first = await _enrol(gql, club, mobile="09121234567")
    again = await _enrol(gql, club, mobile="09121234567", cardNumber=card(body=3))
    assert again["id"] == first["id"] and len(again["cards"]) == 1
    assert await Customer.all().count() == 1


async def test_the_admin_searches_by_any_identifier(make_club, gql):
    club = await make_club()
    number = card(body=1234)
    member = await _enrol(gql, club, mobile="09121234567", cardNumber=number)
    await _enrol(gql, club, mobile="09351112233")
    for query in ("0912", number, number[-4:], member["cardNumber"]):
        found = await gql(SEARCH, c=str(club.id), q=query)
        assert found["data"]["members"] == [{"id": member["id"]}], query


async def test_cards_are_added_and_removed(make_club, gql):
    club = await make_club()
    member = await _enrol(gql, club, mobile="09121234567")
    added = await gql(ADD_CARD, m=member["id"], n=card(body=8))
    [held] = added["data"]["addMemberCard"]["member"]["cards"]
    bad = await gql(ADD_CARD, m=member["id"], n="1234567812345678")
    assert bad["data"]["addMemberCard"]["code"] == "invalid_card_number"
    removed = await gql(REMOVE_CARD, m=member["id"], c=held["id"])
    assert removed["data"]["removeMemberCard"]["member"]["cards"] == []


async def test_a_person_joins_a_club_in_the_app_with_a_code(make_club, make_customer, call_as):
    club = await make_club()
    customer, session = await make_customer(mobile="09121234567")
    asked = await call_as(session, JOIN, c=str(club.id))
    assert asked["data"]["requestClubMembership"]["member"] is None
    assert await Member.all().count() == 0
    message = await CaughtSms.filter(mobile="09121234567").order_by("-id").first()
    assert message is not None
    code = re.search(r"\d{6}", message.text)
    assert code is not None
    wrong = await call_as(session, CONFIRM, c=str(club.id), code="000000"
                          if code.group() != "000000" else "111111")
    assert wrong["data"]["confirmClubMembership"]["code"] == "code_invalid"
    body = await call_as(session, CONFIRM, c=str(club.id), code=code.group())
    joined = body["data"]["confirmClubMembership"]["member"]
    assert (joined["clubId"], joined["enrolledVia"]) == (str(club.id), "MOBILE")
    member = await Member.get(id=int(joined["id"])).prefetch_related("customer")
    assert member.customer.partner_id == club.owner_id
    assert member.customer.person_id == customer.person_id


async def test_a_national_id_given_later_is_recorded_and_finds_the_member(make_club, gql):
    club = await make_club()
    member = await _enrol(gql, club, mobile="09121234567")
    await _enrol(gql, club, mobile="09121234567", nationalId=NATIONAL_ID)
    assert str((await find_member(club.id, NATIONAL_ID)).id) == member["id"]


async def test_a_national_id_another_membership_recorded_does_not_find_the_member(
        make_club, make_partner, gql):
    from models.identity.customers import create_customer

    other = await make_partner("Elsewhere")
    await create_customer("09121234567", partner_id=other.id, national_id=NATIONAL_ID)
    club = await make_club()
    await _enrol(gql, club, mobile="09121234567")
    found = await gql("query($c: ID!, $i: String!) { findMember(clubId: $c, identifier: $i) "
                      "{ id nationalId } }", c=str(club.id), i=NATIONAL_ID)
    assert found["data"]["findMember"] is None
