"""Clubs: a club owner's (a partner of kind `club_owner`) club with its settings, its categories
of merchants and services, and its staff's roles. Only the platform's staff set the fee tariff
the platform charges a club."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.errors import IdentityErrorCode
from models.identity.numbers import normalise_sheba
from models.identity.tables import Partner, PartnerKind, StaffUser
from models.loyalty.club_tree import ancestor_ids
from models.loyalty.codes import CategoryKind, ClubRole, RewardKind
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.staff_roles import PARTNER_OWNERS, club_for, reachable_club_ids
from models.loyalty.tables import Category, Club, ClubStaff
from models.loyalty.terms import FULL_BP, check_split_terms

DEFAULT_TIMEZONE = "Asia/Tehran"


def clean_name(name: str, *, field: str = "name", longest: int = 200) -> str:
    name = name.strip()
    if not 1 <= len(name) <= longest:
        raise ValidationFailed(LoyaltyErrorCode.INVALID_NAME,
                               f"a name of 1 to {longest} characters is required", field=field)
    return name


def check_timezone(value: str) -> str:
    value = value.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationFailed(LoyaltyErrorCode.INVALID_TIMEZONE,
                               "an IANA time zone such as Asia/Tehran is required",
                               field="timezone") from None
    return value


def check_rewards(rewards: Sequence[str]) -> list[str]:
    chosen = set()
    for reward in rewards:
        try:
            chosen.add(RewardKind(reward))
        except ValueError:
            raise ValidationFailed(LoyaltyErrorCode.INVALID_REWARDS,
                                   f"not a reward kind: {reward}", field="rewards") from None
    return [r.value for r in RewardKind if r in chosen]


async def _club_owner(owner_id: int) -> Partner:
    owner = await Partner.get_or_none(id=owner_id, is_active=True)
    if owner is None:
        raise NotFound(IdentityErrorCode.PARTNER_NOT_FOUND, f"no active partner {owner_id}",
                       field="ownerId")
    if owner.kind is not PartnerKind.CLUB_OWNER:
        raise ValidationFailed(LoyaltyErrorCode.NOT_A_CLUB_OWNER,
                               "a club's owner is a partner of kind club_owner",
                               field="ownerId")
    return owner


@dataclass(slots=True, frozen=True)
class ClubSettings:
    """A change of a club's settings: the fields named in `given` take the values here."""

    given: frozenset[str]
    name: str = ""
    timezone: str = DEFAULT_TIMEZONE
    rewards: Sequence[str] = ()
    settlement_sheba: str | None = None
    point_value: int = 0
    allow_negative_points: bool = False
    split_terms: Sequence[Any] = field(default_factory=list)
    is_active: bool = True


def _apply(club: Club, change: ClubSettings) -> None:
    """Check every given value and set it on `club` (nothing saved)."""
    given = change.given
    if "name" in given:
        club.name = clean_name(change.name)
    if "timezone" in given:
        club.timezone = check_timezone(change.timezone)
    if "rewards" in given:
        club.rewards = check_rewards(change.rewards)
    if "settlement_sheba" in given:
        club.settlement_sheba = (normalise_sheba(change.settlement_sheba)
                                 if change.settlement_sheba else None)
    if "point_value" in given:
        if change.point_value < 0:
            raise ValidationFailed(LoyaltyErrorCode.INVALID_POINT_VALUE,
                                   "a point's value is 0 or more rials", field="pointValue")
        club.point_value = change.point_value
    if "allow_negative_points" in given:
        club.allow_negative_points = change.allow_negative_points
    if "split_terms" in given:
        club.split_terms = check_split_terms(change.split_terms)
    if "is_active" in given:
        club.is_active = change.is_active


async def create_club(actor: Identity, owner_id: int | None, settings: ClubSettings) -> Club:
    """A new club of the club owner `owner_id` (a partner's staff create their partner's own:
    they may omit it). Its timezone defaults to Tehran."""
    if actor.kind is CallerKind.PARTNER_STAFF:
        if owner_id not in (None, actor.partner_id):
            raise NotFound(IdentityErrorCode.PARTNER_NOT_FOUND, f"no partner {owner_id}",
                           field="ownerId")
        if actor.role not in PARTNER_OWNERS:
            raise NotAllowed(LoyaltyErrorCode.CLUB_ROLE_REQUIRED,
                             "a club owner's owners and admins create its clubs",
                             field="ownerId")
        owner_id = actor.partner_id
    elif actor.kind is not CallerKind.STAFF:
        raise NotAllowed(LoyaltyErrorCode.CLUB_ROLE_REQUIRED, "only staff create clubs")
    if owner_id is None:
        raise ValidationFailed(LoyaltyErrorCode.NOT_A_CLUB_OWNER, "name the club's owner",
                               field="ownerId")
    owner = await _club_owner(owner_id)
    club = Club(owner_id=owner.id, name="", timezone=DEFAULT_TIMEZONE)
    _apply(club, replace(settings, given=settings.given | {"name"}))
    await club.save()
    return club


async def update_club(actor: Identity, club_id: int, settings: ClubSettings) -> Club:
    """Change a club's settings (its owner and managers); bad values change nothing."""
    async with in_transaction():
        await club_for(actor, club_id, ClubRole.MANAGER)
        club = await Club.select_for_update().get(id=club_id)
        _apply(club, settings)
        await club.save()
    return club


async def set_fee_tariff(actor: Identity, club_id: int, *, percent_bp: int,
                         amount: int) -> Club:
    """Approve the platform's fee per purchase for a club: a percentage (hundredths) and/or an
    amount in rials. The platform's staff only: `fee_needs_platform_staff`."""
    if actor.kind is not CallerKind.STAFF:
        await club_for(actor, club_id)  # out of reach reads as absent, in reach as refused
        raise NotAllowed(LoyaltyErrorCode.FEE_NEEDS_PLATFORM_STAFF,
                         "only the platform's staff approve a club's fee tariff",
                         field="feePercentBp")
    if not 0 <= percent_bp <= FULL_BP:
        raise ValidationFailed(LoyaltyErrorCode.INVALID_FEE,
                               "a percentage of 0 to 10000 hundredths is required",
                               field="feePercentBp")
    if amount < 0:
        raise ValidationFailed(LoyaltyErrorCode.INVALID_FEE, "a fee of 0 or more rials",
                               field="feeAmount")
    async with in_transaction():
        club = await club_for(actor, club_id)
        club = await Club.select_for_update().get(id=club_id)
        club.fee_percent_bp, club.fee_amount = percent_bp, amount
        club.fee_approved_by = actor.actor[:64]
        await club.save(update_fields=["fee_percent_bp", "fee_amount", "fee_approved_by"])
    return club


async def clubs_page(actor: Identity, *, limit: int, after_id: int | None = None,
                     owner_id: int | None = None) -> list[Club]:
    """The clubs in the caller's reach, in id order."""
    ids = await reachable_club_ids(actor)
    query = Club.all()
    if ids is not None:
        query = query.filter(id__in=ids)
    if owner_id is not None:
        query = query.filter(owner_id=owner_id)
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    return await query.order_by("id").limit(limit)


# Categories


def _check_code(code: str) -> str:
    code = code.strip()
    if not 1 <= len(code) <= 32 or not all(c.isascii() and (c.isalnum() or c in "-_.")
                                           for c in code):
        raise ValidationFailed(LoyaltyErrorCode.INVALID_CATEGORY,
                               "a code of 1 to 32 letters, digits, '-', '_' or '.'",
                               field="code")
    return code


async def add_category(actor: Identity, club_id: int, kind: CategoryKind, code: str,
                       name: str, name_en: str = "") -> Category:
    await club_for(actor, club_id, ClubRole.MANAGER)
    code, name = _check_code(code), clean_name(name, longest=100)
    name_en = name_en.strip()[:100]
    try:
        async with in_transaction():
            return await Category.create(club_id=club_id, kind=kind, code=code, name=name,
                                         name_en=name_en)
    except IntegrityError:
        raise Conflict(LoyaltyErrorCode.CATEGORY_EXISTS,
                       f"the club has a {kind.value} category {code}", field="code") from None


async def _with_ancestors(club_id: int) -> list[int]:
    """The club and its ancestors: a sub-club uses its ancestors' categories as its own."""
    club = await Club.get_or_none(id=club_id)
    if club is None or club.parent_id is None:
        return [club_id]
    return [club_id, *await ancestor_ids(club)]


async def category_of(club_id: int, category_id: int, kind: CategoryKind | None = None,
                      *, field: str = "categoryId", inherited: bool = True) -> Category:
    """A category of the club, or (`inherited`) one it inherits from an ancestor."""
    clubs = await _with_ancestors(club_id) if inherited else [club_id]
    query = Category.filter(club_id__in=clubs, id=category_id)
    if kind is not None:
        query = query.filter(kind=kind)
    category = await query.first()
    if category is None:
        raise NotFound(LoyaltyErrorCode.CATEGORY_NOT_FOUND, f"no category {category_id}",
                       field=field)
    return category


async def rename_category(actor: Identity, club_id: int, category_id: int, name: str,
                          name_en: str = "") -> Category:
    await club_for(actor, club_id, ClubRole.MANAGER)
    category = await category_of(club_id, category_id, inherited=False)
    category.name, category.name_en = clean_name(name, longest=100), name_en.strip()[:100]
    await category.save(update_fields=["name", "name_en"])
    return category


async def categories(club_id: int, kind: CategoryKind | None = None) -> list[Category]:
    """The club's categories and those it inherits from its ancestors (their `club_id` says
    whose)."""
    query = Category.filter(club_id__in=await _with_ancestors(club_id))
    if kind is not None:
        query = query.filter(kind=kind)
    return await query.order_by("kind", "code")


# Staff


async def set_staff_role(actor: Identity, club_id: int, staff_id: int,
                         role: ClubRole) -> ClubStaff:
    """Give a staff member of the club's owner a role in the club (the owner gives any role, a
    manager up to manager)."""
    club = await club_for(actor, club_id, ClubRole.MANAGER)
    if role is ClubRole.OWNER:
        await club_for(actor, club_id, ClubRole.OWNER)
    staff = await StaffUser.get_or_none(id=staff_id, partner_id=club.owner_id, is_active=True)
    if staff is None:
        raise NotFound(LoyaltyErrorCode.STAFF_NOT_FOUND,
                       f"no staff member {staff_id} of the club's owner", field="staffId")
    async with in_transaction():
        row, made = await ClubStaff.get_or_create(club_id=club_id, staff_id=staff_id,
                                                  defaults={"role": role})
        if not made and row.role is ClubRole.OWNER:  # only an owner changes an owner's role
            await club_for(actor, club_id, ClubRole.OWNER)
        if not made and row.role is not role:
            row.role = role
            await row.save(update_fields=["role"])
    return row


async def remove_staff(actor: Identity, club_id: int, staff_id: int) -> None:
    """Take a staff member's role in the club away; safe to repeat."""
    await club_for(actor, club_id, ClubRole.MANAGER)
    row = await ClubStaff.get_or_none(club_id=club_id, staff_id=staff_id)
    if row is not None:
        if row.role is ClubRole.OWNER:
            await club_for(actor, club_id, ClubRole.OWNER)
        await row.delete()


async def staff_of(club_id: int) -> list[ClubStaff]:
    return await ClubStaff.filter(club_id=club_id).order_by("id").prefetch_related("staff")
