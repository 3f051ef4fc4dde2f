"""Cash-outs: the list by status (awaiting approval first), approving or rejecting one with a
reason, and the payout batches with their files to download for the bank.

The status filter is kept in the URL (`?status=approved`), so a reload or a shared link shows the
same list. Approving and rejecting call the API's own mutations, `approveCashOut` and
`rejectCashOut`; the download runs `payoutBatchFile`.
"""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.session import StaffSession, protected, show_api_error, show_refusal
from admin_ui.text import digits, format_money, format_time, t, yes_no
from admin_ui.widgets import Page, PagedTable, busy_button, column, page_of

PAGE_SIZE = 25
STATUSES = ("requested", "approved", "sent", "paid", "rejected", "failed")
DEFAULT_STATUS = "requested"

CASH_OUTS = """
query AdminCashOuts($status: CashOutStatus, $first: Int!, $after: String) {
  cashOuts(status: $status, first: $first, after: $after) {
    edges { node { id customerId amount status requestedAt rejectionReason bankCode
                   bankAccount { sheba holderName } } }
    pageInfo { hasNextPage endCursor }
  }
}
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


def cash_out_rows(nodes: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": n["id"], "requested_at": format_time(n["requestedAt"]),
             "customer": digits(n["customerId"]),
             "customer_href": prefix + routes.customer(n["customerId"]),
             "amount": format_money(n["amount"], "IRR"),
             "sheba": n["bankAccount"]["sheba"], "holder": n["bankAccount"]["holderName"],
             "status": t(f"cashouts.status.{n['status'].lower()}"),
             "note": n["rejectionReason"] or n["bankCode"] or t("none")} for n in nodes]


def batch_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "created_at": format_time(n["createdAt"]),
             "count": digits(str(n["count"])), "total": format_money(n["total"], "IRR"),
             "submitted_at": format_time(n["submittedAt"]) if n["submittedAt"]
             else yes_no(False)} for n in nodes]


def _url(status: str) -> str:
    return f"{routes.CASH_OUTS}?status={status}"


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
    @ui.page(routes.CASH_OUTS)
    @protected(api, needs="cashOuts")
    async def cash_outs_page(session: StaffSession, status: str | None = None) -> None:
        chosen = status if status in (*STATUSES, "all") else DEFAULT_STATUS
        prefix = routes.prefix(ui.context.client.request)

        async def fetch(after: str | None) -> Page:
            data = await session.run(CASH_OUTS, first=PAGE_SIZE, after=after,
                                     status=None if chosen == "all" else chosen.upper())
            return page_of(data["cashOuts"], lambda nodes: cash_out_rows(nodes, prefix))

        with frame(t("cashouts.title"), session):
            with ui.row().classes("items-end gap-4"):
                ui.select({s: t(f"cashouts.status.{s}") for s in ("all", *STATUSES)},
                          value=chosen, label=t("cashouts.status"),
                          on_change=lambda e: ui.navigate.to(_url(str(e.value)))) \
                    .classes("w-56").mark("filter-status")
            table = PagedTable(CASH_OUT_COLUMNS, fetch, empty=t("cashouts.empty"),
                               links=("customer",))
            await table.load()
            table.render()

            if session.may("approveCashOut"):
                ui.label(t("cashouts.review")).classes("text-lg font-semibold mt-4")
                with ui.row().classes("items-end gap-4"):
                    target = ui.input(t("cashouts.cash_out_id")).classes("w-36") \
                        .mark("cash-out-id")
                    reason = ui.input(t("cashouts.reason")).classes("w-96") \
                        .mark("reject-reason")

                    async def approve() -> None:
                        result = await _mutate(session, APPROVE, "approveCashOut",
                                               id=str(target.value or "").strip())
                        if result is not None:
                            ui.notify(t("cashouts.approved", id=result["cashOut"]["id"]),
                                      type="positive")
                            await table.load(table.pager)

                    async def reject() -> None:
                        result = await _mutate(session, REJECT, "rejectCashOut",
                                               id=str(target.value or "").strip(),
                                               reason=str(reason.value or ""))
                        if result is not None:
                            ui.notify(t("cashouts.rejected", id=result["cashOut"]["id"]),
                                      type="positive")
                            reason.set_value("")
                            await table.load(table.pager)

                    busy_button(t("cashouts.approve"), approve, icon="check",
                                marker="approve-cash-out")
                    busy_button(t("cashouts.reject"), reject, icon="block",
                                marker="reject-cash-out")

            if not session.may("payoutBatches"):
                return
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

                busy_button(t("cashouts.download"), download, icon="download",
                            marker="download-batch")
