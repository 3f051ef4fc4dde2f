"""The transfer codes that move a wallet's lots, each declared once by the domain that posts it,
with the movement kind it shows as; and the typed source a movement links to.

A domain that posts to a wallet (the wallet itself, top-ups, deposits, the bonus, cash-outs,
billing) declares its codes beside the operation that posts them:

    PAYMENT_CODE = declare("order_payment", MovementKind.PAYMENT, domain="billing")

A second declaration of a code is an error at import, so a code has exactly one kind, and
`undeclared_codes()` lists any code found on a wallet's transfers that nobody declared (the test
suite checks it after every test, so a new posting without a declaration fails where it runs).
The wallet reads a movement's kind from here instead of guessing it from a code's prefix.

A movement's source is what caused it, stored on its transfers as `reference_type` (a
`SourceKind`) and `reference_id`: the top-up, deposit, grant (its lot), order or cash-out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tortoise import connections


class MovementKind(StrEnum):
    TOP_UP = "top_up"
    PAYMENT = "payment"
    REFUND = "refund"
    BONUS = "bonus"
    EXPIRY = "expiry"
    CASH_OUT = "cash_out"
    OTHER = "other"  # a code nobody declared: `undeclared_codes()` finds it


class SourceKind(StrEnum):
    """What a wallet movement came from."""

    TOP_UP = "top_up"
    DEPOSIT = "deposit"
    GRANT = "grant"  # a promotional grant: its lot (staff's, the bonus's, the demo's)
    ORDER = "order"
    CASH_OUT = "cash_out"


@dataclass(slots=True, frozen=True)
class Source:
    kind: SourceKind
    id: int

    @classmethod
    def from_reference(cls, reference_type: str | None,
                       reference_id: str | None) -> Source | None:
        """The source stored on a transfer; None for transfers that name none (older ones)."""
        if reference_type is None or reference_id is None or not reference_id.isdigit():
            return None
        try:
            return cls(SourceKind(reference_type), int(reference_id))
        except ValueError:
            return None


@dataclass(slots=True, frozen=True)
class TransferCode:
    code: str
    movement_kind: MovementKind
    domain: str


_DECLARED: dict[str, TransferCode] = {}


def declare(code: str, movement_kind: MovementKind, *, domain: str) -> TransferCode:
    """Declare a code a domain posts to wallets; once per code, for good."""
    if code in _DECLARED:
        raise ValueError(f"transfer code {code!r} is declared by {_DECLARED[code].domain} "
                         f"already")
    if movement_kind is MovementKind.OTHER:
        raise ValueError(f"transfer code {code!r}: declare what it is, not OTHER")
    declared = TransferCode(code, movement_kind, domain)
    _DECLARED[code] = declared
    return declared


def declared_code(code: str) -> TransferCode | None:
    return _DECLARED.get(code)


def movement_kind(code: str) -> MovementKind:
    """What a transfer with this code did to a wallet; OTHER for an undeclared code."""
    declared = _DECLARED.get(code)
    return declared.movement_kind if declared is not None else MovementKind.OTHER


# Every code on a transfer that moved (or resolved a hold on) a wallet's lot.
_CODES_ON_LOTS = """
    SELECT DISTINCT t.code FROM ledger_transfer t
    JOIN lots_lot l ON l.account_id IN (t.debit_account_id, t.credit_account_id)
    WHERE l.holder LIKE 'wallet:%'
    ORDER BY t.code
"""


async def undeclared_codes() -> list[str]:
    """Codes found on wallets' transfers that no domain declared (should be none)."""
    rows = await connections.get("default").execute_query_dict(_CODES_ON_LOTS)
    return [str(r["code"]) for r in rows if str(r["code"]) not in _DECLARED]
