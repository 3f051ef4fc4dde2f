"""One transfer: its fields and its pending → post / void chain."""

from __future__ import annotations

import json
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.account import account_label, pending_text
from admin_ui.session import StaffSession, show_api_error
from admin_ui.text import format_money, format_time, t
from admin_ui.widgets import column, field_grid, link_cell, localized

NODE = """
id ledger kind amount code createdAt pendingId idempotencyKey referenceType referenceId
debitAccountId creditAccountId metadata
debitAccount { id code name }
creditAccount { id code name }
pendingStatus { state expiresAt }
"""

TRANSFER = f"""
query AdminTransfer($id: ID!) {{
  transfer(id: $id) {{
    {NODE}
    pending {{ {NODE} resolutions {{ {NODE} }} }}
    resolutions {{ {NODE} }}
  }}
}}
"""

CHAIN_COLUMNS = [
    column("id", "field.id"),
    column("created_at", "field.created_at"),
    column("kind", "field.kind"),
    column("amount", "field.amount", align="right"),
    column("status", "field.status"),
]


def chain_of(transfer: dict[str, Any]) -> list[dict[str, Any]]:
    """The pending transfer first, then what posted or voided it; a single-phase one alone."""
    pending = transfer.get("pending")
    if pending is not None:
        return [pending, *pending.get("resolutions", [])]
    return [transfer, *transfer.get("resolutions", [])]


def chain_rows(chain: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": node["id"], "id_href": prefix + routes.transfer(node["id"]),
             "created_at": format_time(node["createdAt"]),
             "kind": t(f"kind.{str(node['kind']).lower()}"),
             "amount": format_money(node["amount"], node["ledger"]),
             "status": pending_text(node)} for node in chain]


def transfer_fields(node: dict[str, Any]) -> list[tuple[str, str]]:
    reference = " ".join(filter(None, (node["referenceType"], node["referenceId"])))
    return [
        ("id", node["id"]),
        ("ledger", node["ledger"]),
        ("kind", t(f"kind.{str(node['kind']).lower()}")),
        ("amount", format_money(node["amount"], node["ledger"])),
        ("code", node["code"]),
        ("debit_account", account_label(node["debitAccount"], node["debitAccountId"])),
        ("credit_account", account_label(node["creditAccount"], node["creditAccountId"])),
        ("reference", reference or t("none")),
        ("idempotency_key", node["idempotencyKey"]),
        ("created_at", format_time(node["createdAt"])),
        ("status", pending_text(node) or t("none")),
    ]


def create(api: AdminApi) -> None:
    @ui.page(routes.transfer("{transfer_id}"))
    @protected(api, needs="transfer")
    async def transfer_page(session: StaffSession, transfer_id: str) -> None:
        prefix = routes.prefix(ui.context.client.request)
        transfer: dict[str, Any] | None = None
        if transfer_id.isdigit() and len(transfer_id) <= 19:
            try:
                transfer = (await session.run(TRANSFER, id=transfer_id))["transfer"]
            except ApiError as error:
                show_api_error(error)
        with frame(t("transfer.title", id=transfer_id), session):
            if session.may("searchTransfers"):
                ui.link(t("transfer.back"), routes.TRANSFERS)
            if transfer is None:
                ui.label(t("transfer.not_found", id=transfer_id)).mark("transfer-not-found")
                return
            with ui.card().classes("w-full"):
                field_grid(transfer_fields(transfer), "transfer")
                with ui.row().classes("gap-4"):
                    for side in ("debit", "credit"):
                        ui.link(t(f"field.{side}_account"),
                                routes.account(transfer[f"{side}AccountId"]))
                if transfer["metadata"]:
                    ui.code(json.dumps(transfer["metadata"], ensure_ascii=False, indent=2),
                            language="json").classes("w-full")
            ui.label(t("transfer.chain")).classes("text-lg font-semibold mt-4")
            table = ui.table(columns=localized(CHAIN_COLUMNS),
                             rows=chain_rows(chain_of(transfer), prefix),
                             row_key="id").classes("w-full").props("flat bordered dense") \
                .mark("transfer-chain")
            table.add_slot("body-cell-id", link_cell("id"))
