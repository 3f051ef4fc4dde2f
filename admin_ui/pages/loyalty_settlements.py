"""Loyalty settlements and the club dashboard, for club owners and the platform's staff: the clubs
in reach with their links; a club's settlement batches with a form closing a period (a Jalali day
in Persian); a batch with its shares, its file to download and, for a file uploaded by hand, the
PSP's answer to record; and the club's dashboard: 30 Tehran days of rewards issued against
redeemed and breakage as charts, the top merchants, and the owner's statement of the window.
All through GraphQL (`clubs`, `settlementBatches`, `settlementBatch`, `closeSettlementPeriod`,
`recordSettlementAnswer`, `clubStatement`, `clubDashboard`)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages import loyalty_segments
from admin_ui.pages.loyalty_parts import heading, is_id, load
from admin_ui.pages.loyalty_referrals import dashboard_section as referral_results
from admin_ui.pages.transfers import BadDate, parse_day
from admin_ui.session import StaffSession, mutate
from admin_ui.text import (
    current_language,
    digits,
    format_day,
    format_money,
    format_number,
    format_time,
    is_rtl,
    shown,
    t,
)
from admin_ui.widgets import busy_button, column, date_input, link_cell, localized, shown_rows
from models.i18n.formatting import TEHRAN

CLUBS = """query AdminSettlementClubs { clubs { id name } }"""
BATCHES = """
query AdminSettlementBatches($club: ID!) {
  club(id: $club) { id name allowedActions }
  settlementBatches(clubId: $club) {
    id beneficiary partnerId periodEnd total psp state createdAt sentAt
  }
}
"""
BATCH = """
query AdminSettlementBatch($id: ID!) {
  settlementBatch(id: $id) {
    id clubId beneficiary partnerId periodEnd total psp state fileName file answer createdAt
    sentAt shares { id purchaseId returnId amount sheba createdAt }
  }
}
"""
CLOSE = """
mutation AdminCloseSettlementPeriod($club: ID!, $end: DateTime!) {
  closeSettlementPeriod(clubId: $club, periodEnd: $end) {
    __typename ... on SettlementRun { batches { id } carried { beneficiary } }
    ... on UserError { code message field }
  }
}
"""
ANSWER = """
mutation AdminSettlementAnswer($id: ID!, $accepted: Boolean!, $note: String!) {
  recordSettlementAnswer(id: $id, accepted: $accepted, note: $note) {
    __typename ... on SettlementBatchSuccess { batch { id state } }
    ... on UserError { code message field }
  }
}
"""
DASHBOARD = """
query AdminClubDashboard($club: ID!, $from: DateTime!, $to: DateTime!) {
  club(id: $club) { id name }
  clubDashboard(clubId: $club) {
    days {
      day issued { credit discount points entries } redeemed { credit points }
      expired { credit points entries }
    }
    topMerchants { merchantId name purchases sales }
    segments { segmentId name members activeMembers }
    campaignResults { queued sent failed }
    membersByTier { tier { id rank name } members }
  }
  clubStatement(clubId: $club, from: $from, to: $to) {
    purchases sales returned feePercentBp feeAmount fees
    shares { beneficiary partnerId partnerName total settled pending asCredit }
    issued { credit discount points entries } redeemed { credit points }
    expired { credit points entries }
  }
}
"""

TIER_COUNT_COLUMNS = [column("tier", "loyalty.tiers.field.tier"),
                      column("members", "loyalty.tiers.field.members")]
SETTLEMENTS = routes.LOYALTY_SETTLEMENTS
club_settlements = routes.loyalty_settlements
club_dashboard = routes.loyalty_dashboard
settlement_batch = routes.loyalty_settlement


BATCH_COLUMNS = [column("id", "loyalty.settlement.field.id"),
                 column("beneficiary", "loyalty.settlement.field.beneficiary"),
                 column("partner", "loyalty.settlement.field.partner"),
                 column("period_end", "loyalty.settlement.field.period_end"),
                 column("total", "loyalty.settlement.field.total", align="right"),
                 column("psp", "loyalty.settlement.field.psp"),
                 column("state", "loyalty.settlement.field.state"),
                 column("created_at", "loyalty.settlement.field.created_at")]
SHARE_COLUMNS = [column("id", "loyalty.settlement.field.id"),
                 column("purchase", "loyalty.settlement.field.purchase"),
                 column("return", "loyalty.settlement.field.return"),
                 column("amount", "loyalty.settlement.field.amount", align="right"),
                 column("sheba", "loyalty.settlement.field.sheba"),
                 column("created_at", "loyalty.settlement.field.created_at")]
SHARE_TOTAL_COLUMNS = [column("beneficiary", "loyalty.settlement.field.beneficiary"),
                       column("partner", "loyalty.settlement.field.partner"),
                       column("total", "loyalty.settlement.field.total", align="right"),
                       column("settled", "loyalty.settlement.field.settled", align="right"),
                       column("pending", "loyalty.settlement.field.pending", align="right"),
                       column("as_credit", "loyalty.settlement.field.as_credit",
                              align="right")]
MERCHANT_COLUMNS = [column("name", "loyalty.settlement.field.merchant"),
                    column("purchases", "loyalty.settlement.field.purchases", align="right"),
                    column("sales", "loyalty.settlement.field.sales", align="right")]


def beneficiary_text(value: str) -> str:
    return t(f"loyalty.settlement.beneficiary.{value.lower()}")


def state_text(value: str) -> str:
    return t(f"loyalty.settlement.state.{value.lower()}")


def batch_rows(batches: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": b["id"], "id_href": prefix + settlement_batch(b["id"]),
             "beneficiary": beneficiary_text(b["beneficiary"]),
             "partner": digits(b["partnerId"] or "—"), "period_end": format_time(b["periodEnd"]),
             "total": format_money(b["total"], "IRR"),
             "psp": t(f"loyalty.settlement.psp.{b['psp']}"),
             "state": state_text(b["state"]), "created_at": format_time(b["createdAt"])}
            for b in batches]


def share_rows(shares: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": s["id"], "purchase": digits(s["purchaseId"]),
             "return": digits(s["returnId"] or "—"), "amount": format_money(s["amount"], "IRR"),
             "sheba": s["sheba"] or "—", "created_at": format_time(s["createdAt"])}
            for s in shares]


def period_end_of(text: str | None) -> str | None:
    """The start, in Tehran, of the day after the one typed (Jalali or Gregorian): the period
    closes with that whole day in it. Nothing typed: the start of today in Tehran."""
    day_text = parse_day(text)
    if day_text is None:
        day = datetime.now(TEHRAN).date()
    else:
        day = datetime.fromisoformat(day_text.replace("Z", "+00:00")).date() + timedelta(days=1)
    return datetime.combine(day, time(), TEHRAN).astimezone(UTC).isoformat()


def _table(columns: list[dict[str, Any]], rows: list[dict[str, Any]], marker: str, empty: str,
           links: tuple[str, ...] = ()) -> None:
    if not rows:
        ui.label(empty).classes("text-grey-7").mark(f"{marker}-empty")
        return
    table = ui.table(columns=localized(columns), rows=shown_rows(rows), row_key="id") \
        .classes("w-full").props("flat bordered dense").mark(marker)
    for name in links:
        table.add_slot(f"body-cell-{name}", link_cell(name))


def club_nav(club: dict[str, Any]) -> None:
    with ui.row().classes("gap-6"):
        ui.link(t("loyalty.settlement.back"), SETTLEMENTS).mark("back-to-settlements")
        ui.link(t("loyalty.settlement.club_page"), routes.loyalty_club(club["id"]))
        ui.link(t("loyalty.settlement.batches_title", club=club["name"]),
                club_settlements(club["id"])).mark("club-settlements-link")
        ui.link(t("loyalty.settlement.dashboard_title", club=club["name"]),
                club_dashboard(club["id"])).mark("club-dashboard-link")


def close_form(session: StaffSession, club: dict[str, Any]) -> None:
    heading(t("loyalty.settlement.close_title"))
    ui.label(t("loyalty.settlement.close_help")).classes("text-sm text-grey-7")
    with ui.row().classes("items-end gap-4"):
        day = date_input(t("loyalty.settlement.close_day")).mark("close-day")

        async def close() -> None:
            try:
                end = period_end_of(day.value)
            except BadDate:
                ui.notify(t("loyalty.settlement.bad_day"), type="warning")
                return
            done = await mutate(session, CLOSE, "closeSettlementPeriod", club=club["id"],
                                end=end)
            if done is not None:
                ui.notify(t("loyalty.settlement.closed",
                            batches=format_number(len(done["batches"])),
                            carried=format_number(len(done["carried"]))), type="positive")
                ui.navigate.reload()

        busy_button(t("loyalty.settlement.close"), close, icon="lock_clock",
                    marker="close-period")


def answer_form(session: StaffSession, batch: dict[str, Any]) -> None:
    heading(t("loyalty.settlement.answer_title"))
    note = ui.input(t("loyalty.settlement.note")).mark("answer-note")

    async def record(accepted: bool) -> None:
        done = await mutate(session, ANSWER, "recordSettlementAnswer", id=batch["id"],
                            accepted=accepted, note=note.value or "")
        if done is not None:
            ui.navigate.reload()

    async def accept() -> None:
        await record(True)

    async def reject() -> None:
        await record(False)

    with ui.row().classes("gap-4"):
        busy_button(t("loyalty.settlement.accepted"), accept, marker="answer-accepted")
        busy_button(t("loyalty.settlement.rejected"), reject, marker="answer-rejected")


def _in_digits() -> str:
    locale = "'fa-IR'" if current_language() == "fa" else "'en-US'"
    return f"value => value.toLocaleString({locale})"


def rewards_chart(days: list[dict[str, Any]], group: str, issued: tuple[str, ...],
                  redeemed: bool) -> dict[str, Any]:
    """An echart of one kind of reward per Tehran day: issued (stacked by what), redeemed and
    expired; in Persian the days run from the right."""
    rtl = is_rtl()
    series: list[dict[str, Any]] = [
        {"name": t(f"loyalty.settlement.issued_{name}"), "type": "bar", "stack": "issued",
         "data": [int(d["issued"][name]) for d in days]} for name in issued]
    if redeemed:
        series.append({"name": t("loyalty.settlement.redeemed"), "type": "bar",
                       "data": [int(d["redeemed"][group]) for d in days]})
    series.append({"name": t("loyalty.settlement.expired"), "type": "line",
                   "data": [int(d["expired"][group]) for d in days]})
    return {
        "tooltip": {"trigger": "axis", ":valueFormatter": _in_digits()},
        "legend": {"data": [s["name"] for s in series]},
        "grid": {"containLabel": True, "left": 16, "right": 16},
        "xAxis": {"type": "category", "inverse": rtl,
                  "data": [format_day(d["day"]) for d in days]},
        "yAxis": {"type": "value", "position": "right" if rtl else "left",
                  "axisLabel": {":formatter": _in_digits()}},
        "series": series,
    }


def statement_section(statement: dict[str, Any]) -> None:
    heading(t("loyalty.settlement.statement_title"), "statement")
    fields = [
        ("purchases", format_number(statement["purchases"])),
        ("sales", format_money(statement["sales"], "IRR")),
        ("returned", format_money(statement["returned"], "IRR")),
        ("tariff", t("loyalty.settlement.tariff",
                     percent=format_number(int(statement["feePercentBp"]) / 100, 2),
                     amount=format_money(statement["feeAmount"], "IRR"))),
        ("fees", format_money(statement["fees"], "IRR")),
        ("issued_credit", format_money(statement["issued"]["credit"], "IRR")),
        ("issued_discount", format_money(statement["issued"]["discount"], "IRR")),
        ("issued_points", format_number(int(statement["issued"]["points"]))),
        ("redeemed_credit", format_money(statement["redeemed"]["credit"], "IRR")),
        ("redeemed_points", format_number(int(statement["redeemed"]["points"]))),
        ("expired_credit", format_money(statement["expired"]["credit"], "IRR")),
        ("expired_points", format_number(int(statement["expired"]["points"]))),
    ]
    with ui.card().classes("w-full"), \
            ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
        for key, value in fields:
            ui.label(t(f"loyalty.settlement.field.{key}")).classes("text-sm text-grey-7")
            ui.label(shown(value)).mark(f"statement-{key}")
    rows = [{"id": f"{s['beneficiary']}-{s['partnerId']}",
             "beneficiary": beneficiary_text(s["beneficiary"]),
             "partner": s["partnerName"] or digits(s["partnerId"] or "—"),
             **{k: format_money(s[n], "IRR") for k, n in (
                 ("total", "total"), ("settled", "settled"), ("pending", "pending"),
                 ("as_credit", "asCredit"))}} for s in statement["shares"]]
    _table(SHARE_TOTAL_COLUMNS, rows, "statement-shares", t("loyalty.settlement.no_shares"))


def campaign_results(results: dict[str, Any]) -> None:
    """The club's campaigns' messages so far, by what became of them."""
    heading(t("loyalty.campaigns.results"), "campaign-results")
    with ui.row().classes("gap-8"):
        for key in ("queued", "sent", "failed"):
            ui.label(t(f"loyalty.campaigns.results_{key}", count=format_number(results[key]))) \
                .mark(f"campaign-results-{key}")


def create(api: AdminApi) -> None:
    @ui.page(SETTLEMENTS)
    @protected(api, needs="settlementBatches")
    async def settlements_page(session: StaffSession) -> None:
        clubs = await load(session, CLUBS, "clubs") or []
        with frame(t("loyalty.settlement.title"), session):
            if not clubs:
                ui.label(t("loyalty.settlement.no_clubs")).mark("settlement-clubs-empty")
            with ui.column().classes("gap-2").mark("settlement-clubs"):
                for club in clubs:
                    with ui.row().classes("gap-6 items-baseline"):
                        ui.label(f"{club['name']} ({digits(club['id'])})") \
                            .classes("font-semibold")
                        ui.link(t("loyalty.settlement.batches"), club_settlements(club["id"])) \
                            .mark(f"settlements-of-{club['id']}")
                        ui.link(t("loyalty.settlement.dashboard"), club_dashboard(club["id"])) \
                            .mark(f"dashboard-of-{club['id']}")

    @ui.page(club_settlements("{club_id}"))
    @protected(api, needs="settlementBatches")
    async def batches_page(session: StaffSession, club_id: str) -> None:
        prefix = routes.prefix(ui.context.client.request)
        data: dict[str, Any] = (await load(session, BATCHES, None, club=club_id)
                                if is_id(club_id) else None) or {}
        club = data.get("club")
        with frame(t("loyalty.settlement.batches_title", club=digits(club_id)), session):
            if club is None:
                ui.link(t("loyalty.settlement.back"), SETTLEMENTS)
                ui.label(t("loyalty.settlement.club_not_found", id=digits(club_id))) \
                    .mark("club-not-found")
                return
            club_nav(club)
            _table(BATCH_COLUMNS, batch_rows(data["settlementBatches"], prefix),
                   "settlement-batches", t("loyalty.settlement.no_batches"), links=("id",))
            if "CONFIGURE" in club["allowedActions"] and session.may("closeSettlementPeriod"):
                close_form(session, club)

    @ui.page(settlement_batch("{batch_id}"))
    @protected(api, needs="settlementBatch")
    async def batch_page(session: StaffSession, batch_id: str) -> None:
        batch = (await load(session, BATCH, "settlementBatch", id=batch_id)
                 if is_id(batch_id) else None)
        with frame(t("loyalty.settlement.batch_title", id=digits(batch_id)), session):
            ui.link(t("loyalty.settlement.back"), SETTLEMENTS)
            if batch is None:
                ui.label(t("loyalty.settlement.batch_not_found", id=digits(batch_id))) \
                    .mark("batch-not-found")
                return
            ui.link(t("loyalty.settlement.batches"), club_settlements(batch["clubId"]))
            fields = [("beneficiary", beneficiary_text(batch["beneficiary"])),
                      ("partner", digits(batch["partnerId"] or "—")),
                      ("period_end", format_time(batch["periodEnd"])),
                      ("total", format_money(batch["total"], "IRR")),
                      ("psp", t(f"loyalty.settlement.psp.{batch['psp']}")),
                      ("state", state_text(batch["state"])),
                      ("answer", str(batch["answer"].get("message") or "—")),
                      ("sent_at", format_time(batch["sentAt"]) if batch["sentAt"] else "—")]
            with ui.card().classes("w-full"), \
                    ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1"):
                for key, value in fields:
                    ui.label(t(f"loyalty.settlement.field.{key}")).classes("text-sm text-grey-7")
                    ui.label(shown(value)).mark(f"batch-{key}")
            body, name = batch["file"], batch["fileName"]

            async def download() -> None:
                ui.download(body.encode("utf-8"), name, "application/json")

            busy_button(t("loyalty.settlement.download"), download, icon="download",
                        marker="download-file")
            heading(t("loyalty.settlement.shares_title"))
            _table(SHARE_COLUMNS, share_rows(batch["shares"]), "batch-shares",
                   t("loyalty.settlement.no_shares"))
            if batch["state"] in ("OPEN", "SENT") and session.may("recordSettlementAnswer"):
                answer_form(session, batch)

    @ui.page(club_dashboard("{club_id}"))
    @protected(api, needs="clubDashboard")
    async def dashboard_page(session: StaffSession, club_id: str) -> None:
        now = datetime.now(UTC)
        start = datetime.combine(now.astimezone(TEHRAN).date() - timedelta(days=29), time(),
                                 TEHRAN)
        data = (await load(session, DASHBOARD, None, club=club_id, **{
            "from": start.isoformat(), "to": now.isoformat()}) if is_id(club_id) else None)
        club = (data or {}).get("club")
        with frame(t("loyalty.settlement.dashboard_title", club=digits(club_id)), session):
            if club is None or data is None or data["clubDashboard"] is None:
                ui.link(t("loyalty.settlement.back"), SETTLEMENTS)
                ui.label(t("loyalty.settlement.club_not_found", id=digits(club_id))) \
                    .mark("club-not-found")
                return
            club_nav(club)
            days = data["clubDashboard"]["days"]
            heading(t("loyalty.settlement.chart_credit"))
            ui.echart(rewards_chart(days, "credit", ("credit", "discount"), True)) \
                .classes("w-full h-72").mark("chart-credit")
            heading(t("loyalty.settlement.chart_points"))
            ui.echart(rewards_chart(days, "points", ("points",), True)) \
                .classes("w-full h-72").mark("chart-points")
            heading(t("loyalty.settlement.chart_entries"))
            ui.echart(rewards_chart(days, "entries", ("entries",), False)) \
                .classes("w-full h-64").mark("chart-entries")
            heading(t("loyalty.settlement.top_merchants"))
            rows = [{"id": m["merchantId"], "name": m["name"] or digits(m["merchantId"]),
                     "purchases": format_number(m["purchases"]),
                     "sales": format_money(m["sales"], "IRR")}
                    for m in data["clubDashboard"]["topMerchants"]]
            _table(MERCHANT_COLUMNS, rows, "top-merchants", t("loyalty.settlement.no_sales"))
            loyalty_segments.dashboard_section(data["clubDashboard"]["segments"])
            campaign_results(data["clubDashboard"]["campaignResults"])
            heading(t("loyalty.tiers.by_tier"))
            _table(TIER_COUNT_COLUMNS, [
                {"id": (c["tier"] or {}).get("id") or "none",
                 "tier": c["tier"]["name"] if c["tier"] else t("loyalty.tiers.none"),
                 "members": format_number(c["members"])}
                for c in data["clubDashboard"]["membersByTier"]], "members-by-tier",
                t("loyalty.tiers.empty"))
            if data["clubStatement"] is not None:
                statement_section(data["clubStatement"])
            await referral_results(session, club_id)
