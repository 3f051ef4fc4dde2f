"""Lottery draws through GraphQL and the `etebar draw-verify` command: a draw created and run
through the API publishes what lets anyone compute its winners again; callers out of reach and
bad input are refused."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from etebar.cli import app
from models.identity.customers import create_customer, open_session
from models.identity.tables import Customer, PartnerKind, StaffRole
from models.ledger.verify import verify_ledger
from models.loyalty.draws_tables import Draw, DrawStatus

from .conftest import Lottery

CREATE = """
mutation($input: CreateDrawInput!) {
  createDraw(input: $input) {
    __typename
    ... on DrawSuccess { draw { id status commitment seed snapshotHash prizes { prizeNo title } } }
    ... on UserError { code field }
  }
}
"""
RUN = """
mutation($id: ID!) {
  runDraw(drawId: $id) {
    __typename ... on DrawSuccess { draw { id status seed winners { prizeNo memberId } } }
    ... on UserError { code field }
  }
}
"""
CANCEL = """
mutation($id: ID!) {
  cancelDraw(drawId: $id) {
    __typename ... on DrawSuccess { draw { status } } ... on UserError { code field }
  }
}
"""
DRAWS = "query($club: ID!) { draws(clubId: $club) { id name status } }"
PUBLICATION = """
query($id: ID!) {
  drawPublication(drawId: $id) {
    drawId algorithm status commitment seed snapshotHash entriesTotal entrants
    entries(first: 5000) { memberId card entries }
    winners { prizeNo title kind amount memberId card }
  }
}
"""
PRIZES = [{"title": "Credit", "kind": "CLUB_CREDIT", "amount": "2000000"},
          {"title": "Points", "kind": "POINTS", "amount": "150"}, {"title": "A mug"}]


def _input(lottery: Lottery, cutoff: datetime, **more: Any) -> dict[str, Any]:
    return {"clubId": str(lottery.club.id), "name": "Yalda draw",
            "cutoffAt": cutoff.isoformat(), "prizes": PRIZES, **more}


async def _verify(*args: str) -> Any:
    return await asyncio.to_thread(CliRunner().invoke, app, ["draw-verify", *args])


async def _drawn_through_the_api(lottery: Lottery, gql: Any) -> tuple[dict[str, Any], str]:
    """A draw created and run through the API; its publication and its commitment."""
    for member, count in enumerate((6, 2, 9, 3)):
        await lottery.give(member, count)
    cutoff = datetime.now(UTC) + timedelta(seconds=1)
    created = (await gql(CREATE, input=_input(lottery, cutoff)))["data"]["createDraw"]
    assert (created["draw"]["status"], created["draw"]["seed"]) == ("SCHEDULED", None)
    await asyncio.sleep(max((cutoff - datetime.now(UTC)).total_seconds(), 0) + 0.05)
    ran = (await gql(RUN, id=created["draw"]["id"]))["data"]["runDraw"]
    assert ran["draw"]["status"] == "DRAWN"
    body = await gql(PUBLICATION, id=created["draw"]["id"])
    return body["data"]["drawPublication"], created["draw"]["commitment"]


async def test_a_draw_whose_winners_a_second_computation_from_the_published_seed_and_entries_reproduces(  # noqa: E501
        lottery: Lottery, gql: Any, tmp_path: Path):
    # given: a draw run through the API, and its publication saved as anyone would save it
    publication, commitment = await _drawn_through_the_api(lottery, gql)
    published = tmp_path / "draw.json"
    published.write_text(json.dumps({"data": {"drawPublication": publication}}))
    # when
    result = await _verify("--seed", publication["seed"], "--entries", str(published),
                           "--prizes", "3", "--commitment", commitment)
    # then
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:3] == [f"prize {w['prizeNo']}: member {w['memberId']}"
                         for w in publication["winners"]]
    assert lines[-1] == "the published winners match"
    assert await verify_ledger() == []


async def test_draw_verify_refuses_a_seed_that_is_not_the_committed_one(lottery: Lottery,
                                                                        gql: Any,
                                                                        tmp_path: Path):
    publication, _ = await _drawn_through_the_api(lottery, gql)
    published = tmp_path / "draw.json"
    published.write_text(json.dumps(publication))
    other = "00" * 32
    result = await _verify("--seed", other, "--entries", str(published), "--prizes", "3")
    assert result.exit_code == 1
    assert "does not match the commitment" in result.output


async def test_the_publication_names_members_by_id_and_masked_card_never_mobile(
        lottery: Lottery, gql: Any):
    publication, _ = await _drawn_through_the_api(lottery, gql)
    text = json.dumps(publication)
    assert "0912123" not in text
    cards = {e["card"] for e in publication["entries"]}
    assert cards == {"************" + m.card_number[-4:] for m in lottery.members}
    assert (publication["entriesTotal"], publication["entrants"]) == ("20", 4)


async def test_a_draw_is_listed_for_its_club(lottery: Lottery, gql: Any):
    cutoff = datetime.now(UTC) + timedelta(days=1)
    await gql(CREATE, input=_input(lottery, cutoff))
    body = await gql(DRAWS, club=str(lottery.club.id))
    assert [d["name"] for d in body["data"]["draws"]] == ["Yalda draw"]


async def test_a_cutoff_in_the_past_or_a_bad_prize_is_a_typed_refusal(lottery: Lottery,
                                                                       gql: Any):
    past = datetime.now(UTC) - timedelta(minutes=1)
    body = await gql(CREATE, input=_input(lottery, past))
    assert body["data"]["createDraw"] == {"__typename": "InvalidInput",
                                          "code": "draw_cutoff_not_in_future",
                                          "field": "cutoffAt"}
    future = datetime.now(UTC) + timedelta(days=1)
    body = await gql(CREATE, input=_input(lottery, future, prizes=[
        {"title": "Credit", "kind": "CLUB_CREDIT", "amount": "-5"}]))
    assert body["data"]["createDraw"]["code"] == "invalid_prize"
    assert await Draw.all().count() == 0


async def test_a_draw_out_of_reach_does_not_exist_for_another_club_owners_staff(
        lottery: Lottery, gql: Any, make_partner: Any, make_staff: Any, call_as: Any):
    # given: a draw of the club, and the staff of another club owner
    cutoff = datetime.now(UTC) + timedelta(days=1)
    created = (await gql(CREATE, input=_input(lottery, cutoff)))["data"]["createDraw"]
    draw_id = created["draw"]["id"]
    other = await make_partner("Other owner", PartnerKind.CLUB_OWNER)
    _, token = await make_staff(StaffRole.OWNER, partner=other)
    # then
    body = await call_as(token, CREATE, input=_input(lottery, cutoff))
    assert body["data"]["createDraw"]["code"] == "club_not_found"
    for operation, field in ((RUN, "runDraw"), (CANCEL, "cancelDraw")):
        body = await call_as(token, operation, id=draw_id)
        assert (body["data"][field]["code"], body["data"][field]["field"]) == (
            "draw_not_found", "drawId")
    assert (await call_as(token, DRAWS, club=str(lottery.club.id)))["data"]["draws"] == []
    body = await call_as(token, PUBLICATION, id=draw_id)
    assert body["data"]["drawPublication"] is None
    assert (await Draw.get(id=int(draw_id))).status is DrawStatus.SCHEDULED


async def test_a_partner_key_or_no_key_may_not_call_draws(lottery: Lottery,
                                                          make_partner_key: Any,
                                                          call_as: Any):
    key = await make_partner_key(lottery.owner)
    cutoff = datetime.now(UTC) + timedelta(days=1)
    for token in (key, None):
        body = await call_as(token, CREATE, input=_input(lottery, cutoff))
        assert body["data"] is None and body["errors"]
        body = await call_as(token, PUBLICATION, id="1")
        assert body["errors"]
    assert await Draw.all().count() == 0


async def test_a_club_viewer_reads_draws_but_may_not_run_one(lottery: Lottery, gql: Any,
                                                             make_staff: Any, call_as: Any):
    from models.loyalty import clubs
    from models.loyalty.codes import ClubRole

    from .conftest import PLATFORM

    cutoff = datetime.now(UTC) + timedelta(days=1)
    created = (await gql(CREATE, input=_input(lottery, cutoff)))["data"]["createDraw"]
    viewer, token = await make_staff(StaffRole.OPERATOR, partner=lottery.owner)
    await clubs.set_staff_role(PLATFORM, lottery.club.id, viewer.id, ClubRole.VIEWER)
    assert len((await call_as(token, DRAWS, club=str(lottery.club.id)))["data"]["draws"]) == 1
    body = await call_as(token, CANCEL, id=created["draw"]["id"])
    assert body["data"]["cancelDraw"]["code"] == "club_role_required"


async def test_a_member_of_the_club_reads_the_publication_and_a_stranger_does_not(
        lottery: Lottery, gql: Any, call_as: Any, make_partner: Any):
    publication, _ = await _drawn_through_the_api(lottery, gql)
    member = await Customer.get(id=lottery.members[0].customer_id)
    as_member = await call_as(await open_session(member, 3600), PUBLICATION,
                              id=publication["drawId"])
    assert as_member["data"]["drawPublication"]["seed"] == publication["seed"]
    other = await make_partner("Other owner", PartnerKind.CLUB_OWNER)
    stranger = await create_customer("09351112233", "Stranger", partner_id=other.id)
    as_stranger = await call_as(await open_session(stranger, 3600), PUBLICATION,
                                id=publication["drawId"])
    assert as_stranger["data"]["drawPublication"] is None
