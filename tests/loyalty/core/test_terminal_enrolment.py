"""A terminal enrols members through GraphQL with its own key, finds them by bank card, and
acts for its own merchant only; a revoked key or a deactivated terminal no longer signs in."""

from __future__ import annotations

from models.identity.tables import Customer, Person
from models.loyalty import terminals
from models.loyalty.tables import Member, MemberCard

from .conftest import PLATFORM, card

ENROL = """
mutation($input: EnrolMemberInput!) {
  enrolMember(input: $input) {
    __typename
    ... on MemberSuccess { member { id clubId mobile cardNumber enrolledVia
                                    cards { bin last4 } } }
    ... on UserError { code field }
  }
}
"""
FIND = """
query($club: ID!, $identifier: String!) {
  findMember(clubId: $club, identifier: $identifier) { id mobile cardNumber }
}
"""


async def test_a_terminal_enrols_a_member_found_by_their_bank_card(make_club, make_shop,
                                                                   call_as):
    club = await make_club()
    shop = await make_shop(club)
    number = card(body=42)
    body = await call_as(shop.key, ENROL, input={
        "clubId": str(club.id), "mobile": "۰۹۱۲ ۱۲۳ ۴۵۶۷", "cardNumber": number})
    member = body["data"]["enrolMember"]["member"]
    assert (member["mobile"], member["enrolledVia"], member["cards"]) == (
        "09121234567", "POS", [{"bin": number[:6], "last4": number[-4:]}])
    found = await call_as(shop.key, FIND, club=str(club.id), identifier=number)
    assert found["data"]["findMember"]["id"] == member["id"]
    by_club_card = await call_as(shop.key, FIND, club=str(club.id),
                                 identifier=member["cardNumber"])
    assert by_club_card["data"]["findMember"]["id"] == member["id"]


async def test_the_card_number_is_never_stored(make_club, make_shop, call_as):
    club = await make_club()
    shop = await make_shop(club)
    number = card(body=7)
    await call_as(shop.key, ENROL, input={"clubId": str(club.id), "mobile": "09121234567",
                                          "cardNumber": number})
    [row] = await MemberCard.all()
    assert number not in (row.card_hash, row.bin, row.last4)


async def test_a_card_failing_luhn_is_refused_and_nothing_is_written(make_club, make_shop,
                                                                     call_as):
    club = await make_club()
    shop = await make_shop(club)
    wrong = card(body=42)[:-1] + str((int(card(body=42)[-1]) + 1) % 10)
    body = await call_as(shop.key, ENROL, input={"clubId": str(club.id),
                                                 "mobile": "09121234567", "cardNumber": wrong})
    assert body["data"]["enrolMember"] == {"__typename": "InvalidInput",
                                           "code": "invalid_card_number", "field": "cardNumber"}
    assert (await Member.all().count(), await MemberCard.all().count(),
            await Person.all().count(), await Customer.all().count()) == (0, 0, 0, 0)


async def test_a_card_of_one_member_is_refused_to_another_in_the_club(make_club, make_shop,
                                                                      call_as):
    club = await make_club()
    shop = await make_shop(club)
    number = card(body=5)
    await call_as(shop.key, ENROL, input={"clubId": str(club.id), "mobile": "09121234567",
                                          "cardNumber": number})
    body = await call_as(shop.key, ENROL, input={"clubId": str(club.id),
                                                 "mobile": "09351112233", "cardNumber": number})
    assert body["data"]["enrolMember"]["code"] == "card_already_registered"
    assert await Member.all().count() == 1


async def test_the_same_card_may_belong_to_another_member_of_another_club(make_club, make_shop,
                                                                          call_as):
    first, second = await make_club("First"), await make_club("Second")
    shop_one, shop_two = await make_shop(first, "One"), await make_shop(second, "Two")
    number = card(body=5)
    await call_as(shop_one.key, ENROL, input={"clubId": str(first.id), "mobile": "09121234567",
                                              "cardNumber": number})
    body = await call_as(shop_two.key, ENROL, input={"clubId": str(second.id),
                                                     "mobile": "09351112233",
                                                     "cardNumber": number})
    assert body["data"]["enrolMember"]["__typename"] == "MemberSuccess"


async def test_a_terminal_cannot_enrol_at_a_club_its_merchant_is_not_in(make_club, make_shop,
                                                                        call_as):
    club_a, club_b = await make_club("A"), await make_club("B")
    shop_a = await make_shop(club_a, "Shop A")
    await make_shop(club_b, "Shop B")
    body = await call_as(shop_a.key, ENROL, input={"clubId": str(club_b.id),
                                                   "mobile": "09121234567"})
    assert body["data"]["enrolMember"] == {"__typename": "NotFoundError",
                                           "code": "club_not_found", "field": "clubId"}
    assert await Member.all().count() == 0


async def test_a_revoked_terminal_key_is_refused(make_club, make_shop, call_as):
    club = await make_club()
    shop = await make_shop(club)
    [key] = await terminals.keys_of([shop.terminal.id])
    await terminals.revoke_key(PLATFORM, key.id)
    body = await call_as(shop.key, ENROL, input={"clubId": str(club.id),
                                                 "mobile": "09121234567"})
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_deactivated_terminal_is_refused(make_club, make_shop, call_as):
    club = await make_club()
    shop = await make_shop(club)
    await terminals.deactivate_terminal(PLATFORM, shop.terminal.id)
    body = await call_as(shop.key, FIND, club=str(club.id), identifier="09121234567")
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_terminal_is_its_merchants_caller_counted_like_a_key(make_club, make_shop):
    from models.identity.authentication import authenticate
    from models.identity.callers import CallerKind
    from models.keys import partner_namespace

    club = await make_club()
    shop = await make_shop(club)
    identity = await authenticate(shop.key)
    assert (identity.kind, identity.partner_id, identity.terminal_id) == (
        CallerKind.TERMINAL, shop.merchant.id, shop.terminal.id)
    assert identity.key_namespace == partner_namespace(shop.merchant.id)
    assert identity.rate_limit_key == f"key:{identity.credential}"
    assert not identity.is_partner  # it reaches only what operations open to terminals give
