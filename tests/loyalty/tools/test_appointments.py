"""Appointments: a merchant publishes slots, members of a club it is active in book and cancel
them until they start, capacity holds under concurrent bookings, and each booking is reminded by
email once, the lead time before its slot."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from models.identity.tables import Customer
from models.loyalty import appointments
from models.loyalty.appointments import SlotInput
from models.loyalty.codes import MerchantStatus
from models.loyalty.tables import ClubMerchant
from models.loyalty.tools_tables import Booking, BookingStatus, Slot
from models.notify.adapters.catcher import SmsCatcher
from models.notify.sms import SmsNotSent
from models.notify.tables import CaughtSms, EmailMessage, MessageStatus
from tests.loyalty.tools.conftest import Tools, make_tools, merchant_staff, person

NOW = datetime(2024, 12, 3, 6, 30, tzinfo=UTC)  # 10:00 in Tehran
TOMORROW = NOW + timedelta(days=1)


async def _slot(tools: Tools, capacity: int = 1, starts_at: datetime = TOMORROW) -> Slot:
    return await appointments.publish_slot(
        merchant_staff(tools.merchant_id), tools.merchant_id,
        SlotInput("Haircut", starts_at, starts_at + timedelta(minutes=30), capacity), now=NOW)


async def test_a_member_books_a_slot_and_is_reminded_once(tools: Tools) -> None:
    # given a slot tomorrow at 10:00 Tehran time, and a member with an email address
    await Customer.filter(id=tools.shop.customers[0].id).update(email="sara@example.com")
    slot = await _slot(tools)
    # when the member books it
    booking = await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id,
                                           now=NOW)
    assert booking.status is BookingStatus.BOOKED
    assert (await Slot.get(id=slot.id)).booked == 1
    # then no reminder goes before the lead time, one goes within it, and never twice
    texts = SmsCatcher()
    assert await appointments.remind_due(lead_hours=3, sender=texts, now=NOW) == 0
    due = TOMORROW - timedelta(hours=2)
    assert await appointments.remind_due(lead_hours=3, sender=texts, now=due) == 1
    assert await appointments.remind_due(lead_hours=3, sender=texts,
                                         now=due + timedelta(minutes=5)) == 0
    [text] = await CaughtSms.all()
    assert text.mobile == "09120000000"
    assert "Haircut" in text.text and "۱۰:۰۰" in text.text  # Persian, the Tehran time
    [email] = await EmailMessage.all()
    assert (email.key, email.template, email.status, email.to_address) == (
        appointments.reminder_key(booking.id), "loyalty_appointment_reminder",
        MessageStatus.QUEUED, "sara@example.com")
    assert "Haircut" in email.body and "Merchant 0" in email.body
    assert (await Booking.get(id=booking.id)).reminded_at == due


class RefusingSms(SmsCatcher):
    async def send(self, mobile: str, text: str, *, local_id: int | None = None) -> None:
        raise SmsNotSent("the provider is down")


async def test_a_text_the_provider_refuses_leaves_the_email_to_remind(tools: Tools) -> None:
    slot = await _slot(tools)
    booking = await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id,
                                           now=NOW)
    due = TOMORROW - timedelta(hours=1)
    assert await appointments.remind_due(lead_hours=3, sender=RefusingSms(), now=due) == 1
    assert await EmailMessage.filter(key=appointments.reminder_key(booking.id)).exists()
    assert (await Booking.get(id=booking.id)).reminded_at == due


async def test_concurrent_reminder_runs_queue_one_email(tools: Tools) -> None:
    slot = await _slot(tools)
    await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id, now=NOW)
    due = TOMORROW - timedelta(hours=1)
    runs = await asyncio.gather(*(appointments.remind_due(lead_hours=3, now=due)
                                  for _ in range(3)))
    assert sum(runs) == 1
    assert await EmailMessage.all().count() == 1


async def test_a_cancelled_booking_is_not_reminded(tools: Tools) -> None:
    slot = await _slot(tools)
    booking = await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id,
                                           now=NOW)
    await appointments.cancel_booking(tools.member(0), booking.id, now=NOW)
    assert await appointments.remind_due(lead_hours=48, now=NOW) == 0
    assert await EmailMessage.all().count() == 0


async def test_booking_a_slot_again_answers_the_same_booking(tools: Tools) -> None:
    slot = await _slot(tools, capacity=2)
    first = await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id, now=NOW)
    again = await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id, now=NOW)
    assert again.id == first.id
    assert (await Slot.get(id=slot.id)).booked == 1


async def test_a_full_slot_refuses_the_next_member(tools: Tools) -> None:
    slot = await _slot(tools, capacity=1)
    await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id, now=NOW)
    with pytest.raises(Conflict) as refused:
        await appointments.book_slot(tools.member(1), tools.shop.club.id, slot.id, now=NOW)
    assert refused.value.code == "slot_full"


async def test_concurrent_bookings_never_exceed_the_capacity(db: str) -> None:
    tools = await make_tools(members=6)
    slot = await _slot(tools, capacity=2)
    results = await asyncio.gather(
        *(appointments.book_slot(tools.member(n), tools.shop.club.id, slot.id, now=NOW)
          for n in range(6)), return_exceptions=True)
    booked = [r for r in results if isinstance(r, Booking)]
    assert len(booked) == 2
    assert all(isinstance(r, Booking) or getattr(r, "code", None) == "slot_full"
               for r in results)
    assert (await Slot.get(id=slot.id)).booked == 2
    assert await Booking.filter(slot_id=slot.id).count() == 2


async def test_cancelling_frees_the_place_and_is_safe_to_repeat(tools: Tools) -> None:
    slot = await _slot(tools, capacity=1)
    booking = await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id,
                                           now=NOW)
    cancelled = await appointments.cancel_booking(tools.member(0), booking.id, now=NOW)
    again = await appointments.cancel_booking(tools.member(0), booking.id, now=NOW)
    assert cancelled.status is again.status is BookingStatus.CANCELLED
    assert (await Slot.get(id=slot.id)).booked == 0
    assert await appointments.book_slot(tools.member(1), tools.shop.club.id, slot.id, now=NOW)


async def test_a_started_slot_is_neither_booked_nor_cancelled(tools: Tools) -> None:
    slot = await _slot(tools, capacity=2)
    booking = await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id,
                                           now=NOW)
    later = TOMORROW + timedelta(minutes=1)
    with pytest.raises(NotAllowed) as booking_refused:
        await appointments.book_slot(tools.member(1), tools.shop.club.id, slot.id, now=later)
    with pytest.raises(NotAllowed) as cancel_refused:
        await appointments.cancel_booking(tools.member(0), booking.id, now=later)
    assert booking_refused.value.code == cancel_refused.value.code == "slot_started"


async def test_a_slot_of_a_merchant_suspended_in_the_club_cannot_be_booked(tools: Tools) -> None:
    slot = await _slot(tools)
    await ClubMerchant.filter(club_id=tools.shop.club.id, merchant_id=tools.merchant_id) \
        .update(status=MerchantStatus.SUSPENDED)
    with pytest.raises(NotFound) as refused:
        await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id, now=NOW)
    assert refused.value.code == "slot_not_found"
    assert await appointments.open_slots(tools.member(0), tools.shop.club.id, now=NOW) == []


async def test_open_slots_are_the_clubs_merchants_not_started_with_room(tools: Tools) -> None:
    full = await _slot(tools, capacity=1)
    room = await _slot(tools, capacity=1, starts_at=TOMORROW + timedelta(hours=1))
    await appointments.book_slot(tools.member(0), tools.shop.club.id, full.id, now=NOW)
    found = await appointments.open_slots(tools.member(1), tools.shop.club.id, now=NOW)
    assert [s.id for s in found] == [room.id]


async def test_a_person_outside_the_club_cannot_book(tools: Tools, make_customer: Any) -> None:
    slot = await _slot(tools)
    outsider, _ = await make_customer(mobile="09359999999")
    for caller in (person(outsider.id), merchant_staff(tools.merchant_id)):
        with pytest.raises(NotFound) as refused:
            await appointments.book_slot(caller, tools.shop.club.id, slot.id, now=NOW)
        assert refused.value.code == "club_not_found"


async def test_a_person_cannot_cancel_anothers_booking(tools: Tools) -> None:
    slot = await _slot(tools)
    booking = await appointments.book_slot(tools.member(0), tools.shop.club.id, slot.id,
                                           now=NOW)
    with pytest.raises(NotFound) as refused:
        await appointments.cancel_booking(tools.member(1), booking.id, now=NOW)
    assert refused.value.code == "booking_not_found"


@pytest.mark.parametrize(("starts", "minutes", "capacity"), [
    (NOW - timedelta(hours=1), 30, 1), (TOMORROW, 0, 1), (TOMORROW, 30, 0),
    (TOMORROW, 60 * 25, 1)])
async def test_a_bad_slot_is_refused(tools: Tools, starts: datetime, minutes: int,
                                     capacity: int) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await appointments.publish_slot(
            merchant_staff(tools.merchant_id), tools.merchant_id,
            SlotInput("Haircut", starts, starts + timedelta(minutes=minutes), capacity), now=NOW)
    assert refused.value.code == "invalid_slot"


async def test_another_merchants_staff_cannot_publish_or_read_its_slots(tools: Tools) -> None:
    other = merchant_staff(tools.shop.merchants[1].id)
    with pytest.raises(NotFound):
        await appointments.publish_slot(other, tools.merchant_id,
                                        SlotInput("Haircut", TOMORROW,
                                                  TOMORROW + timedelta(hours=1)), now=NOW)
    slot = await _slot(tools)
    with pytest.raises(NotFound) as refused:
        await appointments.bookings_of_slot(other, slot.id)
    assert refused.value.code == "slot_not_found"
