"""A club's lottery draws: each with its status and cut-off (Jalali in Persian), its commitment
(published at creation), and once drawn its revealed seed, snapshot hash and winners (members by
id and masked card); for the owner and managers, a form creating a draw and buttons running or
cancelling one. All through GraphQL (`draws`, `createDraw`, `runDraw`, `cancelDraw`)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import CLUB_HEAD, club_links, heading, is_id, load, not_found
from admin_ui.pages.transfers import BadDate, parse_day
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_money, format_number, format_time, t
from admin_ui.widgets import busy_button, column, date_input, localized, shown_rows
from models.i18n.formatting import TEHRAN

DRAWS = """
query AdminLoyaltyDraws($club: ID!) {
  draws(clubId: $club, first: 500) {
    id name status cutoffAt commitment seed snapshotHash entriesTotal entrants
    prizes { prizeNo title kind amount }
    winners { prizeNo title kind amount memberId card }
  }
}
"""
CREATE = """
mutation AdminCreateDraw($input: CreateDrawInput!) {
  createDraw(input: $input) {
    __typename ... on DrawSuccess { draw { id } }
    ... on UserError { code message field }
  }
}
"""
RUN = """
mutation AdminRunDraw($id: ID!) {
  runDraw(drawId: $id) {
    __typename ... on DrawSuccess { draw { id status } }
    ... on UserError { code message field }
  }
}
"""
CANCEL = """
mutation AdminCancelDraw($id: ID!) {
  cancelDraw(drawId: $id) {
    __typename ... on DrawSuccess { draw { id status } }
    ... on UserError { code message field }
  }
}
"""

DRAW_COLUMNS = [column("id", "loyalty.draws.field.id"),
                column("name", "loyalty.draws.field.name"),
                column("status", "loyalty.draws.field.status"),
                column("cutoff", "loyalty.draws.field.cutoff"),
                column("prizes", "loyalty.draws.field.prizes"),
                column("entrants", "loyalty.draws.field.entrants", align="right"),
                column("entries", "loyalty.draws.field.entries", align="right")]
WINNER_COLUMNS = [column("prize_no", "loyalty.draws.field.prize_no"),
                  column("title", "loyalty.draws.field.prize"),
                  column("grant", "loyalty.draws.field.grant"),
                  column("member", "loyalty.draws.field.member"),
                  column("card", "loyalty.draws.field.card")]
PRIZES_EXAMPLE = ('[{"title": "Kish trip", "kind": "CLUB_CREDIT", "amount": 5000000}, '
                  '{"title": "Mug"}]')


def grant_text(prize: dict[str, Any]) -> str:
    if prize["kind"] == "CLUB_CREDIT":
        return format_money(prize["amount"], "IRR")
    if prize["kind"] == "POINTS":
        return t("loyalty.draws.points", amount=format_number(int(prize["amount"])))
    return t("none")


def draw_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "name": n["name"],
             "status": t(f"loyalty.draws.status.{n['status'].lower()}"),
             "cutoff": format_time(n["cutoffAt"]),
             "prizes": "، ".join(p["title"] for p in n["prizes"]),
             "entrants": format_number(n["entrants"]),
             "entries": format_number(int(n["entriesTotal"]))} for n in nodes]


def winner_rows(winners: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": w["prizeNo"], "prize_no": digits(str(w["prizeNo"])), "title": w["title"],
             "grant": grant_text(w), "member": digits(w["memberId"]), "card": w["card"]}
            for w in winners]


def cutoff_of(day_text: str | None, time_text: str | None) -> str:
    """The cut-off typed: a day (Jalali or Gregorian) and a time of day, in Tehran."""
    day = parse_day(day_text)
    if day is None:
        raise BadDate("")
    try:
        at = time.fromisoformat((time_text or "").strip() or "23:59")
    except ValueError as error:
        raise BadDate(str(time_text)) from error
    moment = datetime.combine(datetime.fromisoformat(day.replace("Z", "+00:00")).date(), at,
                              TEHRAN)
    return moment.astimezone(UTC).isoformat()


def draw_card(draw: dict[str, Any]) -> None:
    """A draw's commitment and, once drawn, what lets anyone check it."""
    with ui.card().classes("w-full").mark(f"draw-{draw['id']}"):
        ui.label(t("loyalty.draws.card_title", id=digits(draw["id"]), name=draw["name"])) \
            .classes("font-semibold")
        for key, value in (("commitment", draw["commitment"]), ("seed", draw["seed"]),
                           ("snapshot_hash", draw["snapshotHash"])):
            with ui.row().classes("gap-2 items-baseline"):
                ui.label(t(f"loyalty.draws.field.{key}")).classes("text-sm text-grey-7")
                ui.label(value or t("loyalty.draws.not_yet")).classes("font-mono text-xs") \
                    .style("direction: ltr").mark(f"draw-{draw['id']}-{key}")
        if draw["status"] == "DRAWN":
            rows = winner_rows(draw["winners"])
            if rows:
                ui.table(columns=localized(WINNER_COLUMNS), rows=shown_rows(rows),
                         row_key="id").classes("w-full").props("flat bordered dense") \
                    .mark(f"draw-{draw['id']}-winners")
            else:
                ui.label(t("loyalty.draws.no_winners")).classes("text-grey-7")
            ui.label(t("loyalty.draws.verify_help", id=draw["id"])).classes("text-sm text-grey-7")


def create_form(session: StaffSession, club_id: str) -> None:
    heading(t("loyalty.draws.create_title"))
    ui.label(t("loyalty.draws.create_help")).classes("text-sm text-grey-7")
    with ui.row().classes("items-end gap-4 flex-wrap"):
        name = ui.input(t("loyalty.draws.field.name")).classes("w-56").mark("draw-name")
        day = date_input(t("loyalty.draws.field.cutoff_day")).mark("draw-cutoff-day")
        at = ui.input(t("loyalty.draws.field.cutoff_time"), value="23:59").classes("w-24") \
            .mark("draw-cutoff-time")
        prizes = ui.textarea(t("loyalty.draws.field.prizes"), value="[]",
                             placeholder=PRIZES_EXAMPLE).classes("w-96").mark("draw-prizes")

        async def create() -> None:
            try:
                cutoff = cutoff_of(day.value, at.value)
            except BadDate:
                ui.notify(t("loyalty.draws.bad_cutoff"), type="warning")
                return
            try:
                given = json.loads(str(prizes.value or "[]"))
            except ValueError:
                ui.notify(t("loyalty.draws.bad_json"), type="warning")
                return
            if await mutate(session, CREATE, "createDraw", input={
                    "clubId": club_id, "name": str(name.value or ""), "cutoffAt": cutoff,
                    "prizes": given}) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.draws.create"), create, icon="casino", marker="create-draw")


def run_form(session: StaffSession) -> None:
    with ui.row().classes("items-end gap-4"):
        draw = ui.input(t("loyalty.draws.field.id")).classes("w-32").mark("draw-id")

        def runner(query: str, field: str) -> Any:
            async def run() -> None:
                if await mutate(session, query, field,
                                id=str(draw.value or "").strip()) is not None:
                    ui.navigate.reload()

            return run

        busy_button(t("loyalty.draws.run"), runner(RUN, "runDraw"), icon="play_arrow",
                    marker="run-draw")
        busy_button(t("loyalty.draws.cancel"), runner(CANCEL, "cancelDraw"), icon="block",
                    marker="cancel-draw")


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_draws("{club_id}"))
    @protected(api, needs="draws")
    async def draws_page(session: StaffSession, club_id: str) -> None:
        club = await load(session, CLUB_HEAD, "club", id=club_id) if is_id(club_id) else None
        nodes = (await load(session, DRAWS, "draws", club=club_id) or []) if club else []
        title = t("loyalty.draws.title", club=club["name"] if club else digits(club_id))
        with frame(title, session):
            if club is None:
                not_found(club_id)
                return
            club_links(club)
            heading(t("loyalty.draws.list"))
            if nodes:
                ui.table(columns=localized(DRAW_COLUMNS), rows=shown_rows(draw_rows(nodes)),
                         row_key="id").classes("w-full").props("flat bordered dense") \
                    .mark("draws")
            else:
                ui.label(t("loyalty.draws.empty")).classes("text-grey-7").mark("draws-empty")
            configure = "CONFIGURE" in club["allowedActions"]
            if configure and nodes:
                run_form(session)
            for node in reversed(nodes):
                draw_card(node)
            if configure:
                create_form(session, club_id)
