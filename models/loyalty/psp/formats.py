"""A settlement batch as a file in one PSP's published split format: pure.

A batch's lines are its payees' amounts, one per purchase (and Sheba), net of the returns in the
batch (`payout_lines`). Each format writes them as its PSP's request(s), as JSON text:

- Zarinpal v4 (`zarinpal`): `{"amount", "description", "wages": [{"iban", "amount",
  "description"}]}`, every iban `^IR\\d{24}$`.
- SEP (`sep`): `{"Amount", "ResNum", "SettlementIbanInfo": [{"IBAN", "Amount", "PurchaseID"}]}`.
- Mellat cumulative (`mellat`): `bpCumulativeDynamicPayRequest` calls, each
  `{"orderId", "amount", "additionalData": "subServiceId,amount,payerId;..."}` with at most
  `MELLAT_MAX_SHARES` shares, so a batch of more lines is written as several requests. The
  sub-service is the payee's Sheba (the account the terminal registered at Mellat), the payer id
  the purchase's id.

The file is `{"psp", "reference", "requests": [...]}`: one request, or Mellat's several."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

MELLAT_MAX_SHARES = 10


class Psp(StrEnum):
    ZARINPAL = "zarinpal"
    SEP = "sep"
    MELLAT = "mellat"


@dataclass(frozen=True, slots=True)
class PayoutLine:
    """A payee's amount for one purchase in a batch."""

    sheba: str
    amount: int
    purchase_id: int


@dataclass(frozen=True, slots=True)
class SplitFile:
    psp: Psp
    name: str
    body: str  # JSON text

    def requests(self) -> list[dict[str, Any]]:
        requests: list[dict[str, Any]] = json.loads(self.body)["requests"]
        return requests


@dataclass(frozen=True, slots=True)
class ShareAmount:
    """What a share row gives the lines: its purchase, its Sheba and its (signed) amount."""

    purchase_id: int
    sheba: str | None
    amount: int


def payout_lines(shares: Sequence[ShareAmount], *, fallback_sheba: str) -> list[PayoutLine]:
    """The batch's lines: the shares added up per (purchase, Sheba), in purchase order, then the
    negative lines (returns of purchases settled before) taken off the largest positive lines
    first, so every line is positive and the lines sum to the batch's total (which must be
    positive). A share with no Sheba of its own is paid to `fallback_sheba`."""
    totals: dict[tuple[int, str], int] = {}
    for share in sorted(shares, key=lambda s: s.purchase_id):
        key = (share.purchase_id, share.sheba or fallback_sheba)
        totals[key] = totals.get(key, 0) + share.amount
    if sum(totals.values()) <= 0:
        raise ValueError("a batch pays a positive total")
    owed = -sum(amount for amount in totals.values() if amount < 0)
    lines = {key: amount for key, amount in totals.items() if amount > 0}
    for key in sorted(lines, key=lambda k: (-lines[k], k)):
        taken = min(owed, lines[key])
        lines[key] -= taken
        owed -= taken
    return [PayoutLine(sheba, amount, purchase_id)
            for (purchase_id, sheba), amount in lines.items() if amount > 0]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def write_file(psp: Psp, reference: str, lines: Sequence[PayoutLine], *,
               description: str) -> SplitFile:
    """The batch `reference` (the PSP deduplicates on it) as `psp`'s file."""
    requests: list[dict[str, Any]]
    if psp is Psp.ZARINPAL:
        requests = [{"amount": sum(line.amount for line in lines), "description": description,
                     "reference": reference,
                     "wages": [{"iban": line.sheba, "amount": line.amount,
                                "description": f"{description} #{line.purchase_id}"}
                               for line in lines]}]
    elif psp is Psp.SEP:
        requests = [{"Amount": sum(line.amount for line in lines), "ResNum": reference,
                     "SettlementIbanInfo": [{"IBAN": line.sheba, "Amount": line.amount,
                                             "PurchaseID": str(line.purchase_id)}
                                            for line in lines]}]
    else:
        chunks = [lines[i:i + MELLAT_MAX_SHARES] for i in range(0, len(lines), MELLAT_MAX_SHARES)]
        requests = [{"orderId": f"{reference}-{n}", "amount": sum(line.amount for line in chunk),
                     "additionalData": "".join(f"{line.sheba},{line.amount},{line.purchase_id};"
                                               for line in chunk)}
                    for n, chunk in enumerate(chunks, start=1)]
    body = _json({"psp": psp.value, "reference": reference, "requests": requests})
    return SplitFile(psp, f"{reference}-{psp.value}.json", body)
