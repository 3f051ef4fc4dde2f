"""A member's profile in a club: birth date and gender, beside the name their membership of the
club's owner carries. Set by the member (their customer session) or the club's staff
(operators and above). A profile is complete with all three; completing it the first time
emits `MemberProfileCompleted` (the event rules' `profile_complete` trigger), once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tortoise.transactions import in_transaction

from models.clock import now_or
from models.domain_events.outbox import emit, publishing
from models.errors import ValidationFailed
from models.identity.callers import Identity
from models.identity.tables import Customer
from models.loyalty.codes import ClubRole
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.events import MemberProfileCompleted
from models.loyalty.members import member_for
from models.loyalty.tables import Member

GENDERS = ("female", "male")
OLDEST_BIRTH_YEAR = 1900


class InvalidProfile(ValidationFailed):
    code = LoyaltyErrorCode.INVALID_PROFILE


@dataclass(frozen=True, slots=True)
class ProfileChange:
    """The fields named in `given` change (None clears a birth date, "" a gender)."""

    given: frozenset[str]
    birth_date: date | None = None
    gender: str = ""


def check_change(change: ProfileChange, today: date) -> None:
    unknown = change.given - {"birth_date", "gender"}
    if unknown:
        raise InvalidProfile(message=f"unknown fields {sorted(unknown)}", field=sorted(unknown)[0])
    if "birth_date" in change.given and change.birth_date is not None and not (
            date(OLDEST_BIRTH_YEAR, 1, 1) <= change.birth_date <= today):
        raise InvalidProfile(message=f"a birth date from {OLDEST_BIRTH_YEAR} to today",
                             field="birthDate")
    if "gender" in change.given and change.gender not in ("", *GENDERS):
        raise InvalidProfile(message=f"gender is one of {', '.join(GENDERS)}, or empty",
                             field="gender")


async def update_profile(actor: Identity, member_id: int, change: ProfileChange) -> Member:
    """Change the member's profile (the member themselves, or the club's operators and above);
    out of reach: `member_not_found`. Bad values change nothing."""
    found = await member_for(actor, member_id, ClubRole.OPERATOR)
    at = now_or(None)
    check_change(change, at.date())
    async with publishing(), in_transaction():
        member = await Member.filter(club_id=found.club_id, id=found.id).select_for_update() \
            .get()
        if "birth_date" in change.given:
            member.birth_date = change.birth_date
        if "gender" in change.given:
            member.gender = change.gender
        fields = ["birth_date", "gender"]
        customer = await Customer.get(id=member.customer_id)
        if member.profile_completed_at is None and is_complete(member, customer.name):
            member.profile_completed_at = at
            fields.append("profile_completed_at")
            await emit(MemberProfileCompleted(club_id=member.club_id, member_id=member.id))
        await member.save(update_fields=fields)
    return member


def is_complete(member: Member, name: str) -> bool:
    return bool(name.strip()) and member.birth_date is not None and bool(member.gender)
