"""Members: a person's membership of a club. The member's `Customer` is the person's membership
of the club's owner (found or made by identity's enrolment); the `Member` row gives it the club's
card number (16 digits, Luhn-valid, unique in the club).

A member is enrolled at a terminal (its key), in the club's panel (its staff), or by the person
in the app (their customer session: the membership of the club's owner is confirmed by a one-time
code texted to them, as identity confirms a partner's new members). Bad input writes nothing: a
bank card given at enrolment is checked before anything is made. Each path takes an optional
referral code (`models.loyalty.referrals`): the referral is recorded, and its enrolment reward
posted, in the enrolment's transaction."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.domain_events.outbox import emit, publishing
from models.errors import Conflict, NotAllowed, NotFound
from models.identity import customers
from models.identity.callers import CallerKind, Identity
from models.identity.customers import CodePolicy, Confirmation, ProfileChange, normalise_mobile
from models.identity.numbers import normalise_national_id
from models.identity.tables import Customer, SignInCode
from models.loyalty import referrals
from models.loyalty.cards import add_card, card_holder, luhn_check_digit, normalise_card_number
from models.loyalty.codes import Channel, ClubRole
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.events import MemberEnrolled
from models.loyalty.merchants import active_merchant
from models.loyalty.staff_roles import club_absent, club_for
from models.loyalty.tables import Club, Member
from models.notify.sms import SmsSender

CLUB_CARD_PREFIX = "6"  # club cards read apart from bank cards' BINs at a glance


def new_card_number() -> str:
    """A random 16-digit club card number that passes the Luhn check."""
    body = CLUB_CARD_PREFIX + "".join(str(secrets.randbelow(10)) for _ in range(14))
    return body + luhn_check_digit(body)


def member_absent(member_id: int | None = None) -> NotFound:
    return NotFound(LoyaltyErrorCode.MEMBER_NOT_FOUND,
                    f"no member {member_id}" if member_id is not None else "no such member",
                    field="memberId" if member_id is not None else "identifier")


@dataclass(slots=True, frozen=True)
class Enrolment:
    """Who enrols: the person's mobile, optionally their national ID, name, a bank card and the
    referral code they were invited with."""

    mobile: str
    national_id: str | None = None
    name: str = ""
    card_number: str | None = None
    referral_code: str | None = None


async def _member_row(club: Club, customer_id: int, via: Channel, terminal_id: int | None,
                      by: str) -> tuple[Member, bool]:
    """The club's member of `customer_id`, made with a fresh card number if new; and whether
    it was made now."""
    existing = await Member.get_or_none(club_id=club.id, customer_id=customer_id)
    if existing is not None:
        return existing, False
    for _ in range(8):
        try:
            async with publishing(), in_transaction():
                member = await Member.create(club_id=club.id, customer_id=customer_id,
                                             card_number=new_card_number(), enrolled_via=via,
                                             enrolled_terminal_id=terminal_id,
                                             enrolled_by=by[:64])
                await emit(MemberEnrolled(club_id=club.id, member_id=member.id,
                                          customer_id=customer_id, channel=str(via)))
                return member, True
        except IntegrityError:  # a card number taken, or a concurrent enrolment
            existing = await Member.get_or_none(club_id=club.id, customer_id=customer_id)
            if existing is not None:
                return existing, False
    raise AssertionError("eight random card numbers in a row were taken")


async def _joined(club: Club, customer_id: int, via: Channel, terminal_id: int | None,
                  by: str, referral_code: str | None, card: str | None = None) -> Member:
    """`_member_row`, and the referral its code records (in the caller's transaction)."""
    member, created = await _member_row(club, customer_id, via, terminal_id, by)
    if referral_code:
        await referrals.refer(club, member, referral_code, created=created, card_number=card)
    return member


async def _enrol(actor: Identity, club: Club, enrolment: Enrolment, via: Channel,
                 terminal_id: int | None) -> Member:
    mobile = normalise_mobile(enrolment.mobile)
    national_id = (normalise_national_id(enrolment.national_id)
                   if enrolment.national_id else None)
    card = normalise_card_number(enrolment.card_number) if enrolment.card_number else None
    if not club.is_active:
        raise club_absent(club.id)
    async with publishing(), in_transaction():
        customer = await Customer.get_or_none(person__mobile=mobile, partner_id=club.owner_id)
        if card is not None:
            holder = await card_holder(club.id, card)
            if holder is not None:
                held_by = await Member.get(id=holder.member_id)
                if customer is None or held_by.customer_id != customer.id:
                    raise Conflict(LoyaltyErrorCode.CARD_ALREADY_REGISTERED,
                                   "another member of this club has this card",
                                   field="cardNumber")
        if customer is None:
            customer = await customers.create_customer(mobile, enrolment.name,
                                                       partner_id=club.owner_id,
                                                       national_id=national_id)
        elif national_id is not None and customer.national_id is None:
            await customers.update_customer(actor, customer.id, ProfileChange(
                given=frozenset({"national_id"}), national_id=national_id))
        member = await _joined(club, customer.id, via, terminal_id, actor.actor,
                               enrolment.referral_code, card)
        if card is not None:
            await add_card(club.id, member.id, card)
    return member


async def enrol_at_terminal(actor: Identity, club_id: int, enrolment: Enrolment) -> Member:
    """A terminal enrols a person in a club its merchant is active in (an existing member is
    answered as it is, with the card added)."""
    assert actor.kind is CallerKind.TERMINAL and actor.partner_id is not None
    club = await club_for(actor, club_id, ClubRole.OPERATOR)
    await active_merchant(club.id, actor.partner_id)
    return await _enrol(actor, club, enrolment, Channel.POS, actor.terminal_id)


async def enrol_in_panel(actor: Identity, club_id: int, enrolment: Enrolment) -> Member:
    """The club's staff (operators and above) enrol a person."""
    club = await club_for(actor, club_id, ClubRole.OPERATOR)
    return await _enrol(actor, club, enrolment, Channel.PANEL, None)


@dataclass(slots=True, frozen=True)
class JoinRequest:
    """What asking to join a club gave: the member at once (the person's membership of the
    club's owner was confirmed before), or a code texted to confirm it, valid until
    `code_expires_at`."""

    club_id: int
    member: Member | None
    code_expires_at: datetime | None


async def _open_club(club_id: int) -> Club:
    club = await Club.get_or_none(id=club_id, is_active=True)
    if club is None:
        raise club_absent(club_id)
    return club


def _person(actor: Identity) -> int:
    if actor.kind is not CallerKind.CUSTOMER or actor.customer_id is None:
        raise NotAllowed(LoyaltyErrorCode.CLUB_ROLE_REQUIRED,
                         "a person joins a club in their own session")
    return actor.customer_id


async def request_to_join(actor: Identity, club_id: int, sender: SmsSender,
                          policy: CodePolicy, referral_code: str | None = None) -> JoinRequest:
    """The signed-in person asks to join a club: their membership of the club's owner is made
    pending (if they have none) and a code is texted to them; with a confirmed one they are a
    member at once. A referral code is checked now and recorded when they become a member
    (give it again with the confirmation)."""
    club = await _open_club(club_id)
    if referral_code:
        await referrals.check_code(club, referral_code)
    me = await Customer.get(id=_person(actor)).prefetch_related("person")
    mine = await Customer.get_or_none(person_id=me.person_id, partner_id=club.owner_id)
    if mine is None:
        mine = await customers.create_customer(
            me.person.mobile, me.name, me.language, club.owner_id,
            confirmation=Confirmation(sender=sender, policy=policy))
        expires = await _latest_code_expiry(mine.id)
        return JoinRequest(club_id=club.id, member=None, code_expires_at=expires)
    if mine.pending:
        expires = await customers.send_membership_code(mine, sender, policy)
        return JoinRequest(club_id=club.id, member=None, code_expires_at=expires)
    async with in_transaction():
        member = await _joined(club, mine.id, Channel.MOBILE, None, actor.actor, referral_code)
    return JoinRequest(club_id=club.id, member=member, code_expires_at=None)


async def _latest_code_expiry(membership_id: int) -> datetime | None:
    """When the code just texted to confirm `membership_id` expires (None: it was not sent)."""
    row = await SignInCode.filter(membership_id=membership_id, used_at=None).order_by("-id") \
        .first()
    return row.expires_at if row is not None else None


async def confirm_join(actor: Identity, club_id: int, code: str, policy: CodePolicy,
                       referral_code: str | None = None) -> Member:
    """The person sends back the code: their membership of the club's owner is confirmed and
    they are the club's member (referred by `referral_code`, if given). Safe to repeat."""
    club = await _open_club(club_id)
    me = await Customer.get(id=_person(actor))
    mine = await Customer.get_or_none(person_id=me.person_id, partner_id=club.owner_id)
    if mine is None:
        raise member_absent()
    if referral_code:
        await referrals.check_code(club, referral_code)
    mine = await customers.confirm_membership(mine, code, policy)
    async with in_transaction():
        return await _joined(club, mine.id, Channel.MOBILE, None, actor.actor, referral_code)


async def member_for(actor: Identity, member_id: int,
                     need: ClubRole = ClubRole.VIEWER) -> Member:
    """A member of a club `actor` reaches (with `need`), or the person's own membership;
    anything else: `member_not_found`."""
    member = await Member.get_or_none(id=member_id).prefetch_related("customer__person")
    if member is None:
        raise member_absent(member_id)
    if actor.kind is CallerKind.CUSTOMER:
        mine = await Customer.get(id=actor.customer_id or 0)
        if member.customer.person_id != mine.person_id:
            raise member_absent(member_id)
        return member
    try:
        await club_for(actor, member.club_id, need)
    except NotFound:
        raise member_absent(member_id) from None
    return member


async def members_of_person(actor: Identity) -> list[Member]:
    """The signed-in person's memberships of clubs."""
    me = await Customer.get(id=_person(actor))
    return await Member.filter(customer__person_id=me.person_id).order_by("id") \
        .prefetch_related("customer__person")
