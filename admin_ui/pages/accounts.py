"""The accounts list: filters by ledger, code and owner over the `accounts` connection, paged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error
from admin_ui.text import format_money, t, yes_no
from admin_ui.widgets import Page, PagedTable, column, page_of

PAGE_SIZE = 25

ACCOUNTS = """
query AdminAccounts($first: Int!, $after: String, $ledger: String, $code: String,
                    $owner: String) {
  accounts(first: $first, after: $after, ledger: $ledger, code: $code, owner: $owner) {
    edges {
      node {
        id ledger code owner name balance
        debitsPosted creditsPosted debitsPending creditsPending closed
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
"""

LEDGERS = """
query AdminLedgers { ledgers { code name } }
"""

COLUMNS = [
    column("id", "field.id"),
    column("ledger", "field.ledger"),
    column("code", "field.code"),
    column("owner", "field.owner"),
    column("name", "field.name"),
    column("balance", "field.balance", align="right"),
    column("debits_posted", "field.debits_posted", align="right"),
    column("credits_posted", "field.credits_posted", align="right"),
    column("debits_pending", "field.debits_pending", align="right"),
    column("credits_pending", "field.credits_pending", align="right"),
    column("closed", "field.closed"),
]


@dataclass(frozen=True, slots=True)
class AccountFilter:
    """Exact matches the `accounts` query takes; None means any."""

    ledger: str | None = None
    code: str | None = None
    owner: str | None = None

    @classmethod
    def of(cls, ledger: str | None, code: str | None, owner: str | None) -> AccountFilter:
        """From what a user typed: surrounding blanks dropped, an empty field is no filter."""
        return cls(*((value or "").strip() or None for value in (ledger, code, owner)))

    def variables(self) -> dict[str, str | None]:
        return {"ledger": self.ledger, "code": self.code, "owner": self.owner}


def account_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    """Table rows of `Account` nodes, amounts formatted, each id linking to its account page."""
    return [{
        "id": node["id"],
        "id_href": prefix + routes.account(node["id"]),
        "ledger": node["ledger"],
        "code": node["code"],
        "owner": node["owner"] or t("none"),
        "name": node["name"] or t("none"),
        "balance": format_money(node["balance"], node["ledger"]),
        "debits_posted": format_money(node["debitsPosted"], node["ledger"]),
        "credits_posted": format_money(node["creditsPosted"], node["ledger"]),
        "debits_pending": format_money(node["debitsPending"], node["ledger"]),
        "credits_pending": format_money(node["creditsPending"], node["ledger"]),
        "closed": yes_no(node["closed"]),
    } for node in nodes]


async def fetch_accounts(session: StaffSession, account_filter: AccountFilter,
                         after: str | None, prefix: str, first: int = PAGE_SIZE) -> Page:
    data = await session.run(ACCOUNTS, first=first, after=after, **account_filter.variables())
    return page_of(data["accounts"], lambda nodes: account_rows(nodes, prefix))


class AccountsBrowser:
    """The filter form and the paged table; a new filter starts again at the first page."""

    def __init__(self, session: StaffSession, prefix: str, initial: AccountFilter) -> None:
        self.session = session
        self.filter = initial
        self.table = PagedTable(
            COLUMNS, lambda after: fetch_accounts(session, self.filter, after, prefix),
            empty=t("accounts.empty"), links=("id",))

    async def apply(self, account_filter: AccountFilter) -> None:
        previous, self.filter = self.filter, account_filter
        if not await self.table.load():
            self.filter = previous

    async def build(self) -> None:
        try:
            ledgers = (await self.session.run(LEDGERS))["ledgers"]
        except ApiError as error:
            show_api_error(error)
            ledgers = []
        options = {item["code"]: t("accounts.ledger_option", code=item["code"], name=item["name"])
                   for item in ledgers}
        if self.filter.ledger is not None:
            options.setdefault(self.filter.ledger, self.filter.ledger)

        with ui.row().classes("items-end gap-4 w-full"):
            ledger = ui.select(options, value=self.filter.ledger, label=t("accounts.filter.ledger"),
                               clearable=True).classes("w-48").mark("filter-ledger")
            code = ui.input(t("accounts.filter.code"), value=self.filter.code or "") \
                .classes("w-48").mark("filter-code")
            owner = ui.input(t("accounts.filter.owner"), value=self.filter.owner or "") \
                .classes("w-48").mark("filter-owner")

            async def apply() -> None:
                await self.apply(AccountFilter.of(ledger.value, code.value, owner.value))

            async def clear() -> None:
                ledger.set_value(None)
                code.set_value("")
                owner.set_value("")
                await self.apply(AccountFilter())

            for field in (code, owner):
                field.on("keydown.enter", apply)
            ui.button(t("accounts.filter.apply"), icon="filter_list", on_click=apply) \
                .props("no-caps").mark("apply-filters")
            ui.button(t("accounts.filter.clear"), on_click=clear).props("flat no-caps") \
                .mark("clear-filters")

        await self.table.load()
        self.table.render()


def create(api: AdminApi) -> None:
    @ui.page(routes.ACCOUNTS)
    @protected(api, needs="accounts")
    async def accounts_page(session: StaffSession, ledger: str | None = None,
                            code: str | None = None, owner: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        browser = AccountsBrowser(session, prefix, AccountFilter.of(ledger, code, owner))
        with frame(t("accounts.title"), session):
            await browser.build()
