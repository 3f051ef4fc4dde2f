"""Members' bank cards: 16 digits, Luhn-checked, kept only as a keyed hash (HMAC-SHA256 under
`ETEBAR_LOYALTY__CARD_HASH_KEY`), the BIN (first six digits) and the last four. A card belongs
to one member per club; another club may hold it for another member."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.hashing import keyed_hash
from models.identity.numbers import western_digits
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.settings import DEVELOPMENT_CARD_HASH_KEY
from models.loyalty.tables import MemberCard

CARD_DIGITS = 16
_key = DEVELOPMENT_CARD_HASH_KEY


def use_card_hash_key(key: str) -> None:
    """Key the cards' hash with the settings' `card_hash_key` (the composition root calls this
    once per process, before serving)."""
    global _key
    _key = key


def luhn_valid(digits: str) -> bool:
    """Whether `digits` (ASCII digits) pass the Luhn check (ISO/IEC 7812)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that makes `body` + it pass the Luhn check."""
    for digit in "0123456789":
        if luhn_valid(body + digit):
            return digit
    raise AssertionError("one of ten digits always completes a Luhn number")


def clean_digits(value: str) -> str:
    """`value` in Western digits without spaces, dashes or direction marks."""
    text = western_digits(value)
    for mark in " -\u200c\u200f\u200e\t":
        text = text.replace(mark, "")
    return text


def normalise_card_number(value: str, *, field: str = "cardNumber") -> str:
    """A bank card number as 16 ASCII digits that pass the Luhn check (`invalid_card_number`)."""
    text = clean_digits(value)
    if len(text) != CARD_DIGITS or not (text.isascii() and text.isdigit()) \
            or not luhn_valid(text):
        raise ValidationFailed(LoyaltyErrorCode.INVALID_CARD_NUMBER,
                               "a bank card number of 16 digits that passes the Luhn check is "
                               "required", field=field)
    return text


def card_hash(number: str) -> str:
    """The keyed hash a (normalised) card number is stored and found under."""
    return keyed_hash(_key, f"card:{number}")


async def card_holder(club_id: int, number: str) -> MemberCard | None:
    """The club's live card of this (normalised) number, if a member holds it."""
    return await MemberCard.get_or_none(club_id=club_id, card_hash=card_hash(number),
                                        removed_at=None)


async def add_card(club_id: int, member_id: int, number: str) -> MemberCard:
    """Register a bank card of the member `member_id` (of `club_id`); adding it again returns
    it. Held by another member of the club: `card_already_registered`."""
    number = normalise_card_number(number)
    digest = card_hash(number)
    async with in_transaction():
        row = await MemberCard.select_for_update().get_or_none(club_id=club_id,
                                                              card_hash=digest)
        if row is not None and row.removed_at is None:
            if row.member_id != member_id:
                raise Conflict(LoyaltyErrorCode.CARD_ALREADY_REGISTERED,
                               "another member of this club has this card",
                               field="cardNumber")
            return row
        if row is not None:  # removed before: the card is taken up again
            row.member_id = member_id
            row.removed_at = None
            row.created_at = datetime.now(UTC)
            await row.save(update_fields=["member_id", "removed_at", "created_at"])
            return row
        try:
            async with in_transaction():
                return await MemberCard.create(club_id=club_id, member_id=member_id,
                                               card_hash=digest, bin=number[:6],
                                               last4=number[-4:])
        except IntegrityError:  # a concurrent registration took it first
            raise Conflict(LoyaltyErrorCode.CARD_ALREADY_REGISTERED,
                           "another member of this club has this card",
                           field="cardNumber") from None


async def remove_card(club_id: int, member_id: int, card_id: int) -> MemberCard:
    """Remove a member's card (it no longer finds the member); safe to repeat."""
    row = await MemberCard.get_or_none(club_id=club_id, member_id=member_id, id=card_id)
    if row is None:
        raise NotFound(LoyaltyErrorCode.CARD_NOT_FOUND, f"no card {card_id}", field="cardId")
    if row.removed_at is None:
        row.removed_at = datetime.now(UTC)
        await row.save(update_fields=["removed_at"])
    return row


async def cards_of(club_id: int, member_id: int) -> list[MemberCard]:
    """A member's live cards, oldest first."""
    return await MemberCard.filter(club_id=club_id, member_id=member_id,
                                   removed_at=None).order_by("id")
