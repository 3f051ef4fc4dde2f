"""Transfers of every account: filters (ledger, code, kind, reference, dates) over
`searchTransfers`, paged on the server, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.account import TRANSFER_ROW, account_label, pending_text
from admin_ui.session import StaffSession
from admin_ui.text import format_money, format_time, t
from admin_ui.widgets import Page, PagedTable, column, page_of

PAGE_SIZE = 25
KINDS = ("SINGLE_PHASE", "PENDING", "POST_PENDING", "VOID_PENDING")

SEARCH = TRANSFER_ROW + """
query AdminSearchTransfers($first: Int!, $after: String, $ledger: String, $code: String,
                           $kind: TransferKind, $referenceType: String, $referenceId: String,
                           $since: DateTime, $until: DateTime) {
  searchTransfers(first: $first, after: $after, ledger: $ledger, code: $code, kind: $kind,
                  referenceType: $referenceType, referenceId: $referenceId,
                  since: $since, until: $until) {
    edges { node { ...TransferRow } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

COLUMNS = [
    column("id", "field.id"),
    column("created_at", "field.created_at"),
    column("ledger", "field.ledger"),
    column("kind", "field.kind"),
    column("amount", "field.amount", align="right"),
    column("code", "field.code"),
    column("debit", "field.debit_account"),
    column("credit", "field.credit_account"),
    column("reference", "field.reference"),
    column("status", "field.status"),
]


class BadDate(ValueError):
    """A date field that is not YYYY-MM-DD."""


def parse_day(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat() + "T00:00:00Z"
    except ValueError as error:
        raise BadDate(text) from error


@dataclass(frozen=True, slots=True)
class TransferFilter:
    """What `searchTransfers` filters on; None means any. Dates are whole UTC days."""

    ledger: str | None = None
    code: str | None = None
    kind: str | None = None
    reference_type: str | None = None
    reference_id: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def of(cls, **typed: str | None) -> TransferFilter:
        """From the form: blanks are no filter; dates must be YYYY-MM-DD (else `BadDate`)."""
        values = {name: (value or "").strip() or None for name, value in typed.items()}
        values["since"] = parse_day(values.get("since"))
        values["until"] = parse_day(values.get("until"))
        return cls(**values)

    def variables(self) -> dict[str, str | None]:
        return {"ledger": self.ledger, "code": self.code, "kind": self.kind,
                "referenceType": self.reference_type, "referenceId": self.reference_id,
                "since": self.since, "until": self.until}


def transfer_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    rows = []
    for node in nodes:
        reference = " ".join(filter(None, (node["referenceType"], node["referenceId"])))
        rows.append({
            "id": node["id"],
            "id_href": prefix + routes.transfer(node["id"]),
            "created_at": format_time(node["createdAt"]),
            "ledger": node["ledger"],
            "kind": t(f"kind.{str(node['kind']).lower()}"),
            "amount": format_money(node["amount"], node["ledger"]),
            "code": node["code"],
            "debit": account_label(node["debitAccount"], node["debitAccountId"]),
            "debit_href": prefix + routes.account(node["debitAccountId"]),
            "credit": account_label(node["creditAccount"], node["creditAccountId"]),
            "credit_href": prefix + routes.account(node["creditAccountId"]),
            "reference": reference or t("none"),
            "status": pending_text(node),
        })
    return rows


async def fetch_transfers(session: StaffSession, transfer_filter: TransferFilter,
                          after: str | None, prefix: str, first: int = PAGE_SIZE) -> Page:
    data = await session.run(SEARCH, first=first, after=after, **transfer_filter.variables())
    return page_of(data["searchTransfers"], lambda nodes: transfer_rows(nodes, prefix))


def create(api: AdminApi) -> None:
    @ui.page(routes.TRANSFERS)
    @protected(api, needs="searchTransfers")
    async def transfers_page(session: StaffSession) -> None:
        prefix = routes.prefix(ui.context.client.request)
        state = {"filter": TransferFilter()}
        table = PagedTable(COLUMNS, lambda after: fetch_transfers(session, state["filter"],
                                                                  after, prefix),
                           empty=t("transfers.empty"), links=("id", "debit", "credit"))
        with frame(t("transfers.title"), session):
            with ui.row().classes("items-end gap-4 w-full"):
                inputs = {
                    "ledger": ui.input(t("field.ledger")).classes("w-28"),
                    "code": ui.input(t("field.code")).classes("w-36"),
                    "kind": ui.select({k: t(f"kind.{k.lower()}") for k in KINDS},
                                      label=t("transfers.filter.kind"), clearable=True)
                    .classes("w-40"),
                    "reference_type": ui.input(t("transfers.filter.reference_type"))
                    .classes("w-36"),
                    "reference_id": ui.input(t("transfers.filter.reference_id")).classes("w-36"),
                    "since": ui.input(t("transfers.filter.since")).classes("w-40"),
                    "until": ui.input(t("transfers.filter.until")).classes("w-40"),
                }
                for name, element in inputs.items():
                    element.mark(f"filter-{name}")

                async def apply() -> None:
                    try:
                        chosen = TransferFilter.of(**{name: element.value
                                                      for name, element in inputs.items()})
                    except BadDate:
                        ui.notify(t("transfers.filter.bad_date"), type="warning")
                        return
                    previous, state["filter"] = state["filter"], chosen
                    if not await table.load():
                        state["filter"] = previous

                ui.button(t("accounts.filter.apply"), icon="filter_list", on_click=apply) \
                    .props("no-caps").mark("apply-filters")
            await table.load()
            table.render()


