"""A merchant's staff and their attendance: each person checks in and out at the merchant's
terminals with a code and a PIN; the merchant sees the hours each worked per day.

**Reach.** The merchant's own callers (its staff, its partner keys with `loyalty:tools`), the
platform's staff and a club's staff who reach the merchant (`merchant_tools_for`) run its staff
list and read its reports; a terminal checks people in and out for its own merchant only.

**PINs.** A PIN is kept as argon2, as staff passwords are, and checked in a thread. Wrong PINs
are counted per (merchant, code) and per terminal (`PinLockout`); an unknown code is checked
against a dummy hash and counted the same way, and the answers are the same
(`wrong_staff_code_or_pin`, then `staff_pin_locked`), so a terminal learns nothing of which codes
exist.

**Shifts.** A check-in takes the person's row lock, so two check-ins at once open one shift; a
second check-in while one is open is `already_checked_in`, a check-out with none open
`not_checked_in`. Hours per day split each shift at the merchant's midnight (Tehran: merchants
have no zone of their own); an open shift counts until now."""

from __future__ import annotations

import asyncio
import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.clock import TEHRAN, now_or
from models.errors import AuthenticationFailed, Conflict, NotAllowed, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.tables import Partner, PartnerKind
from models.loyalty.clubs import clean_name
from models.loyalty.codes import ClubRole
from models.loyalty.errors import LoyaltyErrorCode as E
from models.loyalty.merchants import merchant_absent, reaches_merchant
from models.loyalty.tools_tables import MerchantStaff, Shift
from models.throttle import Throttle

_hasher = PasswordHasher()
CODE = re.compile(r"[A-Za-z0-9]{1,16}")
PIN = re.compile(r"[0-9]{4,8}")
# The longest period one attendance report covers.
LONGEST_REPORT_DAYS = 62
# The years a report's days may fall in (the ends of Python's dates are out of reach).
FIRST_YEAR, LAST_YEAR = 1900, 2999


@functools.cache
def _dummy_hash() -> str:
    """Checked against for an unknown code, so that it costs what a known one does."""
    return _hasher.hash("no such merchant staff")


async def merchant_tools_for(actor: Identity, merchant_id: int,
                             need: ClubRole = ClubRole.MANAGER) -> Partner:
    """The merchant, if `actor` may run its tools: its own partner callers (staff and keys),
    the platform's staff, or a club's staff with `need` in a club the merchant is in. A
    terminal reaches its own merchant. Anything else: `merchant_not_found`."""
    if actor.partner_id == merchant_id and (actor.is_partner or actor.kind is CallerKind.TERMINAL):
        merchant = await Partner.get_or_none(id=merchant_id, kind=PartnerKind.MERCHANT)
        if merchant is None:
            raise merchant_absent(merchant_id)
        return merchant
    if actor.kind is CallerKind.TERMINAL or actor.kind is CallerKind.PARTNER_KEY:
        raise merchant_absent(merchant_id)
    return await reaches_merchant(actor, merchant_id, need)


@dataclass(frozen=True, slots=True)
class Counter:
    """Where a check-in or a cash entry is made: a terminal of a merchant."""

    merchant_id: int
    terminal_id: int
    actor: str


def counter_of(actor: Identity) -> Counter:
    """The terminal calling; the operations that take it are open to terminals only."""
    if actor.kind is not CallerKind.TERMINAL or actor.terminal_id is None \
            or actor.partner_id is None:
        raise NotAllowed(E.TERMINAL_NOT_FOUND, "this is done at a terminal, with its key")
    return Counter(actor.partner_id, actor.terminal_id, actor.actor[:64])


# Staff


def _code(code: str) -> str:
    code = code.strip().upper()
    if not CODE.fullmatch(code):
        raise ValidationFailed(E.INVALID_STAFF_CODE, "a code of 1 to 16 letters or digits",
                               field="code")
    return code


async def _pin_hash(pin: str) -> str:
    if not PIN.fullmatch(pin):
        raise ValidationFailed(E.INVALID_PIN, "a PIN of 4 to 8 digits", field="pin")
    # argon2 is slow by design: hash in a thread so the event loop keeps serving.
    return await asyncio.to_thread(_hasher.hash, pin)


def staff_absent(staff_id: int) -> NotFound:
    return NotFound(E.MERCHANT_STAFF_NOT_FOUND, f"no staff member {staff_id}", field="staffId")


async def add_staff(actor: Identity, merchant_id: int, code: str, pin: str,
                    name: str) -> MerchantStaff:
    """A new person at the merchant, with a code unique at the merchant and a PIN."""
    await merchant_tools_for(actor, merchant_id)
    code, name = _code(code), clean_name(name)
    pin_hash = await _pin_hash(pin)
    try:
        async with in_transaction():
            return await MerchantStaff.create(merchant_id=merchant_id, code=code,
                                              pin_hash=pin_hash, name=name)
    except IntegrityError:
        raise Conflict(E.MERCHANT_STAFF_EXISTS, "the merchant has staff with this code",
                       field="code") from None


async def update_staff(actor: Identity, merchant_id: int, staff_id: int, *,
                       name: str | None = None, pin: str | None = None,
                       active: bool | None = None) -> MerchantStaff:
    """Rename a person, set a new PIN, or deactivate them (a deactivated code checks in no
    more) or make them active again."""
    await merchant_tools_for(actor, merchant_id)
    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = clean_name(name)
    if pin is not None:
        changes["pin_hash"] = await _pin_hash(pin)
    if active is not None:
        changes["is_active"] = active
    row = await MerchantStaff.get_or_none(merchant_id=merchant_id, id=staff_id)
    if row is None:
        raise staff_absent(staff_id)
    if changes:
        row.update_from_dict(changes)
        await row.save(update_fields=list(changes))
    return row


async def staff_of(merchant_id: int) -> list[MerchantStaff]:
    return await MerchantStaff.filter(merchant_id=merchant_id).order_by("code")


# Check-in and check-out


@dataclass(frozen=True, slots=True)
class PinLockout:
    """`attempts` wrong PINs for one code at one merchant within `seconds` refuse that code
    there until the window moves on; `terminal_attempts` wrong PINs at one terminal, for any
    codes, refuse every check-in there as long. Counts live in this process, or in Redis with
    `storage_url`."""

    attempts: int = 5
    terminal_attempts: int = 20
    seconds: int = 900
    storage_url: str | None = None

    def _counts(self) -> tuple[tuple[Throttle, str], tuple[Throttle, str]]:
        return ((Throttle("merchant-pin-code", self.attempts, self.seconds, self.storage_url),
                 "code"),
                (Throttle("merchant-pin-terminal", self.terminal_attempts, self.seconds,
                          self.storage_url), "terminal"))

    def _keys(self, counter: Counter, code: str) -> dict[str, tuple[str, ...]]:
        return {"code": (str(counter.merchant_id), code),
                "terminal": (str(counter.terminal_id),)}

    async def locked(self, counter: Counter, code: str) -> bool:
        keys = self._keys(counter, code)
        for throttle, which in self._counts():
            if await throttle.spent(*keys[which]) is not None:
                return True
        return False

    async def failed(self, counter: Counter, code: str) -> None:
        keys = self._keys(counter, code)
        for throttle, which in self._counts():
            await throttle.hit(*keys[which])

    async def succeeded(self, counter: Counter, code: str) -> None:
        throttle, which = self._counts()[0]
        await throttle.clear(*self._keys(counter, code)[which])


def _locked() -> AuthenticationFailed:
    return AuthenticationFailed(E.STAFF_PIN_LOCKED, "too many wrong PINs here: try later",
                                field="pin")


async def _verified(counter: Counter, code: str, pin: str, lockout: PinLockout) -> MerchantStaff:
    """The active person at the counter's merchant with this code and PIN; otherwise one answer
    whether the code exists or not."""
    code = code.strip().upper()
    if await lockout.locked(counter, code):
        raise _locked()
    staff = await MerchantStaff.get_or_none(merchant_id=counter.merchant_id, code=code,
                                            is_active=True)
    try:
        await asyncio.to_thread(_hasher.verify, staff.pin_hash if staff else _dummy_hash(),
                                pin)
        right = staff is not None
    except (VerificationError, InvalidHashError):
        right = False
    if staff is None or not right:
        await lockout.failed(counter, code)
        if await lockout.locked(counter, code):
            raise _locked()
        raise AuthenticationFailed(E.WRONG_STAFF_CODE_OR_PIN, "the code or the PIN is wrong",
                                   field="pin")
    await lockout.succeeded(counter, code)
    return staff


async def _lock_staff(merchant_id: int, staff_id: int) -> None:
    """The person's row lock: one check-in or check-out of theirs at a time. A merchant's staff
    belong to no club (test_club_keys's lock rule is for club rows)."""
    await MerchantStaff.filter(merchant_id=merchant_id, id=staff_id).select_for_update()


async def check_in(actor: Identity, code: str, pin: str, lockout: PinLockout, *,
                   now: datetime | None = None) -> Shift:
    """Open a shift for the person with `code` and `pin`, at the calling terminal."""
    counter = counter_of(actor)
    staff = await _verified(counter, code, pin, lockout)
    moment = now_or(now)
    async with in_transaction():
        await _lock_staff(counter.merchant_id, staff.id)
        if await Shift.exists(merchant_id=counter.merchant_id, staff_id=staff.id,
                              checked_out_at=None):
            raise Conflict(E.ALREADY_CHECKED_IN, "already checked in: check out first",
                           field="code")
        shift = await Shift.create(merchant_id=counter.merchant_id, staff_id=staff.id,
                                   checked_in_at=moment, in_terminal_id=counter.terminal_id)
    shift.staff = staff
    return shift


async def check_out(actor: Identity, code: str, pin: str, lockout: PinLockout, *,
                    now: datetime | None = None) -> Shift:
    """Close the person's open shift, at the calling terminal."""
    counter = counter_of(actor)
    staff = await _verified(counter, code, pin, lockout)
    moment = now_or(now)
    async with in_transaction():
        await _lock_staff(counter.merchant_id, staff.id)
        shift = await Shift.get_or_none(merchant_id=counter.merchant_id, staff_id=staff.id,
                                        checked_out_at=None)
        if shift is None:
            raise Conflict(E.NOT_CHECKED_IN, "not checked in", field="code")
        shift.checked_out_at = max(moment, shift.checked_in_at)
        shift.out_terminal_id = counter.terminal_id
        await shift.save(update_fields=["checked_out_at", "out_terminal_id"])
    shift.staff = staff
    return shift


# Hours


@dataclass(frozen=True, slots=True)
class StaffDay:
    staff_id: int
    name: str
    code: str
    day: date
    seconds: int
    open: bool  # a shift of that day is still open (counted until now)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The start and end of `day` at the merchant (Tehran), in UTC."""
    start = datetime.combine(day, time(), TEHRAN)
    end = datetime.combine(day + timedelta(days=1), time(), TEHRAN)
    return start.astimezone(UTC), end.astimezone(UTC)


def check_day(day: date, field: str = "day") -> date:
    """`day`, if it is one the reports can name (years 1900 to 2999)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationFailed(E.INVALID_REPORT_PERIOD,
                               f"a day from {FIRST_YEAR} to {LAST_YEAR}", field=field)
    return day


def today(now: datetime | None = None) -> date:
    """The merchant's day now (Tehran)."""
    return now_or(now).astimezone(TEHRAN).date()


def check_period(since: date, until: date, longest: int = LONGEST_REPORT_DAYS) -> None:
    check_day(since, "since")
    check_day(until, "until")
    if until < since or (until - since).days >= longest:
        raise ValidationFailed(E.INVALID_REPORT_PERIOD,
                               f"since must not be after until, and at most {longest} days",
                               field="until")


def split_by_day(start: datetime, end: datetime) -> list[tuple[date, int]]:
    """The seconds of [start, end) in each Tehran day it touches."""
    parts: list[tuple[date, int]] = []
    day = start.astimezone(TEHRAN).date()
    while True:
        day_start, day_end = day_bounds(day)
        part = min(end, day_end) - max(start, day_start)
        if part > timedelta(0) or (start == end and day_start <= start < day_end):
            # (a shift checked out the moment it began still shows its person that day)
            parts.append((day, int(part.total_seconds())))
        if day_end >= end:
            return parts
        day += timedelta(days=1)


async def hours(actor: Identity, merchant_id: int, since: date | None = None,
                until: date | None = None, *, now: datetime | None = None) -> list[StaffDay]:
    """Hours each person worked at the merchant on each day from `since` to `until`
    (inclusive; by default the seven days to today), by person's code and day."""
    await merchant_tools_for(actor, merchant_id, ClubRole.VIEWER)
    moment = now_or(now)
    until = until or today(moment)
    since = since or (check_day(until, "until") - timedelta(days=6))
    check_period(since, until)
    start, _ = day_bounds(since)
    _, end = day_bounds(until)
    staff = {s.id: s for s in await staff_of(merchant_id)}
    shifts = await Shift.filter(Q(checked_out_at__isnull=True) | Q(checked_out_at__gt=start),
                                merchant_id=merchant_id, checked_in_at__lt=end) \
        .order_by("checked_in_at")
    totals: dict[tuple[int, date], list[int]] = {}
    for shift in shifts:
        closes = shift.checked_out_at or moment
        for day, seconds in split_by_day(max(shift.checked_in_at, start), min(closes, end)):
            entry = totals.setdefault((shift.staff_id, day), [0, 0])
            entry[0] += seconds
            entry[1] |= shift.checked_out_at is None
    return [StaffDay(staff_id, staff[staff_id].name, staff[staff_id].code, day, seconds,
                     bool(still_open))
            for (staff_id, day), (seconds, still_open)
            in sorted(totals.items(), key=lambda item: (staff[item[0][0]].code, item[0][1]))]


async def shifts_of(merchant_id: int, since: datetime, until: datetime) -> list[Shift]:
    return await Shift.filter(merchant_id=merchant_id, checked_in_at__gte=since,
                              checked_in_at__lt=until).order_by("checked_in_at") \
        .prefetch_related("staff")
