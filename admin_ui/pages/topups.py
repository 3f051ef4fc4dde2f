"""Online top-ups: the list, newest first, filtered by status and customer (kept in the URL,
`?status=…&customer=…`), and
one top-up with its bank states (every exchange with the bank) and a button that reconciles it
with its bank, through the API's `reconcileTopUp`."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import digits, format_money, format_time, t
from admin_ui.widgets import (
    Page,
    PagedTable,
    busy_button,
    column,
    customer_filter,
    customer_param,
    localized,
    order_note,
    page_of,
)

PAGE_SIZE = 25
STATUSES = ("CREATED", "REDIRECTED", "VERIFYING", "CREDITED", "CANCELLED", "FAILED", "EXPIRED",
            "REVERSED")
OPEN = frozenset({"CREATED", "REDIRECTED", "VERIFYING"})

TOP_UPS = """
query AdminTopUps($first: Int!, $after: String, $status: TopUpStatus, $customerId: ID) {
  topUps(first: $first, after: $after, status: $status, customerId: $customerId) {
    edges { node { id customerId gateway amount status reference createdAt completedAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
TOP_UP = """
query AdminTopUp($id: ID!) {
  topUp(id: $id) {
    id customerId gateway amount status orderId idempotencyKey reference trace cardLastFour
    verifiedAmount failureCode failureReason creditTransferId createdAt updatedAt completedAt
    events { id kind code summary at }
  }
}
"""
RECONCILE = """
mutation AdminReconcileTopUp($id: ID!) {
  reconcileTopUp(id: $id) {
    __typename
    ... on TopUpSuccess { topUp { id status } }
    ... on UserError { code message field }
  }
}
"""

COLUMNS = [column(name, f"topups.field.{name}", align="right" if name == "amount" else "left")
           for name in ("id", "created_at", "customer", "gateway", "amount", "status",
                        "reference", "completed_at")]
EVENT_COLUMNS = [column(name, f"topups.field.{name}") for name in ("at", "kind", "code",
                                                                     "summary")]


def status_text(status: str) -> str:
    return t(f"topups.status.{status.lower()}")


def top_up_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.top_up(n["id"]),
             "created_at": format_time(n["createdAt"]), "customer": digits(n["customerId"]),
             "customer_href": prefix + routes.customer(n["customerId"]),
             "gateway": t(f"topups.gateway.{n['gateway'].lower()}"),
             "amount": format_money(n["amount"], "IRR"), "status": status_text(n["status"]),
             "reference": n["reference"] or t("none"),
             "completed_at": format_time(n["completedAt"])} for n in nodes]


def event_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": e["id"], "at": format_time(e["at"]),
             "kind": t(f"topups.event.{e['kind'].lower()}"), "code": e["code"] or t("none"),
             "summary": e["summary"] or t("none")} for e in events]


def top_up_fields(top_up: dict[str, Any]) -> list[tuple[str, str]]:
    none = t("none")
    return [
        ("id", top_up["id"]),
        ("customer", digits(top_up["customerId"])),
        ("gateway", t(f"topups.gateway.{top_up['gateway'].lower()}")),
        ("amount", format_money(top_up["amount"], "IRR")),
        ("status", status_text(top_up["status"])),
        ("verified_amount", format_money(top_up["verifiedAmount"], "IRR")
         if top_up["verifiedAmount"] is not None else none),
        ("reference", top_up["reference"] or none),
        ("trace", top_up["trace"] or none),
        ("card", digits(f"•••• {top_up['cardLastFour']}") if top_up["cardLastFour"] else none),
        ("order", top_up["orderId"] or none),
        ("idempotency_key", top_up["idempotencyKey"]),
        ("transfer", top_up["creditTransferId"] or none),
        ("failure", " · ".join(x for x in (top_up["failureCode"], top_up["failureReason"]) if x)
         or none),
        ("created_at", format_time(top_up["createdAt"])),
        ("updated_at", format_time(top_up["updatedAt"])),
        ("completed_at", format_time(top_up["completedAt"])),
    ]


def _list_url(status: str | None, customer: str | None) -> str:
    return routes.with_query(routes.TOP_UPS, status=status, customer=customer)


def create(api: AdminApi) -> None:
    @ui.page(routes.TOP_UPS)
    @protected(api, needs="topUps")
    async def top_ups_page(session: StaffSession, status: str | None = None,
                           customer: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        chosen = status.upper() if status and status.upper() in STATUSES else None
        customer_id = customer_param(customer)

        async def fetch(after: str | None) -> Page:
            data = await session.run(TOP_UPS, first=PAGE_SIZE, after=after, status=chosen,
                                     customerId=customer_id)
            return page_of(data["topUps"], lambda nodes: top_up_rows(nodes, prefix))

        with frame(t("topups.title"), session):
            with ui.row().classes("items-end gap-4"):
                options = {"all": t("topups.status.all")} | {
                    s.lower(): status_text(s) for s in STATUSES}
                ui.select(options, value=chosen.lower() if chosen else "all",
                          label=t("field.status"),
                          on_change=lambda e: ui.navigate.to(_list_url(
                              None if e.value == "all" else str(e.value), customer_id))) \
                    .classes("w-48").mark("filter-status")
                if customer_id is not None:
                    await customer_filter(session, customer_id, _list_url(
                        chosen.lower() if chosen else None, None))
            order_note(oldest_first=False)
            table = PagedTable(COLUMNS, fetch, empty=t("topups.empty"),
                               links=("id", "customer"))
            await table.load()
            table.render()

    @ui.page(routes.top_up("{top_up_id}"))
    @protected(api, needs="topUp")
    async def top_up_page(session: StaffSession, top_up_id: str) -> None:
        found: dict[str, Any] | None = None

        async def load() -> bool:
            nonlocal found
            if not (top_up_id.isdigit() and len(top_up_id) <= 19):
                return True
            try:
                found = (await session.run(TOP_UP, id=top_up_id))["topUp"]
            except ApiError as error:
                show_api_error(error)
                return False
            return True

        await load()
        with frame(t("topups.one", id=top_up_id), session):
            ui.link(t("topups.back"), routes.TOP_UPS).mark("back-to-top-ups")
            if found is None:
                ui.label(t("topups.not_found", id=top_up_id)).mark("top-up-not-found")
                return

            @ui.refreshable
            def details() -> None:
                assert found is not None
                with ui.card().classes("w-full"), ui.grid(columns="auto 1fr auto 1fr") \
                        .classes("gap-x-6 gap-y-1 items-baseline"):
                    for key, value in top_up_fields(found):
                        ui.label(t(f"topups.field.{key}")).classes("text-sm text-grey-7")
                        ui.label(value).mark(f"top-up-{key}")
                ui.label(t("topups.bank_states")).classes("text-lg font-semibold mt-4")
                ui.table(columns=localized(EVENT_COLUMNS), rows=event_rows(found["events"]),
                         row_key="id").classes("w-full").props("flat bordered dense") \
                    .mark("bank-states")

            details()
            if session.may("reconcileTopUp") and found["status"] in OPEN:
                async def reconcile() -> None:
                    try:
                        result = (await session.run(RECONCILE, id=top_up_id))["reconcileTopUp"]
                    except ApiError as error:
                        show_api_error(error)
                        return
                    if show_refusal(result):
                        return
                    ui.notify(t("topups.reconciled",
                                status=status_text(result["topUp"]["status"])),
                              type="positive")
                    if await load():
                        details.refresh()

                busy_button(t("topups.reconcile"), reconcile, icon="sync",
                            marker="reconcile-top-up")
