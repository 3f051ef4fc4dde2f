"""What a member holds, for the callers of `member(id)` (the club's staff in reach, the person
themselves): credit by lot with its kind, scope and expiry, points, entries and what they owe
after returns. A thin resolver over `models.loyalty.member_view`, the member's own view.

A root field rather than a field of `Member`: `api.loyalty.types` (core's) is read by the rules'
and purchases' types, so it may not import the purchases' `MemberLot` back (no import circles)."""

from __future__ import annotations

import strawberry

from api.context import Context
from api.ids import required_id, to_id
from api.loyalty.clubs import READERS, actor
from api.loyalty.purchase_types import MemberLot
from api.permissions import requires
from api.scalars import Long
from models.errors import NotFound
from models.loyalty.member_view import MembershipView, membership_view
from models.loyalty.members import member_for


@strawberry.type(description="What a member holds in their club: credit by lot (its kind, "
                             "where it may be spent, until when), points and entries, and what "
                             "they owe after returns.")
class MemberHoldings:
    member_id: strawberry.ID
    credit: Long = strawberry.field(description="Rials of credit in unexpired lots.")
    points: Long = strawberry.field(description="Negative when the club allows it and points "
                                                "are owed after a return.")
    entries: Long
    points_owed: Long
    credit_owed: Long = strawberry.field(description="Rials owed after returns.")
    lots: list[MemberLot] = strawberry.field(description="Every lot, soonest expiring first "
                                                         "(never expiring last), expired ones "
                                                         "too.")

    @classmethod
    def of(cls, v: MembershipView) -> MemberHoldings:
        return cls(member_id=to_id(v.member_id), credit=Long(v.credit),
                   points=Long(v.points), entries=Long(v.entries),
                   points_owed=Long(v.owed.get("POINT", 0)),
                   credit_owed=Long(v.owed.get("IRR", 0)),
                   lots=[MemberLot.of(lot) for lot in v.lots])


@strawberry.type
class HoldingsQuery:
    @strawberry.field(extensions=requires(**READERS, customer=True),
                      description="What a member of a club in reach holds (a person: their "
                                  "own), as `member(id)` reaches them; null otherwise. One "
                                  "member at a time: a few queries each.")
    async def member_holdings(self, info: strawberry.Info[Context, None],
                              member_id: strawberry.ID) -> MemberHoldings | None:
        try:
            row = await member_for(actor(info), required_id(member_id, "memberId"))
        except NotFound:
            return None
        return MemberHoldings.of(await membership_view(row))
