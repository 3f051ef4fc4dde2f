"""Merchants in clubs (their terms, suspension), the clubs' merchant groups and the merchants'
branches: thin resolvers over `models.loyalty.merchants`."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry.types.unset import UNSET

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.ids import required_id
from api.loyalty.clubs import READERS, WRITERS, actor
from api.loyalty.types import Branch, ClubMerchant, MerchantGroup
from api.permissions import requires
from api.scalars import JSON
from models.errors import NotAllowed, NotFound
from models.loyalty import merchants
from models.loyalty.codes import MerchantStatus
from models.loyalty.merchants import MerchantTerms
from models.loyalty.staff_roles import club_for


@strawberry.input(description="A merchant's terms in a club; on a change only the fields given.")
class MerchantTermsInput:
    category_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="A merchant category of the club; null clears it.")
    settlement_sheba: str | None = strawberry.field(default=UNSET,
                                                    description="IR and 24 digits.")
    marketer_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="The partner (kind marketer) who brought it in.")
    split_terms: JSON | None = strawberry.field(
        default=UNSET, description="[{beneficiary: merchant | marketer | merchant_marketer | "
                                   "club_owner, partner_id, sheba, percent_bp | amount, "
                                   "as_credit}]: exactly one of percent_bp (hundredths of a "
                                   "percent, at most 10000 in all) and amount (rials).")


def terms_of(given: MerchantTermsInput | None) -> MerchantTerms:
    if given is None:
        return MerchantTerms(given=frozenset())
    values: dict[str, Any] = {}
    if given.category_id is not UNSET:
        values["category_id"] = (None if given.category_id is None
                                 else required_id(given.category_id, "categoryId"))
    if given.settlement_sheba is not UNSET:
        values["settlement_sheba"] = given.settlement_sheba
    if given.marketer_id is not UNSET:
        values["marketer_id"] = (None if given.marketer_id is None
                                 else required_id(given.marketer_id, "marketerId"))
    if given.split_terms is not UNSET:
        values["split_terms"] = given.split_terms if given.split_terms is not None else []
    return MerchantTerms(given=frozenset(values), **values)


@strawberry.type
class ClubMerchantSuccess:
    merchant: ClubMerchant


@strawberry.type
class MerchantGroupSuccess:
    group: MerchantGroup


@strawberry.type
class BranchSuccess:
    branch: Branch


ClubMerchantResult = Annotated[ClubMerchantSuccess | InvalidInput | NotFoundError
                               | ConflictError | NotAllowedError,
                               strawberry.union("ClubMerchantResult")]
MerchantGroupResult = Annotated[MerchantGroupSuccess | InvalidInput | NotFoundError
                                | ConflictError | NotAllowedError,
                                strawberry.union("MerchantGroupResult")]
BranchResult = Annotated[BranchSuccess | InvalidInput | NotFoundError,
                         strawberry.union("BranchResult")]


async def _merchant_type(club_id: int, merchant_id: int) -> ClubMerchant:
    row = await merchants.club_merchant(club_id, merchant_id)
    await row.fetch_related("merchant")
    return ClubMerchant.from_row(row)


async def _group_type(club_id: int, group_id: int) -> MerchantGroup:
    group = await merchants.group_of(club_id, group_id)
    members = await merchants.group_members(club_id, [group.id])
    return MerchantGroup.from_row(group, members[group.id])


@strawberry.type
class MerchantQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="The merchants of a club in the caller's reach.")
    async def club_merchants(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                             status: MerchantStatus | None = None) -> list[ClubMerchant]:
        try:
            club = await club_for(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        return [ClubMerchant.from_row(r) for r in await merchants.merchants_of(club.id, status)]

    @strawberry.field(extensions=requires(**READERS), description="A club's merchant groups.")
    async def merchant_groups(self, info: strawberry.Info[Context, None],
                              club_id: strawberry.ID) -> list[MerchantGroup]:
        try:
            club = await club_for(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        groups = await merchants.groups_of(club.id)
        members = await merchants.group_members(club.id, [g.id for g in groups])
        return [MerchantGroup.from_row(g, members[g.id]) for g in groups]

    @strawberry.field(extensions=requires(**READERS), description="A merchant's branches.")
    async def branches(self, info: strawberry.Info[Context, None],
                       merchant_id: strawberry.ID) -> list[Branch]:
        merchant = required_id(merchant_id, "merchantId")
        try:
            await merchants.reaches_merchant(actor(info), merchant)
        except NotFound:
            return []
        return [Branch.from_row(b) for b in await merchants.branches_of(merchant)]


@strawberry.type
class MerchantMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="A merchant (a partner of kind merchant) joins a club "
                                     "under terms.")
    async def add_club_merchant(self, info: strawberry.Info[Context, None],
                                club_id: strawberry.ID, merchant_id: strawberry.ID,
                                terms: MerchantTermsInput | None = None) -> ClubMerchantResult:
        row = await merchants.add_merchant(actor(info), required_id(club_id, "clubId"),
                                           required_id(merchant_id, "merchantId"),
                                           terms_of(terms))
        return ClubMerchantSuccess(merchant=await _merchant_type(row.club_id, row.merchant_id))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Change a merchant's terms in a club.")
    async def update_club_merchant(self, info: strawberry.Info[Context, None],
                                   club_id: strawberry.ID, merchant_id: strawberry.ID,
                                   terms: MerchantTermsInput) -> ClubMerchantResult:
        row = await merchants.update_terms(actor(info), required_id(club_id, "clubId"),
                                           required_id(merchant_id, "merchantId"),
                                           terms_of(terms))
        return ClubMerchantSuccess(merchant=await _merchant_type(row.club_id, row.merchant_id))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Suspend a merchant in a club, or resume it.")
    async def set_club_merchant_status(self, info: strawberry.Info[Context, None],
                                       club_id: strawberry.ID, merchant_id: strawberry.ID,
                                       status: MerchantStatus) -> ClubMerchantResult:
        row = await merchants.set_status(actor(info), required_id(club_id, "clubId"),
                                         required_id(merchant_id, "merchantId"), status)
        return ClubMerchantSuccess(merchant=await _merchant_type(row.club_id, row.merchant_id))

    @strawberry.mutation(extensions=requires(**WRITERS), description="A new merchant group.")
    async def create_merchant_group(self, info: strawberry.Info[Context, None],
                                    club_id: strawberry.ID, name: str) -> MerchantGroupResult:
        row = await merchants.create_group(actor(info), required_id(club_id, "clubId"), name)
        return MerchantGroupSuccess(group=MerchantGroup.from_row(row, []))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Put a merchant of the club in a group; safe to repeat.")
    async def add_to_merchant_group(self, info: strawberry.Info[Context, None],
                                    club_id: strawberry.ID, group_id: strawberry.ID,
                                    merchant_id: strawberry.ID) -> MerchantGroupResult:
        club = required_id(club_id, "clubId")
        group = await merchants.add_to_group(actor(info), club, required_id(group_id, "groupId"),
                                             required_id(merchant_id, "merchantId"))
        return MerchantGroupSuccess(group=await _group_type(club, group.id))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Take a merchant out of a group; safe to repeat.")
    async def remove_from_merchant_group(self, info: strawberry.Info[Context, None],
                                         club_id: strawberry.ID, group_id: strawberry.ID,
                                         merchant_id: strawberry.ID) -> MerchantGroupResult:
        club = required_id(club_id, "clubId")
        group = await merchants.remove_from_group(actor(info), club,
                                                  required_id(group_id, "groupId"),
                                                  required_id(merchant_id, "merchantId"))
        return MerchantGroupSuccess(group=await _group_type(club, group.id))

    @strawberry.mutation(extensions=requires(**WRITERS), description="A merchant's new branch.")
    async def create_branch(self, info: strawberry.Info[Context, None],
                            merchant_id: strawberry.ID, name: str,
                            address: str = "") -> BranchResult:
        row = await merchants.create_branch(actor(info), required_id(merchant_id, "merchantId"),
                                            name, address)
        return BranchSuccess(branch=Branch.from_row(row))
