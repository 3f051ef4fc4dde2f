"""Which lots a spend draws from and how much a return gives back to each: pure arithmetic on
integers, no database. The caller reads the holder's lots (`models.lots.lots.holdings`) under the
lock that orders the holder's spends, plans here, and posts the transfers in one batch.

- `spending_order`: the lots usable at a moment (not expired), soonest-expiring first, the lots
  that never expire last, then by id. The wallet's order (promotional, soonest-expiring first,
  then paid) is this order: its promotional lots always expire and its paid lot never does.
- `plan_draws`: takes from each lot in that order until the amount is met.
- `plan_restore`: what a (partial) return gives back to each lot a spend drew from: never more
  to a lot than is still unrestored of what was drawn from it, shared in proportion to that by
  the largest-remainder rule (integers, the parts sum to the amount, ties to the lot listed
  first), so a full return gives back exactly the draws.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Protocol, TypeVar


class LotLike(Protocol):
    """What planning reads of a lot: `models.lots.tables.Lot` is one."""

    @property
    def id(self) -> int: ...

    @property
    def expires_at(self) -> datetime | None: ...


L = TypeVar("L", bound=LotLike)
K = TypeVar("K", bound=Hashable)


@dataclass(slots=True, frozen=True)
class Holding(Generic[L]):
    """A lot and what it holds now that a spend may take (posted credits less debits and
    pending debits)."""

    lot: L
    available: int


class NotEnoughCredit(ValueError):
    """The lots hold less than the amount to draw; callers check `total(...)` first and refuse
    with their own error."""

    def __init__(self, amount: int, available: int) -> None:
        super().__init__(f"{amount} wanted, {available} available")
        self.amount = amount
        self.available = available


def usable(lot: LotLike, now: datetime) -> bool:
    """Whether `lot` may be spent at `now`: it never expires, or expires after `now`."""
    return lot.expires_at is None or lot.expires_at > now


def spending_order(holdings: Sequence[Holding[L]], now: datetime) -> list[Holding[L]]:
    """The holdings usable at `now` in the order a spend draws them: soonest-expiring first,
    never-expiring last, then by lot id."""
    expiring = [(h.lot.expires_at, h.lot.id, h) for h in holdings
                if h.lot.expires_at is not None and h.lot.expires_at > now]
    lasting = [(h.lot.id, h) for h in holdings if h.lot.expires_at is None]
    expiring.sort(key=lambda row: (row[0], row[1]))
    lasting.sort(key=lambda row: row[0])
    return [h for _, _, h in expiring] + [h for _, h in lasting]


def total(holdings: Sequence[Holding[L]]) -> int:
    """What the holdings hold together (a negative availability counts as nothing)."""
    return sum(max(h.available, 0) for h in holdings)


def plan_draws(ordered: Sequence[Holding[L]], amount: int) -> list[tuple[L, int]]:
    """Take `amount` from the holdings in their order, each up to what it holds; the lots taken
    from, with what each gives (all positive, summing to `amount`). Raises `NotEnoughCredit` if
    they hold less, and ValueError for an amount below zero."""
    if amount < 0:
        raise ValueError(f"cannot draw a negative amount {amount}")
    draws: list[tuple[L, int]] = []
    left = amount
    for holding in ordered:
        if left == 0:
            break
        take = min(left, holding.available)
        if take > 0:
            draws.append((holding.lot, take))
            left -= take
    if left > 0:
        raise NotEnoughCredit(amount, amount - left)
    return draws


def plan_restore(drawn: Sequence[tuple[K, int]], amount: int,
                 restored: Mapping[K, int] | None = None) -> list[tuple[K, int]]:
    """Share `amount` of a return among the lots a spend drew from: `drawn` is what the spend
    took from each lot (in the spend's order), `restored` what earlier returns gave back to each.

    Each lot gets a share of `amount` in proportion to what of its draw is still unrestored,
    rounded down, and the units left over go one each to the largest remainders (ties: the lot
    listed first). So no lot gets more than is unrestored of its draw, the shares sum to
    `amount`, and returning all that is unrestored gives back exactly that. Lots getting nothing
    are left out. Raises ValueError if `amount` is negative or more than is unrestored."""
    if amount < 0:
        raise ValueError(f"cannot restore a negative amount {amount}")
    done = restored or {}
    open_: list[tuple[K, int]] = []
    for lot, took in drawn:
        back = done.get(lot, 0)
        if took < 0 or back < 0 or back > took:
            raise ValueError(f"lot {lot!r}: drawn {took}, restored {back}")
        open_.append((lot, took - back))
    outstanding = sum(left for _, left in open_)
    if amount > outstanding:
        raise ValueError(f"cannot restore {amount}: only {outstanding} is unrestored")
    if amount == 0:
        return []
    shares = [amount * left // outstanding for _, left in open_]
    remainders = [amount * left % outstanding for _, left in open_]
    short = amount - sum(shares)
    # The largest remainders first; among equals the lot listed first. A positive remainder
    # means the exact share is not a whole number, so it is below the lot's open amount and one
    # more unit still fits.
    for index in sorted(range(len(open_)), key=lambda i: (-remainders[i], i))[:short]:
        shares[index] += 1
    return [(lot, share) for (lot, _), share in zip(open_, shares, strict=True) if share > 0]
