"""Sub-clubs and member groups: thin resolvers over `models.loyalty.sub_clubs` and
`models.loyalty.member_groups`. Reach and roles are the club's (`staff_roles.club_for`, which
lets an ancestor's staff reach a sub-club); out of reach reads as absent."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types.unset import UNSET

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.idempotency import key_argument
from api.ids import parse_id, required_id, to_id
from api.loyalty.clubs import (
    READERS,
    WRITERS,
    ClubResult,
    ClubSettingsInput,
    ClubSuccess,
    actor,
    settings_of,
)
from api.loyalty.clubs import club_type as club_answer
from api.loyalty.types import Club
from api.permissions import requires
from api.scalars import Long
from models.clock import now_or
from models.errors import NotAllowed, NotFound
from models.identity.idempotency import create_once
from models.loyalty import member_groups, sub_clubs
from models.loyalty.clubs import ClubSettings
from models.loyalty.member_groups import GroupChange
from models.loyalty.network_tables import MemberGroup as MemberGroupRow
from models.loyalty.network_tables import MemberGroupKind, MemberGroupStatus
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club as ClubRow

strawberry.enum(MemberGroupKind, description="What binds a member group: a family, or a "
                                             "company's staff.")
strawberry.enum(MemberGroupStatus, description="A closed group's credit pays nothing more.")


@strawberry.type(description="A member of a group, with what they spent of its credit this "
                             "month (the club's timezone).")
class MemberGroupMember:
    member_id: strawberry.ID
    card_number: str
    spent_this_month: Long


@strawberry.type(description="Members of a club sharing one group credit, each spending at "
                             "most the monthly limit of it.")
class MemberGroup:
    id: strawberry.ID
    club_id: strawberry.ID
    name: str
    kind: MemberGroupKind
    monthly_limit: Long | None = strawberry.field(description="Rials a member may spend of the "
                                                              "group credit per calendar "
                                                              "month; null: no limit.")
    status: MemberGroupStatus
    pool_rewards: bool = strawberry.field(description="Its members' club credit rewards "
                                                      "(club-wide, never expiring) fill the "
                                                      "group credit.")
    credit: Long = strawberry.field(description="What the group credit holds now, rials.")
    members: list[MemberGroupMember]
    created_at: datetime


async def group_type(row: MemberGroupRow) -> MemberGroup:
    return (await group_types([row]))[0]


async def group_types(rows: list[MemberGroupRow]) -> list[MemberGroup]:
    """The groups with their members and balances (a few queries for the whole list)."""
    if not rows:
        return []
    club_id = rows[0].club_id
    ids = [row.id for row in rows]
    members = await member_groups.members_of(club_id, ids)
    balances = await member_groups.balances(club_id, ids)
    spends = await member_groups.month_spends(await ClubRow.get(id=club_id), ids, now_or(None))
    found = []
    for row in rows:
        found.append(MemberGroup(
            id=to_id(row.id), club_id=to_id(row.club_id), name=row.name, kind=row.kind,
            monthly_limit=Long(row.monthly_limit) if row.monthly_limit is not None else None,
            status=row.status, pool_rewards=row.pool_rewards, credit=Long(balances[row.id]),
            members=[MemberGroupMember(member_id=to_id(m.id), card_number=m.card_number,
                                       spent_this_month=Long(spends.get((row.id, m.id), 0)))
                     for m in members[row.id]],
            created_at=row.created_at))
    return found


@strawberry.type
class MemberGroupSuccess:
    group: MemberGroup


MemberGroupResult = Annotated[MemberGroupSuccess | InvalidInput | NotFoundError | ConflictError
                              | NotAllowedError, strawberry.union("MemberGroupResult")]


@strawberry.input(description="A change of a member group: only the fields given change.")
class MemberGroupChangeInput:
    name: str | None = UNSET
    monthly_limit: Long | None = strawberry.field(default=UNSET,
                                                  description="Null: no limit.")
    status: MemberGroupStatus | None = UNSET
    pool_rewards: bool | None = UNSET


def change_of(given: MemberGroupChangeInput) -> GroupChange:
    values: dict[str, Any] = {}
    if given.name is not UNSET and given.name is not None:
        values["name"] = given.name
    if given.monthly_limit is not UNSET:
        values["monthly_limit"] = (int(given.monthly_limit) if given.monthly_limit is not None
                                   else None)
    if given.status is not UNSET and given.status is not None:
        values["status"] = given.status
    if given.pool_rewards is not UNSET and given.pool_rewards is not None:
        values["pool_rewards"] = given.pool_rewards
    return GroupChange(given=frozenset(values), **values)


@strawberry.type
class NetworkQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="The sub-clubs made directly under a club in reach.")
    async def sub_clubs(self, info: strawberry.Info[Context, None],
                        club_id: strawberry.ID) -> list[Club]:
        try:
            rows = await sub_clubs.sub_clubs(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        return [await club_answer(info, row) for row in rows]

    @strawberry.field(extensions=requires(**READERS),
                      description="A club's member groups, with their members and credit.")
    async def member_groups(self, info: strawberry.Info[Context, None],
                            club_id: strawberry.ID) -> list[MemberGroup]:
        try:
            club = await club_for(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        return await group_types(await member_groups.groups_of(club.id))

    @strawberry.field(extensions=requires(**READERS),
                      description="A member group of a club in reach; null otherwise.")
    async def member_group(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                           id: strawberry.ID) -> MemberGroup | None:
        try:
            club = await club_for(actor(info), required_id(club_id, "clubId"))
            row = await member_groups.group_of(club.id, required_id(id, "id"))
        except (NotFound, NotAllowed):
            return None
        return await group_type(row)


@strawberry.type
class NetworkMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Make a sub-club under a club (the platform's staff, or "
                                     "the parent's owner and managers); it inherits the "
                                     "parent's rules, categories and fee tariff.")
    async def create_sub_club(self, info: strawberry.Info[Context, None],
                              parent_id: strawberry.ID, settings: ClubSettingsInput,
                              owner_id: strawberry.ID | None = None,
                              idempotency_key: Annotated[str | None, key_argument()] = None,
                              ) -> ClubResult:
        chosen: ClubSettings = settings_of(settings)
        parent, owner, who = (required_id(parent_id, "parentId"), parse_id(owner_id, "ownerId"),
                              actor(info))
        row = await create_once(
            info.context.key_namespace, idempotency_key, "createSubClub",
            {"parent": parent, "owner": owner,
             "settings": {k: getattr(chosen, k) for k in sorted(chosen.given)}},
            lambda: sub_clubs.create_sub_club(who, parent, chosen, owner_id=owner), ClubRow)
        return ClubSuccess(club=await club_answer(info, row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="A new member group of a club (its owner and managers).")
    async def create_member_group(self, info: strawberry.Info[Context, None],
                                  club_id: strawberry.ID, name: str, kind: MemberGroupKind,
                                  monthly_limit: Long | None = None,
                                  pool_rewards: bool = False) -> MemberGroupResult:
        row = await member_groups.create_group(
            actor(info), required_id(club_id, "clubId"), name, kind,
            int(monthly_limit) if monthly_limit is not None else None,
            pool_rewards=pool_rewards)
        return MemberGroupSuccess(group=await group_type(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Rename a member group, change its monthly limit, close "
                                     "or reopen it.")
    async def update_member_group(self, info: strawberry.Info[Context, None],
                                  club_id: strawberry.ID, id: strawberry.ID,
                                  change: MemberGroupChangeInput) -> MemberGroupResult:
        row = await member_groups.update_group(actor(info), required_id(club_id, "clubId"),
                                               required_id(id, "id"), change_of(change))
        return MemberGroupSuccess(group=await group_type(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Put a member in a group (one group at a time); safe to "
                                     "repeat.")
    async def add_member_to_group(self, info: strawberry.Info[Context, None],
                                  club_id: strawberry.ID, group_id: strawberry.ID,
                                  member_id: strawberry.ID) -> MemberGroupResult:
        row = await member_groups.add_member(actor(info), required_id(club_id, "clubId"),
                                             required_id(group_id, "groupId"),
                                             required_id(member_id, "memberId"))
        return MemberGroupSuccess(group=await group_type(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Take a member out of a group; safe to repeat.")
    async def remove_member_from_group(self, info: strawberry.Info[Context, None],
                                       club_id: strawberry.ID, group_id: strawberry.ID,
                                       member_id: strawberry.ID) -> MemberGroupResult:
        row = await member_groups.remove_member(actor(info), required_id(club_id, "clubId"),
                                                required_id(group_id, "groupId"),
                                                required_id(member_id, "memberId"))
        return MemberGroupSuccess(group=await group_type(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Give a member group club credit from the club's rewards "
                                     "funding, once per key.")
    async def grant_group_credit(self, info: strawberry.Info[Context, None],
                                 club_id: strawberry.ID, group_id: strawberry.ID, amount: Long,
                                 key: str) -> MemberGroupResult:
        club, group = required_id(club_id, "clubId"), required_id(group_id, "groupId")
        await member_groups.grant_group_credit(actor(info), club, group, int(amount), key)
        return MemberGroupSuccess(group=await group_type(
            await member_groups.group_of(club, group)))
