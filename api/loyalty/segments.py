"""A club's segments of members and a member's statistics: thin resolvers over
`models.loyalty.segments`. The club's viewers read (sizes, members, figures); its managers and
owners create, change and archive."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.ids import parse_id, required_id, to_id
from api.loyalty.clubs import READERS, WRITERS, actor
from api.loyalty.errors import InvalidSegmentError
from api.loyalty.types import Member
from api.permissions import requires
from api.scalars import JSON, Long
from models.clock import now_or
from models.errors import NotAllowed, NotFound
from models.loyalty import members, segments
from models.loyalty.segment_tables import Segment as SegmentRow
from models.loyalty.segment_tables import SegmentStatus
from models.loyalty.tables import Club
from models.loyalty.tables import Member as MemberRow

MAX_MEMBERS_PAGE = 200

DEFINITION_HELP = (
    "Typed JSON: {all: [...]} or {any: [...]} of clauses {field, op, value} and groups (3 deep, "
    "50 clauses). Fields: days_since_last_purchase, purchases_|spend_|points_earned_ 30, 90, "
    "365 or lifetime, enrolled_days (gte, lte, between [low, high]: integers); enrolled_before, "
    "enrolled_after (is: an ISO date of the club's calendar); tier, member_group (in, not_in: "
    "ids); never_purchased (is: true or false). {} holds every member.")

strawberry.enum(SegmentStatus, description="An archived segment holds no one.")


@strawberry.type(description="A club's saved filter over its members' statistics, enrolment, "
                             "tier and group; sizes as of now.")
class Segment:
    id: strawberry.ID
    club_id: strawberry.ID
    name: str
    definition: JSON
    status: SegmentStatus
    size: int = strawberry.field(description="How many members it holds now.")
    active_members: int = strawberry.field(
        description="How many of them purchased in the last 30 days of the club's calendar.")
    created_at: datetime
    updated_at: datetime
    club: strawberry.Private[Club]

    @classmethod
    def of(cls, club: Club, row: SegmentRow, size: segments.SegmentSize) -> Segment:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), name=row.name,
                   definition=JSON(row.definition), status=row.status, size=size.members,
                   active_members=size.active, created_at=row.created_at,
                   updated_at=row.updated_at, club=club)

    @strawberry.field(description="The segment's members now, in id order (keyset: those "
                                  "after the id `after`, at most `first`, 1 to 200).")
    async def members(self, first: int = 50,
                      after: strawberry.ID | None = None) -> list[Member]:
        ids = await segments.segment_member_ids(
            self.club.id, int(self.id), now_or(None), after=parse_id(after, "after"),
            first=max(1, min(first, MAX_MEMBERS_PAGE)))
        rows = {row.id: row for row in await MemberRow.filter(
            club_id=self.club.id, id__in=ids).prefetch_related("customer__person")}
        return [Member.from_row(rows[member_id]) for member_id in ids]


async def _segments_of(club: Club, rows: list[SegmentRow]) -> list[Segment]:
    sizes = await segments.segment_sizes(club, rows, now_or(None))
    return [Segment.of(club, row, sizes[row.id]) for row in rows]


@strawberry.type(description="A member's figures over a window of the club's calendar (null "
                             "days: lifetime), net of returns.")
class StatsWindow:
    days: int | None
    purchases: int
    spend: Long
    points_earned: Long = strawberry.field(description="Points the purchases earned (not the "
                                                       "balance).")


@strawberry.type(description="A member's purchase statistics in their club, kept exact as "
                             "purchases and returns commit.")
class MemberStats:
    member_id: strawberry.ID
    first_purchase_at: datetime | None
    last_purchase_at: datetime | None
    days_since_last_purchase: int | None
    windows: list[StatsWindow] = strawberry.field(description="30, 90, 365 days, lifetime.")
    segment_ids: list[strawberry.ID] = strawberry.field(
        description="The club's active segments the member is in now.")

    @classmethod
    def of(cls, found: segments.MemberStanding) -> MemberStats:
        figures = found.figures
        return cls(member_id=to_id(found.member.id),
                   first_purchase_at=figures.first_purchase_at,
                   last_purchase_at=figures.last_purchase_at,
                   days_since_last_purchase=found.days_since_last_purchase,
                   windows=[StatsWindow(days=w.days, purchases=w.purchases, spend=Long(w.spend),
                                        points_earned=Long(w.points_earned))
                            for w in figures.windows],
                   segment_ids=[to_id(i) for i in sorted(found.segment_ids)])


@strawberry.type(description="A segment's members and active members (purchased in the last "
                             "30 days) on the club's dashboard.")
class SegmentActivity:
    segment_id: strawberry.ID
    name: str
    members: int
    active_members: int


async def segment_activity(club_id: int) -> list[SegmentActivity]:
    """The club's dashboard's active members per segment (the club is in the caller's reach)."""
    club = await Club.get(id=club_id)
    return [SegmentActivity(segment_id=to_id(row.id), name=row.name, members=size.members,
                            active_members=size.active)
            for row, size in await segments.active_segment_sizes(club, now_or(None))]


@strawberry.type
class SegmentSuccess:
    segment: Segment


SegmentResult = Annotated[SegmentSuccess | InvalidSegmentError | InvalidInput | NotFoundError
                          | ConflictError | NotAllowedError, strawberry.union("SegmentResult")]


async def _success(club_id: int, row: SegmentRow) -> SegmentSuccess:
    club = await Club.get(id=club_id)
    return SegmentSuccess(segment=(await _segments_of(club, [row]))[0])


@strawberry.type
class SegmentQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="A club's segments by name, with their sizes now.")
    async def segments(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                       status: SegmentStatus | None = None) -> list[Segment]:
        try:
            club, rows = await segments.segments_as(actor(info), required_id(club_id, "clubId"),
                                                    status)
        except (NotFound, NotAllowed):
            return []
        return await _segments_of(club, rows)

    @strawberry.field(extensions=requires(**READERS),
                      description="A segment of a club in reach, with its members; null "
                                  "otherwise.")
    async def segment(self, info: strawberry.Info[Context, None],
                      id: strawberry.ID) -> Segment | None:
        try:
            club, row = await segments.segment_as(actor(info), required_id(id, "id"))
        except NotFound:
            return None
        return (await _segments_of(club, [row]))[0]

    @strawberry.field(extensions=requires(**READERS),
                      description="A member's purchase statistics in their club (club staff); "
                                  "null out of reach.")
    async def member_stats(self, info: strawberry.Info[Context, None],
                           member_id: strawberry.ID) -> MemberStats | None:
        try:
            member = await members.member_for(actor(info), required_id(member_id, "memberId"))
        except NotFound:
            return None
        club = await Club.get(id=member.club_id)
        return MemberStats.of(await segments.member_standing(club, member, now_or(None)))


@strawberry.type
class SegmentMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="A new segment of a club (its owner or managers). "
                                     + DEFINITION_HELP)
    async def create_segment(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                             name: str, definition: JSON) -> SegmentResult:
        row = await segments.create_segment_as(actor(info), required_id(club_id, "clubId"),
                                               name, definition)
        return await _success(row.club_id, row)

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Rename or redefine a segment (null: unchanged); the "
                                     "rules that name it read it from the next purchase.")
    async def update_segment(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                             name: str | None = None,
                             definition: JSON | None = None) -> SegmentResult:
        row = await segments.update_segment_as(actor(info), required_id(id, "id"), name=name,
                                               definition=definition)
        return await _success(row.club_id, row)

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Archive a segment: it holds no one from now on (a rule "
                                     "naming it holds for no one in it); safe to repeat.")
    async def archive_segment(self, info: strawberry.Info[Context, None],
                              id: strawberry.ID) -> SegmentResult:
        row = await segments.archive_segment_as(actor(info), required_id(id, "id"))
        return await _success(row.club_id, row)

