"""The dashboard: totals per ledger, transfers per day as a chart, and the ledger's invariants."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error
from admin_ui.text import digits, format_day, format_money, format_number, format_time, t
from admin_ui.widgets import column, localized, value_axis

DAYS = 14

SUMMARY = """
query AdminLedgerSummary($days: Int!) {
  ledgerSummary(days: $days) {
    totals { ledger accounts debitsPosted creditsPosted debitsPending creditsPending }
    transfersPerDay { day ledger transfers amount }
  }
}
"""

HEALTH = """
query AdminLedgerHealth { ledgerHealth { ok checkedAt problems { what detail } } }
"""

TOTAL_COLUMNS = [
    column("ledger", "field.ledger"),
    column("accounts", "field.accounts", align="right"),
    column("debits_posted", "field.debits_posted", align="right"),
    column("credits_posted", "field.credits_posted", align="right"),
    column("debits_pending", "field.debits_pending", align="right"),
    column("credits_pending", "field.credits_pending", align="right"),
]


def total_rows(totals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{
        "id": row["ledger"], "ledger": row["ledger"], "accounts": format_number(row["accounts"]),
        **{key: format_money(row[name], row["ledger"]) for key, name in (
            ("debits_posted", "debitsPosted"), ("credits_posted", "creditsPosted"),
            ("debits_pending", "debitsPending"), ("credits_pending", "creditsPending"))},
    } for row in totals]


def chart_options(per_day: list[dict[str, Any]]) -> dict[str, Any]:
    """An echart of transfers per day, one bar series per ledger, days in the reader's calendar."""
    days = sorted({row["day"] for row in per_day})
    ledgers = sorted({row["ledger"] for row in per_day})
    counts = {(row["day"], row["ledger"]): row["transfers"] for row in per_day}
    return {
        "tooltip": {"trigger": "axis"},
        "legend": {"data": ledgers},
        "xAxis": {"type": "category", "data": [format_day(day) for day in days]},
        "yAxis": value_axis(minInterval=1),
        "series": [{"name": ledger, "type": "bar", "stack": "all",
                    "data": [counts.get((day, ledger), 0) for day in days]}
                   for ledger in ledgers],
    }


def create(api: AdminApi) -> None:
    @ui.page(routes.DASHBOARD)
    @protected(api, needs="ledgerSummary")
    async def dashboard_page(session: StaffSession) -> None:
        summary: dict[str, Any] = {"totals": [], "transfersPerDay": []}
        try:
            summary = (await session.run(SUMMARY, days=DAYS))["ledgerSummary"]
        except ApiError as error:
            show_api_error(error)
        with frame(t("dashboard.title"), session):
            ui.label(t("dashboard.totals")).classes("text-lg font-semibold")
            ui.table(columns=localized(TOTAL_COLUMNS), rows=total_rows(summary["totals"]),
                     row_key="id") \
                .classes("w-full").props("flat bordered dense").mark("ledger-totals")
            ui.label(t("dashboard.per_day", days=digits(str(DAYS)))) \
                .classes("text-lg font-semibold")
            ui.echart(chart_options(summary["transfersPerDay"])).classes("w-full h-72") \
                .mark("transfers-per-day")
            if session.may("ledgerHealth"):
                await health(session)


async def health(session: StaffSession) -> None:
    ui.label(t("dashboard.health")).classes("text-lg font-semibold")
    try:
        report = (await session.run(HEALTH))["ledgerHealth"]
    except ApiError as error:
        show_api_error(error)
        return
    checked = format_time(report["checkedAt"])
    if report["ok"]:
        ui.label(t("dashboard.health_ok", time=checked)).classes("text-positive") \
            .mark("ledger-health")
        return
    ui.label(t("dashboard.health_bad", count=digits(str(len(report["problems"]))),
               time=checked)).classes("text-negative").mark("ledger-health")
    ui.table(columns=[column("what", "field.problem"), column("detail", "field.detail")],
             rows=[{"id": i, **p} for i, p in enumerate(report["problems"])], row_key="id") \
        .classes("w-full").props("flat bordered dense")
