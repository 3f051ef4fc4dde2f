"""A club's members: search by mobile number, national ID, club card or bank card number (or a
bank card's last four digits), enrol a person in the club's panel, and a member's page with
their bank cards (BIN and last four only: the number is never stored), adding and removing
them, what they hold (credit by lot, points, entries, what they owe) and their latest
purchases. All through GraphQL (`members`, `member`, `memberHoldings`, `clubPurchases`,
`enrolMember`, `addMemberCard`, `removeMemberCard`); the search is kept in the URL (`?q=…`)."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages import loyalty_segments
from admin_ui.pages.loyalty_parts import (
    CLUB_HEAD,
    club_links,
    heading,
    is_id,
    load,
    not_found,
    values_grid,
)
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_amount, format_money, format_time, t
from admin_ui.widgets import busy_button, column, link_cell, localized, shown_rows

MEMBERS = """
query AdminLoyaltyMembers($club: ID!, $search: String) {
  members(clubId: $club, search: $search, first: 100) {
    id name mobile nationalId cardNumber enrolledVia enrolledAt
  }
}
"""
MEMBER = """
query AdminLoyaltyMember($id: ID!) {
  member(id: $id) {
    id clubId customerId name mobile nationalId cardNumber enrolledVia enrolledTerminalId
    enrolledBy enrolledAt cards { id bin last4 createdAt }
  }
  memberHoldings(memberId: $id) {
    credit points entries pointsOwed creditOwed
    lots { id kind scope scopeId expiresAt available expired }
  }
}
"""
MEMBER_PURCHASES = """
query AdminLoyaltyMemberPurchases($club: ID!, $member: ID!) {
  clubPurchases(clubId: $club, memberId: $member, first: 20) {
    id merchantId reference amount payable state occurredAt
  }
}
"""
ENROL = """
mutation AdminEnrolMember($input: EnrolMemberInput!) {
  enrolMember(input: $input) {
    __typename ... on MemberSuccess { member { id } }
    ... on UserError { code message field }
  }
}
"""
ADD_CARD = """
mutation AdminAddMemberCard($member: ID!, $number: String!) {
  addMemberCard(memberId: $member, cardNumber: $number) {
    __typename ... on MemberSuccess { member { id } }
    ... on UserError { code message field }
  }
}
"""
REMOVE_CARD = """
mutation AdminRemoveMemberCard($member: ID!, $card: ID!) {
  removeMemberCard(memberId: $member, cardId: $card) {
    __typename ... on MemberSuccess { member { id } }
    ... on UserError { code message field }
  }
}
"""

MEMBER_COLUMNS = [column("id", "loyalty.core.field.id"), column("name", "loyalty.core.field.name"),
                  column("mobile", "loyalty.core.field.mobile"),
                  column("national_id", "loyalty.core.field.national_id"),
                  column("card_number", "loyalty.core.field.card_number"),
                  column("enrolled_via", "loyalty.core.field.enrolled_via"),
                  column("enrolled_at", "loyalty.core.field.enrolled_at")]
CARD_COLUMNS = [column("id", "loyalty.core.field.id"), column("card", "loyalty.core.field.card"),
                column("created_at", "loyalty.core.field.created_at")]

LOT_COLUMNS = [column("id", "loyalty.core.field.id"),
               column("kind", "loyalty.core.member.field.kind"),
               column("scope", "loyalty.core.member.field.scope"),
               column("expires_at", "loyalty.core.member.field.expires_at"),
               column("available", "loyalty.core.member.field.available", align="right")]
PURCHASE_COLUMNS = [column("id", "loyalty.core.field.id"),
                    column("occurred_at", "loyalty.core.member.field.occurred_at"),
                    column("merchant", "loyalty.core.member.field.merchant"),
                    column("reference", "loyalty.core.member.field.reference"),
                    column("amount", "loyalty.core.member.field.amount", align="right"),
                    column("payable", "loyalty.core.member.field.payable", align="right"),
                    column("state", "loyalty.core.member.field.state")]
# Lots holding rials: their figures are money; points and entries are counts.
MONEY_LOTS = frozenset({"MERCHANT_CREDIT", "CLUB_CREDIT", "VIRTUAL_CREDIT", "PAID",
                        "PROMOTIONAL"})


def masked(bin_: str, last4: str) -> str:
    """A bank card as far as it is known: its BIN and last four digits."""
    return digits(f"{bin_[:4]} {bin_[4:]}•• •••• {last4}")


def member_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.loyalty_member(n["id"]),
             "name": n["name"] or t("none"), "mobile": digits(n["mobile"]),
             "national_id": digits(n["nationalId"]) if n["nationalId"] else t("none"),
             "card_number": digits(n["cardNumber"]),
             "enrolled_via": t(f"loyalty.core.channel.{n['enrolledVia'].lower()}"),
             "enrolled_at": format_time(n["enrolledAt"])} for n in nodes]


def member_fields(member: dict[str, Any]) -> list[tuple[str, str]]:
    return [("id", member["id"]), ("name", member["name"] or t("none")),
            ("mobile", digits(member["mobile"])),
            ("national_id", digits(member["nationalId"]) if member["nationalId"]
             else t("none")),
            ("card_number", digits(member["cardNumber"])),
            ("customer", digits(member["customerId"])),
            ("enrolled_via", t(f"loyalty.core.channel.{member['enrolledVia'].lower()}")),
            ("terminal", digits(member["enrolledTerminalId"])
             if member["enrolledTerminalId"] else t("none")),
            ("enrolled_by", member["enrolledBy"] or t("none")),
            ("enrolled_at", format_time(member["enrolledAt"]))]


def enrol_form(session: StaffSession, club_id: str) -> None:
    heading(t("loyalty.core.members.enrol"))
    with ui.row().classes("items-end gap-4 flex-wrap"):
        mobile = ui.input(t("loyalty.core.field.mobile")).classes("w-48").mark("enrol-mobile")
        national_id = ui.input(t("loyalty.core.field.national_id")).classes("w-40") \
            .mark("enrol-national-id")
        name = ui.input(t("loyalty.core.field.name")).classes("w-56").mark("enrol-name")
        card = ui.input(t("loyalty.core.field.bank_card")).classes("w-56") \
            .mark("enrol-card")

        async def enrol() -> None:
            given: dict[str, Any] = {"clubId": club_id, "mobile": str(mobile.value or ""),
                                     "name": str(name.value or "")}
            if str(national_id.value or "").strip():
                given["nationalId"] = str(national_id.value)
            if str(card.value or "").strip():
                given["cardNumber"] = str(card.value)
            result = await mutate(session, ENROL, "enrolMember", input=given)
            if result is not None:
                ui.navigate.to(routes.loyalty_member(result["member"]["id"]))

        busy_button(t("loyalty.core.members.enrol_button"), enrol, icon="person_add",
                    marker="enrol-member")


def cards_section(session: StaffSession, member: dict[str, Any], manage: bool) -> None:
    heading(t("loyalty.core.cards.title"))
    rows = [{"id": c["id"], "card": masked(c["bin"], c["last4"]),
             "created_at": format_time(c["createdAt"])} for c in member["cards"]]
    if rows:
        ui.table(columns=localized(CARD_COLUMNS), rows=shown_rows(rows), row_key="id") \
            .classes("w-full").props("flat bordered dense").mark("member-cards")
    else:
        ui.label(t("loyalty.core.cards.empty")).classes("text-grey-7").mark("member-cards-empty")
    if not manage:
        return
    with ui.row().classes("items-end gap-4"):
        number = ui.input(t("loyalty.core.field.bank_card")).classes("w-56").mark("card-number")

        async def add() -> None:
            if await mutate(session, ADD_CARD, "addMemberCard", member=member["id"],
                            number=str(number.value or "")) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.core.cards.add"), add, icon="credit_card", marker="add-card")
    with ui.row().classes("items-end gap-4"):
        card_id = ui.input(t("loyalty.core.field.card")).classes("w-32").mark("card-id")

        async def remove() -> None:
            if await mutate(session, REMOVE_CARD, "removeMemberCard", member=member["id"],
                            card=str(card_id.value or "").strip()) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.core.cards.remove"), remove, icon="credit_card_off",
                    marker="remove-card")


def lot_rows(lots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The member's lots: credit in rials (or tomans, as the reader chose), points and entries
    as counts; an expired lot says so after its expiry."""
    rows = []
    for lot in lots:
        scope = t(f"loyalty.core.member.scope.{lot['scope'].lower()}")
        if lot["scopeId"]:
            scope = f"{scope} {digits(lot['scopeId'])}"
        expiry = format_time(lot["expiresAt"]) if lot["expiresAt"] \
            else t("loyalty.core.member.never")
        if lot["expired"]:
            expiry = t("loyalty.core.member.expired", at=expiry)
        rows.append({"id": lot["id"], "kind": t(f"loyalty.core.member.kind.{lot['kind'].lower()}"),
                     "scope": scope, "expires_at": expiry,
                     "available": format_money(lot["available"], "IRR")
                     if lot["kind"] in MONEY_LOTS else format_amount(lot["available"])})
    return rows


def holdings_section(holdings: dict[str, Any] | None) -> None:
    heading(t("loyalty.core.member.holdings"))
    if holdings is None:
        ui.label(t("loyalty.core.member.holdings_hidden")).classes("text-grey-7") \
            .mark("member-holdings-hidden")
        return
    with ui.card().classes("w-full").mark("member-holdings"):
        with ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
            for key, value in (("credit", format_money(holdings["credit"], "IRR")),
                               ("points", format_amount(holdings["points"])),
                               ("entries", format_amount(holdings["entries"])),
                               ("points_owed", format_amount(holdings["pointsOwed"])),
                               ("credit_owed", format_money(holdings["creditOwed"], "IRR"))):
                ui.label(t(f"loyalty.core.member.field.{key}")).classes("text-sm text-grey-7")
                ui.label(value).mark(f"member-{key}")
        rows = lot_rows(holdings["lots"])
        if rows:
            ui.table(columns=localized(LOT_COLUMNS), rows=shown_rows(rows), row_key="id") \
                .classes("w-full").props("flat bordered dense").mark("member-lots")
        else:
            ui.label(t("loyalty.core.member.no_lots")).classes("text-grey-7") \
                .mark("member-lots-empty")


def purchase_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.loyalty_purchase(n["id"]),
             "occurred_at": format_time(n["occurredAt"]),
             "merchant": digits(n["merchantId"]), "reference": n["reference"],
             "amount": format_money(n["amount"], "IRR"),
             "payable": format_money(n["payable"], "IRR"),
             "state": t(f"loyalty.core.member.state.{n['state'].lower()}")} for n in nodes]


def purchases_section(nodes: list[dict[str, Any]], prefix: str) -> None:
    heading(t("loyalty.core.member.purchases"))
    with ui.card().classes("w-full"):
        rows = purchase_rows(nodes, prefix)
        if rows:
            table = ui.table(columns=localized(PURCHASE_COLUMNS), rows=shown_rows(rows),
                             row_key="id").classes("w-full").props("flat bordered dense") \
                .mark("member-purchases")
            table.add_slot("body-cell-id", link_cell("id"))
        else:
            ui.label(t("loyalty.core.member.no_purchases")).classes("text-grey-7") \
                .mark("member-purchases-empty")


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_members("{club_id}"))
    @protected(api, needs="members")
    async def members_page(session: StaffSession, club_id: str, q: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        search = (q or "").strip() or None
        club = await load(session, CLUB_HEAD, "club", id=club_id) if is_id(club_id) else None
        nodes = await load(session, MEMBERS, "members", club=club_id, search=search) \
            if club is not None else []
        title = t("loyalty.core.members.title", club=club["name"] if club else digits(club_id))
        with frame(title, session):
            if club is None:
                not_found(club_id)
                return
            club_links(club)
            with ui.row().classes("items-end gap-4"):
                box = ui.input(t("loyalty.core.members.search"), value=search or "") \
                    .classes("w-80").mark("member-search")

                def go() -> None:
                    ui.navigate.to(routes.with_query(routes.loyalty_members(club_id),
                                                     q=str(box.value or "").strip()))

                box.on("keydown.enter", go)
                ui.button(t("loyalty.core.members.search_button"), icon="search", on_click=go) \
                    .props("no-caps").mark("search-members")
            rows = member_rows(nodes or [], prefix)
            if rows:
                table = ui.table(columns=localized(MEMBER_COLUMNS), rows=shown_rows(rows),
                                 row_key="id").classes("w-full") \
                    .props("flat bordered dense").mark("members")
                table.add_slot("body-cell-id", link_cell("id"))
            else:
                ui.label(t("loyalty.core.members.empty")).classes("text-grey-7") \
                    .mark("members-empty")
            if "ENROL_MEMBERS" in club["allowedActions"] and session.may("enrolMember"):
                enrol_form(session, club_id)

    @ui.page(routes.loyalty_member("{member_id}"))
    @protected(api, needs="member")
    async def member_page(session: StaffSession, member_id: str) -> None:
        answer = await load(session, MEMBER, None, id=member_id) if is_id(member_id) else None
        member = answer["member"] if answer else None
        club = await load(session, CLUB_HEAD, "club", id=member["clubId"]) if member else None
        bought = await load(session, MEMBER_PURCHASES, "clubPurchases", club=member["clubId"],
                            member=member["id"]) \
            if member and club and session.may("clubPurchases") else []
        with frame(t("loyalty.core.member.title", id=digits(member_id)), session):
            if member is None or club is None:
                ui.label(t("loyalty.core.member.not_found", id=digits(member_id))) \
                    .mark("member-not-found")
                return
            club_links(club)
            with ui.card().classes("w-full"):
                values_grid(member_fields(member), "member")
            cards_section(session, member, "ENROL_MEMBERS" in club["allowedActions"]
                          and session.may("addMemberCard"))
            holdings_section(answer["memberHoldings"] if answer else None)
            await loyalty_segments.stats_section(session, member["id"])
            purchases_section(bought or [], routes.prefix(ui.context.client.request))
