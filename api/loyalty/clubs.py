"""Clubs, their settings, categories and staff roles: thin resolvers over
`models.loyalty.clubs`. Reach and roles are the club's (`models.loyalty.staff_roles`)."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry.types.unset import UNSET

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.idempotency import key_field
from api.ids import parse_id, required_id
from api.loyalty.types import Category, Club, ClubStaff
from api.permissions import ALL_STAFF, MANAGERS, MOVERS, requires
from api.scalars import JSON
from models.errors import NotAllowed, NotFound
from models.identity.callers import Identity
from models.identity.idempotency import create_once
from models.loyalty import clubs
from models.loyalty.clubs import ClubSettings
from models.loyalty.codes import CategoryKind, ClubRole, RewardKind
from models.loyalty.staff_roles import club_for, role_in
from models.loyalty.tables import Club as ClubRow

# Who may call club operations at all; each club's role then decides (club_not_found outside).
READERS: dict[str, Any] = {"staff": ALL_STAFF, "partner_staff": ALL_STAFF}
WRITERS: dict[str, Any] = {"staff": MOVERS, "partner_staff": ALL_STAFF}


def actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # every field's rule admits only signed-in callers
    return identity


async def club_type(info: strawberry.Info[Context, None], row: ClubRow) -> Club:
    return Club.from_row(row, await role_in(actor(info), row))


@strawberry.input(description="A club's settings; on an update only the fields given change.")
class ClubSettingsInput:
    name: str | None = UNSET
    timezone: str | None = strawberry.field(default=UNSET,
                                            description="IANA name; Asia/Tehran by default.")
    rewards: list[RewardKind] | None = UNSET
    settlement_sheba: str | None = strawberry.field(default=UNSET,
                                                    description="IR and 24 digits; null "
                                                                "clears it.")
    point_value: int | None = UNSET
    allow_negative_points: bool | None = UNSET
    split_terms: JSON | None = strawberry.field(
        default=UNSET, description="Default shares: [{beneficiary, partner_id, sheba, "
                                   "percent_bp | amount, as_credit}].")
    active: bool | None = UNSET


def settings_of(given: ClubSettingsInput) -> ClubSettings:
    values: dict[str, Any] = {}
    for name, attr in (("name", "name"), ("timezone", "timezone"), ("rewards", "rewards"),
                       ("settlement_sheba", "settlement_sheba"), ("point_value", "point_value"),
                       ("allow_negative_points", "allow_negative_points"),
                       ("split_terms", "split_terms"), ("is_active", "active")):
        value = getattr(given, attr)
        if value is not UNSET and (value is not None or name == "settlement_sheba"):
            values[name] = [r.value for r in value] if name == "rewards" else value
    return ClubSettings(given=frozenset(values), **values)


@strawberry.input(description="A new club.")
class CreateClubInput:
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="The club owner (a partner of kind club_owner); a partner's "
                                  "staff create their own partner's.")
    settings: ClubSettingsInput
    idempotency_key: str | None = key_field()


@strawberry.type
class ClubSuccess:
    club: Club


@strawberry.type
class CategorySuccess:
    category: Category


@strawberry.type
class ClubStaffSuccess:
    staff: list[ClubStaff]


ClubResult = Annotated[ClubSuccess | InvalidInput | NotFoundError | ConflictError
                       | NotAllowedError, strawberry.union("ClubResult")]
CategoryResult = Annotated[CategorySuccess | InvalidInput | NotFoundError | ConflictError
                           | NotAllowedError, strawberry.union("CategoryResult")]
ClubStaffResult = Annotated[ClubStaffSuccess | InvalidInput | NotFoundError | NotAllowedError,
                            strawberry.union("ClubStaffResult")]


@strawberry.type
class ClubQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="The clubs in the caller's reach, in id order.")
    async def clubs(self, info: strawberry.Info[Context, None], first: int = 100,
                    after: strawberry.ID | None = None,
                    owner_id: strawberry.ID | None = None) -> list[Club]:
        rows = await clubs.clubs_page(actor(info), limit=max(1, min(first, 500)),
                                      after_id=parse_id(after, "after"),
                                      owner_id=parse_id(owner_id, "ownerId"))
        return [await club_type(info, r) for r in rows]

    @strawberry.field(extensions=requires(**READERS),
                      description="A club in the caller's reach; null otherwise.")
    async def club(self, info: strawberry.Info[Context, None], id: strawberry.ID) -> Club | None:
        club_id = required_id(id, "id")
        try:
            row = await club_for(actor(info), club_id)
        except NotFound:
            return None
        return await club_type(info, row)

    @strawberry.field(extensions=requires(**READERS), description="A club's categories.")
    async def club_categories(self, info: strawberry.Info[Context, None],
                              club_id: strawberry.ID,
                              kind: CategoryKind | None = None) -> list[Category]:
        club = await _reached(info, club_id)
        if club is None:
            return []
        return [Category.from_row(r) for r in await clubs.categories(club.id, kind)]

    @strawberry.field(extensions=requires(**READERS),
                      description="The staff members with a role in a club.")
    async def club_staff(self, info: strawberry.Info[Context, None],
                         club_id: strawberry.ID) -> list[ClubStaff]:
        club = await _reached(info, club_id)
        if club is None:
            return []
        return [ClubStaff.from_row(r) for r in await clubs.staff_of(club.id)]


async def _reached(info: strawberry.Info[Context, None], club_id: strawberry.ID,
                   need: ClubRole = ClubRole.VIEWER) -> ClubRow | None:
    """The club if in reach with `need`; None (an empty list) otherwise."""
    try:
        return await club_for(actor(info), required_id(club_id, "clubId"), need)
    except (NotFound, NotAllowed):
        return None


@strawberry.type
class ClubMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Create a club of a club owner.")
    async def create_club(self, info: strawberry.Info[Context, None],
                          input: CreateClubInput) -> ClubResult:
        owner_id = parse_id(input.owner_id, "ownerId")
        settings = settings_of(input.settings)
        who = actor(info)
        row = await create_once(
            info.context.key_namespace, input.idempotency_key, "createClub",
            {"owner": owner_id, "settings": {k: getattr(settings, k) for k in
                                             sorted(settings.given)}},
            lambda: clubs.create_club(who, owner_id, settings), ClubRow)
        return ClubSuccess(club=await club_type(info, row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Change a club's settings (its owner and managers).")
    async def update_club(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                          settings: ClubSettingsInput) -> ClubResult:
        row = await clubs.update_club(actor(info), required_id(id, "id"), settings_of(settings))
        return ClubSuccess(club=await club_type(info, row))

    @strawberry.mutation(extensions=requires(staff=MANAGERS, partner_staff=ALL_STAFF),
                         description="Approve the platform's fee per purchase for a club "
                                     "(the platform's managers only).")
    async def set_club_fee_tariff(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                                  fee_percent_bp: int, fee_amount: int) -> ClubResult:
        row = await clubs.set_fee_tariff(actor(info), required_id(id, "id"),
                                         percent_bp=fee_percent_bp, amount=fee_amount)
        return ClubSuccess(club=await club_type(info, row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Add a category of merchants or of services to a club.")
    async def add_club_category(self, info: strawberry.Info[Context, None],
                                club_id: strawberry.ID, kind: CategoryKind, code: str,
                                name: str, name_en: str = "") -> CategoryResult:
        row = await clubs.add_category(actor(info), required_id(club_id, "clubId"), kind, code,
                                       name, name_en)
        return CategorySuccess(category=Category.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS), description="Rename a category.")
    async def rename_club_category(self, info: strawberry.Info[Context, None],
                                   club_id: strawberry.ID, id: strawberry.ID, name: str,
                                   name_en: str = "") -> CategoryResult:
        row = await clubs.rename_category(actor(info), required_id(club_id, "clubId"),
                                          required_id(id, "id"), name, name_en)
        return CategorySuccess(category=Category.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Give a staff member of the club's owner a role in the "
                                     "club (or change it).")
    async def set_club_staff_role(self, info: strawberry.Info[Context, None],
                                  club_id: strawberry.ID, staff_id: strawberry.ID,
                                  role: ClubRole) -> ClubStaffResult:
        club = required_id(club_id, "clubId")
        await clubs.set_staff_role(actor(info), club, required_id(staff_id, "staffId"), role)
        return ClubStaffSuccess(staff=[ClubStaff.from_row(r) for r in await clubs.staff_of(club)])

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Take a staff member's role in a club away.")
    async def remove_club_staff(self, info: strawberry.Info[Context, None],
                                club_id: strawberry.ID,
                                staff_id: strawberry.ID) -> ClubStaffResult:
        club = required_id(club_id, "clubId")
        await clubs.remove_staff(actor(info), club, required_id(staff_id, "staffId"))
        return ClubStaffSuccess(staff=[ClubStaff.from_row(r) for r in await clubs.staff_of(club)])
