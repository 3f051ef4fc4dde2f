"""Federations in GraphQL: the two clubs' owners make a federation and an agreement, a terminal
of the host's merchant records a purchase of the home club's member paying with credit that
travels, and the pair's statement and closed period read it back; callers out of reach see
nothing. The ledger verifies clean after every test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.identity.callers import CallerKind, Identity, Scope
from models.identity.tables import Partner, PartnerKind, StaffRole
from models.loyalty.codes import EffectKind
from models.loyalty.terminals import create_terminal, issue_key

from .conftest import Pair

pytestmark = pytest.mark.usefixtures("clean_ledger")

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)

CREATE = """
mutation ($clubId: ID!, $name: String!) {
  createFederation(clubId: $clubId, name: $name) {
    __typename ... on FederationSuccess { federation { id name clubs { clubId status } } }
    ... on UserError { code field }
  }
}"""
INVITE = """
mutation ($federationId: ID!, $clubId: ID!) {
  inviteToFederation(federationId: $federationId, clubId: $clubId) {
    __typename ... on UserError { code }
  }
}"""
JOIN = """
mutation ($federationId: ID!, $clubId: ID!) {
  joinFederation(federationId: $federationId, clubId: $clubId) {
    __typename ... on FederationSuccess { federation { clubs { clubId status } } }
    ... on UserError { code }
  }
}"""
PROPOSE = """
mutation ($input: ProposeFederationAgreementInput!) {
  proposeFederationAgreement(input: $input) {
    __typename ... on FederationAgreementSuccess { agreement { id status kinds } }
    ... on UserError { code field }
  }
}"""
ACCEPT = """
mutation ($id: ID!) {
  acceptFederationAgreement(id: $id) {
    __typename ... on FederationAgreementSuccess { agreement { status } }
    ... on UserError { code }
  }
}"""
COMMIT = """
mutation ($input: PurchaseInput!) {
  commitPurchase(input: $input) {
    __typename ... on PurchaseOutcomeType { creditUsed payable } ... on UserError { code }
  }
}"""
STATEMENT = """
query ($clubId: ID!, $partnerClubId: ID!, $from: DateTime!, $to: DateTime!) {
  federationStatement(clubId: $clubId, partnerClubId: $partnerClubId, from: $from, to: $to) {
    purchases sales credit net closed { net }
  }
}"""
CLOSE = """
mutation ($agreementId: ID!, $periodEnd: DateTime!) {
  closeFederationPeriod(agreementId: $agreementId, periodEnd: $periodEnd) {
    __typename ... on FederationSettlementSuccess { settlement { net entries } }
    ... on UserError { code }
  }
}"""
AGREEMENTS = "query ($clubId: ID!) { federationAgreements(clubId: $clubId) { id status } }"


async def _owners(pair: Pair, make_staff: Any) -> tuple[str, str]:
    tokens = []
    for club in (pair.home.club, pair.host.club):
        _, token = await make_staff(StaffRole.OWNER, partner=await Partner.get(id=club.owner_id))
        tokens.append(token)
    return tokens[0], tokens[1]


async def _agreement(pair: Pair, call_as: Any, a: str, b: str) -> str:
    home, host = str(pair.home.club.id), str(pair.host.club.id)
    made = (await call_as(a, CREATE, clubId=home, name="Narvan"))["data"]["createFederation"]
    federation_id = made["federation"]["id"]
    assert (await call_as(a, INVITE, federationId=federation_id, clubId=host))["data"][
        "inviteToFederation"]["__typename"] == "FederationSuccess"
    joined = (await call_as(b, JOIN, federationId=federation_id, clubId=host))["data"][
        "joinFederation"]
    assert {c["status"] for c in joined["federation"]["clubs"]} == {"JOINED"}
    proposed = (await call_as(a, PROPOSE, input={
        "clubId": home, "partnerClubId": host, "federationId": federation_id,
        "kinds": ["CLUB_CREDIT"]}))["data"]["proposeFederationAgreement"]
    agreement = proposed["agreement"]
    assert (agreement["status"], agreement["kinds"]) == ("PROPOSED", ["CLUB_CREDIT"])
    accepted = (await call_as(b, ACCEPT, id=agreement["id"]))["data"][
        "acceptFederationAgreement"]
    assert accepted["agreement"]["status"] == "ACTIVE"
    return str(agreement["id"])


async def test_owners_agree_a_terminal_of_the_host_records_and_the_period_closes(
        pair: Pair, call_as: Any, make_staff: Any) -> None:
    # given the two owners agree that A's members spend club credit at B's merchants
    a, b = await _owners(pair, make_staff)
    agreement_id = await _agreement(pair, call_as, a, b)
    await pair.give(EffectKind.CLUB_CREDIT, 20_000, "seed")
    terminal = await create_terminal(PLATFORM, pair.host.merchants[0].id, "T-1")
    key, _ = await issue_key(PLATFORM, terminal.id)
    # when B's merchant's terminal records A's member's purchase in A
    out = (await call_as(key, COMMIT, input={
        "clubId": str(pair.home.club.id), "member": "09120000000", "amount": "50000",
        "reference": "pos-1", "credit": "20000"}))["data"]["commitPurchase"]
    assert out == {"__typename": "PurchaseOutcomeType", "creditUsed": "20000",
                   "payable": "30000"}
    # then either owner reads the statement, and closing the period settles the 20,000
    now = datetime.now(UTC)
    period = {"clubId": str(pair.home.club.id), "partnerClubId": str(pair.host.club.id),
              "from": (now - timedelta(days=1)).isoformat(),
              "to": (now + timedelta(days=1)).isoformat()}
    closed = (await call_as(b, CLOSE, agreementId=agreement_id, periodEnd=now.isoformat()))[
        "data"]["closeFederationPeriod"]
    assert closed["settlement"] == {"net": "20000", "entries": 1}
    for token in (a, b):
        statement = (await call_as(token, STATEMENT, **period))["data"]["federationStatement"]
        assert statement == {"purchases": 1, "sales": "50000", "credit": "20000",
                             "net": "20000", "closed": [{"net": "20000"}]}


async def test_callers_out_of_reach_see_no_agreement(
        pair: Pair, call_as: Any, make_staff: Any, make_partner: Any,
        make_partner_key: Any) -> None:
    a, b = await _owners(pair, make_staff)
    agreement_id = await _agreement(pair, call_as, a, b)
    other = await make_partner("Other owner", PartnerKind.CLUB_OWNER)
    _, stranger = await make_staff(StaffRole.OWNER, partner=other)
    now = datetime.now(UTC)
    assert (await call_as(stranger, CLOSE, agreementId=agreement_id,
                          periodEnd=now.isoformat()))["data"]["closeFederationPeriod"][
        "code"] == "federation_agreement_not_found"
    assert (await call_as(stranger, AGREEMENTS, clubId=str(pair.home.club.id)))["data"][
        "federationAgreements"] == []
    assert (await call_as(stranger, ACCEPT, id=agreement_id))["data"][
        "acceptFederationAgreement"]["code"] == "federation_agreement_not_found"
    statement = await call_as(stranger, STATEMENT, clubId=str(pair.home.club.id),
                              partnerClubId=str(pair.host.club.id),
                              **{"from": (now - timedelta(days=1)).isoformat(),
                                 "to": now.isoformat()})
    assert statement["data"]["federationStatement"] is None
    owner = await Partner.get(id=pair.home.club.owner_id)
    partner_key = await make_partner_key(owner, tuple(Scope))
    for token in (partner_key, None):
        refused = await call_as(token, CLOSE, agreementId=agreement_id,
                                periodEnd=now.isoformat())
        assert refused["data"] is None or refused["data"]["closeFederationPeriod"] is None
        assert refused["errors"]


async def test_a_bad_agreement_is_refused_with_a_typed_error(
        pair: Pair, call_as: Any, make_staff: Any) -> None:
    a, _ = await _owners(pair, make_staff)
    made = (await call_as(a, CREATE, clubId=str(pair.home.club.id), name="Narvan"))["data"][
        "createFederation"]
    refused = (await call_as(a, PROPOSE, input={
        "clubId": str(pair.home.club.id), "partnerClubId": str(pair.host.club.id),
        "federationId": made["federation"]["id"], "earn": False, "spend": False}))["data"][
        "proposeFederationAgreement"]
    assert refused == {"__typename": "InvalidInput", "code": "invalid_federation_agreement",
                       "field": "earn"}
