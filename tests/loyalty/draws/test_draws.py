"""Lottery draws through the models: the commitment published at creation, the snapshot of the
entries held at the cut-off (consumed), the seed revealed with the winners, prizes granted
through the ledger and winners told; every step safe to run again."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest

from models.errors import NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.tables import PartnerKind, StaffRole
from models.ledger.tables import Transfer
from models.lots.tables import Lot, LotKind
from models.loyalty import draws
from models.loyalty.draw_selection import select_winners, snapshot_hash
from models.loyalty.draws import (
    Prize,
    cancel_draw,
    create_draw,
    published_entries,
    published_winners,
    revealed_seed,
    run_draw,
)
from models.loyalty.draws_tables import Draw, DrawEntry, DrawStatus, DrawWinner, PrizeKind
from models.loyalty.segments import create_segment
from models.loyalty.tables import Member
from models.notify.tables import EmailMessage

from .conftest import PLATFORM, PRIZES, Lottery


async def _entries(draw: Draw) -> list[tuple[int, int]]:
    return [(e.member_id, e.entries) for e in await published_entries(draw, limit=5000)]


async def test_a_new_draw_publishes_the_sha256_of_a_secret_seed(lottery: Lottery):
    draw = await lottery.draw()
    assert draw.status is DrawStatus.SCHEDULED
    assert draw.commitment == hashlib.sha256(bytes.fromhex(draw.seed_hex)).hexdigest()
    assert revealed_seed(draw) is None
    assert (await lottery.draw()).seed_hex != draw.seed_hex


async def test_a_cutoff_not_in_the_future_is_refused(lottery: Lottery):
    with pytest.raises(ValidationFailed) as refused:
        await create_draw(PLATFORM, lottery.club.id, name="Late", cutoff_at=lottery.start,
                          prizes=PRIZES, now=lottery.start)
    assert refused.value.code == "draw_cutoff_not_in_future"
    assert await Draw.all().count() == 0


@pytest.mark.parametrize(("prizes", "field"), [
    ((), "prizes"),
    ((Prize(" "),), "prizes[0].title"),
    ((Prize("Credit", PrizeKind.CLUB_CREDIT, 0),), "prizes[0].amount"),
    ((Prize("Mug", None, 5),), "prizes[0].amount"),
])
async def test_a_bad_prize_is_refused_and_nothing_is_created(lottery: Lottery, prizes, field):
    with pytest.raises(ValidationFailed) as refused:
        await create_draw(PLATFORM, lottery.club.id, name="Bad", cutoff_at=lottery.cutoff,
                          prizes=prizes, now=lottery.start)
    assert (refused.value.code, refused.value.field) == ("invalid_prize", field)
    assert await Draw.all().count() == 0


async def test_a_draw_among_a_segment_takes_only_the_segments_members(lottery: Lottery):
    for member, count in enumerate((5, 3, 4, 2)):
        await lottery.give(member, count)
    buyers = [lottery.members[1].id, lottery.members[3].id]
    segment = await create_segment(lottery.club, "Picked", {"any": [
        {"field": "member_group", "op": "in", "value": [99]}]})
    await Member.filter(id__in=buyers).update(group_id=99)
    draw = await create_draw(PLATFORM, lottery.club.id, name="VIP", cutoff_at=lottery.cutoff,
                             prizes=PRIZES, segment_id=segment.id, now=lottery.start)
    drawn = await run_draw(draw.id, now=lottery.after)
    assert await _entries(drawn) == sorted([(buyers[0], 3), (buyers[1], 2)])
    assert (await lottery.held(0), await lottery.held(1)) == (5, 0)


async def test_a_draw_among_another_clubs_segment_is_refused(lottery: Lottery):
    with pytest.raises(NotFound) as refused:
        await create_draw(PLATFORM, lottery.club.id, name="VIP", cutoff_at=lottery.cutoff,
                          prizes=PRIZES, segment_id=999_999, now=lottery.start)
    assert refused.value.code == "segment_not_found"


async def test_another_club_owners_staff_cannot_create_a_draw(lottery: Lottery, make_partner):
    other = await make_partner("Other owner", PartnerKind.CLUB_OWNER)
    stranger = Identity(kind=CallerKind.PARTNER_STAFF, name="x", staff_id=99,
                        role=StaffRole.OWNER, partner_id=other.id)
    with pytest.raises(NotFound) as refused:
        await create_draw(stranger, lottery.club.id, name="Mine", cutoff_at=lottery.cutoff,
                          prizes=PRIZES, now=lottery.start)
    assert refused.value.code == "club_not_found"


async def test_a_draw_does_not_run_before_its_cutoff(lottery: Lottery):
    draw = await lottery.draw()
    with pytest.raises(ValidationFailed) as refused:
        await run_draw(draw.id, now=lottery.cutoff - timedelta(seconds=1))
    assert refused.value.code == "draw_cutoff_not_reached"
    assert (await Draw.get(id=draw.id)).status is DrawStatus.SCHEDULED


async def test_a_draw_whose_winners_a_second_computation_reproduces(lottery: Lottery,
                                                                     clean_ledger):
    # given
    for member, count in enumerate((5, 1, 10, 2)):
        await lottery.give(member, count)
    draw = await lottery.draw()
    # when
    drawn = await run_draw(draw.id, now=lottery.after)
    # then: from what is published alone
    seed = revealed_seed(drawn)
    assert seed is not None
    assert hashlib.sha256(bytes.fromhex(seed)).hexdigest() == draw.commitment
    entries = await _entries(drawn)
    assert snapshot_hash(entries) == drawn.snapshot_hash
    again = select_winners(bytes.fromhex(seed), entries, len(drawn.prizes))
    assert [w.member_id for w in await published_winners(drawn)] == again
    assert drawn.status is DrawStatus.DRAWN and len(again) == 3


async def test_entries_earned_after_the_cutoff_do_not_count_and_stay_held(lottery: Lottery,
                                                                           clean_ledger):
    await lottery.give(0, 4)
    await lottery.give(0, 7, after_cutoff=True)
    await lottery.give(1, 9, after_cutoff=True)
    draw = await lottery.draw()
    drawn = await run_draw(draw.id, now=lottery.after)
    assert await _entries(drawn) == [(lottery.members[0].id, 4)]
    assert (drawn.entries_total, drawn.entrants) == (4, 1)
    assert (await lottery.held(0), await lottery.held(1)) == (7, 9)


async def test_entries_in_the_draw_are_consumed_once(lottery: Lottery, clean_ledger):
    await lottery.give(0, 3)
    await lottery.give(1, 2)
    draw = await lottery.draw()
    await run_draw(draw.id, now=lottery.after)
    await run_draw(draw.id, now=lottery.after)
    assert (await lottery.held(0), await lottery.held(1)) == (0, 0)
    consumed = await Transfer.filter(code=draws.CONSUME_CODE, reference_id=str(draw.id))
    assert sorted(t.amount for t in consumed) == [2, 3]


async def test_a_second_draw_with_the_same_cutoff_finds_the_entries_consumed(lottery: Lottery,
                                                                              clean_ledger):
    await lottery.give(0, 3)
    first = await lottery.draw(name="First")
    second = await lottery.draw(name="Second")
    await run_draw(first.id, now=lottery.after)
    drawn = await run_draw(second.id, now=lottery.after)
    assert (drawn.status, drawn.entrants, await DrawWinner.filter(draw_id=second.id).count()) \
        == (DrawStatus.DRAWN, 0, 0)


async def test_prizes_are_granted_through_the_ledger(lottery: Lottery, clean_ledger):
    for member in range(3):
        await lottery.give(member, 1)
    draw = await lottery.draw()
    drawn = await run_draw(draw.id, now=lottery.after)
    winners = await published_winners(drawn)
    credit, points, mug = winners
    credit_lots = await Lot.filter(holder=f"member:{credit.member_id}",
                                   kind=LotKind.CLUB_CREDIT).prefetch_related("account")
    assert [lot.account.credits_posted for lot in credit_lots] == [5_000_000]
    points_lot = await Lot.get(holder=f"member:{points.member_id}", kind=LotKind.POINTS) \
        .prefetch_related("account")
    assert points_lot.account.credits_posted == 300
    assert mug.kind is None
    grants = await Transfer.filter(code=draws.PRIZE_CODE, reference_id=str(draw.id))
    assert sorted(t.amount for t in grants) == [300, 5_000_000]


async def test_winners_are_told_by_email(lottery: Lottery):
    for member in range(2):
        await lottery.give(member, 1)
    draw = await lottery.draw()
    drawn = await run_draw(draw.id, now=lottery.after)
    messages = await EmailMessage.filter(key__startswith=f"loyalty:draw:{draw.id}:won:")
    assert len(messages) == len(await published_winners(drawn)) == 2
    assert all("Nowruz draw" in m.subject for m in messages)


async def test_a_run_that_stopped_after_part_of_its_snapshot_goes_on_where_it_stopped(
        lottery: Lottery, clean_ledger, monkeypatch):
    # given: four members with entries, and a run that dies before its reveal
    for member, count in enumerate((5, 1, 10, 2)):
        await lottery.give(member, count)
    draw = await lottery.draw()
    calls = 0
    original = draws._snapshot_chunk

    async def dies_after_two_chunks(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls > 2:
            raise RuntimeError("the worker died")
        return await original(*args, **kwargs)

    monkeypatch.setattr(draws, "_snapshot_chunk", dies_after_two_chunks)
    with pytest.raises(RuntimeError):
        await run_draw(draw.id, now=lottery.after, chunk=1)
    assert await DrawEntry.filter(draw_id=draw.id).count() == 2
    monkeypatch.setattr(draws, "_snapshot_chunk", original)
    # when
    drawn = await run_draw(draw.id, now=lottery.after, chunk=1)
    # then
    assert await _entries(drawn) == [(m.id, n) for m, n in zip(lottery.members, (5, 1, 10, 2),
                                                                strict=True)]
    assert [await lottery.held(m) for m in range(4)] == [0, 0, 0, 0]


async def test_a_committed_draw_reveals_on_the_next_run(lottery: Lottery, clean_ledger,
                                                        monkeypatch):
    await lottery.give(0, 2)
    draw = await lottery.draw()

    async def dies(*args, **kwargs):
        raise RuntimeError("the worker died")

    monkeypatch.setattr(draws, "_reveal", dies)
    with pytest.raises(RuntimeError):
        await run_draw(draw.id, now=lottery.after)
    committed = await Draw.get(id=draw.id)
    assert (committed.status, revealed_seed(committed)) == (DrawStatus.COMMITTED, None)
    monkeypatch.undo()
    drawn = await run_draw(draw.id, now=lottery.after)
    assert drawn.status is DrawStatus.DRAWN
    assert [w.member_id for w in await published_winners(drawn)] == [lottery.members[0].id]


async def test_a_scheduled_draw_is_cancelled_and_then_never_runs(lottery: Lottery):
    await lottery.give(0, 2)
    draw = await lottery.draw()
    cancelled = await cancel_draw(PLATFORM, draw.id)
    assert cancelled.status is DrawStatus.CANCELLED
    with pytest.raises(ValidationFailed) as refused:
        await run_draw(draw.id, now=lottery.after)
    assert refused.value.code == "draw_cancelled"
    assert await lottery.held(0) == 2


async def test_a_drawn_draw_cannot_be_cancelled(lottery: Lottery):
    draw = await lottery.draw()
    await run_draw(draw.id, now=lottery.after)
    with pytest.raises(ValidationFailed) as refused:
        await cancel_draw(PLATFORM, draw.id)
    assert refused.value.code == "draw_not_cancellable"


async def test_the_periodic_actor_runs_the_draws_past_their_cutoff(lottery: Lottery,
                                                                   actor_services):
    from tests.actors import body_of
    from workers.actors.loyalty import run_due_loyalty_draws

    await lottery.give(0, 2)
    due = await lottery.draw(name="Due")
    later = await create_draw(PLATFORM, lottery.club.id, name="Later",
                              cutoff_at=lottery.start + timedelta(days=30),
                              prizes=PRIZES, now=lottery.start)
    await body_of(run_due_loyalty_draws)()
    assert (await Draw.get(id=due.id)).status is DrawStatus.DRAWN
    assert (await Draw.get(id=later.id)).status is DrawStatus.SCHEDULED
