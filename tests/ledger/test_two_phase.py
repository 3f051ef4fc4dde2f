"""Two-phase transfers: a pending transfer holds funds until it is posted, voided or expired."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections

from models.ledger.codes import PendingState, TransferKind, TransferResult
from models.ledger.errors import TransferRejected
from models.ledger.expiry import expire_due, expire_pending
from models.ledger.posting import TransferRequest, create_transfers

from .support import assert_sound, count_transfers, new_key, take_snapshot, totals

K = TransferKind


async def hold(debit: int, credit: int, amount: int, **kwargs) -> int:
    [t] = await create_transfers([TransferRequest(new_key(), "hold", amount, debit, credit,
                                                  kind=K.PENDING, **kwargs)])
    return t.id


async def state_of(pending_id: int) -> tuple[str, int | None]:
    [row] = await connections.get("default").execute_query_dict(
        "SELECT state, resolved_by_id FROM ledger_pending_transfer WHERE transfer_id = $1",
        [pending_id])
    return row["state"], row["resolved_by_id"]


async def test_pending_transfer_holds_funds_on_both_sides(wallet, revenue):
    # given a wallet of 1000
    w = await wallet(1000)
    # when 400 is held
    pending_id = await hold(w, revenue, 400)
    # then it is pending on both sides and nothing is posted yet
    assert await totals(w) == (400, 0, 0, 1000)
    assert await totals(revenue) == (0, 0, 400, 0)
    assert await state_of(pending_id) == (PendingState.PENDING, None)
    await assert_sound()


async def test_posting_the_full_amount_moves_the_hold_to_posted(wallet, revenue):
    w = await wallet(1000)
    pending_id = await hold(w, revenue, 400)
    # when it is posted without an amount
    [t] = await create_transfers([TransferRequest(new_key(), "capture", kind=K.POST_PENDING,
                                                  pending_id=pending_id)])
    # then the whole hold is posted, with the pending's accounts and amount
    assert (t.amount, t.debit_account_id, t.credit_account_id) == (400, w, revenue)
    assert t.pending_id == pending_id
    assert await totals(w) == (0, 400, 0, 1000)
    assert await totals(revenue) == (0, 0, 0, 400)
    assert await state_of(pending_id) == (PendingState.POSTED, t.id)
    await assert_sound()


async def test_posting_part_of_a_hold_releases_the_rest(wallet, revenue):
    # given 400 held from a wallet of 1000
    w = await wallet(1000)
    pending_id = await hold(w, revenue, 400)
    # when 150 of it is posted
    [t] = await create_transfers([TransferRequest(new_key(), "capture", 150,
                                                  kind=K.POST_PENDING, pending_id=pending_id)])
    # then 150 is posted and 250 is free again
    assert t.amount == 150
    assert await totals(w) == (0, 150, 0, 1000)
    assert await totals(revenue) == (0, 0, 0, 150)
    assert await state_of(pending_id) == (PendingState.POSTED, t.id)
    await create_transfers([TransferRequest(new_key(), "purchase", 850, w, revenue)])
    assert await totals(w) == (0, 1000, 0, 1000)
    await assert_sound()


async def test_post_naming_the_pendings_own_accounts_and_ledger_is_posted(wallet, revenue):
    w = await wallet(1000)
    pending_id = await hold(w, revenue, 400)
    await create_transfers([TransferRequest(new_key(), "capture", 400, w, revenue, ledger="IRR",
                                            kind=K.POST_PENDING, pending_id=pending_id)])
    assert await totals(w) == (0, 400, 0, 1000)
    await assert_sound()


async def test_voiding_a_hold_releases_all_of_it(wallet, revenue):
    w = await wallet(1000)
    pending_id = await hold(w, revenue, 400)
    [t] = await create_transfers([TransferRequest(new_key(), "release", kind=K.VOID_PENDING,
                                                  pending_id=pending_id)])
    assert t.amount == 400
    assert await totals(w) == (0, 0, 0, 1000)
    assert await totals(revenue) == (0, 0, 0, 0)
    assert await state_of(pending_id) == (PendingState.VOIDED, t.id)
    await assert_sound()


async def test_hold_and_release_in_one_batch_resolve_independent_pendings(wallet, revenue):
    # given two holds on one wallet
    w = await wallet(1000)
    first, second = await hold(w, revenue, 300), await hold(w, revenue, 300)
    # when one batch posts the first, voids the second and spends what is then free
    await create_transfers([
        TransferRequest(new_key(), "capture", 100, kind=K.POST_PENDING, pending_id=first),
        TransferRequest(new_key(), "release", kind=K.VOID_PENDING, pending_id=second),
        TransferRequest(new_key(), "purchase", 900, w, revenue),
    ])
    # then everything is posted and nothing is held
    assert await totals(w) == (0, 1000, 0, 1000)
    await assert_sound()


async def test_held_funds_cannot_be_held_twice(wallet, revenue):
    w = await wallet(100)
    await hold(w, revenue, 100)
    with pytest.raises(TransferRejected) as caught:
        await hold(w, revenue, 1)
    assert caught.value.result is TransferResult.EXCEEDS_CREDITS
    await assert_sound()


async def test_expiry_voids_a_due_hold_and_frees_its_funds(wallet, revenue):
    # given a hold of one minute
    w = await wallet(1000)
    pending_id = await hold(w, revenue, 400, timeout_seconds=60)
    # when the expiry job runs two minutes later
    expired = await expire_due(now=datetime.now(UTC) + timedelta(minutes=2))
    # then the hold is expired and its funds are free
    assert expired == 1
    state, resolved_by = await state_of(pending_id)
    assert state == PendingState.EXPIRED
    assert resolved_by is not None
    assert await totals(w) == (0, 0, 0, 1000)
    assert await totals(revenue) == (0, 0, 0, 0)
    await assert_sound()


async def test_expiry_run_twice_expires_each_hold_exactly_once(wallet, revenue):
    # given two holds that are due and one that is not
    w = await wallet(1000)
    later = datetime.now(UTC) + timedelta(minutes=10)
    await hold(w, revenue, 100, timeout_seconds=60)
    await hold(w, revenue, 200, timeout_seconds=120)
    await hold(w, revenue, 300, timeout_seconds=3600)
    # when the job runs twice
    assert await expire_due(now=later) == 2
    after_first = await take_snapshot()
    assert await expire_due(now=later) == 0
    # then the second run wrote nothing, and only the not-yet-due hold remains
    assert await take_snapshot() == after_first
    assert await totals(w) == (300, 0, 0, 1000)
    assert await count_transfers(kind="void_pending") == 2
    await assert_sound()


async def test_expiring_one_hold_again_reports_it_was_already_expired(wallet, revenue):
    w = await wallet(1000)
    pending_id = await hold(w, revenue, 100, timeout_seconds=60)
    later = datetime.now(UTC) + timedelta(minutes=2)
    assert await expire_pending(pending_id, now=later) is True
    snapshot = await take_snapshot()
    assert await expire_pending(pending_id, now=later) is False
    assert await take_snapshot() == snapshot
    await assert_sound()


async def test_concurrent_expiry_runs_expire_a_hold_once(wallet, revenue):
    w = await wallet(1000)
    pending_id = await hold(w, revenue, 100, timeout_seconds=60)
    later = datetime.now(UTC) + timedelta(minutes=2)
    results = await asyncio.gather(*(expire_pending(pending_id, now=later) for _ in range(10)))
    assert sum(results) == 1
    assert await count_transfers(kind="void_pending") == 1
    assert await totals(w) == (0, 0, 0, 1000)
    await assert_sound()


async def test_expiry_leaves_a_posted_hold_alone(wallet, revenue):
    # given a hold with a timeout that was posted in time
    w = await wallet(1000)
    pending_id = await hold(w, revenue, 100, timeout_seconds=60)
    await create_transfers([TransferRequest(new_key(), "capture", kind=K.POST_PENDING,
                                            pending_id=pending_id)])
    snapshot = await take_snapshot()
    # when the expiry job runs later, then it finds nothing to do
    later = datetime.now(UTC) + timedelta(minutes=2)
    assert await expire_due(now=later) == 0
    assert await expire_pending(pending_id, now=later) is False
    assert await take_snapshot() == snapshot
    await assert_sound()


async def test_hold_without_a_timeout_never_expires(wallet, revenue):
    w = await wallet(1000)
    await hold(w, revenue, 100)
    assert await expire_due(now=datetime.now(UTC) + timedelta(days=3650)) == 0
    assert await totals(w) == (100, 0, 0, 1000)
