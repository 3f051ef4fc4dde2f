"""The shape of split terms (`Club.split_terms`, `ClubMerchant.split_terms`): a list of shares,
each `{"beneficiary": <Beneficiary>, "partner_id": int | null, "sheba": "IR…" | null,
"percent_bp": int}` or the same with `"amount": int` (rials) instead of `percent_bp`, and
optionally `"as_credit": bool` (kept as credit, not paid out). Percentages are hundredths of a
percent and add up to at most 10000."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from models.errors import ValidationFailed
from models.identity.numbers import normalise_sheba
from models.loyalty.codes import Beneficiary
from models.loyalty.errors import LoyaltyErrorCode

FULL_BP = 10_000
_KEYS = frozenset({"beneficiary", "partner_id", "sheba", "percent_bp", "amount", "as_credit"})


def _bad(message: str, index: int | None = None) -> ValidationFailed:
    where = f"share {index + 1}: " if index is not None else ""
    return ValidationFailed(LoyaltyErrorCode.INVALID_SPLIT_TERMS, where + message,
                            field="splitTerms")


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def check_split_terms(terms: Sequence[Any]) -> list[dict[str, Any]]:
    """The terms in their stored shape, Sheba numbers normalised; anything else is
    `invalid_split_terms` naming the share at fault."""
    if not isinstance(terms, Sequence) or isinstance(terms, str):
        raise _bad("a list of shares is required")
    cleaned: list[dict[str, Any]] = []
    total_bp = 0
    for index, share in enumerate(terms):
        if not isinstance(share, dict):
            raise _bad("each share is an object", index)
        unknown = set(share) - _KEYS
        if unknown:
            raise _bad(f"unknown fields {', '.join(sorted(unknown))}", index)
        try:
            beneficiary = Beneficiary(str(share.get("beneficiary")))
        except ValueError:
            raise _bad("beneficiary is one of " + ", ".join(b.value for b in Beneficiary),
                       index) from None
        partner_id = share.get("partner_id")
        if partner_id is not None and not (_whole(partner_id) and partner_id > 0):
            raise _bad("partner_id is a partner's id or null", index)
        sheba = share.get("sheba")
        if sheba is not None:
            if not isinstance(sheba, str):
                raise _bad("sheba is a Sheba number or null", index)
            sheba = normalise_sheba(sheba)
        has_percent, has_amount = "percent_bp" in share, "amount" in share
        if has_percent == has_amount:
            raise _bad("exactly one of percent_bp and amount is required", index)
        value = share["percent_bp" if has_percent else "amount"]
        if not _whole(value):
            raise _bad("percent_bp and amount are non-negative integers", index)
        as_credit = share.get("as_credit", False)
        if not isinstance(as_credit, bool):
            raise _bad("as_credit is true or false", index)
        entry: dict[str, Any] = {"beneficiary": beneficiary.value, "partner_id": partner_id,
                                 "sheba": sheba, "as_credit": as_credit}
        if has_percent:
            if value > FULL_BP:
                raise _bad("a percentage is at most 10000 hundredths", index)
            total_bp += value
            entry["percent_bp"] = value
        else:
            entry["amount"] = value
        cleaned.append(entry)
    if total_bp > FULL_BP:
        raise _bad(f"the percentages add up to {total_bp} hundredths, over 10000")
    return cleaned
