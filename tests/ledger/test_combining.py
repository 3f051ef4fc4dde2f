"""Group commit: concurrent `create_transfers` calls share one database transaction, and each call
still stands alone: all or none, its own records or its own refusal, idempotent per key."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime

import asyncpg
import pytest
from tortoise.transactions import in_transaction

from etebar.database import credentials
from models.ledger import combiner
from models.ledger.codes import TransferKind, TransferResult
from models.ledger.errors import TransferRejected
from models.ledger.posting import TransferRecord, TransferRequest, create_transfers

from . import test_concurrency
from .support import assert_sound, count_transfers, new_key, take_snapshot, totals

K = TransferKind
R = TransferResult


@contextmanager
def combining(enabled: bool) -> Iterator[None]:
    was = combiner.enabled()
    combiner.set_enabled(enabled)
    try:
        yield
    finally:
        combiner.set_enabled(was)


@asynccontextmanager
async def row_locked(url: str, account_id: int) -> AsyncIterator[None]:
    """Hold `account_id`'s row lock from a connection of our own, outside Tortoise."""
    c = credentials(url)
    conn = await asyncpg.connect(host=c["host"], port=c["port"], user=c["user"],
                                 password=c["password"] or None, database=c["database"])
    try:
        tx = conn.transaction()
        await tx.start()
        await conn.execute("SELECT 1 FROM ledger_account WHERE id = $1 FOR UPDATE", account_id)
        try:
            yield
        finally:
            await tx.rollback()
    finally:
        await conn.close()


async def queued(n: int) -> None:
    """Let the loop run until `n` calls wait in this loop's combiner queue."""
    for _ in range(1000):
        found = combiner._combiner(create=False)
        if found is not None and len(found.queue) >= n:
            return
        await asyncio.sleep(0.001)
    raise AssertionError(f"never saw {n} queued calls")


async def test_concurrent_calls_share_one_transaction(wallet, revenue):
    # given ten wallets
    wallets = [await wallet(1000) for _ in range(10)]
    before = combiner.stats().transactions
    # when ten single payments arrive at once
    outcomes = await asyncio.gather(*(
        create_transfers([TransferRequest(new_key(), "purchase", 10 + i, w, revenue)])
        for i, w in enumerate(wallets)))
    # then they were written in fewer transactions than calls (one, here), each call got its
    # own record, and the ledger is exact
    assert combiner.stats().transactions - before < 10
    assert len({records[0].created_at for records in outcomes}) < 10
    for i, (w, [record]) in enumerate(zip(wallets, outcomes, strict=True)):
        assert (record.debit_account_id, record.amount, record.replayed) == (w, 10 + i, False)
        assert await totals(w) == (0, 10 + i, 0, 1000)
    assert await totals(revenue) == (0, 0, 0, sum(10 + i for i in range(10)))
    await assert_sound()


async def test_a_refused_call_in_a_combined_transaction_leaves_the_others_alone(
        wallet, revenue, db, monkeypatch):
    monkeypatch.setattr(combiner, "FLIGHTS", 1)
    # given a wallet of 100 and a rich one
    poor, rich = await wallet(100), await wallet(10_000)
    ok_1 = [TransferRequest(new_key(), "purchase", 30, poor, revenue)]
    # the second transfer overdraws the poor wallet, after the first took 60 more of it
    bad = [TransferRequest(new_key(), "purchase", 60, poor, revenue),
           TransferRequest(new_key(), "purchase", 5, rich, revenue),
           TransferRequest(new_key(), "purchase", 500, poor, revenue)]
    ok_2 = [TransferRequest(new_key(), "purchase", 70, poor, revenue),
            TransferRequest(new_key(), "fee", 1, rich, revenue)]
    # when the three calls queue up behind a transaction in flight (held up by a row lock)
    async with row_locked(db, rich):
        blocker = asyncio.create_task(create_transfers(
            [TransferRequest(new_key(), "purchase", 1, rich, revenue)]))
        await asyncio.sleep(0.05)
        tasks = [asyncio.create_task(create_transfers(c)) for c in (ok_1, bad, ok_2)]
        await queued(3)
    await blocker
    first, refused, second = await asyncio.gather(*tasks, return_exceptions=True)
    # then the refused call got its own refusal, indexed within its own batch
    assert isinstance(refused, TransferRejected)
    assert (refused.result, refused.index) == (R.EXCEEDS_CREDITS, 2)
    # and the other two succeeded in one transaction, as if the refused call had not been there
    assert isinstance(first, list) and isinstance(second, list)
    assert len({r.created_at for r in first + second}) == 1
    assert [r.amount for r in first + second] == [30, 70, 1]
    assert await totals(poor) == (0, 100, 0, 100)
    assert await totals(rich) == (0, 2, 0, 10_000)
    # and nothing of the refused call was written
    for r in bad:
        assert await count_transfers(idempotency_key=r.idempotency_key) == 0
    await assert_sound()


async def test_same_key_calls_in_one_combined_transaction_make_one_effect(wallet, revenue):
    w = await wallet(1000)
    request = TransferRequest(new_key(), "purchase", 300, w, revenue)
    other = TransferRequest(request.idempotency_key, "purchase", 301, w, revenue)
    failed = combiner.stats().failed
    # when five copies and one reuse of the key with other content arrive at once
    outcomes = await asyncio.gather(*(create_transfers([r]) for r in [request] * 5 + [other]),
                                    return_exceptions=True)
    # then one transfer was made, the copies are replays of it and the reuse is a conflict
    records = [o[0] for o in outcomes[:5] if isinstance(o, list)]
    assert len(records) == 5
    assert len({r.id for r in records}) == 1
    assert sum(not r.replayed for r in records) == 1
    assert isinstance(outcomes[5], TransferRejected)
    assert outcomes[5].result is R.IDEMPOTENCY_CONFLICT
    assert await count_transfers(idempotency_key=request.idempotency_key) == 1
    # (answered by the combined transaction, not by its fall-back after a failure)
    assert combiner.stats().failed == failed
    assert await totals(w) == (0, 300, 0, 1000)
    await assert_sound()


async def test_overlapping_batches_in_one_combined_transaction_post_each_key_once(
        wallet, revenue):
    w = await wallet(10_000)
    a, b, c = (TransferRequest(new_key(), "purchase", n, w, revenue) for n in (1, 2, 4))
    first, second = await asyncio.gather(create_transfers([a, b]), create_transfers([b, c]))
    assert [r.replayed for r in first] == [False, False]
    assert [r.replayed for r in second] == [True, False]
    assert second[0].id == first[1].id
    assert await totals(w) == (0, 7, 0, 10_000)
    await assert_sound()


async def test_post_and_void_of_one_hold_in_one_combined_transaction_resolve_it_once(
        wallet, revenue):
    w = await wallet(1000)
    [hold] = await create_transfers([TransferRequest(new_key(), "hold", 100, w, revenue,
                                                     kind=K.PENDING)])
    failed = combiner.stats().failed
    post, void = await asyncio.gather(
        create_transfers([TransferRequest(new_key(), "capture", 60, kind=K.POST_PENDING,
                                          pending_id=hold.id)]),
        create_transfers([TransferRequest(new_key(), "release", kind=K.VOID_PENDING,
                                          pending_id=hold.id)]),
        return_exceptions=True)
    assert isinstance(post, list)
    assert isinstance(void, TransferRejected)
    assert void.result is R.PENDING_TRANSFER_ALREADY_POSTED
    assert combiner.stats().failed == failed
    assert await totals(w) == (0, 60, 0, 1000)
    await assert_sound()


async def test_a_call_cancelled_while_queued_writes_nothing(wallet, revenue, db, monkeypatch):
    monkeypatch.setattr(combiner, "FLIGHTS", 1)
    w = await wallet(1000)
    in_flight = TransferRequest(new_key(), "purchase", 10, w, revenue)
    waiting = TransferRequest(new_key(), "purchase", 20, w, revenue)
    async with row_locked(db, w):
        flying = asyncio.create_task(create_transfers([in_flight]))
        await asyncio.sleep(0.05)
        cancelled = asyncio.create_task(create_transfers([waiting]))
        await queued(1)
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
    await flying
    assert await count_transfers(idempotency_key=waiting.idempotency_key) == 0
    assert await totals(w) == (0, 10, 0, 1000)
    await assert_sound()


async def test_a_call_cancelled_once_taken_is_written_and_a_retry_replays_it(
        wallet, revenue, db):
    w = await wallet(1000)
    request = TransferRequest(new_key(), "purchase", 10, w, revenue)
    async with row_locked(db, w):
        flying = asyncio.create_task(create_transfers([request]))
        await asyncio.sleep(0.05)  # taken: its transaction waits for the wallet's lock
        flying.cancel()
        with pytest.raises(asyncio.CancelledError):
            await flying
    # the transaction carries on without its caller (as a cancel during COMMIT always did)
    for _ in range(200):
        if await count_transfers(idempotency_key=request.idempotency_key):
            break
        await asyncio.sleep(0.01)
    [again] = await create_transfers([request])
    assert again.replayed is True
    assert await totals(w) == (0, 10, 0, 1000)
    await assert_sound()


async def test_a_refused_call_is_answered_alone_and_writes_nothing_when_not_combined(
        wallet, revenue, refused):
    w = await wallet(10)
    with combining(False):
        await refused([TransferRequest(new_key(), "purchase", 11, w, revenue)],
                      R.EXCEEDS_CREDITS)
    snapshot = await take_snapshot()
    await refused([TransferRequest(new_key(), "purchase", 11, w, revenue)], R.EXCEEDS_CREDITS)
    assert await take_snapshot() == snapshot


# The concurrency scenarios once more with combining off: concurrent transactions, not one
# combined transaction, must still never deadlock, overdraw or double-resolve.

async def test_uncombined_concurrent_debits_of_one_wallet(wallet, revenue):
    with combining(False):
        await test_concurrency.test_two_hundred_concurrent_debits_of_one_wallet_succeed_exactly_as_far_as_it_affords(wallet, revenue)  # noqa: E501


async def test_uncombined_concurrent_transfers_both_ways(wallet, make_account):
    with combining(False):
        await test_concurrency.test_concurrent_transfers_both_ways_between_accounts_all_succeed(
            wallet, make_account)


async def test_uncombined_concurrent_hot_account(wallet, revenue):
    with combining(False):
        await test_concurrency.test_concurrent_transfers_all_crediting_one_hot_system_account_succeed(wallet, revenue)  # noqa: E501


async def test_uncombined_concurrent_post_and_void(wallet, revenue):
    with combining(False):
        await test_concurrency.test_concurrent_post_and_void_of_one_hold_resolve_it_once(
            wallet, revenue)


async def test_combined_and_uncombined_callers_at_once_keep_the_ledger_exact(wallet, revenue):
    # given a wallet of 1000, paid from by combined calls and, at the same time, by calls that
    # bypass the combiner (an explicit `now`)
    w = await wallet(1000)

    async def pay(i: int) -> list[TransferRecord]:
        request = TransferRequest(new_key(), "purchase", 7, w, revenue)
        if i % 2:
            return await create_transfers([request])
        return await create_transfers([request], now=None if i % 4 else datetime.now(UTC))

    outcomes = await asyncio.gather(*(pay(i) for i in range(200)), return_exceptions=True)
    assert all(isinstance(o, list) or (isinstance(o, TransferRejected)
                                       and o.result is R.EXCEEDS_CREDITS) for o in outcomes)
    assert sum(isinstance(o, list) for o in outcomes) == 1000 // 7
    assert await totals(w) == (0, 7 * (1000 // 7), 0, 1000)
    await assert_sound()


async def test_a_call_inside_a_callers_transaction_is_not_combined_and_rolls_back_with_it(
        wallet, revenue):
    w = await wallet(1000)
    snapshot = await take_snapshot()
    before = combiner.stats().calls

    async def pay_then_fail() -> None:
        async with in_transaction():
            await create_transfers([TransferRequest(new_key(), "purchase", 5, w, revenue)])
            raise RuntimeError("the caller's transaction fails after the transfer")

    with pytest.raises(RuntimeError):
        await pay_then_fail()
    assert combiner.stats().calls == before
    assert await take_snapshot() == snapshot


async def test_one_key_in_two_namespaces_in_one_combined_transaction_makes_two_transfers(
        wallet, revenue):
    # given one key that two partners use at the same moment
    w = await wallet(1000)
    key = new_key()
    failed, handed_back = combiner.stats().failed, combiner.stats().handed_back
    # when both calls arrive at once, with a replay of each
    outcomes = await asyncio.gather(*(
        create_transfers([TransferRequest(key, "purchase", amount, w, revenue)],
                         namespace=namespace)
        for namespace, amount in (("partner:1", 100), ("partner:2", 200),
                                  ("partner:1", 100), ("partner:2", 200))))
    # then each namespace has one transfer of its own, and its copy is a replay of it
    records = [o[0] for o in outcomes]
    assert [r.namespace for r in records] == ["partner:1", "partner:2"] * 2
    assert records[0].id == records[2].id and records[1].id == records[3].id
    assert records[0].id != records[1].id
    assert sum(not r.replayed for r in records) == 2
    assert await count_transfers(idempotency_key=key) == 2
    assert combiner.stats().failed == failed
    assert combiner.stats().handed_back - handed_back <= 2  # only the copies
    assert await totals(w) == (0, 300, 0, 1000)
    await assert_sound()
