"""The outbox: one event per account change, numbered 1, 2, 3 ... per account, carrying the
totals right after that change."""

from __future__ import annotations

import pytest
from tortoise import connections

from models.ledger.codes import TransferKind
from models.ledger.errors import TransferRejected
from models.ledger.posting import TransferRequest, create_transfers

from .support import assert_sound, new_key, outbox_problems, totals

K = TransferKind


async def events_of(account_id: int) -> list[tuple[int, int, int, int, int, int]]:
    """(sequence, transfer_id, dp, dpo, cp, cpo) of the account's events, in sequence order."""
    rows = await connections.get("default").execute_query_dict(
        "SELECT sequence, transfer_id, debits_pending, debits_posted, credits_pending,"
        " credits_posted FROM ledger_account_event WHERE account_id = $1 ORDER BY sequence",
        [account_id])
    return [tuple(row.values()) for row in rows]


async def version_of(account_id: int) -> int:
    [row] = await connections.get("default").execute_query_dict(
        "SELECT version FROM ledger_account WHERE id = $1", [account_id])
    return int(row["version"])


async def test_new_account_has_no_events(make_account):
    a = await make_account()
    assert await events_of(a.id) == []
    assert await version_of(a.id) == 0


async def test_transfer_writes_one_event_per_account_starting_at_one(make_account):
    # given two fresh accounts
    a, b = await make_account(), await make_account()
    # when one transfer moves 100
    [t] = await create_transfers([TransferRequest(new_key(), "test", 100, a.id, b.id)])
    # then each account has event 1 naming the transfer and its new totals
    assert await events_of(a.id) == [(1, t.id, 0, 100, 0, 0)]
    assert await events_of(b.id) == [(1, t.id, 0, 0, 0, 100)]
    assert await version_of(a.id) == 1


async def test_events_follow_a_hold_and_its_post_in_sequence(wallet, revenue):
    # given a funded wallet (event 1)
    w = await wallet(1000)
    # when 400 is held (event 2) and 250 of it posted (event 3)
    [hold] = await create_transfers([TransferRequest(new_key(), "hold", 400, w, revenue,
                                                     kind=K.PENDING)])
    [capture] = await create_transfers([TransferRequest(
        new_key(), "capture", 250, kind=K.POST_PENDING, pending_id=hold.id)])
    # then the wallet's events carry the totals after each step
    events = await events_of(w)
    assert [e[0] for e in events] == [1, 2, 3]
    assert events[1] == (2, hold.id, 400, 0, 0, 1000)
    assert events[2] == (3, capture.id, 0, 250, 0, 1000)
    assert await events_of(revenue) == [(1, hold.id, 0, 0, 400, 0), (2, capture.id, 0, 0, 0, 250)]


async def test_batch_touching_one_account_many_times_numbers_each_change(make_account, wallet):
    # given a hot account and a wallet that already has two events
    hot = await make_account()
    w = await wallet(50)
    others = [await make_account() for _ in range(3)]
    await create_transfers([TransferRequest(new_key(), "test", 1, others[0].id, w)])
    # when one batch credits and debits both of them several times, alternating
    requests = []
    for i in range(10):
        other = others[i % 3].id
        requests.append(TransferRequest(new_key(), "in", 10 + i, other, hot.id))
        requests.append(TransferRequest(new_key(), "out", 5, hot.id, w))
        requests.append(TransferRequest(new_key(), "spend", 3 + i, w, other))
    records = await create_transfers(requests)
    # then each has one event per change, gapless, each carrying the running totals
    hot_events = await events_of(hot.id)
    assert [e[0] for e in hot_events] == list(range(1, 21))
    assert [e[1] for e in hot_events] == [r.id for r in records
                                          if hot.id in (r.debit_account_id, r.credit_account_id)]
    running_credits = running_debits = 0
    for event, record in zip(hot_events, (r for r in records if hot.id in
                                          (r.debit_account_id, r.credit_account_id)),
                             strict=True):
        if record.credit_account_id == hot.id:
            running_credits += record.amount
        else:
            running_debits += record.amount
        assert event[2:] == (0, running_debits, 0, running_credits)
    wallet_events = await events_of(w)
    assert [e[0] for e in wallet_events] == list(range(1, 23))
    assert wallet_events[-1][2:] == await totals(w)
    assert await outbox_problems() == []
    await assert_sound()


async def test_every_event_replays_to_the_totals_after_its_transfer(wallet, make_account,
                                                                    revenue):
    # given a mix of single-phase, pending, post, void transfers and batches
    w = await wallet(10_000)
    other = await make_account()
    holds = await create_transfers([
        TransferRequest(new_key(), "hold", 100 * (i + 1), w, revenue, kind=K.PENDING)
        for i in range(4)])
    await create_transfers([
        TransferRequest(new_key(), "capture", 50, kind=K.POST_PENDING, pending_id=holds[0].id),
        TransferRequest(new_key(), "release", kind=K.VOID_PENDING, pending_id=holds[1].id),
        TransferRequest(new_key(), "gift", 77, other.id, w),
        TransferRequest(new_key(), "capture", kind=K.POST_PENDING, pending_id=holds[2].id),
    ])
    await create_transfers([TransferRequest(new_key(), "release", kind=K.VOID_PENDING,
                                            pending_id=holds[3].id)])
    # then replaying each account's events against their transfers gives their totals
    assert await outbox_problems() == []
    await assert_sound()


async def test_refused_batch_writes_no_event_and_keeps_the_sequence_gapless(wallet, revenue):
    # given a wallet with one event
    w = await wallet(100)
    # when a batch is refused and then a good transfer is posted
    with pytest.raises(TransferRejected):
        await create_transfers([TransferRequest(new_key(), "spend", 60, w, revenue),
                                TransferRequest(new_key(), "spend", 60, w, revenue)])
    [t] = await create_transfers([TransferRequest(new_key(), "spend", 60, w, revenue)])
    # then the good transfer's event is number 2
    assert [(e[0], e[1]) for e in await events_of(w)][-1] == (2, t.id)
    await assert_sound()
