"""Reusable pieces: server-side paging over a Relay connection shown as a table, a button that
shows a spinner while its operation runs, a grid of labelled fields, and what a list is filtered
by and in which order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import ApiError
from admin_ui.session import StaffSession, show_api_error
from admin_ui.text import current_language, digits, is_rtl, shown, t


@dataclass(frozen=True, slots=True)
class CursorPager:
    """Where a reader is in a connection: the `after` cursor of every page up to this one.

    Connections only page forward, so going back means remembering the cursors that led here.
    """

    cursors: tuple[str | None, ...] = (None,)

    @property
    def after(self) -> str | None:
        return self.cursors[-1]

    @property
    def number(self) -> int:
        return len(self.cursors)

    @property
    def has_previous(self) -> bool:
        return len(self.cursors) > 1

    def forward(self, end_cursor: str) -> CursorPager:
        return CursorPager((*self.cursors, end_cursor))

    def back(self) -> CursorPager:
        return CursorPager(self.cursors[:-1]) if self.has_previous else self


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a connection, already turned into table rows."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    has_next: bool = False
    end_cursor: str | None = None


def page_of(connection: dict[str, Any],
            to_rows: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> Page:
    """A connection as the API returns it (`edges { node }`, `pageInfo`) made into a `Page`."""
    info = connection["pageInfo"]
    return Page(rows=to_rows([edge["node"] for edge in connection["edges"]]),
                has_next=bool(info["hasNextPage"]), end_cursor=info["endCursor"])


Fetch = Callable[[str | None], Awaitable[Page]]


def link_cell(column: str) -> str:
    """A cell template linking to the row's `<column>_href` (absolute, see `routes.mounted`)."""
    return (f'<q-td :props="props"><a v-if="props.row.{column}_href" '
            f':href="props.row.{column}_href" class="text-primary">{{{{ props.value }}}}</a>'
            f'<span v-else>{{{{ props.value }}}}</span></q-td>')


class PagedTable:
    """A table over a connection, one server page at a time, with previous and next buttons."""

    def __init__(self, columns: Sequence[dict[str, Any]], fetch: Fetch, *, empty: str,
                 links: Sequence[str] = (), cells: Mapping[str, str] | None = None) -> None:
        """`links`: columns whose cells link to the row's `<column>_href`; `cells`: a column's
        own cell template (a Quasar `body-cell` slot)."""
        self._columns = list(columns)
        self._fetch = fetch
        self._empty = empty
        self._links = tuple(links)
        self._cells = dict(cells or {})
        self.pager = CursorPager()
        self.page = Page()

    async def load(self, pager: CursorPager | None = None) -> bool:
        """Show the page `pager` points at (the first by default); on failure keep the old one."""
        target = pager or CursorPager()
        try:
            page = await self._fetch(target.after)
        except ApiError as error:
            show_api_error(error)
            return False
        self.pager, self.page = target, page
        self.render.refresh()
        return True

    async def next_page(self) -> None:
        if self.page.has_next and self.page.end_cursor is not None:
            await self.load(self.pager.forward(self.page.end_cursor))

    async def previous_page(self) -> None:
        await self.load(self.pager.back())

    @ui.refreshable_method
    def render(self) -> None:
        if self.page.rows:
            table = ui.table(columns=localized(self._columns), rows=shown_rows(self.page.rows),
                             row_key="id") \
                .classes("w-full").props("flat bordered dense")
            for column in self._links:
                table.add_slot(f"body-cell-{column}", link_cell(column))
            for column, template in self._cells.items():
                table.add_slot(f"body-cell-{column}", template)
        else:
            ui.label(self._empty).classes("text-grey-7")
        with ui.row().classes("items-center gap-2"):
            # Back points the way the page reads from: right in a right-to-left page.
            back, forward = ("chevron_right", "chevron_left") if is_rtl() \
                else ("chevron_left", "chevron_right")
            ui.button(t("pager.previous"), icon=back, on_click=self.previous_page) \
                .props("flat no-caps").mark("previous-page").set_enabled(self.pager.has_previous)
            ui.label(t("pager.page", number=digits(str(self.pager.number)))).mark("page-number")
            ui.button(t("pager.next"), icon=forward, on_click=self.next_page) \
                .props("flat no-caps").mark("next-page").set_enabled(self.page.has_next)


def shown_rows(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Table rows with every shown text in the page's language (see `text.shown`); the row's
    `id` (its key, and what links and tests name it by), links and other values as they are:
    the id column shows the reader's digits through its column format (`localized`)."""
    return [{key: shown(value) if isinstance(value, str) and key != "id"
             and not key.endswith("_href") else value for key, value in row.items()}
            for row in rows]


def date_input(label: str) -> ui.input:
    """A day to filter by, typed or picked from a calendar: the Jalali (Persian) calendar
    writing `YYYY/MM/DD` in a Persian page, else the Gregorian one writing `YYYY-MM-DD`
    (`transfers.parse_day` reads both)."""
    persian = is_rtl()
    with ui.input(label) as field:
        with ui.menu().props("no-parent-event") as menu:
            picker = ui.date(mask="YYYY/MM/DD" if persian else "YYYY-MM-DD") \
                .bind_value(field).mark("date-picker")
            if persian:
                picker.props('calendar="persian"')
        with field.add_slot("append"):
            ui.icon("edit_calendar").on("click", menu.open).classes("cursor-pointer")
    return field


def value_axis(**options: Any) -> dict[str, Any]:
    """An echart value axis whose labels are numbers in the page's language (Persian digits and
    separators in Persian: ECharts formats them in the browser, so through its locale)."""
    axis: dict[str, Any] = {"type": "value", **options}
    if is_rtl():
        axis["axisLabel"] = {":formatter": "value => value.toLocaleString('fa-IR')"}
    return axis


def column(name: str, label_key: str, *, align: str = "left") -> dict[str, Any]:
    """A table column; pages declare theirs at import, before anyone reads them, so the label
    is looked up again in the reader's language by `localized` when a table is built."""
    return {"name": name, "field": name, "label": t(label_key), "label_key": label_key,
            "align": align}


# Quasar formats a column's values in the browser with this: Persian digits for an id column.
PERSIAN_DIGITS_FORMAT = "value => String(value).replace(/[0-9]/g, d => '۰۱۲۳۴۵۶۷۸۹'[d])"


def localized(columns: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """`columns` with their labels in the language of the page being built, and the id column
    in the reader's digits."""
    persian = current_language() == "fa"
    return [{**c, **({"label": t(c["label_key"])} if "label_key" in c else {}),
             **({":format": PERSIAN_DIGITS_FORMAT} if persian and c["name"] == "id" else {})}
            for c in columns]


Action = Callable[[], Awaitable[None]]


def busy_button(label: str, action: Action, *, icon: str | None = None,
                marker: str | None = None) -> ui.button:
    """A button that spins and stays disabled while `action` runs, so nothing is sent twice."""

    async def run() -> None:
        button.props("loading")
        button.disable()
        try:
            await action()
        finally:
            button.props(remove="loading")
            button.enable()

    button = ui.button(label, icon=icon, on_click=run).props("no-caps")
    if marker is not None:
        button.mark(marker)
    return button


def field_grid(fields: Sequence[tuple[str, str]], marker_prefix: str,
               links: Mapping[str, str] | None = None) -> None:
    """(catalogue key of `field.*`, shown value) pairs as a two-column grid of labels; a value
    whose key is in `links` is a link to that path."""
    with ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
        for key, value in fields:
            ui.label(t(f"field.{key}")).classes("text-sm text-grey-7")
            href = (links or {}).get(key)
            if href:
                ui.link(shown(value), href).mark(f"{marker_prefix}-{key}")
            else:
                ui.label(shown(value)).mark(f"{marker_prefix}-{key}")


CUSTOMER_NAME = """
query AdminFilterCustomer($id: ID!) { customer(id: $id) { id name } }
"""


def customer_param(value: str | None) -> str | None:
    """A list page's `?customer=` parameter as a customer id, or None (no filter) when it is
    missing or not an id."""
    return value if value and value.isdigit() and len(value) <= 19 else None


async def customer_filter(session: StaffSession, customer_id: str, clear_href: str) -> None:
    """Which customer a list is limited to (a link to their page) and a link that lifts it."""
    name = None
    if session.may("customer"):
        try:
            found = (await session.run(CUSTOMER_NAME, id=customer_id))["customer"]
        except ApiError as error:
            show_api_error(error)
            found = None
        name = found["name"] if found else None
    shown = digits(f"#{customer_id}")
    with ui.row().classes("items-center gap-2").mark("customer-filter"):
        ui.label(t("filter.customer")).classes("text-grey-7")
        ui.link(f"{name} ({shown})" if name else shown, routes.customer(customer_id)) \
            .mark("filter-customer")
        ui.link(t("filter.clear_customer"), clear_href).mark("clear-customer")


def order_note(oldest_first: bool) -> None:
    """Says which end of the list comes first: the waiting ones oldest first (first come, first
    served), everything else newest first."""
    ui.label(t("list.oldest_first" if oldest_first else "list.newest_first")) \
        .classes("text-sm text-grey-7").mark("list-order")
