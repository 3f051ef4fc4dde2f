"""Idempotency keys: a replay returns the first result; a reused key with other content is a
conflict; concurrent requests with one key make one transfer."""

from __future__ import annotations

import asyncio

import pytest

from models.ledger.codes import TransferKind, TransferResult
from models.ledger.errors import TransferRejected
from models.ledger.posting import TransferRequest, create_transfers

from .support import assert_sound, count_transfers, new_key, take_snapshot, totals

K = TransferKind
R = TransferResult


async def test_replay_returns_the_same_transfer_without_a_second_effect(wallet, revenue):
    # given a stored payment
    w = await wallet(1000)
    request = TransferRequest(new_key(), "purchase", 300, w, revenue, reference_type="order",
                              reference_id="o-1", metadata={"b": 2, "a": 1})
    [first] = await create_transfers([request])
    snapshot = await take_snapshot()
    # when the same request comes again
    [again] = await create_transfers([request])
    # then it answers with the stored transfer, marked as replayed, and writes nothing
    assert again.replayed is True
    assert again.id == first.id
    assert (again.amount, again.debit_account_id, again.credit_account_id, again.code) == (
        300, w, revenue, "purchase")
    assert (again.reference_type, again.reference_id, again.metadata) == (
        "order", "o-1", {"a": 1, "b": 2})
    assert again.created_at == first.created_at
    assert await take_snapshot() == snapshot
    assert await totals(w) == (0, 300, 0, 1000)


async def test_replay_with_metadata_keys_in_another_order_is_a_replay(make_account):
    a, b = await make_account(), await make_account()
    key = new_key()
    [first] = await create_transfers([TransferRequest(key, "t", 1, a.id, b.id,
                                                      metadata={"x": 1, "y": 2})])
    [again] = await create_transfers([TransferRequest(key, "t", 1, a.id, b.id,
                                                      metadata={"y": 2, "x": 1})])
    assert again.replayed is True
    assert again.id == first.id


async def test_replay_of_a_post_after_it_resolved_the_hold_returns_the_post(wallet, revenue):
    # given a hold that was posted
    w = await wallet(1000)
    [hold] = await create_transfers([TransferRequest(new_key(), "hold", 400, w, revenue,
                                                     kind=K.PENDING)])
    post = TransferRequest(new_key(), "capture", 100, kind=K.POST_PENDING, pending_id=hold.id)
    [first] = await create_transfers([post])
    # when the post is sent again, then it is a replay, not pending_transfer_already_posted
    [again] = await create_transfers([post])
    assert (again.id, again.replayed) == (first.id, True)
    assert await totals(w) == (0, 100, 0, 1000)


@pytest.mark.parametrize("change", [
    {"amount": 301},
    {"code": "refund"},
    {"credit_account_id": "other"},
    {"kind": K.PENDING},
    {"reference_id": "o-2"},
    {"metadata": {"a": 2}},
])
async def test_same_key_with_other_content_is_idempotency_conflict(wallet, make_account, revenue,
                                                                   change):
    w = await wallet(1000)
    other = await make_account()
    fields = {"idempotency_key": new_key(), "code": "purchase", "amount": 300,
              "debit_account_id": w, "credit_account_id": revenue, "reference_id": "o-1",
              "metadata": {"a": 1}}
    await create_transfers([TransferRequest(**fields)])
    snapshot = await take_snapshot()
    if change.get("credit_account_id") == "other":
        change = {"credit_account_id": other.id}
    with pytest.raises(TransferRejected) as caught:
        await create_transfers([TransferRequest(**{**fields, **change})])
    assert caught.value.result is R.IDEMPOTENCY_CONFLICT
    assert await take_snapshot() == snapshot


async def test_refusal_is_not_stored_and_the_key_can_be_used_once_funds_arrive(wallet, fund,
                                                                              revenue):
    # given a payment refused for want of funds
    w = await wallet(100)
    request = TransferRequest(new_key(), "purchase", 300, w, revenue)
    with pytest.raises(TransferRejected):
        await create_transfers([request])
    # when the wallet is topped up and the same request is sent again, then it is posted
    await fund(w, 200)
    [t] = await create_transfers([request])
    assert t.replayed is False
    assert await totals(w) == (0, 300, 0, 300)


async def test_twenty_concurrent_requests_with_one_key_make_one_transfer(wallet, revenue):
    # given a wallet of 1000
    w = await wallet(1000)
    request = TransferRequest(new_key(), "purchase", 300, w, revenue)
    # when 20 copies of one request arrive at once
    records = await asyncio.gather(*(create_transfers([request]) for _ in range(20)))
    # then exactly one made the transfer, the others were answered with it, and it took effect
    # once
    ids = {r.id for [r] in records}
    assert len(ids) == 1
    assert sorted(r.replayed for [r] in records) == [False] + [True] * 19
    assert await count_transfers(idempotency_key=request.idempotency_key) == 1
    assert await totals(w) == (0, 300, 0, 1000)
    await assert_sound()


async def test_concurrent_copies_of_a_payment_that_empties_the_wallet_are_all_answered(
        wallet, revenue):
    # given a wallet of 1000 and a payment of all of it
    w = await wallet(1000)
    request = TransferRequest(new_key(), "purchase", 1000, w, revenue)
    # when 20 copies arrive at once, then every copy is answered with the one transfer: none
    # is refused as exceeds_credits by a check that ran before the winner's key was visible
    outcomes = await asyncio.gather(*(create_transfers([request]) for _ in range(20)),
                                    return_exceptions=True)
    records = [o for o in outcomes if not isinstance(o, BaseException)]
    assert len(records) == 20
    assert len({r.id for [r] in records}) == 1
    assert sum(not r.replayed for [r] in records) == 1
    assert await totals(w) == (0, 1000, 0, 1000)
    await assert_sound()


async def test_twenty_concurrent_holds_with_one_key_make_one_hold(wallet, revenue):
    w = await wallet(1000)
    request = TransferRequest(new_key(), "hold", 300, w, revenue, kind=K.PENDING,
                              timeout_seconds=600)
    records = await asyncio.gather(*(create_transfers([request]) for _ in range(20)))
    assert len({r.id for [r] in records}) == 1
    assert sum(not r.replayed for [r] in records) == 1
    assert await totals(w) == (300, 0, 0, 1000)
    await assert_sound()


async def test_twenty_concurrent_posts_with_one_key_post_once(wallet, revenue):
    w = await wallet(1000)
    [hold] = await create_transfers([TransferRequest(new_key(), "hold", 300, w, revenue,
                                                     kind=K.PENDING)])
    request = TransferRequest(new_key(), "capture", 200, kind=K.POST_PENDING, pending_id=hold.id)
    records = await asyncio.gather(*(create_transfers([request]) for _ in range(20)))
    assert len({r.id for [r] in records}) == 1
    assert sum(not r.replayed for [r] in records) == 1
    assert await totals(w) == (0, 200, 0, 1000)
    await assert_sound()


async def test_concurrent_requests_with_one_key_and_different_content_make_one_transfer(
        wallet, revenue):
    # given ten requests sharing a key but each with its own amount
    w = await wallet(1000)
    key = new_key()
    requests = [TransferRequest(key, "purchase", 10 + i, w, revenue) for i in range(10)]
    # when they arrive at once
    results = await asyncio.gather(*(create_transfers([r]) for r in requests),
                                   return_exceptions=True)
    # then one was posted and every other one is idempotency_conflict
    posted = [r for r in results if isinstance(r, list)]
    conflicts = [r for r in results if isinstance(r, TransferRejected)]
    assert len(posted) == 1
    assert len(conflicts) == 9
    assert all(c.result is R.IDEMPOTENCY_CONFLICT for c in conflicts)
    assert await totals(w) == (0, posted[0][0].amount, 0, 1000)
    await assert_sound()


async def test_batch_mixing_a_stored_key_and_new_keys_replays_one_and_posts_the_rest(
        wallet, revenue):
    # given one stored payment
    w = await wallet(1000)
    stored = TransferRequest(new_key(), "purchase", 100, w, revenue)
    [first] = await create_transfers([stored])
    # when a batch carries it between two new ones
    new_a = TransferRequest(new_key(), "purchase", 200, w, revenue)
    new_b = TransferRequest(new_key(), "fee", 50, w, revenue)
    records = await create_transfers([new_a, stored, new_b])
    # then the stored one is answered as it was and only the new ones take effect
    assert [r.replayed for r in records] == [False, True, False]
    assert records[1].id == first.id
    assert [r.amount for r in records] == [200, 100, 50]
    assert await totals(w) == (0, 350, 0, 1000)
    await assert_sound()


async def test_batch_with_a_stored_key_and_a_refused_new_transfer_writes_nothing(
        wallet, revenue):
    # given one stored payment of 900 from a wallet of 1000
    w = await wallet(1000)
    stored = TransferRequest(new_key(), "purchase", 900, w, revenue)
    await create_transfers([stored])
    snapshot = await take_snapshot()
    # when a batch replays it and adds 200 more, which the wallet cannot pay
    with pytest.raises(TransferRejected) as caught:
        await create_transfers([stored, TransferRequest(new_key(), "purchase", 200, w, revenue)])
    # then it is refused as exceeds_credits, named by its index in the whole batch
    assert caught.value.result is R.EXCEEDS_CREDITS
    assert caught.value.index == 1
    assert await take_snapshot() == snapshot


async def test_batch_with_a_stored_key_of_other_content_is_idempotency_conflict(
        wallet, revenue):
    w = await wallet(1000)
    stored = TransferRequest(new_key(), "purchase", 100, w, revenue)
    await create_transfers([stored])
    snapshot = await take_snapshot()
    with pytest.raises(TransferRejected) as caught:
        await create_transfers([
            TransferRequest(new_key(), "purchase", 1, w, revenue),
            TransferRequest(stored.idempotency_key, "purchase", 101, w, revenue),
        ])
    assert caught.value.result is R.IDEMPOTENCY_CONFLICT
    assert caught.value.index == 1
    assert await take_snapshot() == snapshot


async def test_concurrent_batches_sharing_some_keys_post_each_key_once(wallet, revenue):
    # given five keys and batches that each carry an overlapping window of three of them
    w = await wallet(10_000)
    requests = [TransferRequest(new_key(), "purchase", 10 * (i + 1), w, revenue)
                for i in range(5)]
    batches = [requests[i:i + 3] for i in range(3)] * 4
    # when they all arrive at once
    results = await asyncio.gather(*(create_transfers(b) for b in batches))
    # then every key was posted exactly once, and every answer names the stored transfer
    by_key: dict[str, set[int]] = {}
    for records in results:
        for record in records:
            by_key.setdefault(record.idempotency_key, set()).add(record.id)
    assert all(len(ids) == 1 for ids in by_key.values())
    assert sum(sum(not r.replayed for r in records) for records in results) == 5
    assert await count_transfers() == 6  # the funding transfer and the five
    assert await totals(w) == (0, 150, 0, 10_000)
    await assert_sound()


async def test_a_key_belongs_to_its_namespace(wallet, revenue):
    # given a payment stored under a key in the wallet's namespace
    w = await wallet(1000)
    key = new_key("wallet:credit:topup")
    [mine] = await create_transfers([TransferRequest(key, "purchase", 300, w, revenue)],
                                    namespace="domain:wallet")
    # when a partner posts other content under the same key in its own namespace
    [theirs] = await create_transfers([TransferRequest(key, "other", 5, w, revenue)],
                                      namespace="partner:7")
    # then it is a transfer of its own, neither a replay nor a conflict
    assert theirs.id != mine.id and theirs.replayed is False
    assert (theirs.namespace, theirs.amount) == ("partner:7", 5)
    # and each namespace's replay answers its own transfer
    [again] = await create_transfers([TransferRequest(key, "purchase", 300, w, revenue)],
                                     namespace="domain:wallet")
    assert (again.id, again.replayed) == (mine.id, True)
    assert await totals(w) == (0, 305, 0, 1000)
    await assert_sound()


async def test_a_reused_key_with_other_content_conflicts_within_its_namespace(wallet, revenue):
    w = await wallet(1000)
    key = new_key()
    await create_transfers([TransferRequest(key, "purchase", 300, w, revenue)],
                           namespace="partner:7")
    with pytest.raises(TransferRejected) as refused:
        await create_transfers([TransferRequest(key, "purchase", 301, w, revenue)],
                               namespace="partner:7")
    assert refused.value.result is R.IDEMPOTENCY_CONFLICT
    assert await totals(w) == (0, 300, 0, 1000)
