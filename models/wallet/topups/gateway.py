"""The interface every bank gateway adapter implements (`models/wallet/topups/adapters/`).

A top-up runs: `start` asks the bank for a payment and says where to send the customer; the bank
posts the customer back to our callback, which `parse_callback` reads; `confirm` verifies the
payment with the bank (and settles it, where the bank has a settle step) and answers what the
bank confirmed; `reverse` gives the customer's money back when we will not credit it;
`inquire` asks the bank about a payment whose callback never came.

Each adapter speaks its bank's published protocol over HTTP (httpx for REST, zeep for SOAP) to a
base URL from settings: the real bank in production, the local simulator
(`etebar/simulators/<bank>.py`) in development and tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class GatewayName(StrEnum):
    SAMAN = "saman"
    MELLAT = "mellat"


@dataclass(slots=True, frozen=True)
class PaymentRequest:
    order_id: int = field(metadata={"doc": "our id of the top-up: Saman's ResNum, Mellat's "
                                           "orderId (a long)"})
    amount: int
    callback_url: str
    mobile: str = ""


@dataclass(slots=True, frozen=True)
class Redirect:
    """Where the customer's browser goes next: `method` POST means an auto-submitted form."""

    url: str
    method: str = "POST"
    fields: Mapping[str, str] = field(default_factory=dict)
    token: str = field(default="", metadata={"doc": "Saman's token or Mellat's RefId"})


@dataclass(slots=True, frozen=True)
class Callback:
    """What the bank posted back, read into one shape. `paid` is the bank's word that the
    customer paid, not yet verified; `reference` is the bank's unique reference of the payment
    (Saman's RefNum, Mellat's SaleReferenceId), empty when nothing was paid."""

    order_id: int
    paid: bool
    code: str
    reference: str = ""
    token: str = ""
    amount: int | None = None
    trace: str = ""
    masked_pan: str = ""
    raw: Mapping[str, str] = field(default_factory=dict)


@dataclass(slots=True, frozen=True)
class Confirmation:
    """The bank's answer to verify (and settle): `ok` with the amount it verified, or the code
    it refused with.

    `amount`, when not ok, is the amount the bank reported where it differs from the one asked
    (the adapter refused to verify it). `verified` says the bank verified the payment and a later
    step (Mellat's settle) failed. `reversed` says the payment was already given back to the
    card by the adapter (or by the bank, before it answered): the caller must not reverse it
    again."""

    ok: bool
    code: str
    amount: int | None = None
    verified: bool = False
    reversed: bool = False


class InquiryState(StrEnum):
    PAID = "paid"          # the customer paid and it is not reversed: confirm it
    NOT_PAID = "not_paid"  # nothing was paid, or it was cancelled or reversed
    UNKNOWN = "unknown"    # the bank could not say; ask again later


@dataclass(slots=True, frozen=True)
class Inquiry:
    state: InquiryState
    callback: Callback | None = None  # for PAID: what a callback would have said


class GatewayError(Exception):
    """The bank could not be reached or answered nonsense; the caller may try again."""


class Gateway(Protocol):
    name: GatewayName

    async def start(self, payment: PaymentRequest) -> Redirect: ...

    def parse_callback(self, form: Mapping[str, str]) -> Callback:
        """Read the bank's post; ValueError (or KeyError) for a form that is not its callback,
        which is refused as such (GatewayError would mean "the bank failed, ask again")."""
        ...

    async def confirm(self, callback: Callback, expected_amount: int) -> Confirmation: ...

    async def reverse(self, callback: Callback) -> bool: ...

    async def inquire(self, order_id: int, token: str = "") -> Inquiry:
        """`token` is what `start` answered in `Redirect.token` (Saman's receipt service finds a
        payment by its token; an adapter that needs only `order_id` ignores it)."""
        ...
