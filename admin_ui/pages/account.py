"""One account: its fields and totals, and its transfers newest first, paged."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error
from admin_ui.text import digits, format_money, format_time, t, yes_no
from admin_ui.widgets import Page, PagedTable, column, page_of

PAGE_SIZE = 25

ACCOUNT = """
query AdminAccount($id: ID!) {
  account(id: $id) {
    id ledger code owner name externalId systemKey
    debitsMustNotExceedCredits creditsMustNotExceedDebits creditLimit closed
    balance available debitsPosted creditsPosted debitsPending creditsPending
    version metadata createdAt
  }
}
"""

# The fields a row of a transfers table shows; the transfers page's search uses it too.
TRANSFER_ROW = """
fragment TransferRow on Transfer {
  id ledger kind amount code createdAt pendingId referenceType referenceId
  debitAccountId creditAccountId
  debitAccount { id code name }
  creditAccount { id code name }
  pendingStatus { state expiresAt }
}
"""

TRANSFERS = TRANSFER_ROW + """
query AdminAccountTransfers($accountId: ID!, $first: Int!, $after: String) {
  transfers(accountId: $accountId, first: $first, after: $after) {
    edges { node { ...TransferRow } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

COLUMNS = [
    column("id", "field.id"),
    column("created_at", "field.created_at"),
    column("kind", "field.kind"),
    column("direction", "field.direction"),
    column("amount", "field.amount", align="right"),
    column("code", "field.code"),
    column("counterpart", "field.counterpart"),
    column("status", "field.status"),
]


def account_label(account: dict[str, Any] | None, account_id: str) -> str:
    if account is None:
        return t("account.label_unknown", id=account_id)
    return t("account.label", id=account["id"], name=account["name"] or account["code"])


def pending_text(node: dict[str, Any]) -> str:
    """Where a pending transfer stands; for a post or void, which pending transfer it resolves."""
    status = node.get("pendingStatus")
    if status is not None:
        state = str(status["state"]).lower()
        if state == "pending" and status.get("expiresAt"):
            return t("pending.pending_until", time=format_time(status["expiresAt"]))
        return t(f"pending.{state}")
    if node.get("pendingId"):
        return t("pending.resolves", id=node["pendingId"])
    return ""


def transfer_rows(account_id: str, nodes: list[dict[str, Any]],
                  prefix: str) -> list[dict[str, Any]]:
    """Table rows of `Transfer` nodes as seen from `account_id`: its side and the other account."""
    rows = []
    for node in nodes:
        debit = node["debitAccountId"] == account_id
        other_id = node["creditAccountId"] if debit else node["debitAccountId"]
        other = node["creditAccount"] if debit else node["debitAccount"]
        rows.append({
            "id": node["id"],
            "id_href": prefix + routes.transfer(node["id"]),
            "created_at": format_time(node["createdAt"]),
            "kind": t(f"kind.{str(node['kind']).lower()}"),
            "direction": t("direction.debit" if debit else "direction.credit"),
            "amount": format_money(node["amount"], node["ledger"]),
            "code": node["code"],
            "counterpart": account_label(other, other_id),
            "counterpart_href": prefix + routes.account(other_id),
            "status": pending_text(node),
        })
    return rows


async def fetch_transfers(session: StaffSession, account_id: str, after: str | None,
                          prefix: str, first: int = PAGE_SIZE) -> Page:
    data = await session.run(TRANSFERS, accountId=account_id, first=first, after=after)
    return page_of(data["transfers"], lambda nodes: transfer_rows(account_id, nodes, prefix))


def flags_text(account: dict[str, Any]) -> str:
    flags = [t(f"flag.{name}") for name in
             ("debits_must_not_exceed_credits", "credits_must_not_exceed_debits")
             if account[_camel(name)]]
    return ", ".join(flags) or t("flag.none")


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


def account_fields(account: dict[str, Any]) -> list[tuple[str, str]]:
    """(catalogue key, shown value) pairs of an `Account`, amounts and times formatted."""
    return [
        ("id", account["id"]),
        ("ledger", account["ledger"]),
        ("code", account["code"]),
        ("owner", account["owner"] or t("none")),
        ("name", account["name"] or t("none")),
        ("external_id", account["externalId"] or t("none")),
        ("system_key", account["systemKey"] or t("none")),
        ("balance", format_money(account["balance"], account["ledger"])),
        ("available", format_money(account["available"], account["ledger"])),
        ("credit_limit", format_money(account["creditLimit"], account["ledger"])),
        ("debits_posted", format_money(account["debitsPosted"], account["ledger"])),
        ("credits_posted", format_money(account["creditsPosted"], account["ledger"])),
        ("debits_pending", format_money(account["debitsPending"], account["ledger"])),
        ("credits_pending", format_money(account["creditsPending"], account["ledger"])),
        ("flags", flags_text(account)),
        ("closed", yes_no(account["closed"])),
        ("version", digits(str(account["version"]))),
        ("created_at", format_time(account["createdAt"])),
    ]


def show_account(account: dict[str, Any]) -> None:
    with ui.card().classes("w-full"):
        with ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
            for key, value in account_fields(account):
                ui.label(t(f"field.{key}")).classes("text-sm text-grey-7")
                if key == "owner" and account["owner"]:
                    # The owner's other accounts, through the list's own filter.
                    query = urlencode({"owner": account["owner"]})
                    ui.link(value, f"{routes.ACCOUNTS}?{query}").mark(f"account-{key}")
                else:
                    ui.label(value).mark(f"account-{key}")
        if account["metadata"]:
            ui.label(t("field.metadata")).classes("text-sm text-grey-7")
            ui.code(json.dumps(account["metadata"], ensure_ascii=False, indent=2),
                    language="json").classes("w-full")


def create(api: AdminApi) -> None:
    @ui.page(routes.account("{account_id}"))
    @protected(api, needs="account")
    async def account_page(session: StaffSession, account_id: str) -> None:
        prefix = routes.prefix(ui.context.client.request)
        account: dict[str, Any] | None = None
        if account_id.isdigit() and len(account_id) <= 19:
            try:
                account = (await session.run(ACCOUNT, id=account_id))["account"]
            except ApiError as error:
                show_api_error(error)
        with frame(t("account.title", id=account_id), session):
            ui.link(t("account.back"), routes.ACCOUNTS).mark("back-to-accounts")
            if account is None:
                ui.label(t("account.not_found", id=account_id)).mark("account-not-found")
                return
            show_account(account)
            ui.label(t("account.transfers")).classes("text-lg font-semibold mt-4")
            transfers = PagedTable(
                COLUMNS, lambda after: fetch_transfers(session, account_id, after, prefix),
                empty=t("account.no_transfers"), links=("id", "counterpart"))
            await transfers.load()
            transfers.render()
