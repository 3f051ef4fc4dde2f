"""Federations of clubs, for the clubs' owners and managers and the platform's staff: the clubs in
reach with their links; a club's federations with their clubs (founding one, inviting a club,
joining when invited) and its agreements as home or host (proposing one); an agreement with its
terms, accepting or ending it, the pair's statement of the last 30 Tehran days, the periods
closed and a form closing one (a Jalali day in Persian). All through GraphQL (`federations`,
`federationAgreements`, `federationAgreement`, `federationSettlements`, `federationStatement`,
`createFederation`, `inviteToFederation`, `joinFederation`, `proposeFederationAgreement`,
`acceptFederationAgreement`, `endFederationAgreement`, `closeFederationPeriod`)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import heading, is_id, load
from admin_ui.pages.loyalty_settlements import period_end_of
from admin_ui.pages.transfers import BadDate
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_money, format_number, format_time, is_rtl, shown, t
from admin_ui.widgets import busy_button, column, date_input, link_cell, localized, shown_rows
from models.i18n.formatting import TEHRAN

CLUBS = """query AdminFederationClubs { clubs { id name } }"""
CLUB = """
query AdminClubFederations($club: ID!) {
  club(id: $club) { id name }
  federations(clubId: $club) {
    id clubId name createdAt clubs { clubId clubName status joinedAt }
  }
  federationAgreements(clubId: $club) {
    id clubId partnerClubId number federationId earn spend kinds status createdAt
  }
}
"""
AGREEMENT = """
query AdminFederationAgreement($id: ID!) {
  federationAgreement(id: $id) {
    id clubId partnerClubId number federationId earn spend kinds status proposedBy acceptedBy
    createdAt acceptedAt endedAt
  }
  federationSettlements(agreementId: $id) { id periodEnd entries net transferId createdAt }
}
"""
STATEMENT = """
query AdminFederationStatement($club: ID!, $partner: ID!, $from: DateTime!, $to: DateTime!) {
  federationStatement(clubId: $club, partnerClubId: $partner, from: $from, to: $to) {
    purchases sales returned discount credit pointsValue net
  }
}
"""
CREATE = """
mutation AdminCreateFederation($club: ID!, $name: String!) {
  createFederation(clubId: $club, name: $name) {
    __typename ... on FederationSuccess { federation { id } }
    ... on UserError { code message field }
  }
}
"""
INVITE = """
mutation AdminInviteToFederation($federation: ID!, $club: ID!) {
  inviteToFederation(federationId: $federation, clubId: $club) {
    __typename ... on FederationSuccess { federation { id } }
    ... on UserError { code message field }
  }
}
"""
JOIN = """
mutation AdminJoinFederation($federation: ID!, $club: ID!) {
  joinFederation(federationId: $federation, clubId: $club) {
    __typename ... on FederationSuccess { federation { id } }
    ... on UserError { code message field }
  }
}
"""
PROPOSE = """
mutation AdminProposeFederationAgreement($input: ProposeFederationAgreementInput!) {
  proposeFederationAgreement(input: $input) {
    __typename ... on FederationAgreementSuccess { agreement { id } }
    ... on UserError { code message field }
  }
}
"""
ACCEPT = """
mutation AdminAcceptFederationAgreement($id: ID!) {
  acceptFederationAgreement(id: $id) {
    __typename ... on FederationAgreementSuccess { agreement { status } }
    ... on UserError { code message field }
  }
}
"""
END = """
mutation AdminEndFederationAgreement($id: ID!) {
  endFederationAgreement(id: $id) {
    __typename ... on FederationAgreementSuccess { agreement { status } }
    ... on UserError { code message field }
  }
}
"""
CLOSE = """
mutation AdminCloseFederationPeriod($id: ID!, $end: DateTime!) {
  closeFederationPeriod(agreementId: $id, periodEnd: $end) {
    __typename ... on FederationSettlementSuccess { settlement { id net entries } }
    ... on UserError { code message field }
  }
}
"""

FEDERATIONS = routes.LOYALTY_FEDERATIONS
club_federations = routes.loyalty_federations
agreement_page_of = routes.loyalty_federation_agreement
KINDS = ("CLUB_CREDIT", "VIRTUAL_CREDIT", "POINTS")

MEMBER_COLUMNS = [column("club", "loyalty.federation.field.club"),
                  column("status", "loyalty.federation.field.status"),
                  column("joined_at", "loyalty.federation.field.joined_at")]
AGREEMENT_COLUMNS = [column("id", "loyalty.federation.field.id"),
                     column("side", "loyalty.federation.field.side"),
                     column("partner", "loyalty.federation.field.partner"),
                     column("earn", "loyalty.federation.field.earn"),
                     column("spend", "loyalty.federation.field.spend"),
                     column("kinds", "loyalty.federation.field.kinds"),
                     column("status", "loyalty.federation.field.status"),
                     column("created_at", "loyalty.federation.field.created_at")]
SETTLEMENT_COLUMNS = [column("id", "loyalty.federation.field.id"),
                      column("period_end", "loyalty.federation.field.period_end"),
                      column("entries", "loyalty.federation.field.entries", align="right"),
                      column("net", "loyalty.federation.field.net", align="right"),
                      column("created_at", "loyalty.federation.field.created_at")]


def yes_no(value: bool) -> str:
    return t("loyalty.federation.yes" if value else "loyalty.federation.no")


def kinds_text(kinds: list[str]) -> str:
    comma = "، " if is_rtl() else ", "
    return comma.join(t(f"loyalty.federation.kind.{k.lower()}") for k in kinds) or "—"


def status_text(value: str) -> str:
    return t(f"loyalty.federation.status.{value.lower()}")


def agreement_rows(agreements: list[dict[str, Any]], club_id: str,
                   prefix: str) -> list[dict[str, Any]]:
    rows = []
    for a in agreements:
        home = a["clubId"] == club_id
        rows.append({"id": a["id"], "id_href": prefix + agreement_page_of(a["id"]),
                     "side": t("loyalty.federation.side.home" if home
                               else "loyalty.federation.side.host"),
                     "partner": digits(a["partnerClubId"] if home else a["clubId"]),
                     "earn": yes_no(a["earn"]), "spend": yes_no(a["spend"]),
                     "kinds": kinds_text(a["kinds"]), "status": status_text(a["status"]),
                     "created_at": format_time(a["createdAt"])})
    return rows


def _table(columns: list[dict[str, Any]], rows: list[dict[str, Any]], marker: str, empty: str,
           links: tuple[str, ...] = ()) -> None:
    if not rows:
        ui.label(empty).classes("text-grey-7").mark(f"{marker}-empty")
        return
    table = ui.table(columns=localized(columns), rows=shown_rows(rows), row_key="id") \
        .classes("w-full").props("flat bordered dense").mark(marker)
    for name in links:
        table.add_slot(f"body-cell-{name}", link_cell(name))


def federation_card(session: StaffSession, club_id: str, federation: dict[str, Any]) -> None:
    mine = next((c for c in federation["clubs"] if c["clubId"] == club_id), None)
    with ui.card().classes("w-full").mark(f"federation-{federation['id']}"):
        ui.label(t("loyalty.federation.federation_head", name=federation["name"],
                   id=digits(federation["id"]))).classes("font-semibold")
        rows = [{"id": c["clubId"],
                 "club": f"{c['clubName']} ({digits(c['clubId'])})",
                 "status": status_text(c["status"]),
                 "joined_at": format_time(c["joinedAt"]) if c["joinedAt"] else "—"}
                for c in federation["clubs"]]
        _table(MEMBER_COLUMNS, rows, f"federation-clubs-{federation['id']}",
               t("loyalty.federation.no_clubs"))
        if mine is not None and mine["status"] == "INVITED":
            async def join() -> None:
                if await mutate(session, JOIN, "joinFederation", federation=federation["id"],
                                club=club_id) is not None:
                    ui.navigate.reload()

            busy_button(t("loyalty.federation.join"), join, icon="group_add",
                        marker=f"join-{federation['id']}")
        if federation["clubId"] == club_id:
            with ui.row().classes("items-end gap-4"):
                invited = ui.input(t("loyalty.federation.invite_club")) \
                    .mark(f"invite-club-{federation['id']}")

                async def invite() -> None:
                    if not is_id((invited.value or "").strip()):
                        ui.notify(t("loyalty.federation.bad_club"), type="warning")
                        return
                    if await mutate(session, INVITE, "inviteToFederation",
                                    federation=federation["id"],
                                    club=invited.value.strip()) is not None:
                        ui.navigate.reload()

                busy_button(t("loyalty.federation.invite"), invite, icon="mail",
                            marker=f"invite-{federation['id']}")


def create_form(session: StaffSession, club_id: str) -> None:
    heading(t("loyalty.federation.create_title"))
    with ui.row().classes("items-end gap-4"):
        name = ui.input(t("loyalty.federation.name")).mark("federation-name")

        async def create() -> None:
            if await mutate(session, CREATE, "createFederation", club=club_id,
                            name=name.value or "") is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.federation.create"), create, icon="hub",
                    marker="create-federation")


def propose_form(session: StaffSession, club_id: str,
                 federations: list[dict[str, Any]]) -> None:
    joined = {f["id"]: f["name"] for f in federations
              if any(c["clubId"] == club_id and c["status"] == "JOINED" for c in f["clubs"])}
    if not joined:
        return
    heading(t("loyalty.federation.propose_title"))
    ui.label(t("loyalty.federation.propose_help")).classes("text-sm text-grey-7")
    with ui.row().classes("items-end gap-4"):
        federation = ui.select(joined, value=next(iter(joined)),
                               label=t("loyalty.federation.federation")) \
            .classes("min-w-48").mark("propose-federation")
        partner = ui.input(t("loyalty.federation.partner_club")).mark("propose-partner")
        earn = ui.checkbox(t("loyalty.federation.field.earn"), value=True).mark("propose-earn")
        spend = ui.checkbox(t("loyalty.federation.field.spend"), value=True) \
            .mark("propose-spend")
        kinds = ui.select({k: t(f"loyalty.federation.kind.{k.lower()}") for k in KINDS},
                          value=list(KINDS), multiple=True,
                          label=t("loyalty.federation.field.kinds")) \
            .classes("min-w-64").mark("propose-kinds")

        async def propose() -> None:
            if not is_id((partner.value or "").strip()):
                ui.notify(t("loyalty.federation.bad_club"), type="warning")
                return
            done = await mutate(session, PROPOSE, "proposeFederationAgreement", input={
                "clubId": club_id, "partnerClubId": partner.value.strip(),
                "federationId": federation.value, "earn": bool(earn.value),
                "spend": bool(spend.value), "kinds": list(kinds.value or [])})
            if done is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.federation.propose"), propose, icon="handshake",
                    marker="propose-agreement")


def statement_section(statement: dict[str, Any]) -> None:
    heading(t("loyalty.federation.statement_title"), "federation-statement")
    fields = [("purchases", format_number(statement["purchases"])),
              ("sales", format_money(statement["sales"], "IRR")),
              ("returned", format_money(statement["returned"], "IRR")),
              ("discount", format_money(statement["discount"], "IRR")),
              ("credit", format_money(statement["credit"], "IRR")),
              ("points_value", format_money(statement["pointsValue"], "IRR")),
              ("net", format_money(statement["net"], "IRR"))]
    with ui.card().classes("w-full"), \
            ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
        for key, value in fields:
            ui.label(t(f"loyalty.federation.field.{key}")).classes("text-sm text-grey-7")
            ui.label(shown(value)).mark(f"statement-{key}")


def agreement_actions(session: StaffSession, agreement: dict[str, Any]) -> None:
    with ui.row().classes("gap-4"):
        if agreement["status"] == "PROPOSED":
            async def accept() -> None:
                if await mutate(session, ACCEPT, "acceptFederationAgreement",
                                id=agreement["id"]) is not None:
                    ui.navigate.reload()

            busy_button(t("loyalty.federation.accept"), accept, icon="check",
                        marker="accept-agreement")
        if agreement["status"] != "ENDED":
            async def end() -> None:
                if await mutate(session, END, "endFederationAgreement",
                                id=agreement["id"]) is not None:
                    ui.navigate.reload()

            busy_button(t("loyalty.federation.end"), end, icon="block",
                        marker="end-agreement")


def close_form(session: StaffSession, agreement: dict[str, Any]) -> None:
    heading(t("loyalty.federation.close_title"))
    ui.label(t("loyalty.federation.close_help")).classes("text-sm text-grey-7")
    with ui.row().classes("items-end gap-4"):
        day = date_input(t("loyalty.federation.close_day")).mark("close-day")

        async def close() -> None:
            try:
                end = period_end_of(day.value)
            except BadDate:
                ui.notify(t("loyalty.federation.bad_day"), type="warning")
                return
            done = await mutate(session, CLOSE, "closeFederationPeriod", id=agreement["id"],
                                end=end)
            if done is not None:
                settled = done["settlement"]
                ui.notify(t("loyalty.federation.closed",
                            net=format_money(settled["net"], "IRR"),
                            entries=format_number(settled["entries"])), type="positive")
                ui.navigate.reload()

        busy_button(t("loyalty.federation.close"), close, icon="lock_clock",
                    marker="close-federation-period")


def create(api: AdminApi) -> None:
    @ui.page(FEDERATIONS)
    @protected(api, needs="federations")
    async def federations_page(session: StaffSession) -> None:
        clubs = await load(session, CLUBS, "clubs") or []
        with frame(t("loyalty.federation.title"), session):
            if not clubs:
                ui.label(t("loyalty.federation.no_reach")).mark("federation-clubs-empty")
            with ui.column().classes("gap-2").mark("federation-clubs"):
                for club in clubs:
                    with ui.row().classes("gap-6 items-baseline"):
                        ui.label(f"{club['name']} ({digits(club['id'])})") \
                            .classes("font-semibold")
                        ui.link(t("loyalty.federation.of_club"), club_federations(club["id"])) \
                            .mark(f"federations-of-{club['id']}")

    @ui.page(club_federations("{club_id}"))
    @protected(api, needs="federations")
    async def club_page(session: StaffSession, club_id: str) -> None:
        prefix = routes.prefix(ui.context.client.request)
        data: dict[str, Any] = (await load(session, CLUB, None, club=club_id)
                                if is_id(club_id) else None) or {}
        club = data.get("club")
        with frame(t("loyalty.federation.club_title", club=digits(club_id)), session):
            ui.link(t("loyalty.federation.back"), FEDERATIONS).mark("back-to-federations")
            if club is None:
                ui.label(t("loyalty.federation.club_not_found", id=digits(club_id))) \
                    .mark("club-not-found")
                return
            ui.label(club["name"]).classes("text-lg")
            heading(t("loyalty.federation.federations"))
            if not data["federations"]:
                ui.label(t("loyalty.federation.no_federations")).classes("text-grey-7") \
                    .mark("federations-empty")
            for federation in data["federations"]:
                federation_card(session, club_id, federation)
            if session.may("createFederation"):
                create_form(session, club_id)
            heading(t("loyalty.federation.agreements"))
            _table(AGREEMENT_COLUMNS,
                   agreement_rows(data["federationAgreements"], club_id, prefix),
                   "federation-agreements", t("loyalty.federation.no_agreements"),
                   links=("id",))
            if session.may("proposeFederationAgreement"):
                propose_form(session, club_id, data["federations"])

    @ui.page(agreement_page_of("{agreement_id}"))
    @protected(api, needs="federationAgreement")
    async def agreement_page(session: StaffSession, agreement_id: str) -> None:
        data: dict[str, Any] = (await load(session, AGREEMENT, None, id=agreement_id)
                                if is_id(agreement_id) else None) or {}
        agreement = data.get("federationAgreement")
        with frame(t("loyalty.federation.agreement_title", id=digits(agreement_id)), session):
            ui.link(t("loyalty.federation.back"), FEDERATIONS)
            if agreement is None:
                ui.label(t("loyalty.federation.agreement_not_found", id=digits(agreement_id))) \
                    .mark("agreement-not-found")
                return
            with ui.row().classes("gap-6"):
                for side in ("clubId", "partnerClubId"):
                    ui.link(t(f"loyalty.federation.{'home' if side == 'clubId' else 'host'}",
                              club=digits(agreement[side])), club_federations(agreement[side]))
            fields = [("status", status_text(agreement["status"])),
                      ("earn", yes_no(agreement["earn"])),
                      ("spend", yes_no(agreement["spend"])),
                      ("kinds", kinds_text(agreement["kinds"])),
                      ("created_at", format_time(agreement["createdAt"])),
                      ("accepted_at", format_time(agreement["acceptedAt"])
                       if agreement["acceptedAt"] else "—"),
                      ("ended_at", format_time(agreement["endedAt"])
                       if agreement["endedAt"] else "—")]
            with ui.card().classes("w-full"), \
                    ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1"):
                for key, value in fields:
                    ui.label(t(f"loyalty.federation.field.{key}")).classes("text-sm text-grey-7")
                    ui.label(shown(value)).mark(f"agreement-{key}")
            agreement_actions(session, agreement)
            now = datetime.now(UTC)
            start = datetime.combine(now.astimezone(TEHRAN).date() - timedelta(days=29),
                                     time(), TEHRAN)
            statement = await load(session, STATEMENT, "federationStatement",
                                   club=agreement["clubId"], partner=agreement["partnerClubId"],
                                   **{"from": start.isoformat(), "to": now.isoformat()})
            if statement is not None:
                statement_section(statement)
            heading(t("loyalty.federation.closed_title"))
            rows = [{"id": s["id"], "period_end": format_time(s["periodEnd"]),
                     "entries": format_number(s["entries"]),
                     "net": format_money(s["net"], "IRR"),
                     "created_at": format_time(s["createdAt"])}
                    for s in data["federationSettlements"]]
            _table(SETTLEMENT_COLUMNS, rows, "federation-settlements",
                   t("loyalty.federation.no_closed"))
            if session.may("closeFederationPeriod"):
                close_form(session, agreement)
