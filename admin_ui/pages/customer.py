"""One customer: profile, wallet totals, lots with their expiry, activity, recent movements and,
for managers, a form granting promotional credit; all through GraphQL.

The page is a list of sections (`SECTIONS`), each a function of the session and the customer
the page loaded: a part that adds its own section (orders, top-ups, deposits, cash-outs) writes
one such function and adds it to the list.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.customer_money import (
    bank_accounts_section,
    cash_outs_section,
    deposits_section,
    emails_section,
    orders_section,
    top_ups_section,
)
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import digits, format_money, format_number, format_time, t
from admin_ui.widgets import (
    Page,
    PagedTable,
    busy_button,
    column,
    field_grid,
    link_cell,
    localized,
    page_of,
)

MOVEMENTS_PAGE = 10

CUSTOMER = """
query AdminCustomer($id: ID!) {
  customer(id: $id) {
    id mobile name kind email nationalId language partnerId createdAt owner
    wallet {
      id total paid promotional cashable
      lots { id kind expiresAt available accountId }
    }
    activity { lastPaymentAt spend30Days spend90Days spend365Days paidOrders level }
  }
}
"""

MOVEMENTS = """
query AdminCustomerMovements($customerId: ID!, $first: Int!, $after: String) {
  wallet(customerId: $customerId) {
    movements(first: $first, after: $after) {
      edges { node { transferId at amount kind code lotKind source { kind id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
"""

GRANT = """
mutation AdminGrantPromotionalCredit($input: GrantPromotionalCreditInput!) {
  grantPromotionalCredit(input: $input) {
    __typename
    ... on GrantPromotionalCreditSuccess { lotId wallet { total promotional } }
    ... on UserError { code message field }
  }
}
"""

LOT_COLUMNS = [
    column("id", "field.id"),
    column("kind", "field.lot_kind"),
    column("available", "field.available", align="right"),
    column("expires_at", "field.expires_at"),
    column("account", "field.account"),
]
MOVEMENT_COLUMNS = [
    column("id", "field.transfer"),
    column("at", "field.at"),
    column("kind", "field.movement_kind"),
    column("amount", "field.amount", align="right"),
    column("lot_kind", "field.lot_kind"),
    column("source", "field.source"),
]

Customer = dict[str, Any]
Section = Callable[[StaffSession, Customer], Awaitable[None]]


def heading(text: str) -> None:
    ui.label(text).classes("text-lg font-semibold mt-4")


def signed_money(amount: str | int) -> str:
    value = int(amount)
    shown = format_money(abs(value), "IRR")
    return f"+{shown}" if value > 0 else f"-{shown}" if value < 0 else shown


def profile_fields(customer: Customer) -> list[tuple[str, str]]:
    return [("id", customer["id"]), ("name", customer["name"] or t("none")),
            ("mobile", digits(customer["mobile"])),
            ("customer_kind", t(f"customer.kind.{str(customer['kind']).lower()}")),
            ("email", customer["email"] or t("none")),
            ("national_id", digits(customer["nationalId"]) if customer["nationalId"]
             else t("none")),
            ("language", t(f"customer.language.{str(customer['language']).lower()}")),
            ("partner", customer["partnerId"] or t("none")),
            ("created_at", format_time(customer["createdAt"]))]


def wallet_fields(wallet: dict[str, Any]) -> list[tuple[str, str]]:
    return [(key, format_money(wallet[key], "IRR"))
            for key in ("total", "paid", "promotional", "cashable")]


def lot_rows(lots: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": lot["id"], "kind": t(f"lot.{str(lot['kind']).lower()}"),
             "available": format_money(lot["available"], "IRR"),
             "expires_at": format_time(lot["expiresAt"]) if lot["expiresAt"] else t("none"),
             "account": lot["accountId"],
             "account_href": prefix + routes.account(lot["accountId"])} for lot in lots]


def activity_fields(activity: dict[str, Any]) -> list[tuple[str, str]]:
    return [("level", t(f"activity.{str(activity['level']).lower()}")),
            ("last_payment_at", format_time(activity["lastPaymentAt"])),
            ("spend_30_days", format_money(activity["spend30Days"], "IRR")),
            ("spend_90_days", format_money(activity["spend90Days"], "IRR")),
            ("spend_365_days", format_money(activity["spend365Days"], "IRR")),
            ("paid_orders", format_number(int(activity["paidOrders"])))]


# Where each kind of source is shown in the admin (a grant is a lot: no page of its own).
SOURCE_PAGES: dict[str, Callable[[str], str]] = {
    "TOP_UP": routes.top_up, "DEPOSIT": routes.deposit, "ORDER": routes.order,
    "CASH_OUT": routes.cash_out}


def source_cell(source: dict[str, Any] | None, prefix: str) -> tuple[str, str | None]:
    """A movement's source as read (`Order #12`) and the page it links to, if any."""
    if source is None:
        return t("none"), None
    kind = str(source["kind"])
    page = SOURCE_PAGES.get(kind)
    return (t(f"movement.source.{kind.lower()}", id=digits(str(source["id"]))),
            prefix + page(source["id"]) if page else None)


def movement_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    rows = []
    for n in nodes:
        source, source_href = source_cell(n["source"], prefix)
        rows.append({"id": n["transferId"], "id_href": prefix + routes.transfer(n["transferId"]),
                     "at": format_time(n["at"]),
                     "kind": t(f"movement.{str(n['kind']).lower()}"),
                     "amount": signed_money(n["amount"]),
                     "lot_kind": t(f"lot.{str(n['lotKind']).lower()}"),
                     "source": source, "source_href": source_href})
    return rows


async def profile_section(session: StaffSession, customer: Customer) -> None:
    with ui.card().classes("w-full"):
        field_grid(profile_fields(customer), "customer")


async def wallet_section(session: StaffSession, customer: Customer) -> None:
    heading(t("customer.wallet"))
    wallet = customer["wallet"]
    if wallet is None:
        ui.label(t("customer.no_wallet")).mark("no-wallet")
        return
    with ui.card().classes("w-full"):
        field_grid(wallet_fields(wallet), "wallet")
    heading(t("customer.lots"))
    prefix = routes.prefix(ui.context.client.request)
    if wallet["lots"]:
        table = ui.table(columns=localized(LOT_COLUMNS),
                         rows=lot_rows(wallet["lots"], prefix), row_key="id") \
            .classes("w-full").props("flat bordered dense").mark("lots")
        table.add_slot("body-cell-account", link_cell("account"))
    else:
        ui.label(t("customer.no_lots")).classes("text-grey-7").mark("no-lots")


async def activity_section(session: StaffSession, customer: Customer) -> None:
    heading(t("customer.activity"))
    with ui.card().classes("w-full"):
        field_grid(activity_fields(customer["activity"]), "activity")


async def movements_section(session: StaffSession, customer: Customer) -> None:
    if customer["wallet"] is None:
        return
    heading(t("customer.movements"))
    prefix = routes.prefix(ui.context.client.request)

    async def fetch(after: str | None) -> Page:
        data = await session.run(MOVEMENTS, customerId=customer["id"], first=MOVEMENTS_PAGE,
                                 after=after)
        return page_of(data["wallet"]["movements"], lambda nodes: movement_rows(nodes, prefix))

    table = PagedTable(MOVEMENT_COLUMNS, fetch, empty=t("customer.no_movements"),
                       links=("id", "source"))
    await table.load()
    table.render()


async def grant_section(session: StaffSession, customer: Customer) -> None:
    if customer["wallet"] is None or not session.may("grantPromotionalCredit"):
        return
    heading(t("customer.grant"))
    # One key per filled-in form: a double click or a retry of it grants once.
    key = {"value": uuid.uuid4().hex}
    with ui.row().classes("items-end gap-4"):
        amount = ui.number(t("field.amount"), min=1, precision=0).classes("w-40") \
            .mark("grant-amount")
        days = ui.number(t("customer.grant_days"), value=30, min=1, precision=0) \
            .classes("w-32").mark("grant-days")
        reason = ui.input(t("customer.grant_reason")).classes("w-72").mark("grant-reason")

        async def grant() -> None:
            if not amount.value or not days.value:
                ui.notify(t("customer.grant_missing"), type="warning")
                return
            expires_at = datetime.now(UTC) + timedelta(days=int(days.value))
            try:
                result = (await session.run(GRANT, input={
                    "customerId": customer["id"], "amount": int(amount.value),
                    "expiresAt": expires_at.isoformat(), "idempotencyKey": key["value"],
                    "reason": str(reason.value or "")}))["grantPromotionalCredit"]
            except ApiError as error:
                show_api_error(error)
                return
            if show_refusal(result):
                return
            key["value"] = uuid.uuid4().hex
            ui.notify(t("customer.granted", amount=format_money(int(amount.value), "IRR")),
                      type="positive")
            ui.navigate.reload()

        busy_button(t("customer.grant_button"), grant, icon="redeem", marker="grant")


# The page's sections, in order. Add yours here: an async function of (session, customer).
SECTIONS: list[Section] = [profile_section, wallet_section, activity_section,
                           movements_section, grant_section, orders_section, top_ups_section,
                           deposits_section, cash_outs_section, bank_accounts_section,
                           emails_section]


def create(api: AdminApi) -> None:
    @ui.page(routes.customer("{customer_id}"))
    @protected(api, needs="customer")
    async def customer_page(session: StaffSession, customer_id: str) -> None:
        customer: Customer | None = None
        if customer_id.isdigit() and len(customer_id) <= 19:
            try:
                customer = (await session.run(CUSTOMER, id=customer_id))["customer"]
            except ApiError as error:
                show_api_error(error)
        with frame(t("customer.title", id=digits(customer_id)), session):
            ui.link(t("customer.back"), routes.CUSTOMERS).mark("back-to-customers")
            if customer is None:
                ui.label(t("customer.not_found", id=customer_id)).mark("customer-not-found")
                return
            for section in SECTIONS:
                await section(session, customer)
