"""A merchant's tools: its staff (adding a person with code and PIN, deactivating them), the hours
each worked per day, the cash book and the daily income of a day, and its appointment slots with
their bookings (publishing a slot: a Jalali or Gregorian day, a Tehran time, minutes and
capacity). All through GraphQL."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.pages.loyalty_parts import heading, is_id, load
from admin_ui.pages.transfers import BadDate, parse_day
from admin_ui.session import StaffSession, mutate
from admin_ui.text import digits, format_day, format_money, format_number, format_time, t
from admin_ui.widgets import busy_button, column, date_input, localized, shown_rows

TEHRAN = ZoneInfo("Asia/Tehran")

TOOLS = """
query AdminMerchantTools($merchant: ID!, $day: Date!, $since: Date!) {
  merchantStaff(merchantId: $merchant) { id code name active }
  merchantAttendance(merchantId: $merchant, since: $since, until: $day) {
    staffId code name day seconds open
  }
  cashEntries(merchantId: $merchant, day: $day) {
    id kind amount category note reference reversesId recordedBy createdAt
  }
  dailyIncome(merchantId: $merchant, day: $day) {
    purchases purchasesAmount returnedAmount cardNet cashReceipts expenses net
    expensesByCategory { category amount }
  }
  merchantSlots(merchantId: $merchant) { id service startsAt endsAt capacity booked }
}
"""
BOOKINGS = """
query AdminSlotBookings($slot: ID!) {
  slotBookings(slotId: $slot) { id memberId clubId status bookedAt remindedAt }
}
"""
ADD_STAFF = """
mutation AdminAddMerchantStaff($merchant: ID!, $code: String!, $pin: String!, $name: String!) {
  addMerchantStaff(merchantId: $merchant, code: $code, pin: $pin, name: $name) {
    __typename ... on MerchantStaffSuccess { staff { id } }
    ... on UserError { code message field }
  }
}
"""
SET_ACTIVE = """
mutation AdminSetMerchantStaffActive($merchant: ID!, $staff: ID!, $active: Boolean!) {
  updateMerchantStaff(merchantId: $merchant, staffId: $staff, active: $active) {
    __typename ... on MerchantStaffSuccess { staff { id active } }
    ... on UserError { code message field }
  }
}
"""
REVERSE = """
mutation AdminReverseCashEntry($entry: ID!, $reference: String!) {
  reverseCashEntry(entryId: $entry, reference: $reference) {
    __typename ... on CashEntrySuccess { entry { id } }
    ... on UserError { code message field }
  }
}
"""
PUBLISH = """
mutation AdminPublishSlot($merchant: ID!, $input: SlotInputType!) {
  publishSlot(merchantId: $merchant, input: $input) {
    __typename ... on SlotSuccess { slot { id } }
    ... on UserError { code message field }
  }
}
"""

STAFF_COLUMNS = [column("id", "loyalty.core.field.id"), column("code", "loyalty.tools.code"),
                 column("name", "loyalty.core.field.name"),
                 column("active", "loyalty.core.field.active")]
HOURS_COLUMNS = [column("id", "loyalty.tools.code"), column("name", "loyalty.core.field.name"),
                 column("day", "loyalty.tools.day"),
                 column("hours", "loyalty.tools.hours", align="right")]
CASH_COLUMNS = [column("id", "loyalty.core.field.id"), column("kind", "loyalty.tools.kind"),
                column("amount", "loyalty.tools.amount", align="right"),
                column("category", "loyalty.tools.category"),
                column("note", "loyalty.tools.note"),
                column("reference", "loyalty.tools.reference"),
                column("at", "loyalty.tools.recorded_at")]
SLOT_COLUMNS = [column("id", "loyalty.core.field.id"), column("service", "loyalty.tools.service"),
                column("starts", "loyalty.tools.starts_at"),
                column("ends", "loyalty.tools.ends_at"),
                column("booked", "loyalty.tools.booked", align="right")]
BOOKING_COLUMNS = [column("id", "loyalty.core.field.id"),
                   column("member", "loyalty.tools.member"),
                   column("status", "loyalty.core.field.status"),
                   column("reminded", "loyalty.tools.reminded_at")]


def _table(columns: list[dict[str, Any]], rows: list[dict[str, Any]], marker: str) -> None:
    if not rows:
        ui.label(t("loyalty.tools.empty")).classes("text-grey-7").mark(f"{marker}-empty")
        return
    ui.table(columns=localized(columns), rows=shown_rows(rows), row_key="id") \
        .classes("w-full").props("flat bordered dense").mark(marker)


def hours_text(seconds: int) -> str:
    """Hours and minutes, as 7:05."""
    minutes = seconds // 60
    return digits(f"{minutes // 60}:{minutes % 60:02d}")


def staff_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "code": n["code"], "name": n["name"],
             "active": t("loyalty.tools.active" if n["active"] else "loyalty.tools.inactive")}
            for n in nodes]


def hours_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": f"{n['code']}-{n['day']}", "name": n["name"], "day": format_day(n["day"]),
             "hours": hours_text(n["seconds"]) + (" …" if n["open"] else "")} for n in nodes]


def cash_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "kind": t(f"loyalty.tools.kind.{n['kind'].lower()}"),
             "amount": format_money(n["amount"], "IRR"), "category": n["category"] or t("none"),
             "note": (t("loyalty.tools.reverses", id=digits(n["reversesId"]))
                      if n["reversesId"] else n["note"]) or t("none"),
             "reference": n["reference"], "at": format_time(n["createdAt"])} for n in nodes]


def slot_rows(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": n["id"], "service": n["service"], "starts": format_time(n["startsAt"]),
             "ends": format_time(n["endsAt"]),
             "booked": f"{format_number(n['booked'])} / {format_number(n['capacity'])}"}
            for n in nodes]


def slot_start(day: str, clock: str) -> datetime:
    """A slot's start from a typed day (Jalali or Gregorian) and a Tehran time `HH:MM`;
    ValueError (BadDate is one) if either is unreadable."""
    iso = parse_day(day)
    if iso is None:
        raise BadDate(day)
    hour, _, minute = clock.strip().partition(":")
    return datetime.combine(date.fromisoformat(iso[:10]), time(int(hour), int(minute or 0)),
                            TEHRAN)


def staff_section(session: StaffSession, merchant_id: str, nodes: list[dict[str, Any]]) -> None:
    heading(t("loyalty.tools.staff"))
    _table(STAFF_COLUMNS, staff_rows(nodes), "merchant-staff")
    with ui.row().classes("items-end gap-4 flex-wrap"):
        code = ui.input(t("loyalty.tools.code")).classes("w-32").mark("staff-code")
        pin = ui.input(t("loyalty.tools.pin"), password=True).classes("w-32").mark("staff-pin")
        name = ui.input(t("loyalty.core.field.name")).classes("w-56").mark("staff-name")

        async def add() -> None:
            if await mutate(session, ADD_STAFF, "addMerchantStaff", merchant=merchant_id,
                            code=str(code.value or ""), pin=str(pin.value or ""),
                            name=str(name.value or "")) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.tools.add_staff"), add, icon="person_add", marker="add-staff")
    with ui.row().classes("items-end gap-4"):
        staff = ui.input(t("loyalty.core.field.id")).classes("w-32").mark("staff-id")

        def setter(active: bool) -> Any:
            async def run() -> None:
                if await mutate(session, SET_ACTIVE, "updateMerchantStaff",
                                merchant=merchant_id, staff=str(staff.value or "").strip(),
                                active=active) is not None:
                    ui.navigate.reload()

            return run

        busy_button(t("loyalty.tools.deactivate"), setter(False), icon="person_off",
                    marker="deactivate-staff")
        busy_button(t("loyalty.tools.activate"), setter(True), icon="person",
                    marker="activate-staff")


def income_section(income: dict[str, Any] | None) -> None:
    if income is None:
        return
    with ui.grid(columns="auto 1fr").classes("gap-x-6 gap-y-1 items-baseline"):
        for key in ("purchasesAmount", "returnedAmount", "cardNet", "cashReceipts", "expenses",
                    "net"):
            ui.label(t(f"loyalty.tools.income.{key}")).classes("text-sm text-grey-7")
            ui.label(format_money(income[key], "IRR")).mark(f"income-{key}")
        for row in income["expensesByCategory"]:
            ui.label(t("loyalty.tools.income.category", category=row["category"])) \
                .classes("text-sm text-grey-7")
            ui.label(format_money(row["amount"], "IRR"))


def cash_section(session: StaffSession, nodes: list[dict[str, Any]]) -> None:
    _table(CASH_COLUMNS, cash_rows(nodes), "cash-entries")
    if not nodes:
        return
    with ui.row().classes("items-end gap-4"):
        entry = ui.input(t("loyalty.tools.entry")).classes("w-32").mark("reverse-entry")
        # One reference per page: a second click (or a retry) answers the same reversal.
        reference = f"admin-{uuid.uuid4().hex[:16]}"

        async def reverse() -> None:
            if await mutate(session, REVERSE, "reverseCashEntry",
                            entry=str(entry.value or "").strip(),
                            reference=reference) is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.tools.reverse"), reverse, icon="undo", marker="reverse-cash")


async def slots_section(session: StaffSession, merchant_id: str,
                        nodes: list[dict[str, Any]]) -> None:
    heading(t("loyalty.tools.slots"))
    _table(SLOT_COLUMNS, slot_rows(nodes), "slots")
    for slot in nodes:
        if slot["booked"]:
            bookings = await load(session, BOOKINGS, "slotBookings", slot=slot["id"]) or []
            ui.label(t("loyalty.tools.bookings_of", service=slot["service"],
                       at=format_time(slot["startsAt"]))).classes("text-sm mt-2")
            _table(BOOKING_COLUMNS, [
                {"id": b["id"], "member": digits(b["memberId"]),
                 "status": t(f"loyalty.tools.booking.{b['status'].lower()}"),
                 "reminded": format_time(b["remindedAt"]) if b["remindedAt"] else t("none")}
                for b in bookings], f"bookings-{slot['id']}")
    with ui.row().classes("items-end gap-4 flex-wrap"):
        service = ui.input(t("loyalty.tools.service")).classes("w-48").mark("slot-service")
        day = date_input(t("loyalty.tools.day")).classes("w-40").mark("slot-day")
        clock = ui.input(t("loyalty.tools.time"), placeholder="14:30").classes("w-24") \
            .mark("slot-time")
        minutes = ui.number(t("loyalty.tools.minutes"), value=30, min=1).classes("w-24") \
            .mark("slot-minutes")
        capacity = ui.number(t("loyalty.tools.capacity"), value=1, min=1).classes("w-24") \
            .mark("slot-capacity")

        async def publish() -> None:
            try:
                starts = slot_start(str(day.value or ""), str(clock.value or ""))
            except ValueError:
                ui.notify(t("loyalty.tools.bad_time"), type="warning")
                return
            ends = starts + timedelta(minutes=int(minutes.value or 0))
            if await mutate(session, PUBLISH, "publishSlot", merchant=merchant_id, input={
                    "service": str(service.value or ""), "startsAt": starts.isoformat(),
                    "endsAt": ends.isoformat(), "capacity": int(capacity.value or 0)}) \
                    is not None:
                ui.navigate.reload()

        busy_button(t("loyalty.tools.publish"), publish, icon="event_available",
                    marker="publish-slot")


def create(api: AdminApi) -> None:
    @ui.page(routes.loyalty_merchant_tools("{merchant_id}"))
    @protected(api, needs="merchantStaff")
    async def tools_page(session: StaffSession, merchant_id: str, day: str | None = None) -> None:
        try:
            chosen = parse_day(day)
        except BadDate:
            chosen = None
            ui.notify(t("transfers.filter.bad_date"), type="warning")
        the_day = date.fromisoformat(chosen[:10]) if chosen else datetime.now(TEHRAN).date()
        data = await load(session, TOOLS, None, merchant=merchant_id, day=the_day.isoformat(),
                          since=(the_day - timedelta(days=6)).isoformat()) \
            if is_id(merchant_id) else None
        with frame(t("loyalty.tools.title", merchant=digits(merchant_id)), session):
            if data is None or data["dailyIncome"] is None:
                ui.label(t("loyalty.tools.not_found", id=digits(merchant_id))) \
                    .mark("merchant-not-found")
                return
            staff_section(session, merchant_id, data["merchantStaff"])
            heading(t("loyalty.tools.attendance", day=format_day(the_day)))
            _table(HOURS_COLUMNS, hours_rows(data["merchantAttendance"]), "attendance")
            heading(t("loyalty.tools.cash_book", day=format_day(the_day)))
            with ui.row().classes("items-end gap-4"):
                picked = date_input(t("loyalty.tools.day")).classes("w-40").mark("tools-day")
                picked.value = day or ""
                ui.button(t("accounts.filter.apply"), icon="filter_list", on_click=lambda: (
                    ui.navigate.to(routes.with_query(routes.loyalty_merchant_tools(merchant_id),
                                                     day=str(picked.value or "").strip())))) \
                    .props("no-caps").mark("apply-tools-day")
            income_section(data["dailyIncome"])
            cash_section(session, data["cashEntries"])
            await slots_section(session, merchant_id, data["merchantSlots"])
