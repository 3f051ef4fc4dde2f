"""A local simulator of a bank's payout (group Paya) API, for development and tests.

It implements `models.wallet.cashouts.payout.PayoutAdapter` in process: `submit` takes a batch
and answers one reference per payout (the same reference for a tracking id it has seen, as a
bank that deduplicates by payment id does); `status` answers what became of one. A payout is
pending until it is first asked about (the bank's processing time), then final: paid, or
rejected when its Sheba was marked with `reject_sheba` or its amount is above `reject_above`.
`hold()` keeps every payout pending, and `go_down()` makes the bank unreachable (every call
raises `PayoutError`) until `come_back()`.

Result codes are ISO 20022 status and reason codes, as Paya (built on ISO 20022 messages) uses
them: `ACSC` settled, `AC04` closed account, `AM02` amount not allowed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from models.wallet.cashouts.payout import Payout, PayoutError, PayoutState, PayoutStatus

PAID_CODE = "ACSC"
CLOSED_ACCOUNT = "AC04"
AMOUNT_NOT_ALLOWED = "AM02"


@dataclass(slots=True)
class SimulatedPayout:
    reference: str
    payout: Payout
    state: PayoutState = PayoutState.PENDING
    code: str = ""


@dataclass
class PayoutSimulator:
    payouts: dict[str, SimulatedPayout] = field(default_factory=dict)
    by_tracking_id: dict[str, str] = field(default_factory=dict)
    rejected_shebas: dict[str, str] = field(default_factory=dict)
    reject_above: int | None = None
    held: bool = False
    down: bool = False
    submit_calls: int = 0
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(700_001))

    def reject_sheba(self, sheba: str, code: str = CLOSED_ACCOUNT) -> None:
        self.rejected_shebas[sheba] = code

    def hold(self) -> None:
        self.held = True

    def release(self) -> None:
        self.held = False

    def go_down(self) -> None:
        self.down = True

    def come_back(self) -> None:
        self.down = False

    def paid_total(self) -> int:
        return sum(p.payout.amount for p in self.payouts.values()
                   if p.state is PayoutState.PAID)

    async def submit(self, payouts: Sequence[Payout]) -> list[str]:
        if self.down:
            raise PayoutError("the payout simulator is down")
        self.submit_calls += 1
        references = []
        for payout in payouts:
            known = self.by_tracking_id.get(payout.tracking_id)
            if known is None:
                known = f"PAYA{next(self._numbers)}"
                self.by_tracking_id[payout.tracking_id] = known
                self.payouts[known] = SimulatedPayout(known, payout)
            references.append(known)
        return references

    def _decide(self, item: SimulatedPayout) -> None:
        code = self.rejected_shebas.get(item.payout.sheba)
        if code is None and self.reject_above is not None and (
                item.payout.amount > self.reject_above):
            code = AMOUNT_NOT_ALLOWED
        item.state, item.code = ((PayoutState.REJECTED, code) if code is not None
                                 else (PayoutState.PAID, PAID_CODE))

    async def status(self, reference: str) -> PayoutStatus:
        if self.down:
            raise PayoutError("the payout simulator is down")
        item = self.payouts.get(reference)
        if item is None:
            return PayoutStatus(PayoutState.UNKNOWN)
        if item.state is PayoutState.PENDING and not self.held:
            self._decide(item)
        return PayoutStatus(item.state, item.code)


_shared = PayoutSimulator()


def shared_simulator() -> PayoutSimulator:
    """The process's simulator, which the payout actors use when the settings choose it."""
    return _shared


def reset_shared_simulator() -> PayoutSimulator:
    """A fresh process simulator (tests)."""
    global _shared
    _shared = PayoutSimulator()
    return _shared
