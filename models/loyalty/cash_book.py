"""A merchant's cash book at its terminals, and its daily income report.

These are not ledger money: the cash book is the merchant's own record of the cash it took and
spent at the counter, kept beside the club's ledger so that the merchant sees one day's income
in one place. No balance moves, no transfer is posted.

**Entries.** A terminal records an expense (with a category) or a cash receipt, in rials (> 0),
once per (terminal, reference): the same reference with the same content answers the first
entry, with other content `idempotency_conflict`. An entry is never changed: a correction is a
reversing entry (the amount negated, on the same day as the entry it reverses, so that day's
report comes out right), made once per entry by the terminal or by whoever runs the merchant's
tools.

**The daily income report** of a merchant and a day (Tehran): the purchases through the clubs
(`Purchase` rows of the merchant that day, voided ones left out, less what was returned of them),
the cash receipts, the expenses, and the net of the three."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count, Sum
from tortoise.transactions import in_transaction

from models.clock import TEHRAN, now_or
from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.loyalty.attendance import (
    check_day,
    counter_of,
    day_bounds,
    merchant_tools_for,
    today,
)
from models.loyalty.codes import ClubRole, PurchaseState
from models.loyalty.errors import LoyaltyErrorCode as E
from models.loyalty.tables import ClubMerchant, Purchase
from models.loyalty.tools_tables import CashEntry, CashKind

LONGEST_NOTE = 300


@dataclass(frozen=True, slots=True)
class CashInput:
    kind: CashKind
    amount: int
    reference: str
    note: str = ""
    category: str = ""

    def digest(self) -> str:
        parts = [self.kind.value, self.amount, self.note, self.category]
        return hashlib.blake2b(json.dumps(parts).encode(), digest_size=16).hexdigest()


def _reference(reference: str) -> str:
    reference = reference.strip()
    if not 1 <= len(reference) <= 64:
        raise ValidationFailed(E.INVALID_REFERENCE, "a reference of 1 to 64 characters",
                               field="reference")
    return reference


def _checked(given: CashInput) -> CashInput:
    if given.amount <= 0:
        raise ValidationFailed(E.CASH_AMOUNT_MUST_BE_POSITIVE, "the amount must be > 0 rials",
                               field="amount")
    category = given.category.strip()
    if given.kind is CashKind.EXPENSE and not 1 <= len(category) <= 64:
        raise ValidationFailed(E.INVALID_CASH_ENTRY, "an expense needs a category of 1 to 64 "
                                                     "characters", field="category")
    if given.kind is CashKind.CASH_RECEIPT and category:
        raise ValidationFailed(E.INVALID_CASH_ENTRY, "only expenses have a category",
                               field="category")
    if len(given.note) > LONGEST_NOTE:
        raise ValidationFailed(E.INVALID_CASH_ENTRY, f"a note of at most {LONGEST_NOTE} "
                                                     "characters", field="note")
    return CashInput(given.kind, given.amount, _reference(given.reference), given.note.strip(),
                     category)


def _replay(found: CashEntry, digest: str) -> CashEntry:
    if found.request_digest != digest:
        raise Conflict(E.IDEMPOTENCY_CONFLICT, "this reference names another entry",
                       field="reference")
    return found


async def record_entry(actor: Identity, given: CashInput, *,
                       now: datetime | None = None) -> CashEntry:
    """An expense or a cash receipt at the calling terminal, on today's page (Tehran)."""
    counter = counter_of(actor)
    entry = _checked(given)
    source = f"terminal:{counter.terminal_id}"
    found = await CashEntry.get_or_none(merchant_id=counter.merchant_id, source=source,
                                        reference=entry.reference)
    if found is not None:
        return _replay(found, entry.digest())
    try:
        async with in_transaction():
            return await CashEntry.create(
                merchant_id=counter.merchant_id, kind=entry.kind, amount=entry.amount,
                category=entry.category, note=entry.note,
                day=now_or(now).astimezone(TEHRAN).date(), source=source,
                reference=entry.reference, request_digest=entry.digest(),
                terminal_id=counter.terminal_id, recorded_by=counter.actor)
    except IntegrityError:  # the same reference, recorded concurrently
        found = await CashEntry.get(merchant_id=counter.merchant_id, source=source,
                                    reference=entry.reference)
        return _replay(found, entry.digest())


def entry_absent(entry_id: int) -> NotFound:
    return NotFound(E.CASH_ENTRY_NOT_FOUND, f"no cash entry {entry_id}", field="entryId")


async def reverse_entry(actor: Identity, entry_id: int, reference: str) -> CashEntry:
    """The entry reversing `entry_id`, once: by a terminal of the entry's merchant, or by whoever
    runs the merchant's tools. The same reference again answers the same reversal; another
    reversal of a reversed entry is `cash_entry_reversed`."""
    reference = _reference(reference)
    original = await CashEntry.get_or_none(id=entry_id)
    if original is None:
        raise entry_absent(entry_id)
    if actor.kind is CallerKind.TERMINAL:
        counter = counter_of(actor)
        if counter.merchant_id != original.merchant_id:
            raise entry_absent(entry_id)
        source, terminal_id = f"terminal:{counter.terminal_id}", counter.terminal_id
    else:
        try:
            await merchant_tools_for(actor, original.merchant_id)
        except NotFound:
            raise entry_absent(entry_id) from None
        source, terminal_id = actor.actor[:64], None
    if original.reverses_id is not None:
        raise ValidationFailed(E.INVALID_CASH_ENTRY, "a reversing entry is not reversed",
                               field="entryId")
    digest = hashlib.blake2b(f"reverse:{original.id}".encode(), digest_size=16).hexdigest()
    found = await CashEntry.get_or_none(merchant_id=original.merchant_id, source=source,
                                        reference=reference)
    if found is not None:
        return _replay(found, digest)
    if await CashEntry.exists(reverses_id=original.id):
        raise Conflict(E.CASH_ENTRY_REVERSED, "the entry is reversed already", field="entryId")
    try:
        async with in_transaction():
            return await CashEntry.create(
                merchant_id=original.merchant_id, kind=original.kind, amount=-original.amount,
                category=original.category, note=original.note, day=original.day,
                source=source, reference=reference, request_digest=digest,
                reverses_id=original.id, terminal_id=terminal_id, recorded_by=actor.actor[:64])
    except IntegrityError:
        found = await CashEntry.get_or_none(merchant_id=original.merchant_id, source=source,
                                            reference=reference)
        if found is not None:
            return _replay(found, digest)
        raise Conflict(E.CASH_ENTRY_REVERSED, "the entry is reversed already",
                       field="entryId") from None


async def entries_of(actor: Identity, merchant_id: int,
                     day: date | None = None) -> list[CashEntry]:
    """The merchant's cash book page of `day` (today by default), in the order it was
    written."""
    await merchant_tools_for(actor, merchant_id, ClubRole.VIEWER)
    return await CashEntry.filter(merchant_id=merchant_id,
                                  day=check_day(day or today())).order_by("id")


@dataclass(frozen=True, slots=True)
class DailyIncome:
    merchant_id: int
    day: date
    purchases: int  # how many purchases through the clubs, voided ones left out
    purchases_amount: int  # their bills, rials
    returned_amount: int  # what was returned of them
    cash_receipts: int
    expenses: int
    expenses_by_category: dict[str, int]

    @property
    def card_net(self) -> int:
        return self.purchases_amount - self.returned_amount

    @property
    def net(self) -> int:
        return self.card_net + self.cash_receipts - self.expenses


async def daily_income(actor: Identity, merchant_id: int,
                       day: date | None = None) -> DailyIncome:
    """The merchant's income on `day` (Tehran; today by default): purchases through the clubs,
    cash, expenses."""
    await merchant_tools_for(actor, merchant_id, ClubRole.VIEWER)
    day = check_day(day or today())
    start, end = day_bounds(day)
    club_ids = list(await ClubMerchant.filter(merchant_id=merchant_id)
                    .values_list("club_id", flat=True))
    sums: list[dict[str, Any]] = await Purchase.filter(
        club_id__in=club_ids, merchant_id=merchant_id, occurred_at__gte=start,
        occurred_at__lt=end).exclude(state=PurchaseState.VOIDED) \
        .annotate(n=Count("id"), amount_sum=Sum("amount"), returned_sum=Sum("returned_amount")) \
        .values("n", "amount_sum", "returned_sum") if club_ids else []
    found = sums[0] if sums else {}
    cash = {CashKind.CASH_RECEIPT: 0, CashKind.EXPENSE: 0}
    categories: dict[str, int] = {}
    for entry in await CashEntry.filter(merchant_id=merchant_id, day=day):
        cash[entry.kind] += entry.amount
        if entry.kind is CashKind.EXPENSE:
            categories[entry.category] = categories.get(entry.category, 0) + entry.amount
    return DailyIncome(merchant_id=merchant_id, day=day, purchases=int(found.get("n") or 0),
                       purchases_amount=int(found.get("amount_sum") or 0),
                       returned_amount=int(found.get("returned_sum") or 0),
                       cash_receipts=cash[CashKind.CASH_RECEIPT],
                       expenses=cash[CashKind.EXPENSE],
                       expenses_by_category={k: v for k, v in sorted(categories.items()) if v})
