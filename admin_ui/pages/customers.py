"""The customers list: search by the start of a mobile number or part of a name, paged; each
customer links to their page. The search is kept in the URL (`?q=…`)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession
from admin_ui.text import digits, format_time, t
from admin_ui.widgets import Page, PagedTable, column, page_of

PAGE_SIZE = 25

CUSTOMERS = """
query AdminCustomers($first: Int!, $after: String, $search: String) {
  customers(first: $first, after: $after, search: $search) {
    edges { node { id mobile name kind email partnerId createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

COLUMNS = [
    column("id", "field.id"),
    column("name", "field.name"),
    column("mobile", "field.mobile"),
    column("kind", "field.customer_kind"),
    column("email", "field.email"),
    column("partner", "field.partner"),
    column("created_at", "field.created_at"),
]


def customer_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    """Table rows of `Customer` nodes, each id linking to the customer's page."""
    return [{"id": n["id"], "id_href": prefix + routes.customer(n["id"]),
             "name": n["name"] or t("none"), "mobile": digits(n["mobile"]),
             "kind": t(f"customer.kind.{str(n['kind']).lower()}"),
             "email": n["email"] or t("none"), "partner": n["partnerId"] or t("none"),
             "created_at": format_time(n["createdAt"])} for n in nodes]


def create(api: AdminApi) -> None:
    @ui.page(routes.CUSTOMERS)
    @protected(api, needs="customers")
    async def customers_page(session: StaffSession, q: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        search = (q or "").strip() or None

        async def fetch(after: str | None) -> Page:
            data = await session.run(CUSTOMERS, first=PAGE_SIZE, after=after, search=search)
            return page_of(data["customers"], lambda nodes: customer_rows(nodes, prefix))

        with frame(t("customers.title"), session):
            with ui.row().classes("items-end gap-4"):
                box = ui.input(t("customers.search"), value=search or "") \
                    .classes("w-72").mark("customer-search")

                def go() -> None:
                    text = str(box.value or "").strip()
                    ui.navigate.to(routes.CUSTOMERS + (f"?q={quote(text)}" if text else ""))

                box.on("keydown.enter", go)
                ui.button(t("customers.search_button"), icon="search", on_click=go) \
                    .props("no-caps").mark("search-customers")
            table = PagedTable(COLUMNS, fetch, empty=t("customers.empty"), links=("id",))
            await table.load()
            table.render()
