"""Cash-outs: the list by status and customer, one cash-out with everything a clerk checks
before deciding (the customer, the account and whether it is verified, what the customer may
cash out now, what happened when, the transfers) and its approve and reject buttons, and the
payout batches with their files to download for the bank.

The filters are kept in the URL (`?status=approved&customer=12`), so a reload or a shared link
shows the same list. Those awaiting approval are listed oldest first (first come, first served),
every other view newest first. Approving and rejecting call the API's own mutations,
`approveCashOut` and `rejectCashOut`; the download runs `payoutBatchFile`.
"""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error, show_refusal
from admin_ui.text import digits, format_money, format_time, t, yes_no
from admin_ui.widgets import (
    Page,
    PagedTable,
    busy_button,
    column,
    customer_filter,
    customer_param,
    field_grid,
    localized,
    order_note,
    page_of,
)

PAGE_SIZE = 25
STATUSES = ("requested", "approved", "sent", "paid", "rejected", "failed")
DEFAULT_STATUS = "requested"
# Listed oldest first: the queue of those waiting for a decision.
WAITING = "requested"
# Where a cash-out may still be decided: approved from requested, rejected until it is sent.
APPROVABLE = ("REQUESTED",)
REJECTABLE = ("REQUESTED", "APPROVED")

FIELDS = """
fragment AdminCashOutFields on CashOut {
  id customerId amount status requestedAt reviewedAt sentAt settledAt reviewedById
  rejectionReason bankCode payoutReference trackingId holdTransferId postTransferId
  voidTransferId batchId requestedBy problem
  bankAccount { sheba holderName verified verifiedAt verifiedBy }
}
"""
CASH_OUTS = FIELDS + """
query AdminCashOuts($status: CashOutStatus, $customerId: ID, $first: Int!, $after: String,
                    $order: ListOrder!) {
  cashOuts(status: $status, customerId: $customerId, first: $first, after: $after,
           order: $order) {
    edges { node { ...AdminCashOutFields } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
CASH_OUT = FIELDS + """
query AdminCashOut($id: ID!) { cashOut(id: $id) { ...AdminCashOutFields } }
"""
CUSTOMER = """
query AdminCashOutCustomer($id: ID!) { customer(id: $id) { id name wallet { cashable } } }
"""
BATCHES = """
query AdminPayoutBatches($first: Int!, $after: String) {
  payoutBatches(first: $first, after: $after) {
    edges { node { id fileName count total createdAt submittedAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
BATCH_FILE = """
query AdminPayoutBatchFile($batchId: ID!) {
  payoutBatchFile(batchId: $batchId) { fileName contentType content }
}
"""
APPROVE = """
mutation AdminApproveCashOut($id: ID!) {
  approveCashOut(id: $id) {
    __typename
    ... on CashOutSuccess { cashOut { id status } }
    ... on UserError { code message field }
  }
}
"""
REJECT = """
mutation AdminRejectCashOut($id: ID!, $reason: String!) {
  rejectCashOut(id: $id, reason: $reason) {
    __typename
    ... on CashOutSuccess { cashOut { id status } }
    ... on UserError { code message field }
  }
}
"""

CASH_OUT_COLUMNS = [
    column("id", "field.id"),
    column("requested_at", "cashouts.requested_at"),
    column("customer", "cashouts.customer"),
    column("amount", "field.amount", align="right"),
    column("sheba", "cashouts.sheba"),
    column("holder", "cashouts.holder"),
    column("status", "cashouts.status"),
    column("note", "cashouts.note"),
]
BATCH_COLUMNS = [
    column("id", "field.id"),
    column("created_at", "field.created_at"),
    column("count", "cashouts.batch_count", align="right"),
    column("total", "cashouts.batch_total", align="right"),
    column("submitted_at", "cashouts.submitted_at"),
]
HISTORY_COLUMNS = [
    column("event", "cashouts.event"),
    column("at", "field.at"),
]


def status_text(status: str) -> str:
    return t(f"cashouts.status.{status.lower()}")


def cash_out_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "id_href": prefix + routes.cash_out(n["id"]),
             "requested_at": format_time(n["requestedAt"]),
             "customer": digits(n["customerId"]),
             "customer_href": prefix + routes.customer(n["customerId"]),
             "amount": format_money(n["amount"], "IRR"),
             "sheba": n["bankAccount"]["sheba"], "holder": n["bankAccount"]["holderName"],
             "status": status_text(n["status"]),
             "note": n["rejectionReason"] or n["bankCode"] or t("none")} for n in nodes]


def batch_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "created_at": format_time(n["createdAt"]),
             "count": digits(str(n["count"])), "total": format_money(n["total"], "IRR"),
             "submitted_at": format_time(n["submittedAt"]) if n["submittedAt"]
             else yes_no(False)} for n in nodes]


def history(cash_out: dict[str, Any]) -> list[tuple[str, str]]:
    """What happened to a cash-out and when, as (status reached, its time), in order. A review
    is an approval unless the cash-out was rejected; a settlement is a payment unless the bank
    refused it."""
    status = cash_out["status"]
    reviewed = "rejected" if status == "REJECTED" else "approved"
    settled = "failed" if status == "FAILED" else "paid"
    facts = [("requested", cash_out["requestedAt"]), (reviewed, cash_out["reviewedAt"]),
             ("sent", cash_out["sentAt"]), (settled, cash_out["settledAt"])]
    return [(event, at) for event, at in facts if at]


def history_rows(cash_out: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"id": event, "event": status_text(event), "at": format_time(at)}
            for event, at in history(cash_out)]


def cash_out_fields(cash_out: dict[str, Any], customer: dict[str, Any] | None,
                    ) -> list[tuple[str, str]]:
    """What the detail shows, as (catalogue key of `field.*`, value)."""
    none = t("none")
    account = cash_out["bankAccount"]
    who = digits(f"#{cash_out['customerId']}")
    wallet = (customer or {}).get("wallet")
    return [
        ("id", cash_out["id"]),
        ("customer", f"{customer['name']} ({who})" if customer else who),
        ("amount", format_money(cash_out["amount"], "IRR")),
        ("cash_out_status", status_text(cash_out["status"])),
        ("sheba", account["sheba"]),
        ("holder", account["holderName"]),
        ("bank_account_verified",
         t("customer.verified_at", time=format_time(account["verifiedAt"]))
         if account["verified"] else yes_no(False)),
        ("requested_by", digits(cash_out["requestedBy"]) if cash_out["requestedBy"] else none),
        ("verified_by", digits(account["verifiedBy"]) if account["verifiedBy"] else none),
        ("cashable_now", format_money(wallet["cashable"], "IRR") if wallet else none),
        ("reviewed_by", digits(f"#{cash_out['reviewedById']}") if cash_out["reviewedById"]
         else none),
        ("rejection_reason", cash_out["rejectionReason"] or none),
        ("bank_code", cash_out["bankCode"] or none),
        ("settle_problem", cash_out["problem"] or none),
        ("payout_reference", cash_out["payoutReference"] or none),
        ("tracking_id", cash_out["trackingId"]),
        ("batch", digits(cash_out["batchId"]) if cash_out["batchId"] else none),
        ("hold_transfer", cash_out["holdTransferId"]),
        ("post_transfer", cash_out["postTransferId"] or none),
        ("void_transfer", cash_out["voidTransferId"] or none),
    ]


def cash_out_links(cash_out: dict[str, Any], may_see_transfers: bool) -> dict[str, str]:
    """The detail's values that link somewhere: the customer, and the transfers for members
    who may open them."""
    links = {"customer": routes.customer(cash_out["customerId"])}
    if may_see_transfers:
        for key in ("hold", "post", "void"):
            transfer_id = cash_out[f"{key}TransferId"]
            if transfer_id:
                links[f"{key}_transfer"] = routes.transfer(transfer_id)
    return links


def list_url(status: str, customer: str | None) -> str:
    return routes.with_query(routes.CASH_OUTS,
                             status=status if status != DEFAULT_STATUS else None,
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


async def _query(session: StaffSession, query: str, field: str,
                 **variables: Any) -> dict[str, Any] | None:
    """A query's one field, or None when there is none or after notifying why it failed."""
    try:
        found: dict[str, Any] | None = (await session.run(query, **variables))[field]
    except ApiError as error:
        show_api_error(error)
        return None
    return found


def create(api: AdminApi) -> None:
    @ui.page(routes.CASH_OUTS)
    @protected(api, needs="cashOuts")
    async def cash_outs_page(session: StaffSession, status: str | None = None,
                             customer: str | None = None) -> None:
        chosen = status if status in (*STATUSES, "all") else DEFAULT_STATUS
        customer_id = customer_param(customer)
        oldest_first = chosen == WAITING
        prefix = routes.prefix(ui.context.client.request)

        async def fetch(after: str | None) -> Page:
            data = await session.run(
                CASH_OUTS, first=PAGE_SIZE, after=after, customerId=customer_id,
                status=None if chosen == "all" else chosen.upper(),
                order="OLDEST_FIRST" if oldest_first else "NEWEST_FIRST")
            return page_of(data["cashOuts"], lambda nodes: cash_out_rows(nodes, prefix))

        with frame(t("cashouts.title"), session):
            with ui.row().classes("items-end gap-4"):
                ui.select({s: status_text(s) for s in ("all", *STATUSES)},
                          value=chosen, label=t("cashouts.status"),
                          on_change=lambda e: ui.navigate.to(list_url(str(e.value),
                                                                      customer_id))) \
                    .classes("w-56").mark("filter-status")
                if customer_id is not None:
                    await customer_filter(session, customer_id, list_url(chosen, None))
            order_note(oldest_first)
            table = PagedTable(CASH_OUT_COLUMNS, fetch, empty=t("cashouts.empty"),
                               links=("id", "customer"))
            await table.load()
            table.render()
            if session.may("payoutBatches"):
                await _batches_section(session)

    @ui.page(routes.cash_out("{cash_out_id}"))
    @protected(api, needs="cashOut")
    async def cash_out_page(session: StaffSession, cash_out_id: str) -> None:
        cash_out = None
        if cash_out_id.isdigit() and len(cash_out_id) <= 19:
            cash_out = await _query(session, CASH_OUT, "cashOut", id=cash_out_id)
        with frame(t("cashout.title", id=digits(cash_out_id)), session):
            ui.link(t("cashout.back"), routes.CASH_OUTS).mark("back")
            if cash_out is None:
                ui.label(t("cashout.not_found", id=cash_out_id)).mark("not-found")
                return
            customer = await _query(session, CUSTOMER, "customer", id=cash_out["customerId"]) \
                if session.may("customer") else None
            with ui.card().classes("w-full"):
                field_grid(cash_out_fields(cash_out, customer), "cash-out",
                           cash_out_links(cash_out, session.may("transfer")))
            ui.label(t("cashout.history")).classes("text-lg font-semibold mt-4")
            ui.table(columns=localized(HISTORY_COLUMNS), rows=history_rows(cash_out),
                     row_key="id").classes("w-full max-w-xl").props("flat bordered dense") \
                .mark("history")
            _decisions(session, cash_out)


def _decisions(session: StaffSession, cash_out: dict[str, Any]) -> None:
    """Approve and reject, for members whose role may, while the cash-out can still take them."""
    here = routes.cash_out(cash_out["id"])
    approve_shown = cash_out["status"] in APPROVABLE and session.may("approveCashOut")
    reject_shown = cash_out["status"] in REJECTABLE and session.may("rejectCashOut")
    if not (approve_shown or reject_shown):
        return
    ui.label(t("cashouts.review")).classes("text-lg font-semibold mt-4")
    with ui.row().classes("items-end gap-4"):
        if approve_shown:
            async def approve() -> None:
                result = await _mutate(session, APPROVE, "approveCashOut", id=cash_out["id"])
                if result is not None:
                    ui.notify(t("cashouts.approved", id=result["cashOut"]["id"]),
                              type="positive")
                    ui.navigate.to(here)

            busy_button(t("cashouts.approve"), approve, icon="check", marker="approve")
        if reject_shown:
            reason = ui.input(t("cashouts.reason")).classes("w-96").mark("reject-reason")

            async def reject() -> None:
                result = await _mutate(session, REJECT, "rejectCashOut", id=cash_out["id"],
                                       reason=str(reason.value or ""))
                if result is not None:
                    ui.notify(t("cashouts.rejected", id=result["cashOut"]["id"]),
                              type="positive")
                    ui.navigate.to(here)

            busy_button(t("cashouts.reject"), reject, icon="block", marker="reject")


async def _batches_section(session: StaffSession) -> None:
    """The payout batches, newest first, and the download of one's file for the bank."""
    ui.label(t("cashouts.batches")).classes("text-lg font-semibold mt-4")

    async def fetch_batches(after: str | None) -> Page:
        data = await session.run(BATCHES, first=PAGE_SIZE, after=after)
        return page_of(data["payoutBatches"], batch_rows)

    batches = PagedTable(BATCH_COLUMNS, fetch_batches, empty=t("cashouts.no_batches"))
    await batches.load()
    batches.render()
    with ui.row().classes("items-end gap-4"):
        batch_id = ui.input(t("cashouts.batch_id")).classes("w-36").mark("batch-id")

        async def download() -> None:
            wanted = str(batch_id.value or "").strip()
            try:
                data = await session.run(BATCH_FILE, batchId=wanted)
            except ApiError as error:
                show_api_error(error)
                return
            found = data["payoutBatchFile"]
            if found is None:
                ui.notify(t("cashouts.no_such_batch", id=wanted), type="warning")
                return
            ui.download(found["content"].encode("utf-8"), found["fileName"],
                        found["contentType"])

        busy_button(t("cashouts.download"), download, icon="download", marker="download-batch")
