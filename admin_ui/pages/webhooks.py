"""Webhooks: a partner's endpoints (adding one shows its signing secret once; deactivating one),
and the delivery log of an endpoint, paged on the server and filtered by outcome.

The page keeps its choices in the URL (`?partner=…&endpoint=…&outcome=…`), so a reload or a shared
link shows the same log. Staff choose the partner; a partner's own people see their partner's.
"""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import digits, format_time, t, yes_no
from admin_ui.widgets import Page, PagedTable, busy_button, column, localized, page_of

PAGE_SIZE = 25
PARTNER_CHOICES = 200  # the API's largest page; more partners than this: pass ?partner=<id>
OUTCOMES = {"all": None, "succeeded": True, "failed": False}

PARTNERS = """
query AdminWebhookPartners($first: Int!) {
  partners(first: $first) { edges { node { id name } } }
}
"""
ENDPOINTS = """
query AdminWebhookEndpoints($partnerId: ID) {
  webhookEndpoints(partnerId: $partnerId) { id partnerId url isActive createdAt }
}
"""
ATTEMPTS = """
query AdminWebhookAttempts($endpointId: ID!, $first: Int!, $after: String, $succeeded: Boolean) {
  webhookAttempts(endpointId: $endpointId, first: $first, after: $after, succeeded: $succeeded) {
    edges { node { id deliveryId number statusCode category succeeded durationMs
                   createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
CREATE = """
mutation AdminCreateWebhookEndpoint($url: String!, $partnerId: ID) {
  createWebhookEndpoint(url: $url, partnerId: $partnerId) {
    __typename
    ... on CreateWebhookEndpointSuccess { secret endpoint { id url } }
    ... on UserError { code message field }
  }
}
"""
DEACTIVATE = """
mutation AdminDeactivateWebhookEndpoint($endpointId: ID!) {
  deactivateWebhookEndpoint(endpointId: $endpointId) {
    __typename
    ... on WebhookEndpointSuccess { endpoint { id } }
    ... on UserError { code message field }
  }
}
"""

ENDPOINT_COLUMNS = [
    column("id", "field.id"),
    column("partner", "field.partner"),
    column("url", "field.url"),
    column("active", "field.active"),
    column("created_at", "field.created_at"),
]
ATTEMPT_COLUMNS = [
    column("id", "field.id"),
    column("created_at", "field.at"),
    column("delivery", "field.delivery"),
    column("number", "field.number"),
    column("outcome", "field.outcome"),
    column("status_code", "field.status_code"),
    column("category", "webhooks.category"),
    column("duration", "field.duration"),
]


def endpoint_rows(nodes: list[dict[str, Any]],
                  partner_names: dict[str, str]) -> list[dict[str, Any]]:
    return [{"id": n["id"],
             "partner": t("webhooks.partner_option", name=partner_names[n["partnerId"]],
                          id=n["partnerId"]) if n["partnerId"] in partner_names
             else n["partnerId"],
             "url": n["url"], "active": yes_no(n["isActive"]),
             "created_at": format_time(n["createdAt"])} for n in nodes]


def attempt_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "created_at": format_time(n["createdAt"]),
             "delivery": n["deliveryId"], "number": digits(str(n["number"])),
             "outcome": t("webhooks.outcome.succeeded" if n["succeeded"]
                          else "webhooks.outcome.failed"),
             "status_code": digits(str(n["statusCode"])) if n["statusCode"] is not None
             else t("none"),
             "category": t(f"webhooks.category.{str(n['category']).lower()}"),
             "duration": t("webhooks.duration", ms=digits(str(n["durationMs"])))}
            for n in nodes]


def _url(partner: str | None, endpoint: str | None, outcome: str) -> str:
    wanted = {"partner": partner, "endpoint": endpoint,
              "outcome": outcome if outcome != "all" else None}
    query = "&".join(f"{k}={v}" for k, v in wanted.items() if v)
    return routes.WEBHOOKS + (f"?{query}" if query else "")


async def _mutate(session: StaffSession, query: str, field: str,
                  **variables: Any) -> dict[str, Any] | None:
    """A mutation's success member, or None after notifying why it failed."""
    try:
        result: dict[str, Any] = (await session.run(query, **variables))[field]
    except ApiError as error:
        show_api_error(error)
        return None
    return None if show_refusal(result) else result


def _is_id(value: str | None) -> bool:
    return value is not None and value.isdigit() and len(value) <= 19


def create(api: AdminApi) -> None:
    @ui.page(routes.WEBHOOKS)
    @protected(api, needs="webhookEndpoints")
    async def webhooks_page(session: StaffSession, partner: str | None = None,
                            endpoint: str | None = None, outcome: str | None = None) -> None:
        chosen_outcome = outcome if outcome in OUTCOMES else "all"
        partner_names: dict[str, str] = {}
        chooses_partner = session.may("partners")
        try:
            if chooses_partner:
                data = await session.run(PARTNERS, first=PARTNER_CHOICES)
                partner_names = {e["node"]["id"]: e["node"]["name"]
                                 for e in data["partners"]["edges"]}
        except ApiError as error:
            show_api_error(error)
        partner_id = (partner if _is_id(partner) else next(iter(partner_names), None)) \
            if chooses_partner else None
        endpoints: list[dict[str, Any]] = []

        async def load_endpoints() -> bool:
            try:
                data = await session.run(ENDPOINTS, partnerId=partner_id)
            except ApiError as error:
                show_api_error(error)
                return False
            endpoints[:] = data["webhookEndpoints"]
            return True

        with frame(t("webhooks.title"), session):
            if chooses_partner:
                if partner_id is None:
                    ui.label(t("webhooks.no_partners")).mark("no-partners")
                    return
                options = {pid: t("webhooks.partner_option", name=name, id=pid)
                           for pid, name in partner_names.items()}
                options.setdefault(partner_id, partner_id)
                ui.select(options, value=partner_id, label=t("webhooks.partner"),
                          on_change=lambda e: ui.navigate.to(_url(str(e.value), None, "all"))) \
                    .classes("w-72").mark("webhook-partner")
            if not await load_endpoints():
                return
            ids = [e["id"] for e in endpoints]
            endpoint_id = endpoint if endpoint in ids else (ids[-1] if ids else None)

            ui.label(t("webhooks.endpoints")).classes("text-lg font-semibold mt-4")

            @ui.refreshable
            def endpoint_table() -> None:
                if endpoints:
                    ui.table(columns=localized(ENDPOINT_COLUMNS),
                             rows=endpoint_rows(endpoints, partner_names), row_key="id") \
                        .classes("w-full").props("flat bordered dense").mark("endpoints")
                else:
                    ui.label(t("webhooks.no_endpoints")).classes("text-grey-7") \
                        .mark("no-endpoints")

            endpoint_table()
            if session.may("createWebhookEndpoint"):
                with ui.row().classes("items-end gap-4"):
                    url = ui.input(t("webhooks.url")).classes("w-96").props("dir=ltr") \
                        .mark("endpoint-url")

                    async def add() -> None:
                        result = await _mutate(session, CREATE, "createWebhookEndpoint",
                                               url=str(url.value or "").strip(),
                                               partnerId=partner_id)
                        if result is None:
                            return
                        ui.notify(t("webhooks.created", id=result["endpoint"]["id"]),
                                  type="positive")
                        secret.set_text(result["secret"])
                        shown.set_visibility(True)
                        url.set_value("")
                        if await load_endpoints():
                            endpoint_table.refresh()

                    busy_button(t("webhooks.create"), add, icon="add", marker="create-endpoint")
                with ui.card().classes("w-full bg-amber-50") as shown:
                    ui.label(t("webhooks.secret"))
                    secret = ui.label().classes("font-mono select-all").props("dir=ltr") \
                        .mark("endpoint-secret")
                shown.set_visibility(False)
            if session.may("deactivateWebhookEndpoint"):
                with ui.row().classes("items-end gap-4"):
                    target = ui.input(t("field.id")).classes("w-28").mark("deactivate-id")

                    async def deactivate() -> None:
                        result = await _mutate(session, DEACTIVATE, "deactivateWebhookEndpoint",
                                               endpointId=str(target.value or "").strip())
                        if result is None:
                            return
                        ui.notify(t("webhooks.deactivated", id=result["endpoint"]["id"]),
                                  type="positive")
                        if await load_endpoints():
                            endpoint_table.refresh()

                    busy_button(t("webhooks.deactivate"), deactivate, icon="block",
                                marker="deactivate-endpoint")

            ui.label(t("webhooks.attempts")).classes("text-lg font-semibold mt-4")
            if endpoint_id is None or not session.may("webhookAttempts"):
                return

            async def fetch(after: str | None) -> Page:
                data = await session.run(ATTEMPTS, endpointId=endpoint_id, first=PAGE_SIZE,
                                         after=after, succeeded=OUTCOMES[chosen_outcome])
                return page_of(data["webhookAttempts"], attempt_rows)

            with ui.row().classes("items-end gap-4"):
                which = ui.select({e["id"]: t("webhooks.endpoint_option", id=e["id"],
                                              url=e["url"]) for e in endpoints},
                                  value=endpoint_id, label=t("webhooks.endpoint")) \
                    .classes("w-96").mark("filter-endpoint")
                how = ui.select({k: t(f"webhooks.outcome.{k}") for k in OUTCOMES},
                                value=chosen_outcome, label=t("webhooks.outcome")) \
                    .classes("w-40").mark("filter-outcome")
                ui.button(t("accounts.filter.apply"), icon="filter_list",
                          on_click=lambda: ui.navigate.to(_url(
                              partner_id, str(which.value), str(how.value)))) \
                    .props("no-caps").mark("apply-filters")
            table = PagedTable(ATTEMPT_COLUMNS, fetch, empty=t("webhooks.no_attempts"))
            await table.load()
            table.render()
