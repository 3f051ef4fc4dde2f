"""Club reach through GraphQL: a club owner's staff reach their own clubs only (another owner's
club is `club_not_found`, never "forbidden"), their club role decides what they may change, and
only the platform's staff approve the fee tariff."""

from __future__ import annotations

from models.identity.tables import PartnerKind, StaffRole
from models.loyalty import clubs
from models.loyalty.codes import ClubRole
from models.loyalty.tables import Club

from .conftest import PLATFORM

UPDATE = """
mutation($id: ID!, $settings: ClubSettingsInput!) {
  updateClub(id: $id, settings: $settings) {
    __typename
    ... on ClubSuccess { club { id name timezone settlementSheba myRole allowedActions } }
    ... on UserError { code field }
  }
}
"""
CLUB = "query($id: ID!) { club(id: $id) { id name } }"
CLUBS = "{ clubs { id } }"
FEE = """
mutation($id: ID!) {
  setClubFeeTariff(id: $id, feePercentBp: 150, feeAmount: 0) {
    __typename ... on ClubSuccess { club { feePercentBp feeApprovedBy } }
    ... on UserError { code }
  }
}
"""
SHEBA = "IR820540102680020817909002"


async def test_another_owners_staff_get_club_not_found(make_partner, make_staff, make_club,
                                                       call_as):
    mine = await make_partner("Mine", PartnerKind.CLUB_OWNER)
    theirs = await make_club("Theirs")
    _, token = await make_staff(StaffRole.OWNER, partner=mine)
    body = await call_as(token, UPDATE, id=str(theirs.id), settings={"name": "Taken"})
    assert body["data"]["updateClub"] == {"__typename": "NotFoundError",
                                          "code": "club_not_found", "field": "clubId"}
    assert (await call_as(token, CLUB, id=str(theirs.id)))["data"]["club"] is None
    assert (await call_as(token, CLUBS))["data"]["clubs"] == []
    assert (await Club.get(id=theirs.id)).name == "Theirs"


async def test_an_owners_staff_reach_their_own_club(make_partner, make_staff, make_club,
                                                    call_as):
    owner = await make_partner("Owner", PartnerKind.CLUB_OWNER)
    club = await make_club("Ours", owner=owner)
    _, token = await make_staff(StaffRole.OWNER, partner=owner)
    body = await call_as(token, UPDATE, id=str(club.id),
                         settings={"name": "Ours 2", "settlementSheba": SHEBA,
                                   "timezone": "Asia/Tehran"})
    updated = body["data"]["updateClub"]["club"]
    assert (updated["name"], updated["settlementSheba"], updated["myRole"]) == (
        "Ours 2", SHEBA, "OWNER")


async def test_a_viewer_may_read_but_not_configure(make_partner, make_staff, make_club, call_as):
    owner = await make_partner("Owner", PartnerKind.CLUB_OWNER)
    club = await make_club("Ours", owner=owner)
    viewer, token = await make_staff(StaffRole.OPERATOR, partner=owner)
    assert (await call_as(token, CLUB, id=str(club.id)))["data"]["club"] is None
    await clubs.set_staff_role(PLATFORM, club.id, viewer.id, ClubRole.VIEWER)
    assert (await call_as(token, CLUB, id=str(club.id)))["data"]["club"]["id"] == str(club.id)
    body = await call_as(token, UPDATE, id=str(club.id), settings={"name": "No"})
    assert body["data"]["updateClub"]["code"] == "club_role_required"


async def test_a_bad_timezone_or_sheba_is_typed_and_changes_nothing(make_club, gql):
    club = await make_club("Ours")
    zone = await gql(UPDATE, id=str(club.id), settings={"timezone": "Mars/Olympus"})
    assert zone["data"]["updateClub"]["code"] == "invalid_timezone"
    sheba = await gql(UPDATE, id=str(club.id),
                      settings={"name": "Changed", "settlementSheba": SHEBA[:-1] + "3"})
    assert sheba["data"]["updateClub"] == {"__typename": "InvalidInput",
                                           "code": "invalid_sheba", "field": "sheba"}
    assert (await Club.get(id=club.id)).name == "Ours"


async def test_only_the_platforms_staff_approve_the_fee_tariff(make_partner, make_staff,
                                                               make_club, gql, call_as):
    owner = await make_partner("Owner", PartnerKind.CLUB_OWNER)
    club = await make_club("Ours", owner=owner)
    _, token = await make_staff(StaffRole.OWNER, partner=owner)
    refused = await call_as(token, FEE, id=str(club.id))
    assert refused["data"]["setClubFeeTariff"]["code"] == "fee_needs_platform_staff"
    body = await gql(FEE, id=str(club.id))
    assert body["data"]["setClubFeeTariff"]["club"]["feePercentBp"] == 150


CREATE = """
mutation($input: CreateClubInput!) {
  createClub(input: $input) {
    __typename ... on ClubSuccess { club { ownerId name timezone myRole } }
    ... on UserError { code field }
  }
}
"""


async def test_a_club_owners_owner_creates_its_club_and_others_may_not(make_partner,
                                                                        make_staff, call_as):
    owner = await make_partner("Owner", PartnerKind.CLUB_OWNER)
    _, boss = await make_staff(StaffRole.OWNER, partner=owner)
    _, helper = await make_staff(StaffRole.SUPPORT, partner=owner)
    body = await call_as(boss, CREATE, input={"settings": {"name": "Narvan"}})
    assert body["data"]["createClub"]["club"] == {
        "ownerId": str(owner.id), "name": "Narvan", "timezone": "Asia/Tehran", "myRole": "OWNER"}
    refused = await call_as(helper, CREATE, input={"settings": {"name": "Other"}})
    assert refused["data"]["createClub"]["code"] == "club_role_required"


async def test_only_a_club_owner_partner_owns_a_club(make_partner, gql):
    merchant = await make_partner("Shop", PartnerKind.MERCHANT)
    body = await gql(CREATE, input={"ownerId": str(merchant.id), "settings": {"name": "X"}})
    assert body["data"]["createClub"]["code"] == "not_a_club_owner"
    assert await Club.all().count() == 0
