"""Single-phase transfers and batches: money moves exactly, and a batch is all or none."""

from __future__ import annotations

import pytest

from models.ledger.codes import TransferKind, TransferResult
from models.ledger.errors import TransferRejected
from models.ledger.posting import TransferRequest, create_transfers

from .support import assert_sound, count_transfers, new_key, take_snapshot, totals


async def test_single_phase_transfer_debits_one_account_and_credits_the_other(wallet, revenue):
    # given a wallet holding 1000
    w = await wallet(1000)
    # when it pays 300 to revenue
    [t] = await create_transfers([TransferRequest(new_key(), "purchase", 300, w, revenue,
                                                  reference_type="order",
                                                  reference_id="o-1",
                                                  metadata={"note": "first"})])
    # then both sides show it as posted, and the record says what was stored
    assert await totals(w) == (0, 300, 0, 1000)
    assert await totals(revenue) == (0, 0, 0, 300)
    assert (t.kind, t.amount, t.debit_account_id, t.credit_account_id, t.ledger) == (
        TransferKind.SINGLE_PHASE, 300, w, revenue, "IRR")
    assert (t.reference_type, t.reference_id, t.metadata) == ("order", "o-1", {"note": "first"})
    assert t.replayed is False
    await assert_sound()


async def test_wallet_may_spend_exactly_its_balance(wallet, revenue):
    w = await wallet(500)
    await create_transfers([TransferRequest(new_key(), "purchase", 500, w, revenue)])
    assert await totals(w) == (0, 500, 0, 500)
    await assert_sound()


async def test_wallet_with_a_credit_limit_may_go_that_far_below_zero(wallet, revenue):
    w = await wallet(100, credit_limit=50)
    await create_transfers([TransferRequest(new_key(), "purchase", 150, w, revenue)])
    assert await totals(w) == (0, 150, 0, 100)
    await assert_sound()


async def test_batch_applies_its_transfers_in_order(wallet, make_account, revenue):
    # given an empty wallet
    w = await wallet(0)
    source = await make_account()
    # when one batch first credits it and then spends from it
    await create_transfers([
        TransferRequest(new_key(), "top_up", 100, source.id, w),
        TransferRequest(new_key(), "purchase", 70, w, revenue),
        TransferRequest(new_key(), "fee", 30, w, revenue),
    ])
    # then the spending sees the credit that came before it in the batch
    assert await totals(w) == (0, 100, 0, 100)
    assert await totals(revenue) == (0, 0, 0, 100)
    await assert_sound()


async def test_batch_with_a_bad_third_transfer_leaves_the_first_two_unwritten(wallet, revenue):
    # given a wallet holding 100
    w = await wallet(100)
    before = await take_snapshot()
    # when a batch of three spends 40 + 40 + 40
    with pytest.raises(TransferRejected) as caught:
        await create_transfers([TransferRequest(new_key(), "purchase", 40, w, revenue)
                                for _ in range(3)])
    # then the third is refused and neither of the first two was written
    assert caught.value.result is TransferResult.EXCEEDS_CREDITS
    assert caught.value.index == 2
    assert await take_snapshot() == before
    await assert_sound()


async def test_refused_batch_keys_stay_free_for_a_later_batch(wallet, revenue):
    # given a batch refused for its third transfer
    w = await wallet(100)
    requests = [TransferRequest(new_key(), "purchase", 40, w, revenue) for _ in range(3)]
    with pytest.raises(TransferRejected):
        await create_transfers(requests)
    # when its first two transfers are sent again on their own, then they are posted fresh
    records = await create_transfers(requests[:2])
    assert [r.replayed for r in records] == [False, False]
    assert await totals(w) == (0, 80, 0, 100)
    await assert_sound()


async def test_batch_returns_records_in_request_order_with_distinct_ids(make_account):
    accounts = [await make_account() for _ in range(4)]
    requests = [TransferRequest(new_key(), "test", i + 1, accounts[i % 4].id,
                                accounts[(i + 1) % 4].id) for i in range(12)]
    records = await create_transfers(requests)
    assert [r.idempotency_key for r in records] == [r.idempotency_key for r in requests]
    assert [r.amount for r in records] == list(range(1, 13))
    assert len({r.id for r in records}) == 12
    assert await count_transfers() == 12
    await assert_sound()


async def test_transfers_between_unconstrained_accounts_may_leave_either_side_negative(
        make_account):
    a, b = await make_account(), await make_account()
    await create_transfers([TransferRequest(new_key(), "test", 10**12, a.id, b.id)])
    assert await totals(a.id) == (0, 10**12, 0, 0)
    await assert_sound()
