"""Appointments: a merchant publishes slots (a service, a start, an end, a capacity); members of
a club the merchant is active in book them and cancel them until they start, and are reminded
by email before.

**Capacity** is exact under concurrency: a booking and a cancellation take the member's row
lock first (as every change of a member's does), then the slot's, and count the slot's live
bookings (`Slot.booked`) under that lock. Booking a slot one holds already answers that booking.

**Reminders.** `remind_due` (a periodic actor) reminds each booking once, `lead_hours` before
its slot starts, through the notify domain: an email queued in its outbox (the email's key is
the booking's, and the booking is marked reminded in the same transaction, so a second run or a
second worker sends nothing again; a person without an email address gets a `skipped` record,
as every email of the platform does), and a text message sent after that transaction commits.
The text is sent at most once: a worker that dies between the commit and the send leaves the
email alone to remind."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from models.clock import TEHRAN, now_or
from models.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from models.i18n import formatting
from models.identity.callers import CallerKind, Identity
from models.identity.tables import Partner
from models.loyalty.attendance import merchant_tools_for
from models.loyalty.clubs import clean_name
from models.loyalty.codes import ClubRole, MerchantStatus
from models.loyalty.errors import LoyaltyErrorCode as E
from models.loyalty.members import members_of_person
from models.loyalty.staff_roles import club_absent
from models.loyalty.tables import ClubMerchant, Member
from models.loyalty.tools_tables import Booking, BookingStatus, Slot
from models.notify.mail import CATALOGUE, queue_email
from models.notify.sms import SmsNotSent, SmsSender

log = logging.getLogger(__name__)

LARGEST_CAPACITY = 1000
LONGEST_SLOT = timedelta(days=1)
REMINDER_TEMPLATE = "loyalty_appointment_reminder"


def slot_absent(slot_id: int) -> NotFound:
    return NotFound(E.SLOT_NOT_FOUND, f"no slot {slot_id}", field="slotId")


def booking_absent(booking_id: int) -> NotFound:
    return NotFound(E.BOOKING_NOT_FOUND, f"no booking {booking_id}", field="bookingId")


@dataclass(frozen=True, slots=True)
class SlotInput:
    service: str
    starts_at: datetime
    ends_at: datetime
    capacity: int = 1


async def publish_slot(actor: Identity, merchant_id: int, given: SlotInput, *,
                       now: datetime | None = None) -> Slot:
    """A new slot of the merchant, in the future."""
    await merchant_tools_for(actor, merchant_id)
    service = clean_name(given.service, field="service")
    if given.starts_at.tzinfo is None or given.ends_at.tzinfo is None:
        raise ValidationFailed(E.INVALID_SLOT, "times need their zone", field="startsAt")
    if not 1900 <= given.starts_at.year <= 2999 or not 1900 <= given.ends_at.year <= 2999:
        raise ValidationFailed(E.INVALID_SLOT, "a time from 1900 to 2999", field="startsAt")
    if given.starts_at <= now_or(now):
        raise ValidationFailed(E.INVALID_SLOT, "a slot starts in the future", field="startsAt")
    if not timedelta(0) < given.ends_at - given.starts_at <= LONGEST_SLOT:
        raise ValidationFailed(E.INVALID_SLOT, "a slot ends after it starts, within a day",
                               field="endsAt")
    if not 1 <= given.capacity <= LARGEST_CAPACITY:
        raise ValidationFailed(E.INVALID_SLOT, f"a capacity of 1 to {LARGEST_CAPACITY}",
                               field="capacity")
    return await Slot.create(merchant_id=merchant_id, service=service,
                             starts_at=given.starts_at, ends_at=given.ends_at,
                             capacity=given.capacity, created_by=actor.actor[:64])


async def slots_of(actor: Identity, merchant_id: int, since: datetime | None = None,
                   until: datetime | None = None, *, now: datetime | None = None) -> list[Slot]:
    """The merchant's slots starting from `since` (now by default) to before `until` (30 days
    later by default), at most 500."""
    await merchant_tools_for(actor, merchant_id, ClubRole.VIEWER)
    start = since or now_or(now)
    for moment, field in ((start, "since"), (until, "until")):
        if moment is not None and (moment.tzinfo is None or not 1900 <= moment.year <= 2999):
            raise ValidationFailed(E.INVALID_REPORT_PERIOD,
                                   "a time with its zone, from 1900 to 2999", field=field)
    end = until or start + timedelta(days=30)
    return await Slot.filter(merchant_id=merchant_id, starts_at__gte=start,
                             starts_at__lt=end).order_by("starts_at", "id").limit(500)


async def bookings_of_slot(actor: Identity, slot_id: int) -> list[Booking]:
    """A slot's bookings (cancelled ones too), for whoever runs its merchant's tools."""
    slot = await Slot.get_or_none(id=slot_id)
    if slot is None:
        raise slot_absent(slot_id)
    try:
        await merchant_tools_for(actor, slot.merchant_id, ClubRole.VIEWER)
    except NotFound:
        raise slot_absent(slot_id) from None
    return await Booking.filter(slot_id=slot.id).order_by("id")


# The member's side


async def _my_member(actor: Identity, club_id: int) -> Member:
    if actor.kind is CallerKind.CUSTOMER:
        for member in await members_of_person(actor):
            if member.club_id == club_id:
                return member
    raise club_absent(club_id)


async def _active_merchant_ids(club_id: int) -> list[int]:
    return list(await ClubMerchant.filter(  # type: ignore[arg-type]  # values_list of one column
        club_id=club_id, status=MerchantStatus.ACTIVE).values_list("merchant_id", flat=True))


async def open_slots(actor: Identity, club_id: int, merchant_id: int | None = None, *,
                     now: datetime | None = None, limit: int = 100) -> list[Slot]:
    """Slots a member of the club may book now: of its active merchants, not started, with
    room left; soonest first."""
    await _my_member(actor, club_id)
    merchants = await _active_merchant_ids(club_id)
    if merchant_id is not None:
        merchants = [m for m in merchants if m == merchant_id]
    slots = await Slot.filter(merchant_id__in=merchants, starts_at__gt=now_or(now)) \
        .order_by("starts_at", "id").limit(limit * 2) if merchants else []
    return [s for s in slots if s.booked < s.capacity][:limit]


async def _lock_member(member: Member) -> None:
    await Member.filter(club_id=member.club_id, id=member.id).select_for_update()


async def _locked_slot(merchant_id: int, slot_id: int) -> Slot:
    """The slot, locked (after the member's lock). A slot is its merchant's, in no one club
    (test_club_keys's lock rule is for club rows)."""
    found = await Slot.filter(merchant_id=merchant_id, id=slot_id).select_for_update()
    return found[0]


async def book_slot(actor: Identity, club_id: int, slot_id: int, *,
                    now: datetime | None = None) -> Booking:
    """The signed-in person books a slot as their membership of `club_id`."""
    member = await _my_member(actor, club_id)
    slot = await Slot.get_or_none(id=slot_id)
    if slot is None or slot.merchant_id not in await _active_merchant_ids(club_id):
        raise slot_absent(slot_id)
    moment = now_or(now)
    async with in_transaction():
        await _lock_member(member)
        slot = await _locked_slot(slot.merchant_id, slot.id)
        held = await Booking.get_or_none(club_id=club_id, member_id=member.id, slot_id=slot.id,
                                         status=BookingStatus.BOOKED)
        if held is not None:
            return held
        if slot.starts_at <= moment:
            raise NotAllowed(E.SLOT_STARTED, "the slot has started", field="slotId")
        if slot.booked >= slot.capacity:
            raise Conflict(E.SLOT_FULL, "the slot is fully booked", field="slotId")
        booking = await Booking.create(club_id=club_id, member_id=member.id, slot_id=slot.id,
                                       merchant_id=slot.merchant_id, starts_at=slot.starts_at)
        slot.booked += 1
        await slot.save(update_fields=["booked"])
    return booking


async def _my_booking(actor: Identity, booking_id: int) -> tuple[Member, Booking]:
    booking = await Booking.get_or_none(id=booking_id)
    if booking is not None and actor.kind is CallerKind.CUSTOMER:
        for member in await members_of_person(actor):
            if member.id == booking.member_id and member.club_id == booking.club_id:
                return member, booking
    raise booking_absent(booking_id)


async def cancel_booking(actor: Identity, booking_id: int, *,
                         now: datetime | None = None) -> Booking:
    """The person cancels their booking, until the slot starts; safe to repeat."""
    member, booking = await _my_booking(actor, booking_id)
    moment = now_or(now)
    async with in_transaction():
        await _lock_member(member)
        slot = await _locked_slot(booking.merchant_id, booking.slot_id)
        booking = await Booking.get(club_id=member.club_id, id=booking.id)
        if booking.status is BookingStatus.CANCELLED:
            return booking
        if slot.starts_at <= moment:
            raise NotAllowed(E.SLOT_STARTED, "the slot has started", field="bookingId")
        booking.status, booking.cancelled_at = BookingStatus.CANCELLED, moment
        await booking.save(update_fields=["status", "cancelled_at"])
        slot.booked -= 1
        await slot.save(update_fields=["booked"])
    return booking


async def my_bookings(actor: Identity, *, limit: int = 100) -> list[Booking]:
    """The signed-in person's bookings in every club, latest slot first."""
    members = await members_of_person(actor)
    if not members:
        return []
    return await Booking.filter(member_id__in=[m.id for m in members]) \
        .order_by("-starts_at", "-id").limit(limit).prefetch_related("slot")


# Reminders


def reminder_key(booking_id: int) -> str:
    return f"loyalty:appointment-reminder:{booking_id}"


@dataclass(frozen=True, slots=True)
class Text:
    """A text message to send once the reminder's transaction has committed."""

    mobile: str
    text: str


async def remind(booking_id: int, club_id: int, *, now: datetime | None = None) -> Text | None:
    """Queue the booking's email reminder if it is still booked, not reminded and not started;
    the text message to send after, or None if it was not due."""
    moment = now_or(now)
    async with in_transaction():
        booking = await Booking.filter(club_id=club_id, id=booking_id) \
            .select_for_update().first()
        if booking is None or booking.status is not BookingStatus.BOOKED \
                or booking.reminded_at is not None or booking.starts_at <= moment:
            return None
        member = await Member.get(club_id=club_id, id=booking.member_id) \
            .prefetch_related("customer__person")
        slot = await Slot.get(id=booking.slot_id)
        merchant = await Partner.get(id=booking.merchant_id)
        starts = slot.starts_at.astimezone(TEHRAN)
        await queue_email(customer_id=member.customer_id, template=REMINDER_TEMPLATE,
                          key=reminder_key(booking.id),
                          params={"service": slot.service, "merchant": merchant.name,
                                  "starts_at": starts, "time": starts.strftime("%H:%M")})
        booking.reminded_at = moment
        await booking.save(update_fields=["reminded_at"])
    language = str(member.customer.language)
    text = CATALOGUE.text(language, "loyalty_appointment_reminder.when",
                          service=formatting.isolate(slot.service, language),
                          merchant=formatting.isolate(merchant.name, language),
                          date=formatting.day(starts, language),
                          time=formatting.digits(starts.strftime("%H:%M"), language))
    return Text(member.customer.person.mobile, text)


async def remind_due(*, lead_hours: float, sender: SmsSender | None = None,
                     now: datetime | None = None, limit: int = 500) -> int:
    """Remind the bookings whose slots start within `lead_hours` (by text too, with `sender`);
    how many."""
    moment = now_or(now)
    due = await Booking.filter(status=BookingStatus.BOOKED, reminded_at=None,
                               starts_at__gt=moment,
                               starts_at__lte=moment + timedelta(hours=lead_hours)) \
        .order_by("starts_at", "id").limit(limit).values_list("id", "club_id")
    reminded = 0
    for booking_id, club_id in due:
        text = await remind(booking_id, club_id, now=moment)
        if text is None:
            continue
        reminded += 1
        if sender is not None:
            try:
                await sender.send(text.mobile, text.text)
            except SmsNotSent:  # the email stands; one text is not worth holding up the rest
                log.warning("booking %d: the reminder's text was not sent", booking_id)
    return reminded
