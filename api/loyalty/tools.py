"""The merchants' tools over GraphQL: their staff checking in and out at a terminal and the
hours they worked, the cash book at the terminal and the daily income report, and appointment
slots that members book. Thin resolvers over `models.loyalty.attendance`, `cash_book` and
`appointments`.

Who calls what: a terminal (its key) checks staff in and out and writes the cash book; the
merchant's own callers (its staff; a partner key with `loyalty:tools`), the platform's staff
and a club's staff who reach the merchant run its staff list, slots and reports; a signed-in
person books and cancels."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError, SignInFailed
from api.ids import optional_id, parse_id, required_id, to_id
from api.loyalty.clubs import actor
from api.permissions import ALL_STAFF, MOVERS, Scope, requires
from api.scalars import Long
from models.errors import NotFound
from models.loyalty import appointments, attendance, cash_book
from models.loyalty.appointments import SlotInput
from models.loyalty.attendance import PinLockout
from models.loyalty.cash_book import CashInput
from models.loyalty.codes import ClubRole
from models.loyalty.tools_tables import Booking as BookingRow
from models.loyalty.tools_tables import BookingStatus, CashKind
from models.loyalty.tools_tables import CashEntry as CashEntryRow
from models.loyalty.tools_tables import MerchantStaff as MerchantStaffRow
from models.loyalty.tools_tables import Shift as ShiftRow
from models.loyalty.tools_tables import Slot as SlotRow

# The merchant's back office: its own callers, the platform's staff, the clubs' staff.
TOOL_READERS: dict[str, Any] = {"staff": ALL_STAFF, "partner_staff": ALL_STAFF,
                                "partner": Scope.LOYALTY_TOOLS}
TOOL_WRITERS: dict[str, Any] = {"staff": MOVERS, "partner_staff": ALL_STAFF,
                                "partner": Scope.LOYALTY_TOOLS}
AT_TERMINAL: dict[str, Any] = {"terminal": True}

strawberry.enum(CashKind, description="A cash book entry: an expense or a cash receipt.")
strawberry.enum(BookingStatus, description="Whether a booking stands or was cancelled.")


@strawberry.type(description="A person working at a merchant; checks in with code and PIN.")
class MerchantStaff:
    id: strawberry.ID
    merchant_id: strawberry.ID
    code: str
    name: str
    active: bool
    created_at: datetime

    @classmethod
    def from_row(cls, row: MerchantStaffRow) -> MerchantStaff:
        return cls(id=to_id(row.id), merchant_id=to_id(row.merchant_id), code=row.code,
                   name=row.name, active=row.is_active, created_at=row.created_at)


@strawberry.type(description="A shift: from a check-in to its check-out (null while open).")
class Shift:
    id: strawberry.ID
    staff_id: strawberry.ID
    name: str
    checked_in_at: datetime
    checked_out_at: datetime | None
    in_terminal_id: strawberry.ID
    out_terminal_id: strawberry.ID | None

    @classmethod
    def from_row(cls, row: ShiftRow) -> Shift:
        return cls(id=to_id(row.id), staff_id=to_id(row.staff_id), name=row.staff.name,
                   checked_in_at=row.checked_in_at, checked_out_at=row.checked_out_at,
                   in_terminal_id=to_id(row.in_terminal_id),
                   out_terminal_id=optional_id(row.out_terminal_id))


@strawberry.type(description="What one person worked at the merchant on one day (Tehran).")
class StaffDay:
    staff_id: strawberry.ID
    name: str
    code: str
    day: date
    seconds: int
    open: bool = strawberry.field(description="A shift of the day is open (counted till now).")


@strawberry.type(description="A line of a merchant's cash book (not ledger money); a reversing "
                             "entry has the amount negated and names what it reverses.")
class CashEntry:
    id: strawberry.ID
    merchant_id: strawberry.ID
    kind: CashKind
    amount: Long
    category: str
    note: str
    day: date
    reference: str
    reverses_id: strawberry.ID | None
    terminal_id: strawberry.ID | None
    recorded_by: str
    created_at: datetime

    @classmethod
    def from_row(cls, row: CashEntryRow) -> CashEntry:
        return cls(id=to_id(row.id), merchant_id=to_id(row.merchant_id), kind=row.kind,
                   amount=Long(row.amount), category=row.category, note=row.note, day=row.day,
                   reference=row.reference, reverses_id=optional_id(row.reverses_id),
                   terminal_id=optional_id(row.terminal_id), recorded_by=row.recorded_by,
                   created_at=row.created_at)


@strawberry.type
class CategoryAmount:
    category: str
    amount: Long


@strawberry.type(description="A merchant's income on one day (Tehran), in rials: purchases "
                             "through the clubs less their returns, cash receipts, expenses.")
class DailyIncome:
    merchant_id: strawberry.ID
    day: date
    purchases: int
    purchases_amount: Long
    returned_amount: Long
    card_net: Long
    cash_receipts: Long
    expenses: Long
    net: Long
    expenses_by_category: list[CategoryAmount]

    @classmethod
    def of(cls, found: cash_book.DailyIncome) -> DailyIncome:
        return cls(merchant_id=to_id(found.merchant_id), day=found.day,
                   purchases=found.purchases, purchases_amount=Long(found.purchases_amount),
                   returned_amount=Long(found.returned_amount), card_net=Long(found.card_net),
                   cash_receipts=Long(found.cash_receipts), expenses=Long(found.expenses),
                   net=Long(found.net),
                   expenses_by_category=[CategoryAmount(category=k, amount=Long(v))
                                         for k, v in found.expenses_by_category.items()])


@strawberry.type(description="An appointment slot a merchant publishes.")
class Slot:
    id: strawberry.ID
    merchant_id: strawberry.ID
    service: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int

    @classmethod
    def from_row(cls, row: SlotRow) -> Slot:
        return cls(id=to_id(row.id), merchant_id=to_id(row.merchant_id), service=row.service,
                   starts_at=row.starts_at, ends_at=row.ends_at, capacity=row.capacity,
                   booked=row.booked)


@strawberry.type(description="A member's booking of a slot.")
class Booking:
    id: strawberry.ID
    club_id: strawberry.ID
    member_id: strawberry.ID
    slot_id: strawberry.ID
    merchant_id: strawberry.ID
    starts_at: datetime
    status: BookingStatus
    booked_at: datetime
    cancelled_at: datetime | None
    reminded_at: datetime | None

    @classmethod
    def from_row(cls, row: BookingRow) -> Booking:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), member_id=to_id(row.member_id),
                   slot_id=to_id(row.slot_id), merchant_id=to_id(row.merchant_id),
                   starts_at=row.starts_at, status=row.status, booked_at=row.booked_at,
                   cancelled_at=row.cancelled_at, reminded_at=row.reminded_at)


@strawberry.type
class MerchantStaffSuccess:
    staff: MerchantStaff


@strawberry.type
class ShiftSuccess:
    shift: Shift


@strawberry.type
class CashEntrySuccess:
    entry: CashEntry


@strawberry.type
class SlotSuccess:
    slot: Slot


@strawberry.type
class BookingSuccess:
    booking: Booking


MerchantStaffResult = Annotated[MerchantStaffSuccess | InvalidInput | NotFoundError
                                | ConflictError, strawberry.union("MerchantStaffResult")]
ShiftResult = Annotated[ShiftSuccess | SignInFailed | ConflictError | NotAllowedError,
                        strawberry.union("ShiftResult")]
CashEntryResult = Annotated[CashEntrySuccess | InvalidInput | NotFoundError | ConflictError
                            | NotAllowedError, strawberry.union("CashEntryResult")]
SlotResult = Annotated[SlotSuccess | InvalidInput | NotFoundError,
                       strawberry.union("SlotResult")]
BookingResult = Annotated[BookingSuccess | NotFoundError | ConflictError | NotAllowedError,
                          strawberry.union("BookingResult")]


@strawberry.input(description="An expense (with its category) or a cash receipt, in rials.")
class CashEntryInput:
    kind: CashKind
    amount: Long
    reference: str = strawberry.field(description="The terminal's reference: once per "
                                                  "terminal and reference.")
    note: str = ""
    category: str = ""


@strawberry.input(description="An appointment slot: a service from `startsAt` to `endsAt`.")
class SlotInputType:
    service: str
    starts_at: datetime
    ends_at: datetime
    capacity: int = 1


def _lockout(info: strawberry.Info[Context, None]) -> PinLockout:
    settings = info.context.services.settings
    return PinLockout(attempts=settings.loyalty.staff_pin_attempts,
                      terminal_attempts=settings.loyalty.staff_pin_terminal_attempts,
                      seconds=settings.loyalty.staff_pin_lock_seconds,
                      storage_url=settings.api.rate_limit_storage_url)


@strawberry.type
class ToolsQuery:
    @strawberry.field(extensions=requires(**TOOL_READERS), description="A merchant's staff.")
    async def merchant_staff(self, info: strawberry.Info[Context, None],
                             merchant_id: strawberry.ID) -> list[MerchantStaff]:
        merchant = required_id(merchant_id, "merchantId")
        try:
            await attendance.merchant_tools_for(actor(info), merchant, ClubRole.VIEWER)
        except NotFound:
            return []
        return [MerchantStaff.from_row(s) for s in await attendance.staff_of(merchant)]

    @strawberry.field(extensions=requires(**TOOL_READERS),
                      description="Hours each person worked at a merchant per day (Tehran), "
                                  "`since` to `until` inclusive (by default the last 7 days).")
    async def merchant_attendance(self, info: strawberry.Info[Context, None],
                                  merchant_id: strawberry.ID, since: date | None = None,
                                  until: date | None = None) -> list[StaffDay]:
        try:
            days = await attendance.hours(actor(info), required_id(merchant_id, "merchantId"),
                                          since, until)
        except NotFound:
            return []
        return [StaffDay(staff_id=to_id(d.staff_id), name=d.name, code=d.code, day=d.day,
                         seconds=d.seconds, open=d.open) for d in days]

    @strawberry.field(extensions=requires(**TOOL_READERS),
                      description="A merchant's cash book page of a day (Tehran; today by "
                                  "default).")
    async def cash_entries(self, info: strawberry.Info[Context, None],
                           merchant_id: strawberry.ID,
                           day: date | None = None) -> list[CashEntry]:
        try:
            rows = await cash_book.entries_of(actor(info), required_id(merchant_id, "merchantId"),
                                              day)
        except NotFound:
            return []
        return [CashEntry.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**TOOL_READERS),
                      description="A merchant's income on a day (Tehran; today by default); "
                                  "null out of reach.")
    async def daily_income(self, info: strawberry.Info[Context, None],
                           merchant_id: strawberry.ID,
                           day: date | None = None) -> DailyIncome | None:
        try:
            found = await cash_book.daily_income(actor(info),
                                                 required_id(merchant_id, "merchantId"), day)
        except NotFound:
            return None
        return DailyIncome.of(found)

    @strawberry.field(extensions=requires(**TOOL_READERS),
                      description="A merchant's slots starting from `since` (now by default) "
                                  "to before `until` (30 days later by default).")
    async def merchant_slots(self, info: strawberry.Info[Context, None],
                             merchant_id: strawberry.ID, since: datetime | None = None,
                             until: datetime | None = None) -> list[Slot]:
        try:
            rows = await appointments.slots_of(actor(info),
                                               required_id(merchant_id, "merchantId"), since,
                                               until)
        except NotFound:
            return []
        return [Slot.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**TOOL_READERS),
                      description="A slot's bookings, cancelled ones too.")
    async def slot_bookings(self, info: strawberry.Info[Context, None],
                            slot_id: strawberry.ID) -> list[Booking]:
        try:
            rows = await appointments.bookings_of_slot(actor(info), required_id(slot_id,
                                                                                "slotId"))
        except NotFound:
            return []
        return [Booking.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(customer=True),
                      description="Slots the signed-in person may book as a member of the "
                                  "club: its active merchants', not started, with room left.")
    async def open_slots(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                         merchant_id: strawberry.ID | None = None) -> list[Slot]:
        try:
            rows = await appointments.open_slots(actor(info), required_id(club_id, "clubId"),
                                                 parse_id(merchant_id, "merchantId"))
        except NotFound:
            return []
        return [Slot.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(customer=True),
                      description="The signed-in person's bookings, latest slot first.")
    async def my_bookings(self, info: strawberry.Info[Context, None]) -> list[Booking]:
        return [Booking.from_row(r) for r in await appointments.my_bookings(actor(info))]


@strawberry.type
class ToolsMutation:
    @strawberry.mutation(extensions=requires(**TOOL_WRITERS),
                         description="A person at the merchant, with a code (unique there) and "
                                     "a PIN of 4 to 8 digits.")
    async def add_merchant_staff(self, info: strawberry.Info[Context, None],
                                 merchant_id: strawberry.ID, code: str, pin: str,
                                 name: str) -> MerchantStaffResult:
        row = await attendance.add_staff(actor(info), required_id(merchant_id, "merchantId"),
                                         code, pin, name)
        return MerchantStaffSuccess(staff=MerchantStaff.from_row(row))

    @strawberry.mutation(extensions=requires(**TOOL_WRITERS),
                         description="Rename a person, set a new PIN, deactivate or reactivate "
                                     "them; only what is given changes.")
    async def update_merchant_staff(self, info: strawberry.Info[Context, None],
                                    merchant_id: strawberry.ID, staff_id: strawberry.ID,
                                    name: str | None = None, pin: str | None = None,
                                    active: bool | None = None) -> MerchantStaffResult:
        row = await attendance.update_staff(actor(info), required_id(merchant_id, "merchantId"),
                                            required_id(staff_id, "staffId"), name=name, pin=pin,
                                            active=active)
        return MerchantStaffSuccess(staff=MerchantStaff.from_row(row))

    @strawberry.mutation(extensions=requires(**AT_TERMINAL),
                         description="Check a person in at this terminal. A wrong code or PIN "
                                     "is one answer (wrong_staff_code_or_pin), too many of them "
                                     "staff_pin_locked.")
    async def check_in(self, info: strawberry.Info[Context, None], code: str,
                       pin: str) -> ShiftResult:
        return ShiftSuccess(shift=Shift.from_row(
            await attendance.check_in(actor(info), code, pin, _lockout(info))))

    @strawberry.mutation(extensions=requires(**AT_TERMINAL),
                         description="Check a person out at this terminal: closes their open "
                                     "shift.")
    async def check_out(self, info: strawberry.Info[Context, None], code: str,
                        pin: str) -> ShiftResult:
        return ShiftSuccess(shift=Shift.from_row(
            await attendance.check_out(actor(info), code, pin, _lockout(info))))

    @strawberry.mutation(extensions=requires(**AT_TERMINAL),
                         description="An expense or a cash receipt in this terminal's cash "
                                     "book, today; once per reference (a replay answers the "
                                     "first entry).")
    async def record_cash_entry(self, info: strawberry.Info[Context, None],
                                input: CashEntryInput) -> CashEntryResult:
        row = await cash_book.record_entry(actor(info), CashInput(
            kind=input.kind, amount=input.amount, reference=input.reference,
            note=input.note, category=input.category))
        return CashEntrySuccess(entry=CashEntry.from_row(row))

    @strawberry.mutation(extensions=requires(**AT_TERMINAL, **TOOL_WRITERS),
                         description="Correct a cash entry by a reversing entry (entries are "
                                     "never changed); once per entry.")
    async def reverse_cash_entry(self, info: strawberry.Info[Context, None],
                                 entry_id: strawberry.ID, reference: str) -> CashEntryResult:
        row = await cash_book.reverse_entry(actor(info), required_id(entry_id, "entryId"),
                                            reference)
        return CashEntrySuccess(entry=CashEntry.from_row(row))

    @strawberry.mutation(extensions=requires(**TOOL_WRITERS),
                         description="Publish an appointment slot of the merchant.")
    async def publish_slot(self, info: strawberry.Info[Context, None],
                           merchant_id: strawberry.ID, input: SlotInputType) -> SlotResult:
        row = await appointments.publish_slot(
            actor(info), required_id(merchant_id, "merchantId"),
            SlotInput(service=input.service, starts_at=input.starts_at, ends_at=input.ends_at,
                      capacity=input.capacity))
        return SlotSuccess(slot=Slot.from_row(row))

    @strawberry.mutation(extensions=requires(customer=True),
                         description="Book a slot as the signed-in person's membership of the "
                                     "club; booking it again answers the same booking.")
    async def book_slot(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                        slot_id: strawberry.ID) -> BookingResult:
        row = await appointments.book_slot(actor(info), required_id(club_id, "clubId"),
                                           required_id(slot_id, "slotId"))
        return BookingSuccess(booking=Booking.from_row(row))

    @strawberry.mutation(extensions=requires(customer=True),
                         description="Cancel one's booking before the slot starts; safe to "
                                     "repeat.")
    async def cancel_booking(self, info: strawberry.Info[Context, None],
                             booking_id: strawberry.ID) -> BookingResult:
        row = await appointments.cancel_booking(actor(info), required_id(booking_id,
                                                                         "bookingId"))
        return BookingSuccess(booking=Booking.from_row(row))
