"""The merchant tools over GraphQL, as each caller makes them: the terminal checks its
merchant's staff in and out and writes the cash book, the merchant reads attendance and the
daily income and publishes slots, a member books one and the reminder actor emails them; callers
out of reach get nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from models.identity.callers import Scope
from models.identity.customers import open_session
from models.identity.tables import StaffRole
from models.notify.tables import CaughtSms, EmailMessage
from tests.actors import body_of
from tests.loyalty.tools.conftest import Tools
from workers.actors.loyalty import remind_loyalty_appointments

ADD_STAFF = """
mutation($merchant: ID!, $code: String!, $pin: String!, $name: String!) {
  addMerchantStaff(merchantId: $merchant, code: $code, pin: $pin, name: $name) {
    __typename ... on MerchantStaffSuccess { staff { id code active } }
    ... on UserError { code }
  }
}
"""
CHECK = """
mutation($code: String!, $pin: String!) {
  %s(code: $code, pin: $pin) {
    __typename ... on ShiftSuccess { shift { name checkedInAt checkedOutAt } }
    ... on UserError { code message }
  }
}
"""
CASH = """
mutation($input: CashEntryInput!) {
  recordCashEntry(input: $input) {
    __typename ... on CashEntrySuccess { entry { id kind amount category day } }
    ... on UserError { code field }
  }
}
"""
REPORTS = """
query($merchant: ID!) {
  merchantAttendance(merchantId: $merchant) { code name seconds open }
  dailyIncome(merchantId: $merchant) {
    purchases cashReceipts expenses net expensesByCategory { category amount }
  }
  cashEntries(merchantId: $merchant) { kind amount }
}
"""
PUBLISH = """
mutation($merchant: ID!, $input: SlotInputType!) {
  publishSlot(merchantId: $merchant, input: $input) {
    __typename ... on SlotSuccess { slot { id capacity booked } }
    ... on UserError { code field }
  }
}
"""
BOOK = """
mutation($club: ID!, $slot: ID!) {
  bookSlot(clubId: $club, slotId: $slot) {
    __typename ... on BookingSuccess { booking { id status } }
    ... on UserError { code }
  }
}
"""


async def _merchant_admin(tools: Tools, make_staff: Any, merchant: int = 0) -> str:
    _, token = await make_staff(StaffRole.ADMIN, partner=tools.shop.merchants[merchant])
    return str(token)


async def test_attendance_expenses_and_an_appointment_booked_and_reminded(
        tools: Tools, call_as: Any, make_staff: Any, actor_services: None) -> None:
    merchant = str(tools.merchant_id)
    admin = await _merchant_admin(tools, make_staff)
    terminal = tools.keys[0]
    # the merchant adds a person; the terminal checks them in and out
    added = await call_as(admin, ADD_STAFF, merchant=merchant, code="k7", pin="2580",
                          name="Kaveh")
    assert added["data"]["addMerchantStaff"]["staff"]["code"] == "K7"
    checked_in = await call_as(terminal, CHECK % "checkIn", code="K7", pin="2580")
    assert checked_in["data"]["checkIn"]["shift"]["checkedOutAt"] is None
    again = await call_as(terminal, CHECK % "checkIn", code="K7", pin="2580")
    assert again["data"]["checkIn"] == {"__typename": "ConflictError",
                                        "code": "already_checked_in",
                                        "message": "already checked in: check out first"}
    checked_out = await call_as(terminal, CHECK % "checkOut", code="K7", pin="2580")
    assert checked_out["data"]["checkOut"]["shift"]["checkedOutAt"] is not None
    # the terminal writes an expense and a cash receipt
    for entry in ({"kind": "EXPENSE", "amount": "150000", "reference": "e1",
                   "category": "bread"},
                  {"kind": "CASH_RECEIPT", "amount": "400000", "reference": "r1"}):
        written = await call_as(terminal, CASH, input=entry)
        assert written["data"]["recordCashEntry"]["__typename"] == "CashEntrySuccess"
    # the merchant reads the hours and the day's income
    reports = (await call_as(admin, REPORTS, merchant=merchant))["data"]
    [day] = reports["merchantAttendance"]
    assert (day["code"], day["name"], day["open"]) == ("K7", "Kaveh", False)
    assert reports["dailyIncome"] == {
        "purchases": 0, "cashReceipts": "400000", "expenses": "150000", "net": "250000",
        "expensesByCategory": [{"category": "bread", "amount": "150000"}]}
    assert [e["kind"] for e in reports["cashEntries"]] == ["EXPENSE", "CASH_RECEIPT"]
    # the merchant publishes a slot two hours from now; a member books it
    starts = datetime.now(UTC) + timedelta(hours=2)
    published = await call_as(admin, PUBLISH, merchant=merchant, input={
        "service": "Haircut", "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(minutes=30)).isoformat(), "capacity": 1})
    slot = published["data"]["publishSlot"]["slot"]
    member = await open_session(tools.shop.customers[0], 3600)
    opened = await call_as(member, "query($club: ID!) { openSlots(clubId: $club) { id service } }",
                           club=str(tools.shop.club.id))
    assert opened["data"]["openSlots"] == [{"id": slot["id"], "service": "Haircut"}]
    booked = await call_as(member, BOOK, club=str(tools.shop.club.id), slot=slot["id"])
    booking = booked["data"]["bookSlot"]["booking"]
    assert booking["status"] == "BOOKED"
    # the reminder actor runs twice: one reminder
    await body_of(remind_loyalty_appointments)()
    await body_of(remind_loyalty_appointments)()
    [email] = await EmailMessage.all()
    assert email.key == f"loyalty:appointment-reminder:{booking['id']}"
    [text] = await CaughtSms.all()
    assert "Haircut" in text.text
    mine = await call_as(member, "{ myBookings { id status remindedAt } }")
    assert mine["data"]["myBookings"][0]["remindedAt"] is not None


async def test_a_wrong_pin_at_the_terminal_is_a_sign_in_failure(
        tools: Tools, call_as: Any, make_staff: Any) -> None:
    admin = await _merchant_admin(tools, make_staff)
    await call_as(admin, ADD_STAFF, merchant=str(tools.merchant_id), code="K7", pin="2580",
                  name="Kaveh")
    wrong = await call_as(tools.keys[0], CHECK % "checkIn", code="K7", pin="0000")
    unknown = await call_as(tools.keys[0], CHECK % "checkIn", code="Q1", pin="2580")
    assert wrong["data"]["checkIn"] == unknown["data"]["checkIn"] == {
        "__typename": "SignInFailed", "code": "wrong_staff_code_or_pin",
        "message": "the code or the PIN is wrong"}


async def test_a_bad_cash_entry_is_a_typed_error(tools: Tools, call_as: Any) -> None:
    answer = await call_as(tools.keys[0], CASH, input={"kind": "EXPENSE", "amount": "0",
                                                       "reference": "e1", "category": "x"})
    assert answer["data"]["recordCashEntry"] == {"__typename": "InvalidInput",
                                                 "code": "cash_amount_must_be_positive",
                                                 "field": "amount"}


async def test_callers_out_of_reach_see_nothing_and_change_nothing(
        tools: Tools, call_as: Any, make_staff: Any, make_partner_key: Any) -> None:
    merchant = str(tools.merchant_id)
    stranger = await _merchant_admin(tools, make_staff, merchant=1)
    other_key = await make_partner_key(tools.shop.merchants[1], (Scope.LOYALTY_TOOLS,))
    for token in (stranger, other_key):
        added = await call_as(token, ADD_STAFF, merchant=merchant, code="Z1", pin="1234",
                              name="x")
        assert added["data"]["addMerchantStaff"] == {"__typename": "NotFoundError",
                                                     "code": "merchant_not_found"}
        reports = (await call_as(token, REPORTS, merchant=merchant))["data"]
        assert reports == {"merchantAttendance": [], "dailyIncome": None, "cashEntries": []}
    # with no key at all, nothing is answered
    anonymous = await call_as(None, REPORTS, merchant=merchant)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_merchants_own_key_with_the_tools_scope_reads_its_reports(
        tools: Tools, call_as: Any, make_partner_key: Any) -> None:
    key = await make_partner_key(tools.shop.merchants[0], (Scope.LOYALTY_TOOLS,))
    without = await make_partner_key(tools.shop.merchants[0], (Scope.LOYALTY_PURCHASES,))
    reports = await call_as(key, REPORTS, merchant=str(tools.merchant_id))
    assert reports["data"]["dailyIncome"]["net"] == "0"
    refused = await call_as(without, REPORTS, merchant=str(tools.merchant_id))
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
