"""A local simulator of a bank's payout (group Paya) API, for development and tests.

It implements `models.wallet.cashouts.payout.PayoutAdapter` in process: `submit` takes a batch
and answers one reference per payout (the same reference for a tracking id it has seen, as a
bank that deduplicates by payment id does); `status` answers what became of one. A payout is
pending until it is first asked about (the bank's processing time), then final: paid, or
rejected when its Sheba was marked with `reject_sheba` or its amount is above `reject_above`.
`hold()` keeps every payout pending, and `go_down()` makes the bank unreachable (every call
raises `PayoutError`) until `come_back()`. `http_app()` serves the same bank over HTTP (see the
routes at the end), so workers in other processes reach one bank through
`models.wallet.cashouts.adapters.http.HttpPayoutAdapter`.

Result codes are ISO 20022 status and reason codes, as Paya (built on ISO 20022 messages) uses
them: `ACSC` settled, `AC04` closed account, `AM02` amount not allowed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

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


# --- the same bank over HTTP, for workers in other processes ---------------------------------
#
# POST {base}/payouts   {"payouts": [{"tracking_id", "sheba", "holder_name", "amount",
#                        "description"}, ...]}  ->  200 {"references": [...]}
# GET  {base}/payouts/{reference}  ->  200 {"state": "pending|paid|rejected|unknown", "code"}
# Both answer 503 while the bank is down. Mounted by `etebar serve` at /_sim/payout
# outside production.

async def _submit_endpoint(request: Request) -> JSONResponse:
    simulator: PayoutSimulator = request.app.state.simulator
    body = await request.json()
    try:
        payouts = [Payout(tracking_id=str(p["tracking_id"]), sheba=str(p["sheba"]),
                          holder_name=str(p["holder_name"]), amount=int(p["amount"]),
                          description=str(p["description"])) for p in body["payouts"]]
    except (KeyError, TypeError, ValueError):
        return JSONResponse({"error": "malformed payouts"}, status_code=400)
    try:
        references = await simulator.submit(payouts)
    except PayoutError as error:
        return JSONResponse({"error": str(error)}, status_code=503)
    return JSONResponse({"references": references})


async def _status_endpoint(request: Request) -> JSONResponse:
    simulator: PayoutSimulator = request.app.state.simulator
    try:
        answer = await simulator.status(request.path_params["reference"])
    except PayoutError as error:
        return JSONResponse({"error": str(error)}, status_code=503)
    return JSONResponse({"state": answer.state.value, "code": answer.code})


def http_app(simulator: PayoutSimulator | None = None) -> Starlette:
    """The simulator as an HTTP service (the process's shared one unless given)."""
    app = Starlette(routes=[Route("/payouts", _submit_endpoint, methods=["POST"]),
                            Route("/payouts/{reference}", _status_endpoint)])
    app.state.simulator = simulator if simulator is not None else shared_simulator()
    return app
