"""Finding a club's member by what a counter is told: a mobile number, a national ID, the club
card's number or a bank card's number (Luhn-checked, found by its keyed hash), and the admin's
search by any of them (and, for staff, a bank card's last four digits)."""

from __future__ import annotations

from tortoise.expressions import Q

from models.errors import ValidationFailed
from models.identity.customers import normalise_mobile
from models.identity.numbers import normalise_national_id
from models.loyalty.cards import CARD_DIGITS, card_hash, clean_digits, luhn_valid
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.members import member_absent
from models.loyalty.tables import Member, MemberCard


def _invalid() -> ValidationFailed:
    return ValidationFailed(LoyaltyErrorCode.INVALID_IDENTIFIER,
                            "a mobile number, a national ID, a club card or a bank card "
                            "number is required", field="identifier")


def _national_id(text: str) -> str | None:
    """`text` as a national ID if it is one (10 digits with a right check digit)."""
    if len(text) != 10 or not text.isdigit():
        return None
    try:
        return normalise_national_id(text)
    except ValidationFailed:
        return None


async def find_member(club_id: int, identifier: str) -> Member:
    """The club's member `identifier` names (its customer and person fetched):
    - a mobile number (09…, +98…, Persian digits too);
    - a national ID (10 digits, check digit verified);
    - the club card's number, or a bank card's (16 digits, Luhn-checked: `invalid_card_number`).
    Nobody: `member_not_found`; nothing of these shapes: `invalid_identifier`."""
    text = clean_digits(identifier)
    if not text or not (text.isascii() and text.lstrip("+").isdigit()):
        raise _invalid()
    query = Member.filter(club_id=club_id)
    if len(text) == CARD_DIGITS and text.isdigit():
        if not luhn_valid(text):
            raise ValidationFailed(LoyaltyErrorCode.INVALID_CARD_NUMBER,
                                   "the card number fails the Luhn check", field="identifier")
        member = await query.filter(card_number=text).prefetch_related("customer__person") \
            .first()
        if member is not None:
            return member
        card = await MemberCard.get_or_none(club_id=club_id, card_hash=card_hash(text),
                                            removed_at=None)
        if card is None:
            raise member_absent()
        return await Member.get(id=card.member_id).prefetch_related("customer__person")
    national_id = _national_id(text)
    if national_id is not None:
        # as the membership of the club's owner recorded it: another membership's never shows
        query = query.filter(customer__national_id=national_id)
    else:
        try:
            mobile = normalise_mobile(text)
        except ValidationFailed:
            raise _invalid() from None
        query = query.filter(customer__person__mobile=mobile)
    member = await query.prefetch_related("customer__person").first()
    if member is None:
        raise member_absent()
    return member


async def search_members(club_id: int, query: str | None, *, limit: int,
                         after_id: int | None = None) -> list[Member]:
    """The club's members matching `query`, in id order: a whole mobile number, national ID,
    club card or bank card number finds its member; the start of a mobile number, a bank card's
    last four digits, or part of a name finds every match. No query: all, in id order."""
    rows = Member.filter(club_id=club_id)
    if after_id is not None:
        rows = rows.filter(id__gt=after_id)
    text = (query or "").strip()
    if text:
        digits = clean_digits(text)
        if digits.startswith("+98"):
            digits = "0" + digits[3:]
        if digits.isascii() and digits.isdigit():
            condition = Q(card_number=digits) if len(digits) == CARD_DIGITS \
                else Q(customer__person__mobile__startswith=digits) if len(digits) <= 11 \
                else Q(id=None)
            if len(digits) in (10, 11):
                condition |= Q(customer__national_id=digits)
            if len(digits) == CARD_DIGITS and luhn_valid(digits):
                condition |= Q(id__in=await _holders(club_id, card_hash=card_hash(digits)))
            elif len(digits) == 4:
                condition |= Q(id__in=await _holders(club_id, last4=digits))
            rows = rows.filter(condition)
        else:
            rows = rows.filter(customer__name__icontains=text)
    return await rows.order_by("id").limit(limit).prefetch_related("customer__person")


async def _holders(club_id: int, **card: str) -> list[int]:
    return list(await MemberCard.filter(  # type: ignore[arg-type]  # values_list of one column
        club_id=club_id, removed_at=None, **card).values_list("member_id", flat=True))
