"""A Hypothesis state machine drives the ledger on PostgreSQL and checks it against a pure-Python
model after every step: same balances, same refusals, and every invariant intact.

Hypothesis drives its steps synchronously, so it runs in a worker thread while the test's own
coroutine keeps the session's event loop (where Tortoise's pool lives) running; each step sends its
coroutine to that loop and waits for the answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from tortoise import connections

from models.errors import DomainError
from models.ledger.accounts import AccountRequest, close_account, create_accounts, ensure_ledgers
from models.ledger.accounts import set_credit_limit as set_limit
from models.ledger.codes import TransferKind, TransferResult
from models.ledger.errors import TransferRejected
from models.ledger.expiry import expire_due
from models.ledger.posting import TransferRequest, create_transfers

from .support import assert_sound, new_key

K = TransferKind
R = TransferResult
TIMEOUT_SECONDS = 3600

SETTINGS = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)


@dataclass
class ModelAccount:
    id: int
    dmnec: bool
    cmned: bool
    limit: int
    totals: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # dp, dpo, cp, cpo
    closed: bool = False


@dataclass
class ModelPending:
    id: int
    debit: int
    credit: int
    amount: int
    timed: bool
    state: str = "pending"


class Refused(Exception):
    """The model's refusal: the result and the index the ledger must name."""

    def __init__(self, result: TransferResult, index: int) -> None:
        self.result = result
        self.index = index


def _check_flags(a: ModelAccount, totals: list[int], delta: tuple[int, ...], index: int) -> None:
    dp, dpo, cp, cpo = totals
    if a.dmnec and delta[0] + delta[1] > 0 and dp + dpo > cpo + a.limit:
        raise Refused(R.EXCEEDS_CREDIT_LIMIT if a.limit else R.EXCEEDS_CREDITS, index)
    if a.cmned and delta[2] + delta[3] > 0 and cp + cpo > dpo + a.limit:
        raise Refused(R.EXCEEDS_CREDIT_LIMIT if a.limit else R.EXCEEDS_DEBITS, index)


def model_batch(accounts: dict[int, ModelAccount], pendings: dict[int, ModelPending],
                items: list[tuple[Any, ...]]) -> tuple[dict[int, list[int]], dict[int, str]]:
    """What a batch does to the model: the new totals and pending states, or `Refused`.

    Items: ("single", debit, credit, amount), ("pending", debit, credit, amount, timed),
    ("post", pending_id, amount or None), ("void", pending_id).
    """
    totals = {i: list(a.totals) for i, a in accounts.items()}
    states: dict[int, str] = {}
    for index, item in enumerate(items):
        kind = item[0]
        if kind in ("post", "void"):
            p = pendings[item[1]]
            if p.state == "posted":
                raise Refused(R.PENDING_TRANSFER_ALREADY_POSTED, index)
            if p.state == "voided":
                raise Refused(R.PENDING_TRANSFER_ALREADY_VOIDED, index)
            if p.state == "expired":
                raise Refused(R.PENDING_TRANSFER_EXPIRED, index)
            debit, credit, held = p.debit, p.credit, p.amount
            if kind == "post":
                amount = held if item[2] is None else item[2]
                if amount > held:
                    raise Refused(R.POST_AMOUNT_EXCEEDS_PENDING, index)
                deltas = ((-held, amount, 0, 0), (0, 0, -held, amount))
                states[p.id] = "posted"
            else:
                deltas = ((-held, 0, 0, 0), (0, 0, -held, 0))
                states[p.id] = "voided"
        else:
            debit, credit, amount = item[1], item[2], item[3]
            if kind == "single":
                deltas = ((0, amount, 0, 0), (0, 0, 0, amount))
            else:
                deltas = ((amount, 0, 0, 0), (0, 0, amount, 0))
        if accounts[debit].closed or accounts[credit].closed:
            raise Refused(R.ACCOUNT_CLOSED, index)
        for account_id, delta in zip((debit, credit), deltas, strict=True):
            t = totals[account_id]
            for i in range(4):
                t[i] += delta[i]
            _check_flags(accounts[account_id], t, delta, index)
    return totals, states


class LedgerMachine(RuleBasedStateMachine):
    """Accounts, transfers, holds and limits at random; the model says what must happen."""

    run: Callable[[Coroutine[Any, Any, Any]], Any]

    def __init__(self) -> None:
        super().__init__()
        self.accounts: dict[int, ModelAccount] = {}
        self.pendings: dict[int, ModelPending] = {}
        self.now = datetime.now(UTC)  # the expiry clock: jumps past every timeout it meets

    # -- helpers ---------------------------------------------------------------------------

    def pick(self, n: int) -> int:
        ids = sorted(self.accounts)
        return ids[n % len(ids)]

    def pair(self, d: int, c: int) -> tuple[int, int]:
        ids = sorted(self.accounts)
        debit = ids[d % len(ids)]
        credit = ids[c % len(ids)]
        if credit == debit:
            credit = ids[(c + 1) % len(ids)]
        return debit, credit

    def request(self, item: tuple[Any, ...]) -> TransferRequest:
        kind = item[0]
        if kind == "single":
            return TransferRequest(new_key("m"), "model", item[3], item[1], item[2])
        if kind == "pending":
            return TransferRequest(new_key("m"), "hold", item[3], item[1], item[2],
                                   kind=K.PENDING,
                                   timeout_seconds=TIMEOUT_SECONDS if item[4] else None)
        if kind == "post":
            return TransferRequest(new_key("m"), "capture", item[2], kind=K.POST_PENDING,
                                   pending_id=item[1])
        return TransferRequest(new_key("m"), "release", kind=K.VOID_PENDING,
                               pending_id=item[1])

    def attempt(self, coro: Coroutine[Any, Any, Any]) -> tuple[Any, DomainError | None]:
        """The operation's result, or the domain error it raised."""
        try:
            return self.run(coro), None
        except DomainError as error:
            return None, error

    def post_batch(self, items: list[tuple[Any, ...]]) -> None:
        """Post `items` to the ledger and to the model; both must agree on the outcome."""
        try:
            totals, states = model_batch(self.accounts, self.pendings, items)
            expected: Refused | None = None
        except Refused as refusal:
            expected = refusal
        records, error = self.attempt(create_transfers([self.request(item) for item in items]))
        if error is not None:
            assert isinstance(error, TransferRejected)
            assert expected is not None, f"refused {error.result} where the model posts"
            assert (error.result, error.index) == (expected.result, expected.index)
            event(f"refused: {error.result.value}")
            return
        event(f"posted: batch of {len(items)}" if len(items) > 1 else f"posted: {items[0][0]}")
        assert expected is None, f"posted where the model refuses {expected.result}"
        for account_id, t in totals.items():
            self.accounts[account_id].totals = t
        for pending_id, state in states.items():
            self.pendings[pending_id].state = state
        for item, record in zip(items, records, strict=True):
            assert record.replayed is False
            if item[0] == "pending":
                self.pendings[record.id] = ModelPending(record.id, item[1], item[2], item[3],
                                                        item[4])

    def add_account(self, flag: str, limit: int) -> None:
        [a] = self.run(create_accounts([AccountRequest(
            ledger="IRR", code="model", debits_must_not_exceed_credits=flag == "dmnec",
            credits_must_not_exceed_debits=flag == "cmned",
            credit_limit=limit if flag != "none" else 0)]))
        self.accounts[a.id] = ModelAccount(a.id, flag == "dmnec", flag == "cmned",
                                           limit if flag != "none" else 0)

    # -- rules -----------------------------------------------------------------------------

    @initialize()
    def start(self) -> None:
        self.run(_reset())
        self.add_account("none", 0)  # a bank: unconstrained, the source of funds
        self.add_account("dmnec", 0)
        self.add_account("cmned", 0)

    @rule(flag=st.sampled_from(["none", "dmnec", "cmned"]),
          limit=st.sampled_from([0, 0, 50, 300]))
    def create_account(self, flag: str, limit: int) -> None:
        self.add_account(flag, limit)

    @rule(n=st.integers(0, 10**6), amount=st.integers(1, 1000))
    def fund_from_the_bank(self, n: int, amount: int) -> None:
        bank = min(self.accounts)
        target = self.pick(n)
        if target != bank:
            self.post_batch([("single", bank, target, amount)])

    @rule(d=st.integers(0, 10**6), c=st.integers(0, 10**6), amount=st.integers(1, 400))
    def transfer(self, d: int, c: int, amount: int) -> None:
        debit, credit = self.pair(d, c)
        self.post_batch([("single", debit, credit, amount)])

    @rule(d=st.integers(0, 10**6), c=st.integers(0, 10**6), amount=st.integers(1, 400),
          timed=st.booleans())
    def hold(self, d: int, c: int, amount: int, timed: bool) -> None:
        debit, credit = self.pair(d, c)
        self.post_batch([("pending", debit, credit, amount, timed)])

    def pick_pending(self, n: int) -> ModelPending:
        """Mostly a pending one; now and then any, to try resolving one twice."""
        open_ids = sorted(i for i, p in self.pendings.items() if p.state == "pending")
        ids = open_ids if open_ids and n % 4 else sorted(self.pendings)
        return self.pendings[ids[n % len(ids)]]

    @staticmethod
    def post_amount(held: int, part: int) -> int | None:
        """0: the whole hold by default; 1-10: tenths of it; 11-12: more than it holds."""
        if part == 0:
            return None
        return -(-held * part // 10) if part <= 10 else held + part - 10

    @precondition(lambda self: self.pendings)
    @rule(n=st.integers(0, 10**6), part=st.integers(0, 12))
    def post(self, n: int, part: int) -> None:
        p = self.pick_pending(n)
        self.post_batch([("post", p.id, self.post_amount(p.amount, part))])

    @precondition(lambda self: self.pendings)
    @rule(n=st.integers(0, 10**6))
    def void(self, n: int) -> None:
        self.post_batch([("void", self.pick_pending(n).id)])

    @rule(parts=st.lists(st.tuples(st.sampled_from(["single", "single", "pending", "resolve"]),
                                   st.integers(0, 10**6), st.integers(0, 10**6),
                                   st.integers(1, 300), st.booleans()),
                         min_size=2, max_size=6))
    def batch(self, parts: list[tuple[str, int, int, int, bool]]) -> None:
        items: list[tuple[Any, ...]] = []
        resolving: set[int] = set()
        for kind, a, b, amount, flag in parts:
            if kind == "resolve":
                open_ids = sorted(i for i, p in self.pendings.items()
                                  if p.state == "pending" and i not in resolving)
                if not open_ids:
                    continue
                p = self.pendings[open_ids[a % len(open_ids)]]
                resolving.add(p.id)
                items.append(("post", p.id, self.post_amount(p.amount, b % 13)) if flag
                             else ("void", p.id))
            else:
                debit, credit = self.pair(a, b)
                items.append((kind, debit, credit, amount) + ((flag,) if kind == "pending"
                                                               else ()))
        if items:
            self.post_batch(items)

    @rule(n=st.integers(0, 10**6), limit=st.integers(0, 500))
    def change_credit_limit(self, n: int, limit: int) -> None:
        a = self.accounts[self.pick(n)]
        dp, dpo, cp, cpo = a.totals
        in_use = dp + dpo - cpo if a.dmnec else cp + cpo - dpo
        if not (a.dmnec or a.cmned):
            expected = "credit_limit_needs_a_balance_flag"
        elif a.closed:
            expected = "account_closed"
        elif limit < in_use:
            expected = "credit_limit_below_usage"
        else:
            expected = None
        _, error = self.attempt(set_limit(a.id, limit))
        assert (error.code if error else None) == expected
        if error is not None:
            return
        a.limit = limit

    @precondition(lambda self: len(self.accounts) > 3)
    @rule(n=st.integers(0, 10**6))
    def close(self, n: int) -> None:
        ids = sorted(self.accounts)[3:]  # the first three accounts stay open
        a = self.accounts[ids[n % len(ids)]]
        if a.closed:
            expected = None
        elif a.totals[0] or a.totals[2]:
            expected = "account_has_pending_transfers"
        elif a.totals[1] != a.totals[3]:
            expected = "account_has_balance"
        else:
            expected = None
        _, error = self.attempt(close_account(a.id))
        assert (error.code if error else None) == expected
        if error is not None:
            return
        a.closed = True

    @rule()
    def expire_due_holds(self) -> None:
        due = [p for p in self.pendings.values() if p.timed and p.state == "pending"]
        self.now = max(self.now, datetime.now(UTC)) + timedelta(seconds=TIMEOUT_SECONDS + 1)
        assert self.run(expire_due(now=self.now)) == len(due)
        for p in due:
            p.state = "expired"
            for account_id, delta in ((p.debit, (-p.amount, 0, 0, 0)),
                                      (p.credit, (0, 0, -p.amount, 0))):
                t = self.accounts[account_id].totals
                for i in range(4):
                    t[i] += delta[i]
        assert self.run(expire_due(now=self.now)) == 0

    # -- invariants ------------------------------------------------------------------------

    @invariant()
    def ledger_matches_the_model(self) -> None:
        if not self.accounts:
            return
        self.run(_check(self.accounts, self.pendings))


async def _reset() -> None:
    await connections.get("default").execute_script(
        "TRUNCATE ledger_account_event, ledger_pending_transfer, ledger_transfer,"
        " ledger_account, ledger_ledger RESTART IDENTITY CASCADE")
    await ensure_ledgers()


async def _check(accounts: dict[int, ModelAccount], pendings: dict[int, ModelPending]) -> None:
    await assert_sound()
    db = connections.get("default")
    rows = await db.execute_query_dict(
        "SELECT id, debits_pending, debits_posted, credits_pending, credits_posted, closed,"
        " credit_limit FROM ledger_account WHERE id = ANY($1::bigint[])", [list(accounts)])
    stored = {r["id"]: ([r["debits_pending"], r["debits_posted"], r["credits_pending"],
                         r["credits_posted"]], r["closed"], r["credit_limit"]) for r in rows}
    assert stored == {i: (a.totals, a.closed, a.limit) for i, a in accounts.items()}
    if pendings:
        rows = await db.execute_query_dict(
            "SELECT transfer_id, state FROM ledger_pending_transfer")
        assert {r["transfer_id"]: r["state"] for r in rows} == {
            i: p.state for i, p in pendings.items()}


@pytest.mark.slow
async def test_ledger_agrees_with_a_pure_python_model_after_every_step(db):
    loop = asyncio.get_running_loop()

    def run(coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=60)

    LedgerMachine.run = staticmethod(run)
    await asyncio.to_thread(run_state_machine_as_test, LedgerMachine, settings=SETTINGS)
