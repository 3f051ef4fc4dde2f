"""The settlement in GraphQL: closing a period, reading batches with their shares and file, the
statement and the dashboard, as the platform's staff, the club owner's staff and outsiders."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from models.identity.tables import Partner, PartnerKind, StaffRole
from models.loyalty.codes import ClubRole, EffectKind
from models.loyalty.tables import Club, ClubStaff

from .conftest import DAY_ONE, MakePurchase, MakeShare, days

CLOSE = """
mutation ($clubId: ID!, $periodEnd: DateTime!) {
  closeSettlementPeriod(clubId: $clubId, periodEnd: $periodEnd) {
    __typename
    ... on SettlementRun { batches { id beneficiary total state psp } carried { beneficiary } }
    ... on UserError { code field }
  }
}"""

BATCHES = """
query ($clubId: ID!) { settlementBatches(clubId: $clubId) { id total state } }"""

BATCH = """
query ($id: ID!) {
  settlementBatch(id: $id) { id total file fileName answer shares { purchaseId amount sheba } }
}"""

STATEMENT = """
query ($clubId: ID!, $from: DateTime!, $to: DateTime!) {
  clubStatement(clubId: $clubId, from: $from, to: $to) {
    purchases sales fees issued { credit points } shares { beneficiary settled pending }
  }
}"""

DASHBOARD = """
query ($clubId: ID!) {
  clubDashboard(clubId: $clubId) { days { day issued { credit } } topMerchants { name sales } }
}"""


async def test_staff_close_a_period_and_read_its_batch_with_its_file(
        gql: Any, club: Club, merchant: Partner, make_share: MakeShare) -> None:
    await make_share(7_000, partner_id=merchant.id, purchase_id=41)
    answer = await gql(CLOSE, clubId=str(club.id), periodEnd=(DAY_ONE + days(1)).isoformat())
    run = answer["data"]["closeSettlementPeriod"]
    assert run["__typename"] == "SettlementRun"
    [batch] = run["batches"]
    assert (batch["beneficiary"], batch["total"], batch["state"], batch["psp"]) == (
        "MERCHANT", "7000", "ACCEPTED", "sep")  # Long: a string
    assert (await gql(BATCHES, clubId=str(club.id)))["data"]["settlementBatches"] == [
        {"id": batch["id"], "total": "7000", "state": "ACCEPTED"}]
    read = (await gql(BATCH, id=batch["id"]))["data"]["settlementBatch"]
    assert json.loads(read["file"])["requests"][0]["SettlementIbanInfo"][0]["PurchaseID"] == "41"
    assert read["shares"] == [{"purchaseId": "41", "amount": "7000",
                               "sheba": read["shares"][0]["sheba"]}]
    assert read["answer"]["code"] == "1"


async def test_a_period_not_yet_ended_is_refused(gql: Any, club: Club) -> None:
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    answer = await gql(CLOSE, clubId=str(club.id), periodEnd=later)
    assert answer["data"]["closeSettlementPeriod"] == {
        "__typename": "InvalidInput", "code": "settlement_period_not_ended",
        "field": "periodEnd"}


async def test_another_partners_staff_do_not_see_the_club(
        call_as: Any, make_partner: Any, make_staff: Any, club: Club, merchant: Partner,
        make_share: MakeShare) -> None:
    await make_share(7_000, partner_id=merchant.id)
    other = await make_partner("Other owner", PartnerKind.CLUB_OWNER)
    _, token = await make_staff(StaffRole.OWNER, partner=other)
    answer = await call_as(token, CLOSE, clubId=str(club.id),
                           periodEnd=(DAY_ONE + days(1)).isoformat())
    assert answer["data"]["closeSettlementPeriod"]["code"] == "club_not_found"
    assert (await call_as(token, BATCHES, clubId=str(club.id)))["data"][
        "settlementBatches"] == []
    assert (await call_as(token, DASHBOARD, clubId=str(club.id)))["data"][
        "clubDashboard"] is None


async def test_the_club_owners_staff_read_the_statement_and_dashboard(
        call_as: Any, make_staff: Any, club: Club, merchant: Partner,
        make_purchase: MakePurchase, make_share: MakeShare) -> None:
    owner = await Partner.get(id=club.owner_id)
    _, token = await make_staff(StaffRole.OWNER, partner=owner)
    now = datetime.now(UTC)
    await make_purchase(100_000, merchant_id=merchant.id, at=now - timedelta(hours=1),
                        effects={EffectKind.CLUB_CREDIT: 5_000})
    await make_share(100_000, partner_id=merchant.id, at=now - timedelta(hours=1))
    statement = (await call_as(token, STATEMENT, clubId=str(club.id),
                               **{"from": (now - days(1)).isoformat(), "to": now.isoformat()})
                 )["data"]["clubStatement"]
    assert statement == {"purchases": 1, "sales": "100000", "fees": "1050",  # 1 % + 50
                         "issued": {"credit": "5000", "points": "0"},
                         "shares": [{"beneficiary": "MERCHANT", "settled": "0",
                                     "pending": "100000"}]}
    dashboard = (await call_as(token, DASHBOARD, clubId=str(club.id)))["data"]["clubDashboard"]
    assert len(dashboard["days"]) == 30
    assert sum(int(d["issued"]["credit"]) for d in dashboard["days"]) == 5_000
    assert dashboard["topMerchants"] == [{"name": "Narvan Café", "sales": "100000"}]


async def test_a_club_viewer_reads_batches_but_may_not_close_a_period(
        call_as: Any, make_staff: Any, club: Club) -> None:
    owner = await Partner.get(id=club.owner_id)
    viewer, token = await make_staff(StaffRole.OPERATOR, partner=owner)
    await ClubStaff.create(club_id=club.id, staff_id=viewer.id, role=ClubRole.VIEWER)
    assert (await call_as(token, BATCHES, clubId=str(club.id)))["data"][
        "settlementBatches"] == []
    answer = await call_as(token, CLOSE, clubId=str(club.id),
                           periodEnd=(DAY_ONE + days(1)).isoformat())
    assert answer["data"]["closeSettlementPeriod"]["code"] == "club_role_required"


async def test_a_statement_of_more_than_a_year_is_refused(gql: Any, club: Club) -> None:
    answer = await gql(STATEMENT, clubId=str(club.id), **{
        "from": DAY_ONE.isoformat(), "to": (DAY_ONE + days(400)).isoformat()})
    assert answer["data"]["clubStatement"] is None
    [error] = answer["errors"]
    assert error["extensions"]["code"] == "invalid_statement_period"
