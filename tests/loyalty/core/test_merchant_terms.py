"""Merchants join clubs under split terms of a checked shape; groups hold the club's merchants;
a suspended merchant's terminals enrol nobody."""

from __future__ import annotations

from typing import Any

import pytest

from models.errors import ValidationFailed
from models.identity.tables import PartnerKind
from models.loyalty.terms import check_split_terms

SHEBA = "IR820540102680020817909002"
ADD = """
mutation($club: ID!, $merchant: ID!, $terms: MerchantTermsInput) {
  addClubMerchant(clubId: $club, merchantId: $merchant, terms: $terms) {
    __typename
    ... on ClubMerchantSuccess { merchant { merchantId status splitTerms } }
    ... on UserError { code field message }
  }
}
"""
STATUS = """
mutation($club: ID!, $merchant: ID!, $status: MerchantStatus!) {
  setClubMerchantStatus(clubId: $club, merchantId: $merchant, status: $status) {
    __typename ... on ClubMerchantSuccess { merchant { status } }
  }
}
"""
GROUP = """
mutation($club: ID!, $name: String!) {
  createMerchantGroup(clubId: $club, name: $name) {
    __typename ... on MerchantGroupSuccess { group { id } }
  }
}
"""
ADD_TO = """
mutation($club: ID!, $group: ID!, $merchant: ID!) {
  addToMerchantGroup(clubId: $club, groupId: $group, merchantId: $merchant) {
    __typename ... on MerchantGroupSuccess { group { merchantIds } }
    ... on UserError { code }
  }
}
"""
ENROL = """
mutation($input: EnrolMemberInput!) {
  enrolMember(input: $input) { __typename ... on UserError { code } }
}
"""


@pytest.mark.parametrize("terms", [
    [{"beneficiary": "landlord", "percent_bp": 100}],
    [{"beneficiary": "merchant", "percent_bp": 100, "amount": 5}],
    [{"beneficiary": "merchant"}],
    [{"beneficiary": "merchant", "percent_bp": -1}],
    [{"beneficiary": "merchant", "amount": 1.5}],
    [{"beneficiary": "merchant", "percent_bp": 6000},
     {"beneficiary": "club_owner", "percent_bp": 4001}],
    [{"beneficiary": "marketer", "percent_bp": 10, "sheba": "IR00"}],
])
def test_malformed_split_terms_are_refused(terms: list[dict[str, Any]]):
    with pytest.raises(ValidationFailed):
        check_split_terms(terms)


def test_split_terms_are_kept_in_their_shape():
    assert check_split_terms([{"beneficiary": "marketer", "partner_id": 7, "sheba": SHEBA,
                               "percent_bp": 250}, {"beneficiary": "club_owner", "amount": 0}]) \
        == [{"beneficiary": "marketer", "partner_id": 7, "sheba": SHEBA, "as_credit": False,
             "percent_bp": 250},
            {"beneficiary": "club_owner", "partner_id": None, "sheba": None,
             "as_credit": False, "amount": 0}]


async def test_a_merchant_joins_under_terms(make_club, make_partner, gql):
    club = await make_club()
    merchant = await make_partner("Shop", PartnerKind.MERCHANT)
    terms = [{"beneficiary": "club_owner", "percent_bp": 300}]
    body = await gql(ADD, club=str(club.id), merchant=str(merchant.id),
                     terms={"splitTerms": terms, "settlementSheba": SHEBA})
    joined = body["data"]["addClubMerchant"]["merchant"]
    assert (joined["status"], joined["splitTerms"][0]["percent_bp"]) == ("ACTIVE", 300)
    again = await gql(ADD, club=str(club.id), merchant=str(merchant.id))
    assert again["data"]["addClubMerchant"]["code"] == "merchant_exists"


async def test_only_a_merchant_partner_joins(make_club, make_partner, gql):
    club = await make_club()
    hotel = await make_partner("Hotel", PartnerKind.HOTEL)
    body = await gql(ADD, club=str(club.id), merchant=str(hotel.id))
    assert body["data"]["addClubMerchant"]["code"] == "not_a_merchant"


async def test_bad_terms_are_typed_and_nothing_joins(make_club, make_partner, gql):
    club = await make_club()
    merchant = await make_partner("Shop", PartnerKind.MERCHANT)
    body = await gql(ADD, club=str(club.id), merchant=str(merchant.id),
                     terms={"splitTerms": [{"beneficiary": "merchant", "percent_bp": 10001}]})
    assert body["data"]["addClubMerchant"]["code"] == "invalid_split_terms"
    listed = await gql("query($c: ID!) { clubMerchants(clubId: $c) { merchantId } }",
                       c=str(club.id))
    assert listed["data"]["clubMerchants"] == []


async def test_a_group_holds_merchants_of_the_club_only(make_club, make_shop, gql):
    club, other = await make_club("Club"), await make_club("Other")
    inside, outside = await make_shop(club, "In"), await make_shop(other, "Out")
    group = (await gql(GROUP, club=str(club.id), name="Food"))["data"]["createMerchantGroup"]
    group_id = group["group"]["id"]
    body = await gql(ADD_TO, club=str(club.id), group=group_id, merchant=str(inside.merchant.id))
    assert body["data"]["addToMerchantGroup"]["group"]["merchantIds"] == [
        str(inside.merchant.id)]
    refused = await gql(ADD_TO, club=str(club.id), group=group_id,
                        merchant=str(outside.merchant.id))
    assert refused["data"]["addToMerchantGroup"]["code"] == "merchant_not_found"


async def test_a_suspended_merchants_terminal_enrols_nobody(make_club, make_shop, gql, call_as):
    club = await make_club()
    shop = await make_shop(club)
    await gql(STATUS, club=str(club.id), merchant=str(shop.merchant.id), status="SUSPENDED")
    body = await call_as(shop.key, ENROL, input={"clubId": str(club.id),
                                                 "mobile": "09121234567"})
    assert body["data"]["enrolMember"]["code"] == "club_not_found"
