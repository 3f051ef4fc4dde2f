"""Bank deposits: the list (awaiting approval by default, filtered by status and customer in the
URL), and one deposit with its receipt image and the approve and reject buttons, which call the
same `approveDeposit` and `rejectDeposit` mutations the API offers.

Those awaiting a decision are listed oldest first (first come, first served), every other view
newest first."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import digits, format_day, format_money, format_time, t
from admin_ui.widgets import (
    Page,
    PagedTable,
    busy_button,
    column,
    customer_filter,
    customer_param,
    field_grid,
    order_note,
    page_of,
)

PAGE_SIZE = 25
# The list's filters, by the name in the URL: which statuses each shows (None: all).
FILTERS: dict[str, list[str] | None] = {
    "awaiting": ["DECLARED", "AWAITING_SECOND_APPROVAL"],
    "declared": ["DECLARED"],
    "awaiting_second_approval": ["AWAITING_SECOND_APPROVAL"],
    "approved": ["APPROVED"],
    "rejected": ["REJECTED"],
    "all": None,
}
UNDECIDED = ("DECLARED", "AWAITING_SECOND_APPROVAL")
# The filters that show only deposits waiting for a decision: their queue, oldest first.
WAITING = frozenset({"awaiting", "declared", "awaiting_second_approval"})

FIELDS = """
fragment AdminDepositFields on Deposit {
  id customerId amount bank depositedOn trackingNumber status declaredBy firstApprover
  secondApprover rejectedBy rejectedReason creditedTransferId createdAt decidedAt
}
"""
DEPOSITS = FIELDS + """
query AdminDeposits($status: [DepositStatus!], $customerId: ID, $first: Int!, $after: String,
                    $order: ListOrder!) {
  deposits(status: $status, customerId: $customerId, first: $first, after: $after,
           order: $order) {
    edges { node { ...AdminDepositFields } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
DEPOSIT = FIELDS + """
query AdminDeposit($id: ID!) {
  deposit(id: $id) { ...AdminDepositFields receiptDataUrl }
}
"""
APPROVE = """
mutation AdminApproveDeposit($id: ID!) {
  approveDeposit(id: $id) {
    __typename
    ... on DepositSuccess { deposit { id status } }
    ... on UserError { code message field }
  }
}
"""
REJECT = """
mutation AdminRejectDeposit($id: ID!, $reason: String!) {
  rejectDeposit(id: $id, reason: $reason) {
    __typename
    ... on DepositSuccess { deposit { id status } }
    ... on UserError { code message field }
  }
}
"""

COLUMNS = [
    column("id", "field.id"),
    column("customer", "field.customer"),
    column("amount", "field.amount", align="right"),
    column("bank", "field.bank"),
    column("deposited_on", "field.deposited_on"),
    column("tracking_number", "field.tracking_number"),
    column("status", "field.deposit_status"),
    column("created_at", "field.created_at"),
]


def status_text(status: str) -> str:
    return t(f"deposit_status.{status.lower()}")


def bank_text(bank: str) -> str:
    return t(f"bank.{bank.lower()}")


def deposit_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.deposit(n["id"]),
             "customer": digits(f"#{n['customerId']}"),
             "customer_href": prefix + routes.customer(n["customerId"]),
             "amount": format_money(n["amount"], "IRR"), "bank": bank_text(n["bank"]),
             "deposited_on": format_day(n["depositedOn"]),
             "tracking_number": n["trackingNumber"], "status": status_text(n["status"]),
             "created_at": format_time(n["createdAt"])} for n in nodes]


def deposit_fields(d: dict[str, Any]) -> list[tuple[str, str]]:
    """What the detail shows, as (catalogue key of `field.*`, value)."""
    none = t("none")
    return [("id", d["id"]), ("customer", digits(f"#{d['customerId']}")),
            ("amount", format_money(d["amount"], "IRR")), ("bank", bank_text(d["bank"])),
            ("deposited_on", format_day(d["depositedOn"])),
            ("tracking_number", d["trackingNumber"]),
            ("deposit_status", status_text(d["status"])),
            ("declared_by", d["declaredBy"]), ("created_at", format_time(d["createdAt"])),
            ("first_approver", d["firstApprover"] or none),
            ("second_approver", d["secondApprover"] or none),
            ("rejected_by", d["rejectedBy"] or none),
            ("rejected_reason", d["rejectedReason"] or none),
            ("credited_transfer", d["creditedTransferId"] or none),
            ("decided_at", format_time(d["decidedAt"]))]


def list_url(status: str, customer: str | None) -> str:
    return routes.with_query(routes.DEPOSITS, status=status if status != "awaiting" else None,
                             customer=customer)


async def _mutate(session: StaffSession, query: str, field: str,
                  **variables: Any) -> dict[str, Any] | None:
    """A mutation's success member, or None after notifying why it failed."""
    try:
        result: dict[str, Any] = (await session.run(query, **variables))[field]
    except ApiError as error:
        show_api_error(error)
        return None
    return None if show_refusal(result) else result


def create(api: AdminApi) -> None:
    @ui.page(routes.DEPOSITS)
    @protected(api, needs="deposits")
    async def deposits_page(session: StaffSession, status: str | None = None,
                            customer: str | None = None) -> None:
        chosen = status if status in FILTERS else "awaiting"
        customer_id = customer_param(customer)
        oldest_first = chosen in WAITING
        prefix = routes.prefix(ui.context.client.request)

        async def fetch(after: str | None) -> Page:
            data = await session.run(DEPOSITS, status=FILTERS[chosen], customerId=customer_id,
                                     first=PAGE_SIZE, after=after,
                                     order="OLDEST_FIRST" if oldest_first else "NEWEST_FIRST")
            return page_of(data["deposits"], lambda nodes: deposit_rows(nodes, prefix))

        table = PagedTable(COLUMNS, fetch, empty=t("deposits.empty"), links=("id", "customer"))
        with frame(t("deposits.title"), session):
            with ui.row().classes("items-end gap-4"):
                ui.select({k: t(f"deposits.filter.{k}") for k in FILTERS}, value=chosen,
                          label=t("field.deposit_status"),
                          on_change=lambda e: ui.navigate.to(list_url(str(e.value),
                                                                      customer_id))) \
                    .classes("w-64").mark("deposit-filter")
                if customer_id is not None:
                    await customer_filter(session, customer_id, list_url(chosen, None))
            order_note(oldest_first)
            await table.load()
            table.render()

    @ui.page(routes.deposit("{deposit_id}"))
    @protected(api, needs="deposit")
    async def deposit_page(session: StaffSession, deposit_id: str) -> None:
        deposit: dict[str, Any] | None = None
        if deposit_id.isdigit() and len(deposit_id) <= 19:
            try:
                deposit = (await session.run(DEPOSIT, id=deposit_id))["deposit"]
            except ApiError as error:
                show_api_error(error)
        with frame(t("deposit.title", id=digits(deposit_id)), session):
            ui.link(t("deposit.back"), routes.DEPOSITS)
            if deposit is None:
                ui.label(t("deposit.not_found", id=deposit_id)).mark("deposit-not-found")
                return
            with ui.card().classes("w-full"):
                field_grid(deposit_fields(deposit), "deposit")
            if deposit["status"] in UNDECIDED:
                _decisions(session, deposit_id, deposit["status"])
            ui.label(t("deposit.receipt")).classes("text-lg font-semibold mt-4")
            if deposit["receiptDataUrl"]:
                ui.image(deposit["receiptDataUrl"]).classes("max-w-2xl border") \
                    .props("fit=contain").mark("receipt")


def _decisions(session: StaffSession, deposit_id: str, status: str) -> None:
    """The approve and reject buttons, for members whose role may decide deposits."""
    if not (session.may("approveDeposit") or session.may("rejectDeposit")):
        return
    here = routes.deposit(deposit_id)
    if status == "AWAITING_SECOND_APPROVAL":
        ui.label(t("deposit.needs_second")).classes("text-amber-9").mark("needs-second")
    with ui.row().classes("items-end gap-4"):
        if session.may("approveDeposit"):
            async def approve() -> None:
                result = await _mutate(session, APPROVE, "approveDeposit", id=deposit_id)
                if result is not None:
                    ui.notify(t("deposit.approved_now", status=status_text(
                        result["deposit"]["status"])), type="positive")
                    ui.navigate.to(here)

            busy_button(t("deposit.approve"), approve, icon="check", marker="approve")
        if session.may("rejectDeposit"):
            reason = ui.input(t("deposit.reason")).classes("w-96").mark("reject-reason")

            async def reject() -> None:
                result = await _mutate(session, REJECT, "rejectDeposit", id=deposit_id,
                                       reason=str(reason.value or ""))
                if result is not None:
                    ui.notify(t("deposit.rejected_now"), type="positive")
                    ui.navigate.to(here)

            busy_button(t("deposit.reject"), reject, icon="close", marker="reject")
