"""A customer's money beyond the wallet, as sections of the customer's page: orders, online
top-ups, bank deposits, cash-outs, bank accounts (with the verify button) and the emails sent.

Each section runs one GraphQL query filtered by the customer and shows only when the signed-in
member's role may call that query (`StaffSession.may`, the rules the menu follows). Its rows
are built by the list page of the same things, so a row reads the same in both places; each
section shows the latest `SECTION_SIZE` and links to the full list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import ApiError
from admin_ui.pages import cashouts, deposits, mail, orders, topups
from admin_ui.session import StaffSession, mutate, show_api_error
from admin_ui.text import digits, format_time, t, yes_no
from admin_ui.widgets import busy_button, column, link_cell, localized, shown_rows

SECTION_SIZE = 10
# The operations the sections run; a member's role decides which of them show (and whether
# an unverified bank account has its verify button).
NEEDS = ("orders", "topUps", "deposits", "cashOuts", "bankAccounts", "verifyBankAccount",
         "emailMessages")
Customer = dict[str, Any]
Rows = list[dict[str, Any]]

ORDERS = """
query AdminCustomerOrders($customerId: ID!, $first: Int!) {
  orders(customerId: $customerId, first: $first) {
    edges { node { id customerId status price cycle autoPay period renewsAt createdAt
                   product { nameFa nameEn } } }
    pageInfo { hasNextPage }
  }
}
"""
TOP_UPS = """
query AdminCustomerTopUps($customerId: ID!, $first: Int!) {
  topUps(customerId: $customerId, first: $first) {
    edges { node { id customerId gateway amount status reference createdAt completedAt } }
    pageInfo { hasNextPage }
  }
}
"""
DEPOSITS = deposits.FIELDS + """
query AdminCustomerDeposits($customerId: ID!, $first: Int!) {
  deposits(customerId: $customerId, first: $first, order: NEWEST_FIRST) {
    edges { node { ...AdminDepositFields } }
    pageInfo { hasNextPage }
  }
}
"""
CASH_OUTS = """
query AdminCustomerCashOuts($customerId: ID!, $first: Int!) {
  cashOuts(customerId: $customerId, first: $first, order: NEWEST_FIRST) {
    edges { node { id customerId amount status requestedAt rejectionReason bankCode
                   bankAccount { sheba holderName } } }
    pageInfo { hasNextPage }
  }
}
"""
BANK_ACCOUNTS = """
query AdminCustomerBankAccounts($customerId: ID!) {
  bankAccounts(customerId: $customerId) { id sheba holderName verified verifiedAt createdAt }
}
"""
VERIFY_BANK_ACCOUNT = """
mutation AdminVerifyBankAccount($id: ID!) {
  verifyBankAccount(id: $id) {
    __typename
    ... on BankAccountSuccess { bankAccount { id verified } }
    ... on UserError { code message field }
  }
}
"""
EMAILS = """
query AdminCustomerEmails($customerId: ID!, $first: Int!) {
  emailMessages(customerId: $customerId, first: $first) {
    edges { node { id customerId toAddress subject status attempts createdAt sentAt } }
    pageInfo { hasNextPage }
  }
}
"""

ORDER_COLUMNS = [
    column("id", "field.id"),
    column("product", "field.product"),
    column("price", "field.price", align="right"),
    column("cycle", "field.cycle"),
    column("status", "field.order_status"),
    column("auto_pay", "field.auto_pay"),
    column("renews_at", "field.renews_at"),
]
TOP_UP_COLUMNS = [column(name, f"topups.field.{name}",
                         align="right" if name == "amount" else "left")
                  for name in ("id", "created_at", "gateway", "amount", "status", "reference")]
DEPOSIT_COLUMNS = [
    column("id", "field.id"),
    column("deposited_on", "field.deposited_on"),
    column("bank", "field.bank"),
    column("amount", "field.amount", align="right"),
    column("tracking_number", "field.tracking_number"),
    column("status", "field.deposit_status"),
]
CASH_OUT_COLUMNS = [
    column("id", "field.id"),
    column("requested_at", "cashouts.requested_at"),
    column("amount", "field.amount", align="right"),
    column("sheba", "cashouts.sheba"),
    column("status", "cashouts.status"),
    column("note", "cashouts.note"),
]
EMAIL_COLUMNS = [
    column("id", "field.id"),
    column("created_at", "mail.field.created_at"),
    column("subject", "mail.field.subject"),
    column("status", "mail.field.status"),
    column("sent_at", "mail.field.sent_at"),
]


def heading(text: str, marker: str) -> None:
    ui.label(text).classes("text-lg font-semibold mt-4").mark(marker)


def _prefix() -> str:
    return routes.prefix(ui.context.client.request)


def _nodes(connection: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    return [edge["node"] for edge in connection["edges"]], bool(
        connection["pageInfo"]["hasNextPage"])


async def _query(session: StaffSession, query: str, **variables: Any) -> dict[str, Any] | None:
    """The query's data, or None after telling the reader why it failed."""
    try:
        return await session.run(query, **variables)
    except ApiError as error:
        show_api_error(error)
        return None


def _table(marker: str, columns: Sequence[dict[str, Any]], rows: Rows, *, empty: str,
           more: bool, more_href: str, links: Sequence[str] = ("id",)) -> None:
    """The section's table (or its empty text), and a link to the full list when it is longer."""
    if rows:
        table = ui.table(columns=localized(columns), rows=shown_rows(rows), row_key="id") \
            .classes("w-full").props("flat bordered dense").mark(marker)
        for name in links:
            table.add_slot(f"body-cell-{name}", link_cell(name))
    else:
        ui.label(empty).classes("text-grey-7").mark(f"no-{marker}")
    if more:
        ui.link(t("customer.more", count=digits(str(SECTION_SIZE))), more_href) \
            .mark(f"more-{marker}")


def order_rows(nodes: list[dict[str, Any]], prefix: str) -> Rows:
    return orders.order_rows(nodes, prefix)


def top_up_rows(nodes: list[dict[str, Any]], prefix: str) -> Rows:
    return topups.top_up_rows(nodes, prefix)


def deposit_rows(nodes: list[dict[str, Any]], prefix: str) -> Rows:
    return deposits.deposit_rows(nodes, prefix)


def cash_out_rows(nodes: list[dict[str, Any]], prefix: str) -> Rows:
    return cashouts.cash_out_rows(nodes, prefix)


def email_rows(nodes: list[dict[str, Any]], prefix: str) -> Rows:
    return mail.message_rows(nodes, prefix)


def _listed(field: str, query: str, marker: str, columns: Sequence[dict[str, Any]],
            to_rows: Callable[[list[dict[str, Any]], str], Rows],
            more_href: Callable[[Customer], str]) -> Callable[[StaffSession, Customer], Any]:
    """A section listing the customer's `field` (the query's name, also the operation whose
    permission it needs)."""

    async def section(session: StaffSession, customer: Customer) -> None:
        if not session.may(field):
            return
        heading(t(f"customer.section.{marker}"), f"section-{marker}")
        data = await _query(session, query, customerId=customer["id"], first=SECTION_SIZE)
        if data is None:
            return
        nodes, more = _nodes(data[field])
        _table(marker, columns, to_rows(nodes, _prefix()), empty=t(f"customer.no_{marker}"),
               more=more, more_href=more_href(customer))

    section.__name__ = f"{marker.replace('-', '_')}_section"
    return section


orders_section = _listed("orders", ORDERS, "orders", ORDER_COLUMNS, order_rows,
                         lambda customer: routes.with_query(routes.ORDERS,
                                                            customer=customer["id"]))
top_ups_section = _listed("topUps", TOP_UPS, "top-ups", TOP_UP_COLUMNS, top_up_rows,
                          lambda customer: routes.with_query(routes.TOP_UPS,
                                                             customer=customer["id"]))
deposits_section = _listed("deposits", DEPOSITS, "deposits", DEPOSIT_COLUMNS, deposit_rows,
                           lambda customer: routes.with_query(routes.DEPOSITS, status="all",
                                                              customer=customer["id"]))
cash_outs_section = _listed("cashOuts", CASH_OUTS, "cash-outs", CASH_OUT_COLUMNS, cash_out_rows,
                            lambda customer: routes.with_query(routes.CASH_OUTS, status="all",
                                                               customer=customer["id"]))
emails_section = _listed("emailMessages", EMAILS, "emails", EMAIL_COLUMNS, email_rows,
                         lambda customer: f"{routes.MAIL}?customer={customer['id']}")


def bank_account_fields(account: dict[str, Any]) -> list[str]:
    """Sheba, holder and whether (and when) it was verified, as shown in one line."""
    verified = t("customer.verified_at", time=format_time(account["verifiedAt"])) \
        if account["verified"] else yes_no(False)
    return [account["sheba"], account["holderName"], verified]


async def bank_accounts_section(session: StaffSession, customer: Customer) -> None:
    """The customer's bank accounts; members who may verify one see a button on each unverified
    account, which calls `verifyBankAccount`."""
    if not session.may("bankAccounts"):
        return
    heading(t("customer.section.bank-accounts"), "section-bank-accounts")
    data = await _query(session, BANK_ACCOUNTS, customerId=customer["id"])
    if data is None:
        return
    accounts = data["bankAccounts"]
    if not accounts:
        ui.label(t("customer.no_bank-accounts")).classes("text-grey-7") \
            .mark("no-bank-accounts")
        return
    here = routes.customer(customer["id"])
    with ui.grid(columns="auto auto auto auto").classes("gap-x-6 gap-y-1 items-center") \
            .mark("bank-accounts"):
        for key in ("cashouts.sheba", "cashouts.holder", "customer.verified"):
            ui.label(t(key)).classes("text-sm text-grey-7")
        ui.label("")
        for account in accounts:
            sheba, holder, verified = bank_account_fields(account)
            ui.label(sheba).classes("font-mono").style("direction: ltr") \
                .mark(f"sheba-{account['id']}")
            ui.label(holder).mark(f"holder-{account['id']}")
            ui.label(verified).mark(f"verified-{account['id']}")
            if account["verified"] or not session.may("verifyBankAccount"):
                ui.label("")
                continue

            async def verify(account_id: str = account["id"]) -> None:
                if await mutate(session, VERIFY_BANK_ACCOUNT, "verifyBankAccount",
                                id=account_id) is None:
                    return
                ui.notify(t("customer.bank_account_verified"), type="positive")
                ui.navigate.to(here)

            busy_button(t("customer.verify"), verify, icon="verified",
                        marker=f"verify-{account['id']}")
