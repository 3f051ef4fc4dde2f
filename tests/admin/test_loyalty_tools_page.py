"""The merchant tools' admin page: the merchant's staff (adding a person), the hours each worked,
the cash book and the day's income, and slots with their bookings (publishing one); a merchant
out of reach shows nothing; Persian with Jalali days."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any, TypeVar

from nicegui import ui
from nicegui.testing import User

from models.clock import TEHRAN
from models.identity.tables import StaffUser
from models.loyalty import appointments, attendance, cash_book
from models.loyalty.appointments import SlotInput
from models.loyalty.cash_book import CashInput
from models.loyalty.tools_tables import CashKind, MerchantStaff, Slot
from tests.loyalty.tools.conftest import LOCKOUT, PLATFORM, Tools, make_tools

T = TypeVar("T")


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def _eventually(probe: Callable[[], Awaitable[T | None]]) -> T | None:
    for _ in range(100):
        found = await probe()
        if found is not None:
            return found
        await asyncio.sleep(0.05)
    return None


async def _a_day_at_the_shop() -> Tools:
    tools = await make_tools()
    await attendance.add_staff(PLATFORM, tools.merchant_id, "K7", "2580", "Kaveh")
    now = datetime.now(UTC)
    # A minute's shift, all of it today in Tehran (the page shows the week to today).
    midnight = datetime.combine(now.astimezone(TEHRAN).date(), time(), TEHRAN)
    came = max(now - timedelta(minutes=1), midnight)
    await attendance.check_in(tools.terminals[0], "K7", "2580", LOCKOUT, now=came)
    await attendance.check_out(tools.terminals[0], "K7", "2580", LOCKOUT,
                               now=came + timedelta(minutes=1))
    await cash_book.record_entry(tools.terminals[0],
                                 CashInput(CashKind.EXPENSE, 150_000, "e1", category="bread"))
    await cash_book.record_entry(tools.terminals[0],
                                 CashInput(CashKind.CASH_RECEIPT, 400_000, "r1"))
    starts = now + timedelta(hours=3)
    slot = await appointments.publish_slot(PLATFORM, tools.merchant_id, SlotInput(
        "Haircut", starts, starts + timedelta(minutes=30), 2))
    await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id)
    return tools


async def test_staff_see_a_merchants_day_and_add_a_person(signed_in: User):
    tools = await _a_day_at_the_shop()
    await signed_in.open(f"/loyalty/merchants/{tools.merchant_id}/tools")
    [person] = _rows(signed_in, "merchant-staff")
    assert (person["code"], person["name"], person["active"]) == ("K7", "Kaveh", "Active")
    [day] = _rows(signed_in, "attendance")
    assert (day["name"], day["hours"]) == ("Kaveh", "0:01")
    assert [e["kind"] for e in _rows(signed_in, "cash-entries")] == ["Expense", "Cash receipt"]
    await signed_in.should_see(marker="income-net")
    [slot] = _rows(signed_in, "slots")
    assert (slot["service"], slot["booked"]) == ("Haircut", "1 / 2")
    [booking] = _rows(signed_in, f"bookings-{slot['id']}")
    assert booking["status"] == "Booked"
    # adding a person
    signed_in.find(marker="staff-code").type("S2")
    signed_in.find(marker="staff-pin").type("4455")
    signed_in.find(marker="staff-name").type("Sima")
    signed_in.find(marker="add-staff").click()
    assert await _eventually(lambda: MerchantStaff.get_or_none(merchant_id=tools.merchant_id,
                                                               code="S2"))


async def test_staff_publish_a_slot_on_a_day_and_time(signed_in: User):
    tools = await make_tools()
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date()
    await signed_in.open(f"/loyalty/merchants/{tools.merchant_id}/tools")
    signed_in.find(marker="slot-service").type("Massage")
    signed_in.find(marker="slot-day").type(tomorrow.isoformat())
    signed_in.find(marker="slot-time").type("14:30")
    signed_in.find(marker="publish-slot").click()
    slot = await _eventually(lambda: Slot.get_or_none(merchant_id=tools.merchant_id))
    assert slot is not None and slot.service == "Massage"
    assert slot.ends_at - slot.starts_at == timedelta(minutes=30)


async def test_a_merchant_out_of_reach_shows_nothing(signed_in: User):
    await signed_in.open("/loyalty/merchants/999999/tools")
    await signed_in.should_see(marker="merchant-not-found")


async def test_the_page_speaks_persian_with_jalali_days(signed_in: User, staff: StaffUser):
    tools = await _a_day_at_the_shop()
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/loyalty/merchants/{tools.merchant_id}/tools")
    [day] = _rows(signed_in, "attendance")
    assert day["day"].startswith("۱۴") and day["hours"] == "۰:۰۱"
    assert [e["kind"] for e in _rows(signed_in, "cash-entries")] == ["هزینه", "دریافت نقدی"]
