"""The interface every bank payout adapter implements, and what it answers.

A payout adapter hands a batch of payouts to the bank (`submit`) and later says what became of
each (`status`). Every payout carries our own tracking id (`Payout.tracking_id`, one per
cash-out, for good): a bank that sees a tracking id again answers with the payout it already
has, so submitting a batch twice (a retry after a crash) pays nobody twice. The composition root
chooses the adapter once (`etebar/services.py`, by `settings.wallet.cashout_payout_adapter`); the
local simulator is `etebar/simulators/payout.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


@dataclass(slots=True, frozen=True)
class Payout:
    tracking_id: str
    sheba: str
    holder_name: str
    amount: int
    description: str


class PayoutState(StrEnum):
    PENDING = "pending"    # the bank has it and has not finished
    PAID = "paid"          # the money reached the account
    REJECTED = "rejected"  # the bank refused or returned it; nothing was paid
    UNKNOWN = "unknown"    # the bank does not know this reference (yet)


@dataclass(slots=True, frozen=True)
class PayoutStatus:
    state: PayoutState
    code: str = ""
    message: str = ""


class PayoutError(Exception):
    """The bank could not be reached or answered nonsense; try again later."""


class PayoutAdapter(Protocol):
    async def submit(self, payouts: Sequence[Payout]) -> list[str]:
        """The bank's reference of each payout, in order; the same answer for a repeat."""
        ...

    async def status(self, reference: str) -> PayoutStatus: ...
