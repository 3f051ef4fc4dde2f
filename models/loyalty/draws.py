"""A club's lottery draws with commit-reveal: a draw's winners are fixed by a seed committed to
before its cut-off and by the entries its members held at the cut-off, so anyone can compute
them again from what the draw publishes (`publication`, `etebar draw-verify`).

1. `create_draw` (the club's owner or managers): name, prizes in order (a title, and a grant of
   club credit or points, or nothing), the cut-off (in the future), optionally a segment. It
   draws a 32-byte seed (`secrets`), keeps it secret and publishes its SHA-256: the commitment.
2. `run_draw` (after the cut-off; also the periodic `run_due_draws`), in steps each of which is
   one transaction and safe to run again after a crash:
   - the snapshot, a chunk of the club's entries lots at a time (by lot id, `snapshot_cursor`
     remembers how far it got): under the draw's row lock and then the chunk's members' row
     locks (by id, as a purchase or a return takes one), each member takes part with the
     entries their lot held at the cut-off (its transfers up to the cut-off) that it still
     holds now (a return may have taken some back since, an earlier draw consumed some): at
     most what it holds, so entries earned after the cut-off never count. Those entries are
     consumed: the member's lot → the club's entries issued, keyed
     `draw:<club>:<draw>:entries:<member>`, with the member's `DrawEntry` row. When no lot is
     left the draw is `committed`, with the snapshot's hash: SHA-256 of the JSON text
     `[[member_id,entries],...]` (sorted by member id, no spaces).
   - the reveal: the seed is published, the winners computed by `draw_selection` (a pure,
     documented function), each prize with a kind granted (`grants.grant_transfer`, keyed by
     the draw and the prize, exactly its amount), each winner told by email (the notify
     outbox, keyed by the draw and the prize), the draw `drawn`; all in one transaction.
3. `cancel_draw`: only before its snapshot began (nothing was consumed).

Locks: the draw's row first (so two runs of one draw take turns), then members' rows by id,
then the ledger's own order. Nothing that locks a member locks a draw, so no cycle forms."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise import connections
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.errors import NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.ledger.codes import AMOUNT_MAX, TransferKind
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account
from models.lots.tables import Lot, LotKind
from models.loyalty.accounts import LOTTERY, NAMESPACE, club_account
from models.loyalty.codes import AccountPurpose, ClubRole, EffectKind
from models.loyalty.draw_selection import commitment_of, select_winners, snapshot_hash
from models.loyalty.draws_tables import Draw, DrawEntry, DrawStatus, DrawWinner, PrizeKind
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.grants import Grant, grant_transfer
from models.loyalty.members import members_of_person
from models.loyalty.segments import get_segment, segment_member_ids
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club, Member
from models.notify.mail import queue_email

E = LoyaltyErrorCode
REFERENCE_TYPE = "loyalty_draw"
CONSUME_CODE = "loyalty_draw_entries"
PRIZE_CODE = "loyalty_draw_prize"
MEMBER_HOLDERS = "member:"  # what every loyalty lot's holder starts with (`legs.holder`)
PRIZES_MAX = 100
# Members whose entries one snapshot transaction takes: two transfers' worth under the ledger's
# batch limit, and short enough a transaction.
SNAPSHOT_CHUNK = 400


@dataclass(frozen=True, slots=True)
class Prize:
    """A prize: its title, and what it grants (club credit in rials, or points), if anything."""

    title: str
    kind: PrizeKind | None = None
    amount: int = 0

    def to_json(self) -> dict[str, object]:
        return {"title": self.title, "kind": self.kind.value if self.kind else None,
                "amount": self.amount}


def prizes_of(draw: Draw) -> list[Prize]:
    return [Prize(p["title"], PrizeKind(p["kind"]) if p.get("kind") else None,
                  int(p.get("amount", 0))) for p in draw.prizes]


def draw_absent(draw_id: int) -> NotFound:
    return NotFound(E.DRAW_NOT_FOUND, f"no draw {draw_id}", field="drawId")


def mask_card(card_number: str) -> str:
    """A club card's number as a draw publishes it: its last digits only."""
    shown = min(4, len(card_number) // 2)
    return "*" * (len(card_number) - shown) + card_number[len(card_number) - shown:]


# --- creating and cancelling -------------------------------------------------------------------

def _checked_prizes(prizes: Sequence[Prize]) -> list[Prize]:
    if not 1 <= len(prizes) <= PRIZES_MAX:
        raise ValidationFailed(E.INVALID_PRIZE, f"a draw has 1 to {PRIZES_MAX} prizes",
                               field="prizes")
    checked = []
    for index, prize in enumerate(prizes):
        title = prize.title.strip()
        if not 1 <= len(title) <= 200:
            raise ValidationFailed(E.INVALID_PRIZE, "a prize's title has 1 to 200 characters",
                                   field=f"prizes[{index}].title")
        if prize.kind is None and prize.amount != 0:
            raise ValidationFailed(E.INVALID_PRIZE, "a prize without a kind has no amount",
                                   field=f"prizes[{index}].amount")
        if prize.kind is not None and not 0 < prize.amount <= AMOUNT_MAX:
            raise ValidationFailed(E.INVALID_PRIZE, "a prize's amount is positive",
                                   field=f"prizes[{index}].amount")
        checked.append(Prize(title, prize.kind, prize.amount))
    return checked


async def create_draw(identity: Identity | None, club_id: int, *, name: str, cutoff_at: datetime,
                      prizes: Sequence[Prize], segment_id: int | None = None,
                      now: datetime | None = None) -> Draw:
    """A new draw of the club, its commitment published (the club's owner or managers)."""
    club = await club_for(identity, club_id, ClubRole.MANAGER)
    name = name.strip()
    if not 1 <= len(name) <= 200:
        raise ValidationFailed(E.INVALID_NAME, "a draw's name has 1 to 200 characters",
                               field="name")
    if cutoff_at.tzinfo is None:
        raise ValidationFailed(E.DRAW_CUTOFF_NOT_IN_FUTURE, "the cut-off needs a time zone",
                               field="cutoffAt")
    if cutoff_at <= now_or(now):
        raise ValidationFailed(E.DRAW_CUTOFF_NOT_IN_FUTURE,
                               "the commitment is published before the cut-off: the cut-off "
                               "is in the future", field="cutoffAt")
    checked = _checked_prizes(prizes)
    if segment_id is not None:
        await get_segment(club.id, segment_id)  # the club's own segment, or segment_not_found
    seed = secrets.token_bytes(32)
    assert identity is not None  # club_for refused anyone else
    return await Draw.create(club_id=club.id, name=name, prizes=[p.to_json() for p in checked],
                             cutoff_at=cutoff_at, segment_id=segment_id, seed_hex=seed.hex(),
                             commitment=commitment_of(seed), created_by=identity.actor[:64])


async def draw_for(identity: Identity | None, draw_id: int,
                   need: ClubRole = ClubRole.VIEWER) -> Draw:
    """The draw if its club is in the caller's reach with `need`; `draw_not_found` otherwise
    (a draw of a club out of reach does not exist for the caller)."""
    draw = await Draw.get_or_none(id=draw_id)
    if draw is None:
        raise draw_absent(draw_id)
    try:
        await club_for(identity, draw.club_id, need)
    except NotFound:
        raise draw_absent(draw_id) from None
    return draw


async def published_draw(identity: Identity | None, draw_id: int) -> Draw:
    """A draw whose publication the caller may read: club staff who reach its club, and the
    club's members (a person checks the draw they took part in); `draw_not_found` otherwise."""
    if identity is not None and identity.kind is CallerKind.CUSTOMER:
        draw = await Draw.get_or_none(id=draw_id)
        mine = {m.club_id for m in await members_of_person(identity)}
        if draw is None or draw.club_id not in mine:
            raise draw_absent(draw_id)
        return draw
    return await draw_for(identity, draw_id)


async def cancel_draw(identity: Identity | None, draw_id: int, *,
                      now: datetime | None = None) -> Draw:
    """Cancel a draw whose snapshot has not begun; a cancelled draw answers as it is."""
    found = await draw_for(identity, draw_id, ClubRole.MANAGER)
    async with in_transaction():
        draw = await Draw.select_for_update().get(club_id=found.club_id, id=found.id)
        if draw.status is DrawStatus.CANCELLED:
            return draw
        if draw.status is not DrawStatus.SCHEDULED or draw.snapshot_cursor:
            raise ValidationFailed(E.DRAW_NOT_CANCELLABLE,
                                   "the draw's entries are taken: it can no longer be cancelled",
                                   field="drawId")
        assert identity is not None  # draw_for refused anyone else
        draw.status = DrawStatus.CANCELLED
        draw.cancelled_at = now_or(now)
        draw.cancelled_by = identity.actor[:64]
        await draw.save(update_fields=["status", "cancelled_at", "cancelled_by"])
    return draw


async def draws_of(club_id: int, *, limit: int, after_id: int | None = None) -> list[Draw]:
    query = Draw.filter(club_id=club_id)
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    return list(await query.order_by("id").limit(limit))


# --- running -----------------------------------------------------------------------------------

async def run_draw_as(identity: Identity | None, draw_id: int, *,
                      now: datetime | None = None) -> Draw:
    """`run_draw` for the club's owner or managers (or the platform's staff)."""
    draw = await draw_for(identity, draw_id, ClubRole.MANAGER)
    return await run_draw(draw.id, now=now)


async def run_draw(draw_id: int, *, now: datetime | None = None,
                   chunk: int = SNAPSHOT_CHUNK) -> Draw:
    """Take the draw's snapshot, reveal its seed and award its prizes; a drawn draw answers as
    it is. Before the cut-off: `draw_cutoff_not_reached`; cancelled: `draw_cancelled`."""
    moment = now_or(now)
    draw = await Draw.get_or_none(id=draw_id)
    if draw is None:
        raise draw_absent(draw_id)
    if draw.status is DrawStatus.CANCELLED:
        raise ValidationFailed(E.DRAW_CANCELLED, "the draw was cancelled", field="drawId")
    if draw.status is DrawStatus.DRAWN:
        return draw
    if draw.cutoff_at > moment:
        raise ValidationFailed(E.DRAW_CUTOFF_NOT_REACHED, "the draw's cut-off has not passed",
                               field="drawId")
    club = await Club.get(id=draw.club_id)
    while draw.status is DrawStatus.SCHEDULED:
        draw = await _snapshot_chunk(club, draw.id, chunk, moment)
    if draw.status is DrawStatus.COMMITTED:
        draw = await _reveal(club, draw.id, moment)
    return draw


async def due_draw_ids(*, now: datetime | None = None, limit: int = 100) -> list[int]:
    """Draws past their cut-off not drawn yet (nor cancelled), soonest cut-off first."""
    rows = await Draw.filter(status__in=[DrawStatus.SCHEDULED, DrawStatus.COMMITTED],
                             cutoff_at__lte=now_or(now)) \
        .order_by("cutoff_at", "id").limit(limit).values("id")
    return [int(r["id"]) for r in rows]


_HELD_AT = """
SELECT a.id AS account_id,
       COALESCE((SELECT SUM(t.amount) FROM ledger_transfer t WHERE t.credit_account_id = a.id
                 AND t.created_at <= $2 AND t.kind = ANY($3::text[])), 0)
     - COALESCE((SELECT SUM(t.amount) FROM ledger_transfer t WHERE t.debit_account_id = a.id
                 AND t.created_at <= $2 AND t.kind = ANY($3::text[])), 0) AS held
FROM unnest($1::bigint[]) AS a(id)
"""
_POSTED = [TransferKind.SINGLE_PHASE.value, TransferKind.POST_PENDING.value]


async def held_at(account_ids: Sequence[int], moment: datetime) -> dict[int, int]:
    """What each account held at `moment`: its posted transfers up to then."""
    rows = await connections.get("default").execute_query_dict(
        _HELD_AT, [list(account_ids), moment, _POSTED])
    return {int(r["account_id"]): int(r["held"]) for r in rows}


async def _snapshot_chunk(club: Club, draw_id: int, limit: int, moment: datetime) -> Draw:
    """Take the next `limit` entries lots into the draw's snapshot; with none left, commit
    the snapshot."""
    async with in_transaction():
        draw = await Draw.select_for_update().get(club_id=club.id, id=draw_id)
        if draw.status is not DrawStatus.SCHEDULED:
            return draw
        lots = await Lot.filter(club_id=club.id, kind=LotKind.ENTRIES,
                                holder__startswith=MEMBER_HOLDERS,
                                id__gt=draw.snapshot_cursor).order_by("id").limit(limit)
        if not lots:
            entries = [(int(m), int(n)) for m, n in await DrawEntry.filter(
                club_id=club.id, draw_id=draw.id).order_by("member_id")
                .values_list("member_id", "entries")]
            draw.status = DrawStatus.COMMITTED
            draw.snapshot_hash = snapshot_hash(entries)
            draw.entries_total = sum(n for _, n in entries)
            draw.entrants = len(entries)
            draw.committed_at = moment
            await draw.save(update_fields=["status", "snapshot_hash", "entries_total",
                                           "entrants", "committed_at"])
            return draw
        cursor = lots[-1].id
        member_of = {lot.id: int(lot.holder.removeprefix(MEMBER_HOLDERS)) for lot in lots}
        if draw.segment_id is not None:
            # Only the segment's members as of the cut-off take part (the segment read as its
            # figures stand when the draw runs, over windows ending on the cut-off's day).
            eligible = set(await segment_member_ids(club.id, draw.segment_id, draw.cutoff_at))
            member_of = {lot: m for lot, m in member_of.items() if m in eligible}
            lots = [lot for lot in lots if lot.id in member_of]
        # The members' locks, as their purchases and returns take them: what their lots hold
        # cannot change between the read below and the consumption.
        await Member.select_for_update().filter(
            club_id=club.id, id__in=sorted(set(member_of.values()))).order_by("id")
        then = await held_at([lot.account_id for lot in lots], draw.cutoff_at)
        accounts = {a.id: a for a in await Account.filter(id__in=[lot.account_id
                                                                   for lot in lots])}
        issued = await club_account(club, AccountPurpose.ENTRIES_ISSUED, ledger=LOTTERY)
        rows, requests = [], []
        for lot in lots:
            account = accounts[lot.account_id]
            now_held = int(account.credits_posted - account.debits_posted
                           - account.debits_pending)
            take = min(then[lot.account_id], now_held)
            if take <= 0:
                continue
            member_id = member_of[lot.id]
            rows.append(DrawEntry(club_id=club.id, draw_id=draw.id, member_id=member_id,
                                  entries=take))
            requests.append(TransferRequest(
                idempotency_key=f"draw:{club.id}:{draw.id}:entries:{member_id}",
                code=CONSUME_CODE, amount=take, debit_account_id=lot.account_id,
                credit_account_id=issued.account_id, ledger=LOTTERY,
                reference_type=REFERENCE_TYPE, reference_id=str(draw.id),
                metadata={"member": member_id, "lot": lot.id}))
        await DrawEntry.bulk_create(rows)
        draw.snapshot_cursor = cursor
        await draw.save(update_fields=["snapshot_cursor"])
        if requests:  # last: the batch holds the club's entries issued until the commit
            await create_transfers(requests, namespace=NAMESPACE)
    return draw


async def _reveal(club: Club, draw_id: int, moment: datetime) -> Draw:
    """Reveal the seed, record the winners, grant their prizes and tell them."""
    async with in_transaction():
        draw = await Draw.select_for_update().get(club_id=club.id, id=draw_id)
        if draw.status is not DrawStatus.COMMITTED:
            return draw
        entries = [(int(m), int(n)) for m, n in await DrawEntry.filter(
            club_id=club.id, draw_id=draw.id).order_by("member_id")
            .values_list("member_id", "entries")]
        prizes = prizes_of(draw)
        winners = select_winners(bytes.fromhex(draw.seed_hex), entries, len(prizes))
        members = {m.id: m for m in await Member.select_for_update().filter(
            club_id=club.id, id__in=sorted(winners)).order_by("id")}
        rows, requests = [], []
        for prize_no, (prize, member_id) in enumerate(zip(prizes, winners, strict=False),
                                                      start=1):
            member = members[member_id]
            rows.append(DrawWinner(club_id=club.id, draw_id=draw.id, prize_no=prize_no,
                                   member_id=member_id, title=prize.title, kind=prize.kind,
                                   amount=prize.amount))
            if prize.kind is not None:
                requests.append(await grant_transfer(
                    club, member, Grant(kind=EffectKind(prize.kind.value), amount=prize.amount,
                                        key=f"draw:{draw.id}:prize:{prize_no}"),
                    reference_type=REFERENCE_TYPE, reference_id=str(draw.id), code=PRIZE_CODE,
                    metadata={"member": member_id, "prize": prize_no}))
            await queue_email(customer_id=member.customer_id, template="loyalty_draw_won",
                              key=f"loyalty:draw:{draw.id}:won:{prize_no}",
                              params={"club": club.name, "draw": draw.name,
                                      "prize": prize.title, "kind": prize.kind or "",
                                      "amount": prize.amount})
        await DrawWinner.bulk_create(rows)
        draw.status = DrawStatus.DRAWN
        draw.drawn_at = moment
        await draw.save(update_fields=["status", "drawn_at"])
        if requests:  # last: the batch holds the club's funding accounts until the commit
            await create_transfers(requests, namespace=NAMESPACE)
    return draw


# --- what a draw publishes ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PublishedEntry:
    member_id: int
    card: str  # masked
    entries: int


@dataclass(frozen=True, slots=True)
class PublishedWinner:
    prize_no: int
    title: str
    kind: PrizeKind | None
    amount: int
    member_id: int
    card: str  # masked


async def _cards(club_id: int, member_ids: Sequence[int]) -> dict[int, str]:
    rows = await Member.filter(club_id=club_id, id__in=list(member_ids)) \
        .values_list("id", "card_number")
    return {int(i): mask_card(str(c)) for i, c in rows}


async def published_entries(draw: Draw, *, limit: int,
                            after_member_id: int | None = None) -> list[PublishedEntry]:
    """The draw's snapshot, by member id (nothing before it is committed)."""
    if draw.status not in (DrawStatus.COMMITTED, DrawStatus.DRAWN):
        return []
    query = DrawEntry.filter(club_id=draw.club_id, draw_id=draw.id)
    if after_member_id is not None:
        query = query.filter(member_id__gt=after_member_id)
    rows = await query.order_by("member_id").limit(limit)
    cards = await _cards(draw.club_id, [r.member_id for r in rows])
    return [PublishedEntry(r.member_id, cards.get(r.member_id, ""), r.entries) for r in rows]


async def published_winners(draw: Draw) -> list[PublishedWinner]:
    rows = await DrawWinner.filter(club_id=draw.club_id, draw_id=draw.id).order_by("prize_no")
    cards = await _cards(draw.club_id, [r.member_id for r in rows])
    return [PublishedWinner(r.prize_no, r.title, r.kind, r.amount, r.member_id,
                            cards.get(r.member_id, "")) for r in rows]


def revealed_seed(draw: Draw) -> str | None:
    """The seed in hex once the draw is drawn; never before."""
    return draw.seed_hex if draw.status is DrawStatus.DRAWN else None
