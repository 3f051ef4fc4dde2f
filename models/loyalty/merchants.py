"""Merchants (acceptors: partners of kind `merchant`) in clubs, under each club's terms; the
clubs' merchant groups; the merchants' branches.

A merchant joins a club under terms of its own there: its merchant category, the Sheba its
share is settled to, the marketer who brought it in and the split of each purchase
(`models.loyalty.terms`). The club's owner and managers run this; a suspended merchant takes no
purchases and enrols no members until it is resumed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.numbers import normalise_sheba
from models.identity.tables import Partner, PartnerKind
from models.loyalty.clubs import category_of, clean_name
from models.loyalty.codes import CategoryKind, ClubRole, MerchantStatus
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.staff_roles import club_for, may, reachable_club_ids, role_in
from models.loyalty.tables import (
    Branch,
    Club,
    ClubMerchant,
    MerchantGroup,
    MerchantGroupMember,
)
from models.loyalty.terms import check_split_terms


def merchant_absent(merchant_id: int) -> NotFound:
    return NotFound(LoyaltyErrorCode.MERCHANT_NOT_FOUND, f"no merchant {merchant_id}",
                    field="merchantId")


@dataclass(slots=True, frozen=True)
class MerchantTerms:
    """A merchant's terms in a club; on a change, only the fields named in `given`."""

    given: frozenset[str]
    category_id: int | None = None
    settlement_sheba: str | None = None
    marketer_id: int | None = None
    split_terms: Sequence[Any] = field(default_factory=list)


async def _apply(row: ClubMerchant, terms: MerchantTerms) -> None:
    given = terms.given
    if "category_id" in given:
        row.category_id = None if terms.category_id is None else (
            await category_of(row.club_id, terms.category_id, CategoryKind.MERCHANT)).id
    if "settlement_sheba" in given:
        row.settlement_sheba = (normalise_sheba(terms.settlement_sheba)
                                if terms.settlement_sheba else None)
    if "marketer_id" in given:
        if terms.marketer_id is not None and not await Partner.exists(
                id=terms.marketer_id, kind=PartnerKind.MARKETER, is_active=True):
            raise NotFound(LoyaltyErrorCode.MARKETER_NOT_FOUND,
                           f"no marketer {terms.marketer_id}", field="marketerId")
        row.marketer_id = terms.marketer_id
    if "split_terms" in given:
        row.split_terms = check_split_terms(terms.split_terms)


async def add_merchant(actor: Identity, club_id: int, merchant_id: int,
                       terms: MerchantTerms) -> ClubMerchant:
    """The merchant `merchant_id` joins the club under `terms`."""
    await club_for(actor, club_id, ClubRole.MANAGER)
    merchant = await Partner.get_or_none(id=merchant_id, is_active=True)
    if merchant is None:
        raise merchant_absent(merchant_id)
    if merchant.kind is not PartnerKind.MERCHANT:
        raise ValidationFailed(LoyaltyErrorCode.NOT_A_MERCHANT,
                               "a partner of kind merchant is required", field="merchantId")
    row = ClubMerchant(club_id=club_id, merchant_id=merchant_id)
    await _apply(row, terms)
    try:
        async with in_transaction():
            await row.save()
    except IntegrityError:
        raise Conflict(LoyaltyErrorCode.MERCHANT_EXISTS, "the merchant is in the club already",
                       field="merchantId") from None
    return row


async def club_merchant(club_id: int, merchant_id: int) -> ClubMerchant:
    row = await ClubMerchant.get_or_none(club_id=club_id, merchant_id=merchant_id)
    if row is None:
        raise merchant_absent(merchant_id)
    return row


async def update_terms(actor: Identity, club_id: int, merchant_id: int,
                       terms: MerchantTerms) -> ClubMerchant:
    await club_for(actor, club_id, ClubRole.MANAGER)
    async with in_transaction():
        row = await ClubMerchant.select_for_update().get_or_none(club_id=club_id,
                                                                merchant_id=merchant_id)
        if row is None:
            raise merchant_absent(merchant_id)
        await _apply(row, terms)
        await row.save()
    return row


async def set_status(actor: Identity, club_id: int, merchant_id: int,
                     status: MerchantStatus) -> ClubMerchant:
    """Suspend or resume a merchant in a club; safe to repeat."""
    await club_for(actor, club_id, ClubRole.MANAGER)
    row = await club_merchant(club_id, merchant_id)
    if row.status is not status:
        row.status = status
        await row.save(update_fields=["status"])
    return row


async def active_merchant(club_id: int, merchant_id: int) -> ClubMerchant:
    """The merchant's terms in the club, if it is an active merchant there: a merchant not in
    the club is `merchant_not_found`, a suspended one `merchant_suspended`."""
    row = await club_merchant(club_id, merchant_id)
    if row.status is not MerchantStatus.ACTIVE:
        raise NotAllowed(LoyaltyErrorCode.MERCHANT_SUSPENDED,
                         "the merchant is suspended in this club", field="merchantId")
    return row


async def merchants_of(club_id: int, status: MerchantStatus | None = None) -> list[ClubMerchant]:
    query = ClubMerchant.filter(club_id=club_id)
    if status is not None:
        query = query.filter(status=status)
    return await query.order_by("id").prefetch_related("merchant")


# Groups


async def create_group(actor: Identity, club_id: int, name: str) -> MerchantGroup:
    await club_for(actor, club_id, ClubRole.MANAGER)
    name = clean_name(name, longest=100)
    try:
        async with in_transaction():
            return await MerchantGroup.create(club_id=club_id, name=name)
    except IntegrityError:
        raise Conflict(LoyaltyErrorCode.GROUP_EXISTS, "the club has a group of this name",
                       field="name") from None


async def group_of(club_id: int, group_id: int) -> MerchantGroup:
    group = await MerchantGroup.get_or_none(club_id=club_id, id=group_id)
    if group is None:
        raise NotFound(LoyaltyErrorCode.GROUP_NOT_FOUND, f"no group {group_id}", field="groupId")
    return group


async def add_to_group(actor: Identity, club_id: int, group_id: int,
                       merchant_id: int) -> MerchantGroup:
    """Put a merchant of the club in one of its groups; safe to repeat."""
    await club_for(actor, club_id, ClubRole.MANAGER)
    group = await group_of(club_id, group_id)
    await club_merchant(club_id, merchant_id)
    await MerchantGroupMember.get_or_create(club_id=club_id, group_id=group.id,
                                            merchant_id=merchant_id)
    return group


async def remove_from_group(actor: Identity, club_id: int, group_id: int,
                            merchant_id: int) -> MerchantGroup:
    await club_for(actor, club_id, ClubRole.MANAGER)
    group = await group_of(club_id, group_id)
    await MerchantGroupMember.filter(club_id=club_id, group_id=group.id,
                                     merchant_id=merchant_id).delete()
    return group


async def groups_of(club_id: int) -> list[MerchantGroup]:
    return await MerchantGroup.filter(club_id=club_id).order_by("name")


async def group_members(club_id: int, group_ids: Sequence[int]) -> dict[int, list[int]]:
    """The merchants (partner ids) of each group, by group id."""
    found: dict[int, list[int]] = {group_id: [] for group_id in group_ids}
    for row in await MerchantGroupMember.filter(club_id=club_id, group_id__in=list(group_ids)) \
            .order_by("merchant_id"):
        found[row.group_id].append(row.merchant_id)
    return found


async def groups_of_merchant(club_id: int, merchant_id: int) -> list[int]:
    """The ids of the club's groups the merchant is in (what a rule's condition reads)."""
    return list(await MerchantGroupMember.filter(  # type: ignore[arg-type]  # values_list of one column
        club_id=club_id, merchant_id=merchant_id).values_list("group_id", flat=True))


# The merchant itself: its branches (and, in models.loyalty.terminals, its terminals)


async def reaches_merchant(actor: Identity, merchant_id: int,
                           need: ClubRole = ClubRole.MANAGER) -> Partner:
    """The merchant, if `actor` may run its branches and terminals: the platform's staff, the
    merchant's own staff, or a club's staff with the role `need` in a club the merchant is in.
    Anything else: `merchant_not_found`."""
    merchant = await Partner.get_or_none(id=merchant_id, kind=PartnerKind.MERCHANT)
    if merchant is None:
        raise merchant_absent(merchant_id)
    if actor.kind is CallerKind.STAFF or (actor.kind is CallerKind.PARTNER_STAFF
                                          and actor.partner_id == merchant_id):
        return merchant
    club_ids = await reachable_club_ids(actor)
    if actor.kind is CallerKind.PARTNER_STAFF and club_ids:
        joined = await ClubMerchant.filter(merchant_id=merchant_id, club_id__in=club_ids) \
            .values_list("club_id", flat=True)
        for club in await Club.filter(id__in=list(joined)):
            if may(await role_in(actor, club), need):
                return merchant
    raise merchant_absent(merchant_id)


async def create_branch(actor: Identity, merchant_id: int, name: str,
                        address: str = "") -> Branch:
    await reaches_merchant(actor, merchant_id)
    return await Branch.create(merchant_id=merchant_id, name=clean_name(name),
                               address=address.strip()[:500])


async def branch_of(merchant_id: int, branch_id: int) -> Branch:
    branch = await Branch.get_or_none(merchant_id=merchant_id, id=branch_id)
    if branch is None:
        raise NotFound(LoyaltyErrorCode.BRANCH_NOT_FOUND, f"no branch {branch_id}",
                       field="branchId")
    return branch


async def branches_of(merchant_id: int) -> list[Branch]:
    return await Branch.filter(merchant_id=merchant_id).order_by("id")
