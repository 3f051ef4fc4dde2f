"""The dashboard: the business at a glance (deposits and cash-outs awaiting a decision, the credit
wallets hold, payments and top-ups today and per day), then totals per ledger, transfers per day
as a chart, and the ledger's invariants."""

from __future__ import annotations

from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, show_api_error
from admin_ui.text import (
    current_language,
    digits,
    format_day,
    format_money,
    format_number,
    format_time,
    is_rtl,
    t,
    toman_shown,
)
from admin_ui.widgets import column, localized, value_axis
from models.i18n.formatting import RIALS_PER_TOMAN

DAYS = 14

SUMMARY = """
query AdminLedgerSummary($days: Int!) {
  ledgerSummary(days: $days) {
    totals { ledger accounts debitsPosted creditsPosted debitsPending creditsPending }
    transfersPerDay { day ledger transfers amount }
  }
}
"""

BUSINESS = """
query AdminBusinessSummary($days: Int!) {
  businessSummary {
    depositsAwaiting { count amount }
    cashOutsAwaiting { count amount }
    outstandingWalletCredit
    paymentsByDay(days: $days) { day count amount }
    topUpsByDay(days: $days) { day count amount }
  }
}
"""
# The lists the "awaiting" figures open, filtered to exactly what they count.
DEPOSITS_AWAITING = routes.with_query(routes.DEPOSITS, status="awaiting")
CASH_OUTS_AWAITING = routes.with_query(routes.CASH_OUTS, status="requested")

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


def business_chart_options(payments: list[dict[str, Any]],
                           top_ups: list[dict[str, Any]]) -> dict[str, Any]:
    """An echart of the amounts paid and topped up per day, in rials or tomans as the reader
    chose; in Persian the days run from the right, as the text does."""
    per_unit = RIALS_PER_TOMAN if toman_shown() else 1
    rtl = is_rtl()

    def amounts(days: list[dict[str, Any]]) -> list[float]:
        return [int(day["amount"]) / per_unit for day in days]

    # Numbers the chart draws itself, in the page's digits (`:` makes NiceGUI read JavaScript).
    locale = "'fa-IR'" if current_language() == "fa" else "'en-US'"
    in_digits = f"value => value.toLocaleString({locale})"
    return {
        "tooltip": {"trigger": "axis", ":valueFormatter": in_digits},
        "legend": {"data": [t("business.payments"), t("business.top_ups")]},
        "grid": {"containLabel": True, "left": 16, "right": 16},
        "xAxis": {"type": "category", "inverse": rtl,
                  "data": [format_day(day["day"]) for day in payments]},
        "yAxis": {"type": "value", "position": "right" if rtl else "left",
                  "name": t("business.unit_toman" if per_unit > 1 else "business.unit_rial"),
                  "axisLabel": {":formatter": in_digits}},
        "series": [{"name": t("business.payments"), "type": "bar", "data": amounts(payments)},
                   {"name": t("business.top_ups"), "type": "bar", "data": amounts(top_ups)}],
    }


def _figure(title: str, amount: int | str, count: int | None, marker: str,
            link: str | None = None) -> None:
    """One figure as a card: its title, the amount, how many (when counted), and where to act."""
    with ui.card().classes("min-w-40 flex-1 gap-1").props("flat bordered").mark(marker):
        ui.label(title).classes("text-sm text-slate-600")
        ui.label(format_money(amount, "IRR")).classes("text-xl font-semibold") \
            .mark(f"{marker}-amount")
        if count is not None:
            ui.label(t("business.count", count=format_number(count))).classes("text-sm") \
                .mark(f"{marker}-count")
        if link is not None:
            ui.link(t("business.review"), link).classes("text-sm").mark(f"{marker}-link")


async def business(session: StaffSession) -> None:
    """The business at a glance; the lists a figure links to only for who may open them."""
    try:
        figures = (await session.run(BUSINESS, days=DAYS))["businessSummary"]
    except ApiError as error:
        show_api_error(error)
        return
    deposits, cash_outs = figures["depositsAwaiting"], figures["cashOutsAwaiting"]
    payments, top_ups = figures["paymentsByDay"], figures["topUpsByDay"]
    ui.label(t("business.title")).classes("text-lg font-semibold")
    with ui.row().classes("w-full gap-4 items-stretch"):
        _figure(t("business.deposits_awaiting"), deposits["amount"], deposits["count"],
                "deposits-awaiting", DEPOSITS_AWAITING if session.may("deposits") else None)
        _figure(t("business.cash_outs_awaiting"), cash_outs["amount"], cash_outs["count"],
                "cash-outs-awaiting", CASH_OUTS_AWAITING if session.may("cashOuts") else None)
        _figure(t("business.outstanding_credit"), figures["outstandingWalletCredit"], None,
                "outstanding-credit")
        _figure(t("business.payments_today"), payments[-1]["amount"], payments[-1]["count"],
                "payments-today")
        _figure(t("business.top_ups_today"), top_ups[-1]["amount"], top_ups[-1]["count"],
                "top-ups-today")
    ui.label(t("business.per_day", days=digits(str(DAYS)))).classes("text-lg font-semibold")
    ui.echart(business_chart_options(payments, top_ups)).classes("w-full h-72") \
        .mark("business-per-day")


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
            if session.may("businessSummary"):
                await business(session)
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
