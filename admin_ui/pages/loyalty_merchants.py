"""A club's merchants: their terms in the club (category, Sheba, marketer, split), suspending
and resuming them, the club's merchant groups, and each merchant's terminals with their keys (a
key's secret is shown once, in a dialog, when it is issued; revoking and deactivating stop it at
once). All through GraphQL."""

from __future__ import annotations

import json
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import CLUB_HEAD, club_links, heading, is_id, load, not_found
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_time, t
from admin_ui.widgets import busy_button, column, localized, shown_rows

MERCHANTS = """
query AdminLoyaltyMerchants($club: ID!) {
  clubMerchants(clubId: $club) {
    merchantId name status categoryId settlementSheba marketerId splitTerms joinedAt
  }
  merchantGroups(clubId: $club) { id name merchantIds }
}
"""
TERMINALS = """
query AdminLoyaltyTerminals($merchant: ID!) {
  terminals(merchantId: $merchant) {
    id serial name active createdAt
    keys { id prefix createdAt lastUsedAt revokedAt }
  }
}
"""
ADD = """
mutation AdminAddClubMerchant($club: ID!, $merchant: ID!, $terms: MerchantTermsInput) {
  addClubMerchant(clubId: $club, merchantId: $merchant, terms: $terms) {
    __typename ... on ClubMerchantSuccess { merchant { merchantId } }
    ... on UserError { code message field }
  }
}
"""
STATUS = """
mutation AdminClubMerchantStatus($club: ID!, $merchant: ID!, $status: MerchantStatus!) {
  setClubMerchantStatus(clubId: $club, merchantId: $merchant, status: $status) {
    __typename ... on ClubMerchantSuccess { merchant { status } }
    ... on UserError { code message field }
  }
}
"""
CREATE_GROUP = """
mutation AdminCreateMerchantGroup($club: ID!, $name: String!) {
  createMerchantGroup(clubId: $club, name: $name) {
    __typename ... on MerchantGroupSuccess { group { id } }
    ... on UserError { code message field }
  }
}
"""
ADD_TO_GROUP = """
mutation AdminAddToGroup($club: ID!, $group: ID!, $merchant: ID!) {
  addToMerchantGroup(clubId: $club, groupId: $group, merchantId: $merchant) {
    __typename ... on MerchantGroupSuccess { group { id } }
    ... on UserError { code message field }
  }
}
"""
REMOVE_FROM_GROUP = """
mutation AdminRemoveFromGroup($club: ID!, $group: ID!, $merchant: ID!) {
  removeFromMerchantGroup(clubId: $club, groupId: $group, merchantId: $merchant) {
    __typename ... on MerchantGroupSuccess { group { id } }
    ... on UserError { code message field }
  }
}
"""
CREATE_TERMINAL = """
mutation AdminCreateTerminal($merchant: ID!, $serial: String!, $name: String!) {
  createTerminal(merchantId: $merchant, serial: $serial, name: $name) {
    __typename ... on TerminalSuccess { terminal { id } }
    ... on UserError { code message field }
  }
}
"""
ISSUE_KEY = """
mutation AdminIssueTerminalKey($terminal: ID!) {
  issueTerminalKey(terminalId: $terminal) {
    __typename ... on IssueTerminalKeySuccess { secret key { id prefix } }
    ... on UserError { code message field }
  }
}
"""
REVOKE_KEY = """
mutation AdminRevokeTerminalKey($id: ID!) {
  revokeTerminalKey(id: $id) {
    __typename ... on TerminalKeySuccess { key { id } }
    ... on UserError { code message field }
  }
}
"""
DEACTIVATE = """
mutation AdminDeactivateTerminal($id: ID!) {
  deactivateTerminal(id: $id) {
    __typename ... on TerminalSuccess { terminal { id } }
    ... on UserError { code message field }
  }
}
"""

MERCHANT_COLUMNS = [column("id", "loyalty.core.field.merchant"),
                    column("name", "loyalty.core.field.name"),
                    column("status", "loyalty.core.field.status"),
                    column("category", "loyalty.core.field.category"),
                    column("sheba", "loyalty.core.field.settlement_sheba"),
                    column("marketer", "loyalty.core.field.marketer"),
                    column("split", "loyalty.core.field.split_terms"),
                    column("joined_at", "loyalty.core.field.joined_at")]
GROUP_COLUMNS = [column("id", "loyalty.core.field.id"), column("name", "loyalty.core.field.name"),
                 column("merchants", "loyalty.core.field.merchants")]
TERMINAL_COLUMNS = [column("id", "loyalty.core.field.id"),
                    column("serial", "loyalty.core.field.serial"),
                    column("name", "loyalty.core.field.name"),
                    column("active", "loyalty.core.field.active"),
                    column("keys", "loyalty.core.field.keys")]


def share_text(share: dict[str, Any]) -> str:
    who = t(f"loyalty.core.beneficiary.{share['beneficiary']}")
    if "percent_bp" in share:
        return f"{who}: {digits(str(share['percent_bp'] / 100))}٪"
    return f"{who}: {digits(str(share['amount']))}"


def merchant_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["merchantId"], "name": n["name"],
             "status": t(f"loyalty.core.status.{n['status'].lower()}"),
             "category": n["categoryId"] or t("none"),
             "sheba": n["settlementSheba"] or t("none"),
             "marketer": n["marketerId"] or t("none"),
             "split": "، ".join(share_text(s) for s in n["splitTerms"]) or t("none"),
             "joined_at": format_time(n["joinedAt"])} for n in nodes]


def key_text(key: dict[str, Any]) -> str:
    state = (t("loyalty.core.key.revoked", at=format_time(key["revokedAt"]))
             if key["revokedAt"] else
             t("loyalty.core.key.last_used", at=format_time(key["lastUsedAt"]))
             if key["lastUsedAt"] else t("loyalty.core.key.unused"))
    return f"#{digits(key['id'])} {key['prefix']}… ({state})"


def terminal_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "serial": n["serial"], "name": n["name"] or t("none"),
             "active": t("loyalty.core.terminal.active" if n["active"]
                         else "loyalty.core.terminal.inactive"),
             "keys": " · ".join(key_text(k) for k in n["keys"]) or t("none")} for n in nodes]


def _table(columns: list[dict[str, Any]], rows: list[dict[str, Any]], marker: str,
           empty: str) -> None:
    if not rows:
        ui.label(empty).classes("text-grey-7").mark(f"{marker}-empty")
        return
    ui.table(columns=localized(columns), rows=shown_rows(rows), row_key="id") \
        .classes("w-full").props("flat bordered dense").mark(marker)


def add_merchant_form(session: StaffSession, club_id: str) -> None:
    heading(t("loyalty.core.merchants.add"))
    with ui.row().classes("items-end gap-4 flex-wrap"):
        merchant = ui.input(t("loyalty.core.field.merchant")).classes("w-32") \
            .mark("merchant-id")
        category = ui.input(t("loyalty.core.field.category")).classes("w-32") \
            .mark("merchant-category")
        sheba = ui.input(t("loyalty.core.field.settlement_sheba")).classes("w-80") \
            .mark("merchant-sheba")
        marketer = ui.input(t("loyalty.core.field.marketer")).classes("w-32") \
            .mark("merchant-marketer")
        split = ui.textarea(t("loyalty.core.field.split_terms"), value="[]",
                            placeholder='[{"beneficiary": "club_owner", "percent_bp": 300}]') \
            .classes("w-96").mark("merchant-split")

        async def add() -> None:
            try:
                shares = json.loads(str(split.value or "[]"))
            except ValueError:
                ui.notify(t("loyalty.core.merchants.bad_json"), type="warning")
                return
            terms: dict[str, Any] = {"splitTerms": shares}
            for key, box in (("categoryId", category), ("settlementSheba", sheba),
                             ("marketerId", marketer)):
                value = str(box.value or "").strip()
                if value:
                    terms[key] = value
            if await mutate(session, ADD, "addClubMerchant", club=club_id,
                            merchant=str(merchant.value or "").strip(),
                            terms=terms) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.core.merchants.add_button"), add, icon="add_business",
                    marker="add-merchant")


def status_form(session: StaffSession, club_id: str) -> None:
    with ui.row().classes("items-end gap-4"):
        merchant = ui.input(t("loyalty.core.field.merchant")).classes("w-32") \
            .mark("status-merchant")

        def setter(status: str) -> Any:
            async def run() -> None:
                if await mutate(session, STATUS, "setClubMerchantStatus", club=club_id,
                                merchant=str(merchant.value or "").strip(),
                                status=status) is not None:
                    ui.navigate.reload()

            return run

        busy_button(t("loyalty.core.merchants.suspend"), setter("SUSPENDED"), icon="pause",
                    marker="suspend-merchant")
        busy_button(t("loyalty.core.merchants.resume"), setter("ACTIVE"), icon="play_arrow",
                    marker="resume-merchant")


def groups_section(session: StaffSession, club_id: str, groups: list[dict[str, Any]],
                   configure: bool) -> None:
    heading(t("loyalty.core.groups.title"))
    _table(GROUP_COLUMNS, [{"id": g["id"], "name": g["name"],
                            "merchants": "، ".join(digits(m) for m in g["merchantIds"])
                            or t("none")} for g in groups],
           "groups", t("loyalty.core.groups.empty"))
    if not configure:
        return
    with ui.row().classes("items-end gap-4"):
        name = ui.input(t("loyalty.core.field.name")).classes("w-56").mark("group-name")

        async def make() -> None:
            if await mutate(session, CREATE_GROUP, "createMerchantGroup", club=club_id,
                            name=str(name.value or "")) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.core.groups.create"), make, icon="add", marker="create-group")
    with ui.row().classes("items-end gap-4"):
        group = ui.input(t("loyalty.core.field.group")).classes("w-32").mark("group-id")
        merchant = ui.input(t("loyalty.core.field.merchant")).classes("w-32") \
            .mark("group-merchant")

        def change(query: str, field: str) -> Any:
            async def run() -> None:
                if await mutate(session, query, field, club=club_id,
                                group=str(group.value or "").strip(),
                                merchant=str(merchant.value or "").strip()) is not None:
                    ui.navigate.reload()

            return run

        busy_button(t("loyalty.core.groups.add"), change(ADD_TO_GROUP, "addToMerchantGroup"),
                    icon="group_add", marker="add-to-group")
        busy_button(t("loyalty.core.groups.remove"),
                    change(REMOVE_FROM_GROUP, "removeFromMerchantGroup"),
                    icon="group_remove", marker="remove-from-group")


def show_secret(secret: str) -> None:
    """The issued key, once: a dialog to copy it from; it is not shown again."""
    with ui.dialog() as dialog, ui.card():
        ui.label(t("loyalty.core.key.issued")).classes("font-semibold")
        ui.label(t("loyalty.core.key.shown_once")).classes("text-sm text-grey-7")
        ui.label(secret).classes("font-mono").style("direction: ltr").mark("issued-secret")
        ui.button(t("loyalty.core.key.copied"), on_click=dialog.close).mark("close-secret")
    dialog.open()


async def terminals_section(session: StaffSession, merchant: dict[str, Any],
                            configure: bool) -> None:
    merchant_id = merchant["merchantId"]
    heading(t("loyalty.core.terminals.title", merchant=merchant["name"]),
            marker=f"terminals-of-{merchant_id}")
    ui.link(t("loyalty.tools.link"), routes.loyalty_merchant_tools(merchant_id)) \
        .mark(f"merchant-tools-{merchant_id}")
    nodes = await load(session, TERMINALS, "terminals", merchant=merchant_id) or []
    _table(TERMINAL_COLUMNS, terminal_rows(nodes), f"terminals-{merchant_id}",
           t("loyalty.core.terminals.empty"))
    if not configure:
        return
    with ui.row().classes("items-end gap-4 flex-wrap"):
        serial = ui.input(t("loyalty.core.field.serial")).classes("w-32") \
            .mark(f"terminal-serial-{merchant_id}")
        name = ui.input(t("loyalty.core.field.name")).classes("w-48") \
            .mark(f"terminal-name-{merchant_id}")

        async def make() -> None:
            if await mutate(session, CREATE_TERMINAL, "createTerminal", merchant=merchant_id,
                            serial=str(serial.value or ""),
                            name=str(name.value or "")) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.core.terminals.create"), make, icon="point_of_sale",
                    marker=f"create-terminal-{merchant_id}")
    with ui.row().classes("items-end gap-4 flex-wrap"):
        terminal = ui.input(t("loyalty.core.field.terminal")).classes("w-32") \
            .mark(f"key-terminal-{merchant_id}")
        key = ui.input(t("loyalty.core.field.key")).classes("w-32") \
            .mark(f"key-id-{merchant_id}")

        async def issue() -> None:
            result = await mutate(session, ISSUE_KEY, "issueTerminalKey",
                                  terminal=str(terminal.value or "").strip())
            if result is not None:
                show_secret(result["secret"])

        async def revoke() -> None:
            if await mutate(session, REVOKE_KEY, "revokeTerminalKey",
                            id=str(key.value or "").strip()) is not None:
                ui.navigate.reload()

        async def deactivate() -> None:
            if await mutate(session, DEACTIVATE, "deactivateTerminal",
                            id=str(terminal.value or "").strip()) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.core.key.issue"), issue, icon="key",
                    marker=f"issue-key-{merchant_id}")
        busy_button(t("loyalty.core.key.revoke"), revoke, icon="key_off",
                    marker=f"revoke-key-{merchant_id}")
        busy_button(t("loyalty.core.terminals.deactivate"), deactivate, icon="block",
                    marker=f"deactivate-terminal-{merchant_id}")


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_merchants("{club_id}"))
    @protected(api, needs="clubMerchants")
    async def merchants_page(session: StaffSession, club_id: str) -> None:
        club = await load(session, CLUB_HEAD, "club", id=club_id) if is_id(club_id) else None
        data = await load(session, MERCHANTS, None, club=club_id) if club is not None else None
        merchants = data["clubMerchants"] if data else []
        groups = data["merchantGroups"] if data else []
        title = t("loyalty.core.merchants.title", club=club["name"] if club else digits(club_id))
        with frame(title, session):
            if club is None:
                not_found(club_id)
                return
            club_links(club)
            configure = "CONFIGURE" in club["allowedActions"]
            heading(t("loyalty.core.merchants.list"))
            _table(MERCHANT_COLUMNS, merchant_rows(merchants), "club-merchants",
                   t("loyalty.core.merchants.empty"))
            if configure:
                status_form(session, club_id)
                add_merchant_form(session, club_id)
            groups_section(session, club_id, groups, configure)
            for merchant in merchants:
                await terminals_section(session, merchant, configure)
