"""A club's lottery draws in GraphQL: creating (the commitment published), cancelling and running
one, a club's draws, and what a draw publishes so anyone can compute its winners again
(`drawPublication`: the commitment, the seed once drawn, the snapshot of entries and the
winners; members by id and masked club card, never a mobile). Thin resolvers over
`models.loyalty.draws`; reading needs any club role, changing the owner or a manager (or the
platform's staff). Out of reach reads as absent: null, an empty list, `draw_not_found`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.idempotency import key_field
from api.ids import optional_id, parse_id, required_id, to_id
from api.loyalty.clubs import READERS, WRITERS, actor
from api.permissions import requires
from api.scalars import Long
from models.errors import NotAllowed, NotFound
from models.identity.idempotency import create_once
from models.loyalty import draws
from models.loyalty.draw_selection import ALGORITHM
from models.loyalty.draws import Prize
from models.loyalty.draws_tables import Draw as DrawRow
from models.loyalty.draws_tables import DrawStatus, PrizeKind
from models.loyalty.staff_roles import club_for

strawberry.enum(DrawStatus, description="Where a draw stands: scheduled (commitment published), "
                                        "committed (entries taken, seed secret), drawn (seed "
                                        "revealed, winners known) or cancelled.")
strawberry.enum(PrizeKind, description="What a prize grants through the ledger.")


@strawberry.input(description="A prize of a draw, in prize order.")
class DrawPrizeInput:
    title: str
    kind: PrizeKind | None = strawberry.field(
        default=None, description="Club credit (rials) or points granted to the winner; none: "
                                  "a prize given by hand.")
    amount: Long = strawberry.field(default=Long(0), description="Rials or points; 0 without a "
                                                                 "kind.")


@strawberry.input(description="A new draw: its seed's commitment is published at once.")
class CreateDrawInput:
    club_id: strawberry.ID
    name: str
    cutoff_at: datetime = strawberry.field(description="Entries held at this moment take part; "
                                                       "in the future.")
    prizes: list[DrawPrizeInput]
    segment_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only this segment's members (waits for member segments).")
    idempotency_key: str | None = key_field()


@strawberry.type(description="A prize of a draw.")
class DrawPrize:
    prize_no: int = strawberry.field(description="1 for the first prize.")
    title: str
    kind: PrizeKind | None
    amount: Long


@strawberry.type(description="The winner of a draw's prize.")
class DrawWinner:
    prize_no: int
    title: str
    kind: PrizeKind | None
    amount: Long
    member_id: strawberry.ID
    card: str = strawberry.field(description="The member's club card, masked.")

    @classmethod
    def of(cls, w: draws.PublishedWinner) -> DrawWinner:
        return cls(prize_no=w.prize_no, title=w.title, kind=w.kind, amount=Long(w.amount),
                   member_id=to_id(w.member_id), card=w.card)


@strawberry.type(description="A member's entries in a draw's snapshot.")
class DrawEntry:
    member_id: strawberry.ID
    card: str = strawberry.field(description="The member's club card, masked.")
    entries: Long


def _prizes(row: DrawRow) -> list[DrawPrize]:
    return [DrawPrize(prize_no=n, title=p.title, kind=p.kind, amount=Long(p.amount))
            for n, p in enumerate(draws.prizes_of(row), start=1)]


@strawberry.type(description="A club's lottery draw.")
class Draw:
    id: strawberry.ID
    club_id: strawberry.ID
    name: str
    prizes: list[DrawPrize]
    cutoff_at: datetime
    segment_id: strawberry.ID | None
    status: DrawStatus
    commitment: str = strawberry.field(description="SHA-256 of the seed (hex), published at "
                                                   "creation.")
    seed: str | None = strawberry.field(description="The seed (hex), once drawn.")
    snapshot_hash: str | None = strawberry.field(
        description="SHA-256 of the snapshot's text [[memberId,entries],...], once committed.")
    entries_total: Long
    entrants: int
    created_at: datetime
    committed_at: datetime | None
    drawn_at: datetime | None
    cancelled_at: datetime | None
    row: strawberry.Private[DrawRow]

    @classmethod
    def from_row(cls, row: DrawRow) -> Draw:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), name=row.name,
                   prizes=_prizes(row), cutoff_at=row.cutoff_at,
                   segment_id=optional_id(row.segment_id), status=row.status,
                   commitment=row.commitment, seed=draws.revealed_seed(row),
                   snapshot_hash=row.snapshot_hash or None,
                   entries_total=Long(row.entries_total), entrants=row.entrants,
                   created_at=row.created_at, committed_at=row.committed_at,
                   drawn_at=row.drawn_at, cancelled_at=row.cancelled_at, row=row)

    @strawberry.field(description="The winners, by prize (none before the draw).")
    async def winners(self) -> list[DrawWinner]:
        return [DrawWinner.of(w) for w in await draws.published_winners(self.row)]


@strawberry.type(description="What a draw publishes: with `etebar draw-verify` anyone computes "
                             "its winners again from the seed and the entries, and checks the "
                             "seed against the commitment published before the cut-off.")
class DrawPublication:
    draw_id: strawberry.ID
    club_id: strawberry.ID
    name: str
    algorithm: str = strawberry.field(description="The winners' algorithm "
                                                  "(models/loyalty/draw_selection.py).")
    status: DrawStatus
    cutoff_at: datetime
    prizes: list[DrawPrize]
    commitment: str
    seed: str | None
    snapshot_hash: str | None
    entries_total: Long
    entrants: int
    row: strawberry.Private[DrawRow]

    @strawberry.field(description="The snapshot, by member id, a page at a time (after a "
                                  "member id; at most 5000).")
    async def entries(self, first: int = 1000,
                      after: strawberry.ID | None = None) -> list[DrawEntry]:
        rows = await draws.published_entries(self.row, limit=max(1, min(first, 5000)),
                                              after_member_id=parse_id(after, "after"))
        return [DrawEntry(member_id=to_id(e.member_id), card=e.card, entries=Long(e.entries))
                for e in rows]

    @strawberry.field(description="The winners, by prize.")
    async def winners(self) -> list[DrawWinner]:
        return [DrawWinner.of(w) for w in await draws.published_winners(self.row)]


@strawberry.type
class DrawSuccess:
    draw: Draw


DrawResult = Annotated[DrawSuccess | InvalidInput | NotFoundError | ConflictError
                       | NotAllowedError, strawberry.union("DrawResult")]


@strawberry.type
class DrawQuery:
    @strawberry.field(extensions=requires(**READERS), description="A club's draws, in id order.")
    async def draws(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                    first: int = 100, after: strawberry.ID | None = None) -> list[Draw]:
        try:
            club = await club_for(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        rows = await draws.draws_of(club.id, limit=max(1, min(first, 500)),
                                    after_id=parse_id(after, "after"))
        return [Draw.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**READERS, customer=True),
                      description="What a draw publishes, for its club's staff and members to "
                                  "check the winners with `etebar draw-verify`; null out of "
                                  "reach.")
    async def draw_publication(self, info: strawberry.Info[Context, None],
                               draw_id: strawberry.ID) -> DrawPublication | None:
        try:
            row = await draws.published_draw(info.context.identity,
                                             required_id(draw_id, "drawId"))
        except NotFound:
            return None
        return DrawPublication(
            draw_id=to_id(row.id), club_id=to_id(row.club_id), name=row.name,
            algorithm=ALGORITHM, status=row.status, cutoff_at=row.cutoff_at,
            prizes=_prizes(row), commitment=row.commitment, seed=draws.revealed_seed(row),
            snapshot_hash=row.snapshot_hash or None, entries_total=Long(row.entries_total),
            entrants=row.entrants, row=row)


@strawberry.type
class DrawMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="A new draw of a club (its owner or managers); its seed's "
                                     "commitment is published at once.")
    async def create_draw(self, info: strawberry.Info[Context, None],
                          input: CreateDrawInput) -> DrawResult:
        who = actor(info)
        club_id = required_id(input.club_id, "clubId")
        segment_id = parse_id(input.segment_id, "segmentId")
        prizes = [Prize(p.title, p.kind, int(p.amount)) for p in input.prizes]
        row = await create_once(
            info.context.key_namespace, input.idempotency_key, "createDraw",
            {"club": club_id, "name": input.name, "cutoff": input.cutoff_at.isoformat(),
             "prizes": [p.to_json() for p in prizes], "segment": segment_id},
            lambda: draws.create_draw(who, club_id, name=input.name, cutoff_at=input.cutoff_at,
                                      prizes=prizes, segment_id=segment_id), DrawRow)
        return DrawSuccess(draw=Draw.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Cancel a draw before its entries are taken.")
    async def cancel_draw(self, info: strawberry.Info[Context, None],
                          draw_id: strawberry.ID) -> DrawResult:
        row = await draws.cancel_draw(actor(info), required_id(draw_id, "drawId"))
        return DrawSuccess(draw=Draw.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Run a draw past its cut-off: take and consume its "
                                     "entries, reveal its seed, award its prizes; a drawn "
                                     "draw answers as it is.")
    async def run_draw(self, info: strawberry.Info[Context, None],
                       draw_id: strawberry.ID) -> DrawResult:
        row = await draws.run_draw_as(actor(info), required_id(draw_id, "drawId"))
        return DrawSuccess(draw=Draw.from_row(row))
