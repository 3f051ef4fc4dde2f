"""The settlement split (تسهیم) of a purchase's amount into shares: pure, integers only.

A club's terms (`ClubMerchant.split_terms`, or the club's `Club.split_terms` for a merchant
without terms of its own) are a JSON list of shares, each
`{"beneficiary", "partner_id", "sheba", "percent_bp" | "amount", "as_credit"}`: a share is either a
percentage of the purchase (in hundredths of a percent) or a fixed amount in rials, and may be kept
as credit for its beneficiary instead of being paid out.

The remainder rule (`plan_split`):
1. fixed amounts first, in the terms' order, each capped by what is left of the amount;
2. then each percentage of the whole amount, floored, capped by what is left;
3. the MERCHANT share takes the remainder: whatever the fixed shares and the floors leave,
   rounding dust included. A percentage or amount on the merchant's own term (the club's terms
   may state one, `models.loyalty.terms`) is not used: the merchant's share is always the rest.
So every share is ≥ 0 and the shares sum to the amount exactly.

A return (a negative amount) splits against the purchase's shares that remain unreturned, pro
rata with the largest remainder (`plan_return`): no share is ever returned beyond what it
received, and the last return of a purchase takes exactly what remains, so returning a purchase
in any number of parts cancels its shares exactly, with no dust."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from models.errors import ValidationFailed
from models.identity.numbers import normalise_sheba
from models.loyalty.codes import Beneficiary
from models.loyalty.errors import LoyaltyErrorCode

BASIS_POINTS = 10_000  # 100.00 %


class SplitTermsInvalid(ValidationFailed):
    code = LoyaltyErrorCode.INVALID_SPLIT_TERMS


@dataclass(frozen=True, slots=True)
class ShareTerm:
    """One share of a purchase in a club's terms: `percent_bp` XOR `amount`; the merchant's
    takes the remainder whatever its term says (it may say neither)."""

    beneficiary: Beneficiary
    partner_id: int | None = None
    sheba: str | None = None
    percent_bp: int | None = None
    amount: int | None = None
    as_credit: bool = False


@dataclass(frozen=True, slots=True)
class PlannedShare:
    """A beneficiary's share of one purchase (negative for a return), as a `Share` row holds it."""

    beneficiary: Beneficiary
    partner_id: int | None
    sheba: str | None
    amount: int
    as_credit: bool = False

    @property
    def key(self) -> tuple[Beneficiary, int | None, bool]:
        """Who the share is for and how: the rows of one purchase with the same key add up."""
        return (self.beneficiary, self.partner_id, self.as_credit)


def _refuse(message: str) -> SplitTermsInvalid:
    return SplitTermsInvalid(message=message, field="splitTerms")


def _int_field(raw: Mapping[str, Any], name: str) -> int | None:
    value = raw.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse(f"{name} must be an integer")
    return value


def parse_term(raw: Mapping[str, Any]) -> ShareTerm:
    """One term from its JSON object, checked; raises `invalid_split_terms`."""
    if not isinstance(raw, Mapping):
        raise _refuse("each share must be an object")
    unknown = set(raw) - {"beneficiary", "partner_id", "sheba", "percent_bp", "amount",
                          "as_credit"}
    if unknown:
        raise _refuse("unknown fields: " + ", ".join(sorted(unknown)))
    try:
        beneficiary = Beneficiary(str(raw.get("beneficiary")))
    except ValueError:
        raise _refuse("beneficiary must be one of "
                      + ", ".join(b.value for b in Beneficiary)) from None
    partner_id = _int_field(raw, "partner_id")
    percent_bp = _int_field(raw, "percent_bp")
    amount = _int_field(raw, "amount")
    as_credit = raw.get("as_credit", False)
    if not isinstance(as_credit, bool):
        raise _refuse("as_credit must be true or false")
    sheba = raw.get("sheba")
    if sheba is not None:
        if not isinstance(sheba, str):
            raise _refuse("sheba must be a string")
        try:
            sheba = normalise_sheba(sheba)
        except ValidationFailed:
            raise _refuse("sheba must be a valid Sheba number (IR and 24 digits)") from None
    if percent_bp is not None and amount is not None:
        raise _refuse("a share has either percent_bp or amount, not both")
    if beneficiary is not Beneficiary.MERCHANT and percent_bp is None and amount is None:
        raise _refuse("a share has either percent_bp or amount")
    if percent_bp is not None and not 0 <= percent_bp <= BASIS_POINTS:
        raise _refuse("percent_bp is between 0 and 10000")
    if amount is not None and amount < 0:
        raise _refuse("amount must not be negative")
    return ShareTerm(beneficiary=beneficiary, partner_id=partner_id, sheba=sheba,
                     percent_bp=percent_bp, amount=amount, as_credit=as_credit)


def parse_terms(raw: Sequence[Mapping[str, Any]]) -> tuple[ShareTerm, ...]:
    """A list of terms as stored, checked as a whole: percentages sum to at most 100 %, at most
    one merchant share, no beneficiary-and-partner twice."""
    if not isinstance(raw, Sequence) or isinstance(raw, str | bytes):
        raise _refuse("split terms are a list of shares")
    terms = tuple(parse_term(item) for item in raw)
    if sum(t.percent_bp or 0 for t in terms if t.beneficiary is not Beneficiary.MERCHANT) > (
            BASIS_POINTS):
        raise _refuse("the percentages sum to more than 100%")
    if sum(1 for t in terms if t.beneficiary is Beneficiary.MERCHANT) > 1:
        raise _refuse("at most one merchant share")
    keys = [(t.beneficiary, t.partner_id, t.as_credit) for t in terms]
    if len(set(keys)) != len(keys):
        raise _refuse("a beneficiary appears twice")
    return terms


def terms_for(*, merchant_terms: Sequence[Mapping[str, Any]],
              club_terms: Sequence[Mapping[str, Any]], merchant_id: int,
              merchant_sheba: str | None, club_owner_id: int, club_sheba: str | None,
              merchant_marketer_id: int | None) -> tuple[ShareTerm, ...]:
    """The terms of a purchase at a merchant: its own, or else the club's; each share's partner
    and Sheba filled in where the terms leave them to the merchant's or the club's record, and a
    merchant share added if the terms have none (it takes the remainder)."""
    terms = parse_terms(merchant_terms if merchant_terms else club_terms)
    defaults: dict[Beneficiary, tuple[int | None, str | None]] = {
        Beneficiary.MERCHANT: (merchant_id, merchant_sheba),
        Beneficiary.CLUB_OWNER: (club_owner_id, club_sheba),
        Beneficiary.MERCHANT_MARKETER: (merchant_marketer_id, None),
        Beneficiary.MARKETER: (None, None),
    }
    filled = []
    for term in terms:
        partner_id, sheba = defaults[term.beneficiary]
        if term.beneficiary is Beneficiary.MERCHANT:
            term = replace(term, partner_id=merchant_id)
        elif term.partner_id is None:
            term = replace(term, partner_id=partner_id)
        if term.partner_id is None:
            raise _refuse(f"the {term.beneficiary.value} share names no partner")
        if term.sheba is None and term.partner_id == partner_id:
            term = replace(term, sheba=sheba)
        filled.append(term)
    if not any(t.beneficiary is Beneficiary.MERCHANT for t in filled):
        filled.append(ShareTerm(Beneficiary.MERCHANT, merchant_id, merchant_sheba))
    return tuple(filled)


def plan_split(amount: int, terms: Sequence[ShareTerm], *,
               remaining: Sequence[PlannedShare] | None = None) -> list[PlannedShare]:
    """The shares of `amount` under `terms` (the module's remainder rule), summing to `amount`.

    A negative amount is a return: given `remaining` (the purchase's shares not yet returned,
    one per key, see `net_shares`) it splits against them pro rata (`plan_return`); without it,
    the same split as a purchase of the opposite amount with every sign flipped."""
    if amount < 0:
        if remaining is not None:
            return plan_return(-amount, remaining)
        return [replace(s, amount=-s.amount) for s in plan_split(-amount, terms)]
    merchant = next((i for i, t in enumerate(terms) if t.beneficiary is Beneficiary.MERCHANT),
                    None)
    if merchant is None:
        raise _refuse("the terms have no merchant share to take the remainder")
    left = amount
    shares: dict[int, int] = {}
    for index, term in enumerate(terms):  # fixed amounts first
        if term.amount is not None and index != merchant:
            shares[index] = min(term.amount, left)
            left -= shares[index]
    for index, term in enumerate(terms):  # then percentages of the whole, floored
        if term.percent_bp is not None and index != merchant:
            shares[index] = min(amount * term.percent_bp // BASIS_POINTS, left)
            left -= shares[index]
    planned = []
    for index, term in enumerate(terms):
        share = left if index == merchant else shares[index]
        planned.append(PlannedShare(term.beneficiary, term.partner_id, term.sheba, share,
                                    term.as_credit))
    return planned


def net_shares(shares: Sequence[PlannedShare]) -> list[PlannedShare]:
    """A purchase's shares and its returns' (negative) added up per key, in first-seen order:
    what remains of each share to return."""
    totals: dict[tuple[Beneficiary, int | None, bool], PlannedShare] = {}
    for share in shares:
        seen = totals.get(share.key)
        totals[share.key] = share if seen is None else replace(
            seen, amount=seen.amount + share.amount)
    return list(totals.values())


def plan_return(returned: int, remaining: Sequence[PlannedShare]) -> list[PlannedShare]:
    """The (negative) shares of a return of `returned` rials against what remains of the
    purchase's shares: each takes `returned × remaining_i / Σ remaining` floored, and the rials
    the floors leave go one each to the largest fractional parts (ties: the order given). No
    share goes below zero; returning all that remains takes each share exactly."""
    total = sum(s.amount for s in remaining)
    if returned < 0 or any(s.amount < 0 for s in remaining):
        raise _refuse("a return splits a positive amount against non-negative shares")
    if returned > total:
        raise _refuse("the return exceeds what remains of the purchase's shares")
    if returned == 0:
        return [replace(s, amount=0) for s in remaining]
    floors = [s.amount * returned // total for s in remaining]
    order = sorted(range(len(remaining)),
                   key=lambda i: (-(remaining[i].amount * returned % total), i))
    for i in order[:returned - sum(floors)]:
        floors[i] += 1
    return [replace(s, amount=-part) for s, part in zip(remaining, floors, strict=True)]


def share_subject(beneficiary: Beneficiary, partner_id: int | None) -> str:
    """The subject of a beneficiary's `share_payable` account in a club (`LoyaltyAccount`):
    the purchase credits it with each share paid out in money, the settlement debits it."""
    return f"{beneficiary.value}:{partner_id}"
