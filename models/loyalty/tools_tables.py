"""The merchants' tools at the terminal: their staff and shifts, their cash book, and the
appointment slots members book.

Staff, shifts, cash entries and slots are a merchant's own rows, as its branches and terminals
are: a merchant serves every club it is in, so they are keyed by the merchant, not by a club. A
booking is a member's, so it carries the member's club, as every club row does."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class CashKind(StrEnum):
    EXPENSE = "expense"
    CASH_RECEIPT = "cash_receipt"


class BookingStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"


class MerchantStaff(Model):
    """A person working at a merchant: checks in and out at its terminals with code and PIN."""

    id = fields.BigIntField(primary_key=True)
    merchant_id = fields.BigIntField(description="the merchant's partner id")
    code = fields.CharField(max_length=16, description="what they type at the terminal")
    pin_hash = fields.CharField(max_length=200, description="argon2, as staff passwords")
    name = fields.CharField(max_length=200)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_merchant_staff"
        unique_together = (("merchant_id", "code"),)


class Shift(Model):
    """From a check-in to its check-out (open while `checked_out_at` is null)."""

    id = fields.BigIntField(primary_key=True)
    merchant_id = fields.BigIntField()
    staff: fields.ForeignKeyRelation[MerchantStaff] = fields.ForeignKeyField(
        "models.MerchantStaff", related_name=False, on_delete=fields.RESTRICT)
    staff_id: int  # the column, as Tortoise sets it
    checked_in_at = fields.DatetimeField()
    in_terminal_id = fields.BigIntField()
    checked_out_at = fields.DatetimeField(null=True)
    out_terminal_id = fields.BigIntField(null=True)

    class Meta:
        table = "loyalty_shift"
        indexes = (("merchant_id", "checked_in_at"), ("merchant_id", "staff_id",
                                                      "checked_out_at"))


class CashEntry(Model):
    """A line of a merchant's cash book, never changed: a correction is a reversing entry
    (`reverses_id`, the amount negated). Not ledger money: the merchant's own record."""

    id = fields.BigIntField(primary_key=True)
    merchant_id = fields.BigIntField()
    kind = fields.CharEnumField(CashKind, max_length=16)
    amount = fields.BigIntField(description="rials; negative only on a reversing entry")
    category = fields.CharField(max_length=64, default="", description="an expense's kind")
    note = fields.CharField(max_length=300, default="")
    day = fields.DateField(description="the day it counts in (Tehran)")
    source = fields.CharField(max_length=64, description="terminal:<id> or who recorded it")
    reference = fields.CharField(max_length=64)
    request_digest = fields.CharField(max_length=64)
    reverses_id = fields.BigIntField(null=True, unique=True,
                                     description="the entry this one reverses, once")
    terminal_id = fields.BigIntField(null=True)
    recorded_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_cash_entry"
        unique_together = (("merchant_id", "source", "reference"),)
        indexes = (("merchant_id", "day"),)


class Slot(Model):
    """An appointment a merchant publishes: `capacity` members may book it."""

    id = fields.BigIntField(primary_key=True)
    merchant_id = fields.BigIntField()
    service = fields.CharField(max_length=200)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    capacity = fields.IntField()
    booked = fields.IntField(default=0, description="live bookings, kept under the slot's lock")
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_slot"
        indexes = (("merchant_id", "starts_at"),)


class Booking(Model):
    """A member's booking of a slot; cancelled bookings stay, with when."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    member_id = fields.BigIntField()
    slot: fields.ForeignKeyRelation[Slot] = fields.ForeignKeyField(
        "models.Slot", related_name=False, on_delete=fields.RESTRICT)
    slot_id: int  # the column, as Tortoise sets it
    merchant_id = fields.BigIntField()
    starts_at = fields.DatetimeField(description="the slot's start, for the reminder sweep")
    status = fields.CharEnumField(BookingStatus, max_length=16, default=BookingStatus.BOOKED)
    booked_at = fields.DatetimeField(auto_now_add=True)
    cancelled_at = fields.DatetimeField(null=True)
    reminded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_booking"
        indexes = (("club_id", "member_id"), ("status", "reminded_at", "starts_at"))
