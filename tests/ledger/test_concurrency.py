"""Concurrency on PostgreSQL: many connections at once keep every balance exact, never break a
flag, never deadlock and never surface a serialization error."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Set as AbstractSet

import pytest
from tortoise import connections

from models.ledger.accounts import close_account
from models.ledger.codes import TransferKind, TransferResult
from models.ledger.errors import AccountRejected, TransferRejected
from models.ledger.posting import TransferRequest, create_transfers

from .support import assert_sound, count_transfers, new_key, totals

pytestmark = pytest.mark.slow

K = TransferKind
R = TransferResult
CONNECTIONS = 20


async def run_all(requests_per_call, connections_at_once: int = CONNECTIONS):
    """Post each batch on its own connection, at most `connections_at_once` at a time; every
    outcome (records or exception) in call order."""
    gate = asyncio.Semaphore(connections_at_once)

    async def one(batch):
        async with gate:
            return await create_transfers(batch)

    return await asyncio.gather(*(one(b) for b in requests_per_call), return_exceptions=True)


def unexpected(outcomes, allowed: AbstractSet[TransferResult] = frozenset()):
    """Outcomes that are neither a success nor a refusal with an allowed result."""
    return [o for o in outcomes if isinstance(o, BaseException)
            and not (isinstance(o, TransferRejected) and o.result in allowed)]


async def max_spent_beyond_credits(account_id: int) -> int:
    """The most the account's debits ever stood above its posted credits, over all its events."""
    [row] = await connections.get("default").execute_query_dict(
        "SELECT coalesce(max(debits_pending + debits_posted - credits_posted), 0) AS over"
        " FROM ledger_account_event WHERE account_id = $1", [account_id])
    return int(row["over"])


async def test_two_hundred_concurrent_debits_of_one_wallet_succeed_exactly_as_far_as_it_affords(
        wallet, revenue):
    # given a wallet of 1000
    w = await wallet(1000)
    # when 200 payments of 7 race for it over 20 connections
    outcomes = await run_all([[TransferRequest(new_key(), "purchase", 7, w, revenue)]
                              for _ in range(200)])
    # then exactly the 142 it can afford succeed and the other 58 are exceeds_credits
    assert unexpected(outcomes, {R.EXCEEDS_CREDITS}) == []
    succeeded = [o for o in outcomes if isinstance(o, list)]
    assert len(succeeded) == 1000 // 7
    assert Counter(o.result for o in outcomes if isinstance(o, TransferRejected)) == {
        R.EXCEEDS_CREDITS: 200 - 1000 // 7}
    # and the wallet never stood below zero at any event, and ends with 1000 - 142 * 7
    assert await totals(w) == (0, 7 * (1000 // 7), 0, 1000)
    assert await max_spent_beyond_credits(w) <= 0
    assert await totals(revenue) == (0, 0, 0, 7 * (1000 // 7))
    await assert_sound()


async def test_concurrent_holds_and_payments_never_take_a_wallet_past_its_credit_limit(
        wallet, revenue):
    # given a wallet of 500 with a credit limit of 300
    w = await wallet(500, credit_limit=300)
    # when 150 holds and payments of 9 race for it
    outcomes = await run_all([
        [TransferRequest(new_key(), "hold" if i % 3 == 0 else "purchase", 9, w, revenue,
                         kind=K.PENDING if i % 3 == 0 else K.SINGLE_PHASE)]
        for i in range(150)])
    # then as many as fit in 800 succeed and the rest are exceeds_credit_limit
    assert unexpected(outcomes, {R.EXCEEDS_CREDIT_LIMIT}) == []
    assert sum(isinstance(o, list) for o in outcomes) == 800 // 9
    dp, dpo, _, cpo = await totals(w)
    assert dp + dpo == 9 * (800 // 9)
    assert cpo == 500
    assert await max_spent_beyond_credits(w) <= 300
    await assert_sound()


async def test_concurrent_transfers_both_ways_between_accounts_all_succeed(
        wallet, make_account):
    # given four funded wallets and four unconstrained accounts
    wallets = [await wallet(1_000_000) for _ in range(4)]
    plain = [(await make_account()).id for _ in range(4)]
    accounts = wallets + plain
    rng = random.Random(7)
    # when 200 batches of three transfers each move money in both directions between random
    # pairs, listed in random order (the pattern that deadlocks without one lock order)
    batches = []
    for _ in range(200):
        batch = []
        for _ in range(3):
            a, b = rng.sample(accounts, 2)
            batch.append(TransferRequest(new_key(), "swap", rng.randint(1, 100), a, b))
        batches.append(batch)
    outcomes = await run_all(batches)
    # then every batch succeeds, without a deadlock or serialization error reaching the caller
    assert unexpected(outcomes) == []
    assert await count_transfers(code="swap") == 600
    # and each account's posted totals are exactly the sum of its transfers
    moved: Counter[int | None] = Counter()
    for batch in batches:
        for r in batch:
            moved[r.debit_account_id] -= r.amount or 0
            moved[r.credit_account_id] += r.amount or 0
    for account_id in plain:
        _, dpo, _, cpo = await totals(account_id)
        assert cpo - dpo == moved[account_id]
    for account_id in wallets:
        _, dpo, _, cpo = await totals(account_id)
        assert cpo - dpo == 1_000_000 + moved[account_id]
    await assert_sound()


async def test_concurrent_pairs_of_opposite_transfers_between_two_wallets_all_succeed(wallet):
    # given two wallets
    a, b = await wallet(10_000), await wallet(10_000)
    # when 100 batches a->b, b->a and 100 batches b->a, a->b race
    batches = []
    for _ in range(100):
        batches.append([TransferRequest(new_key(), "swap", 5, a, b),
                        TransferRequest(new_key(), "swap", 3, b, a)])
        batches.append([TransferRequest(new_key(), "swap", 3, b, a),
                        TransferRequest(new_key(), "swap", 5, a, b)])
    outcomes = await run_all(batches)
    # then all succeed and the net effect is exact
    assert unexpected(outcomes) == []
    assert await totals(a) == (0, 200 * 5, 0, 10_000 + 200 * 3)
    assert await totals(b) == (0, 200 * 3, 0, 10_000 + 200 * 5)
    await assert_sound()


async def test_concurrent_transfers_all_crediting_one_hot_system_account_succeed(
        wallet, revenue):
    # given 20 funded wallets
    wallets = [await wallet(10_000) for _ in range(20)]
    # when 300 payments (some in batches of two) from them all credit revenue at once
    batches = []
    for i in range(200):
        w = wallets[i % 20]
        batch = [TransferRequest(new_key(), "purchase", 10 + i % 7, w, revenue)]
        if i % 2:
            batch.append(TransferRequest(new_key(), "fee", 1, wallets[(i + 1) % 20], revenue))
        batches.append(batch)
    outcomes = await run_all(batches)
    # then every one succeeds and revenue holds their exact sum, with one event per credit
    assert unexpected(outcomes) == []
    expected = sum(r.amount or 0 for batch in batches for r in batch)
    assert await totals(revenue) == (0, 0, 0, expected)
    [row] = await connections.get("default").execute_query_dict(
        "SELECT count(*) AS n, max(sequence) AS last FROM ledger_account_event"
        " WHERE account_id = $1", [revenue])
    assert (row["n"], row["last"]) == (300, 300)
    await assert_sound()


async def test_concurrent_post_and_void_of_one_hold_resolve_it_once(wallet, revenue):
    # given 30 holds
    w = await wallet(10_000)
    holds = await create_transfers([TransferRequest(new_key(), "hold", 100, w, revenue,
                                                    kind=K.PENDING) for _ in range(30)])
    # when each is posted and voided by two racing requests
    batches = []
    for h in holds:
        batches.append([TransferRequest(new_key(), "capture", 60, kind=K.POST_PENDING,
                                        pending_id=h.id)])
        batches.append([TransferRequest(new_key(), "release", kind=K.VOID_PENDING,
                                        pending_id=h.id)])
    outcomes = await run_all(batches)
    # then exactly one of each pair wins, the loser names what happened first
    assert unexpected(outcomes, {R.PENDING_TRANSFER_ALREADY_POSTED,
                                 R.PENDING_TRANSFER_ALREADY_VOIDED}) == []
    posts = sum(isinstance(o, list) for o in outcomes[0::2])
    voids = sum(isinstance(o, list) for o in outcomes[1::2])
    assert posts + voids == 30
    for post, void in zip(outcomes[0::2], outcomes[1::2], strict=True):
        assert isinstance(post, list) != isinstance(void, list)
    assert await totals(w) == (0, 60 * posts, 0, 10_000)
    await assert_sound()


async def test_concurrent_close_and_credit_of_an_account_never_credit_a_closed_account(
        make_account, opening):
    # given ten empty unconstrained accounts
    targets = [(await make_account()).id for _ in range(10)]

    # when each is closed while a credit to it races the close
    async def close(account_id):
        try:
            return await close_account(account_id)
        except AccountRejected as error:
            return error

    credits = [[TransferRequest(new_key(), "gift", 5, opening, t)] for t in targets]
    outcomes = await asyncio.gather(run_all(credits), *(close(t) for t in targets))
    transfers, closes = outcomes[0], outcomes[1:]
    # then each account either took the credit (and refused to close with a balance) or closed
    # first (and refused the credit as account_closed)
    assert unexpected(transfers, {R.ACCOUNT_CLOSED}) == []
    for target, transfer, closed in zip(targets, transfers, closes, strict=True):
        if isinstance(transfer, list):
            assert isinstance(closed, AccountRejected)
            assert closed.code == "account_has_balance"
            assert await totals(target) == (0, 0, 0, 5)
        else:
            assert not isinstance(closed, AccountRejected)
            assert await totals(target) == (0, 0, 0, 0)
    await assert_sound()
