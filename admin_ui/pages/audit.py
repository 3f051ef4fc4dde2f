"""The audit log: every mutation by staff and partners, newest first, filtered and paged."""

from __future__ import annotations

import json
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.transfers import BadDate, parse_day
from admin_ui.session import StaffSession
from admin_ui.text import format_time, t
from admin_ui.widgets import Page, PagedTable, column, page_of

PAGE_SIZE = 25

ENTRIES = """
query AdminAudit($first: Int!, $after: String, $actor: String, $operation: String,
                 $result: String, $since: DateTime, $until: DateTime) {
  auditEntries(first: $first, after: $after, actor: $actor, operation: $operation,
               result: $result, since: $since, until: $until) {
    edges { node { id at actor actorName operation input result } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

COLUMNS = [
    column("id", "field.id"),
    column("at", "field.at"),
    column("actor", "field.actor"),
    column("operation", "field.operation"),
    column("result", "field.result"),
    column("input", "field.input"),
]


def entry_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "at": format_time(n["at"]),
             "actor": f"{n['actorName']} ({n['actor']})" if n["actorName"] else n["actor"],
             "operation": n["operation"], "result": n["result"],
             "input": json.dumps(n["input"], ensure_ascii=False)[:200]} for n in nodes]


def create(api: AdminApi) -> None:
    @ui.page(routes.AUDIT)
    @protected(api, needs="auditEntries")
    async def audit_page(session: StaffSession) -> None:
        chosen: dict[str, str | None] = {}

        async def fetch(after: str | None) -> Page:
            data = await session.run(ENTRIES, first=PAGE_SIZE, after=after, **chosen)
            return page_of(data["auditEntries"], entry_rows)

        table = PagedTable(COLUMNS, fetch, empty=t("audit.empty"))
        with frame(t("audit.title"), session):
            with ui.row().classes("items-end gap-4 w-full"):
                inputs = {
                    "actor": ui.input(t("audit.filter.actor")),
                    "operation": ui.input(t("audit.filter.operation")),
                    "result": ui.input(t("audit.filter.result")),
                    "since": ui.input(t("transfers.filter.since")),
                    "until": ui.input(t("transfers.filter.until")),
                }
                for name, element in inputs.items():
                    element.classes("w-40").mark(f"filter-{name}")

                async def apply() -> None:
                    values = {name: (str(e.value or "")).strip() or None
                              for name, e in inputs.items()}
                    try:
                        values["since"], values["until"] = parse_day(values["since"]), \
                            parse_day(values["until"])
                    except BadDate:
                        ui.notify(t("transfers.filter.bad_date"), type="warning")
                        return
                    previous = dict(chosen)
                    chosen.clear()
                    chosen.update(values)
                    if not await table.load():
                        chosen.clear()
                        chosen.update(previous)

                ui.button(t("accounts.filter.apply"), icon="filter_list", on_click=apply) \
                    .props("no-caps").mark("apply-filters")
            await table.load()
            table.render()
