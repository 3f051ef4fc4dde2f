"""Partners and their API keys: the partners list, a new partner; a partner's keys, a new key
(its secret shown once) and revoking one."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import format_time, t, yes_no
from admin_ui.widgets import Page, PagedTable, busy_button, column, field_grid, page_of

PAGE_SIZE = 25
KINDS = ("merchant", "hotel", "airline", "insurer", "sales_agent", "bank_branch")

PARTNERS = """
query AdminPartners($first: Int!, $after: String) {
  partners(first: $first, after: $after) {
    edges { node { id name kind active createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
PARTNER = """
query AdminPartner($id: ID!) { partner(id: $id) { id name kind active createdAt } }
"""
KEYS = """
query AdminPartnerKeys($partnerId: ID!, $first: Int!, $after: String) {
  partnerKeys(partnerId: $partnerId, first: $first, after: $after) {
    edges { node { id name prefix scopes createdAt lastUsedAt revokedAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
CREATE_PARTNER = """
mutation AdminCreatePartner($input: PartnerInput!) {
  createPartner(input: $input) {
    __typename
    ... on PartnerSuccess { partner { id name } }
    ... on UserError { code message field }
  }
}
"""
CREATE_KEY = """
mutation AdminCreateKey($input: PartnerKeyInput!) {
  createPartnerKey(input: $input) {
    __typename
    ... on CreatePartnerKeySuccess { secret key { id prefix } }
    ... on UserError { code message field }
  }
}
"""
REVOKE_KEY = """
mutation AdminRevokeKey($keyId: ID!) {
  revokePartnerKey(keyId: $keyId) {
    __typename
    ... on PartnerKeySuccess { key { id prefix } }
    ... on UserError { code message field }
  }
}
"""

PARTNER_COLUMNS = [
    column("id", "field.id"),
    column("name", "field.name"),
    column("kind", "field.kind"),
    column("active", "field.active"),
    column("created_at", "field.created_at"),
]
KEY_COLUMNS = [
    column("id", "field.id"),
    column("name", "field.name"),
    column("prefix", "field.prefix"),
    column("scopes", "field.scopes"),
    column("created_at", "field.created_at"),
    column("last_used_at", "field.last_used_at"),
    column("revoked_at", "field.revoked_at"),
]


def partner_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.partner(n["id"]), "name": n["name"],
             "kind": t(f"partner_kind.{str(n['kind']).lower()}"), "active": yes_no(n["active"]),
             "created_at": format_time(n["createdAt"])} for n in nodes]


def key_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "name": n["name"], "prefix": n["prefix"],
             "scopes": ", ".join(n["scopes"]), "created_at": format_time(n["createdAt"]),
             "last_used_at": format_time(n["lastUsedAt"]),
             "revoked_at": format_time(n["revokedAt"])} for n in nodes]


async def _mutate(session: StaffSession, query: str, field: str,
                  **variables: Any) -> dict[str, Any] | None:
    """A mutation's success member, or None after notifying why it failed."""
    try:
        result: dict[str, Any] = (await session.run(query, **variables))[field]
    except ApiError as error:
        show_api_error(error)
        return None
    return None if show_refusal(result) else result


def create(api: AdminApi) -> None:
    @ui.page(routes.PARTNERS)
    @protected(api, needs="partners")
    async def partners_page(session: StaffSession) -> None:
        prefix = routes.prefix(ui.context.client.request)

        async def fetch(after: str | None) -> Page:
            data = await session.run(PARTNERS, first=PAGE_SIZE, after=after)
            return page_of(data["partners"], lambda nodes: partner_rows(nodes, prefix))

        table = PagedTable(PARTNER_COLUMNS, fetch, empty=t("partners.empty"), links=("id",))
        with frame(t("partners.title"), session):
            if session.may("createPartner"):
                with ui.row().classes("items-end gap-4"):
                    name = ui.input(t("field.name")).mark("partner-name")
                    kind = ui.select({k: t(f"partner_kind.{k}") for k in KINDS},
                                     value="merchant", label=t("field.kind")) \
                        .classes("w-48").mark("partner-kind")

                    async def add() -> None:
                        result = await _mutate(session, CREATE_PARTNER, "createPartner", input={
                            "name": name.value, "kind": str(kind.value).upper()})
                        if result is not None:
                            ui.notify(t("partners.created", name=result["partner"]["name"]),
                                      type="positive")
                            name.set_value("")
                            await table.load(table.pager)

                    busy_button(t("partners.create"), add, icon="add", marker="create-partner")
            await table.load()
            table.render()

    @ui.page(routes.partner("{partner_id}"))
    @protected(api, needs="partner")
    async def partner_page(session: StaffSession, partner_id: str) -> None:
        partner: dict[str, Any] | None = None
        if partner_id.isdigit() and len(partner_id) <= 19:
            try:
                partner = (await session.run(PARTNER, id=partner_id))["partner"]
            except ApiError as error:
                show_api_error(error)
        with frame(t("partner.title", id=partner_id), session):
            ui.link(t("partner.back"), routes.PARTNERS)
            if partner is None:
                ui.label(t("partner.not_found", id=partner_id)).mark("partner-not-found")
                return
            with ui.card().classes("w-full"):
                field_grid([("id", partner["id"]), ("name", partner["name"]),
                            ("kind", t(f"partner_kind.{str(partner['kind']).lower()}")),
                            ("active", yes_no(partner["active"])),
                            ("created_at", format_time(partner["createdAt"]))], "partner")
            if session.may("partnerKeys"):
                await keys(session, partner_id)


async def keys(session: StaffSession, partner_id: str) -> None:
    async def fetch(after: str | None) -> Page:
        data = await session.run(KEYS, partnerId=partner_id, first=PAGE_SIZE, after=after)
        return page_of(data["partnerKeys"], key_rows)

    table = PagedTable(KEY_COLUMNS, fetch, empty=t("partner.no_keys"))
    ui.label(t("partners.keys")).classes("text-lg font-semibold mt-4")
    with ui.row().classes("items-end gap-4"):
        name = ui.input(t("field.name")).mark("key-name")
        scopes = ui.input(t("partner.scopes"), value="ledger:read").classes("w-72") \
            .mark("key-scopes")

        async def add() -> None:
            wanted = [s.strip() for s in str(scopes.value).split(",") if s.strip()]
            result = await _mutate(session, CREATE_KEY, "createPartnerKey", input={
                "partnerId": partner_id, "name": name.value, "scopes": wanted})
            if result is None:
                return
            secret.set_text(result["secret"])
            shown.set_visibility(True)
            await table.load(table.pager)

        busy_button(t("partner.create_key"), add, icon="key", marker="create-key")
    with ui.card().classes("w-full bg-amber-50") as shown:
        ui.label(t("partner.secret"))
        secret = ui.label().classes("font-mono select-all").mark("key-secret")
    shown.set_visibility(False)
    with ui.row().classes("items-end gap-4"):
        key_id = ui.input(t("field.id")).classes("w-28").mark("revoke-id")

        async def revoke() -> None:
            result = await _mutate(session, REVOKE_KEY, "revokePartnerKey",
                                   keyId=str(key_id.value).strip())
            if result is not None:
                ui.notify(t("partner.revoked", prefix=result["key"]["prefix"]), type="positive")
                await table.load(table.pager)

        busy_button(t("partner.revoke"), revoke, icon="block", marker="revoke-key")
    await table.load()
    table.render()
