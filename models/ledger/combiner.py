"""Group commit for `create_transfers`: concurrent calls share one database transaction.

A hot account's row lock is held from its update through the commit (a WAL flush) and the wake-up
of the next waiter, so calls that all touch it run one commit at a time. Here calls that arrive
while a combined transaction is in flight queue up, and the next transaction takes them together
(at most `MAX_CALLS` calls and `MAX_TRANSFERS` transfers): N calls, one hand-off of the hot row,
one commit.

- No added latency: a call that finds no transaction in flight starts one at once (no timer).
- One combiner per event loop and Tortoise client (the test session's loop, each server process's
  loop, dramatiq's AsyncIO loop each get their own). At most `FLIGHTS` combined transactions are
  in flight per combiner; each runs in a task of its own, so a caller's cancellation never cuts
  a transaction that also carries other callers' transfers.
- Bypassed (the call runs on its own, as before): calls with an explicit `now`, expiry's
  `_expiring` calls, calls made inside a caller's own transaction (they must stay part of it),
  and everything while `set_enabled(False)`.

Inside one combined transaction the calls form one bigger batch, so posting.py's lock order and
deadlock-freedom argument hold unchanged: the union of the pendings is locked by id, then the
union of the constrained accounts by id, then the keys enter the unique index sorted, then the
unconstrained accounts are locked by id, all in the same two statements as a single call.
Between the read and the write each call is planned on its own, in arrival order, against the
locked totals as the calls before it left them:

- a call refused by the checks is rolled back in memory (its accounts' totals restored) and
  answered alone with its own `TransferRejected` (indexes within its own batch); it writes
  nothing. Before answering, its keys are looked for once more (as posting.py does): if a
  same-key batch committed while the read waited, the call is handed back instead (below);
- a call with a key that is already stored in its namespace, or that an earlier call of this
  transaction uses in the same namespace, is not planned (calls of different namespaces never
  clash, whatever their keys): it is handed back, and after the commit its caller runs it
  through the ordinary path, which answers it as a replay of what is now stored (or
  `idempotency_conflict` when the content differs), so two same-key calls never make two
  effects;
- any failure of the combined transaction itself (a serialization failure or deadlock, a key
  that a concurrent transaction stored between the read and the write, an account closed
  meanwhile, an overflowing total, a lost connection) rolls the whole transaction back and hands
  every call back, so each is retried on its own. Retrying is safe because it is idempotent: a
  call whose transfers did commit (say, the connection dropped after COMMIT) is answered from
  what is stored.

Cancellation: a caller cancelled while its call waits in the queue is removed from it, and
nothing of it is written. Once a transaction has taken the call, the transaction goes on (it
carries other callers' transfers too) and may commit the call's transfers; the caller just does
not get the answer. That is what happens today to a caller cancelled during its COMMIT, and an
idempotent retry with the same keys is answered with what was stored.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TypeAlias

from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient
from tortoise.connection import get_connections

from models.db import transaction
from models.ledger.codes import PendingState, TransferKind
from models.ledger.errors import TransferRejected
from models.ledger.planning import (
    SELECT_ACCOUNTS,
    AccountState,
    Planned,
    TransferRecord,
    TransferRequest,
    accounts_of,
    lock_pendings,
    plan_batch,
    records_of,
    write_batch,
)

MAX_CALLS = 256
MAX_TRANSFERS = 4000
FLIGHTS = 1

_enabled = True

_STORED_KEYS = """
    SELECT t.namespace, t.idempotency_key FROM ledger_transfer AS t
    JOIN unnest($1::text[], $2::text[]) AS k(namespace, key)
      ON t.namespace = k.namespace AND t.idempotency_key = k.key
"""


def set_enabled(enabled: bool) -> None:
    """Switch combining on or off for this process (calls already queued are still served)."""
    global _enabled
    _enabled = enabled


def enabled() -> bool:
    return _enabled


class _HandBack:
    """The outcome 'run this call on its own after the combined transaction'."""


HAND_BACK = _HandBack()
_Outcome: TypeAlias = list[TransferRecord] | TransferRejected | _HandBack


@dataclass(slots=True, eq=False)
class _Call:
    requests: Sequence[TransferRequest]
    digests: list[str]
    namespace: str
    future: asyncio.Future[_Outcome]

    def scoped_keys(self) -> list[tuple[str, str]]:
        return [(self.namespace, r.idempotency_key) for r in self.requests]


@dataclass(slots=True)
class Stats:
    """Counters for tests and the bench."""

    transactions: int = 0  # combined transactions run
    calls: int = 0  # calls taken by them
    handed_back: int = 0  # calls handed back to run on their own
    failed: int = 0  # combined transactions that failed as a whole


class _Combiner:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: deque[_Call] = deque()
        self.flights = 0
        self.tasks: set[asyncio.Task[None]] = set()
        self.stats = Stats()

    async def submit(self, requests: Sequence[TransferRequest], digests: list[str],
                     namespace: str) -> list[TransferRecord] | None:
        call = _Call(requests, digests, namespace, self.loop.create_future())
        self.queue.append(call)
        if self.flights < FLIGHTS:
            self.flights += 1
            task = self.loop.create_task(self._fly())
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        try:
            outcome = await call.future
        except asyncio.CancelledError:
            # Not taken yet: it leaves the queue and nothing of it is written. Taken: the
            # transaction goes on without telling us (see the module docstring).
            if call in self.queue:
                self.queue.remove(call)
            raise
        if isinstance(outcome, TransferRejected):
            raise outcome
        if isinstance(outcome, _HandBack):
            return None
        return outcome

    def _take(self) -> list[_Call]:
        taken: list[_Call] = []
        size = 0
        while self.queue and len(taken) < MAX_CALLS:
            call = self.queue[0]
            if call.future.done():  # cancelled before it was taken
                self.queue.popleft()
                continue
            if taken and size + len(call.requests) > MAX_TRANSFERS:
                break
            self.queue.popleft()
            taken.append(call)
            size += len(call.requests)
        return taken

    async def _fly(self) -> None:
        try:
            while calls := self._take():
                self.stats.transactions += 1
                self.stats.calls += len(calls)
                try:
                    outcomes = await _run_combined(calls)
                except asyncio.CancelledError:
                    for call in calls:
                        call.future.cancel()
                    raise
                except Exception:
                    self.stats.failed += 1
                    outcomes = [HAND_BACK] * len(calls)
                for call, outcome in zip(calls, outcomes, strict=True):
                    if isinstance(outcome, _HandBack):
                        self.stats.handed_back += 1
                    if not call.future.done():
                        call.future.set_result(outcome)
        finally:
            self.flights -= 1
            for call in self.queue:  # only after a cancelled flight: no one will take these
                if self.flights == 0 and not call.future.done():
                    call.future.set_result(HAND_BACK)


_combiners: weakref.WeakKeyDictionary[
    asyncio.AbstractEventLoop, weakref.WeakKeyDictionary[BaseDBAsyncClient, _Combiner]
] = weakref.WeakKeyDictionary()


def _client() -> BaseDBAsyncClient | None:
    """The connection `transaction()` would use, or None when combining must not be used."""
    handler = get_connections()
    if len(handler.db_config) != 1:
        return None
    client = handler.get(next(iter(handler.db_config)))
    if isinstance(client, TransactionalDBClient):
        return None  # inside a caller's transaction: the call must stay part of it
    return client


def _combiner(create: bool = True) -> _Combiner | None:
    client = _client()
    if client is None:
        return None
    loop = asyncio.get_running_loop()
    per_loop = _combiners.get(loop)
    if per_loop is None:
        if not create:
            return None
        per_loop = _combiners[loop] = weakref.WeakKeyDictionary()
    combiner = per_loop.get(client)
    if combiner is None and create:
        combiner = per_loop[client] = _Combiner(loop)
    return combiner


def stats() -> Stats:
    """This loop's and connection's counters (zeros when nothing was combined yet)."""
    combiner = _combiner(create=False)
    return combiner.stats if combiner is not None else Stats()


async def combined(requests: Sequence[TransferRequest], digests: list[str],
                   namespace: str) -> list[TransferRecord] | None:
    """Post the call in a combined transaction; None when it must run on its own instead."""
    if not _enabled:
        return None
    combiner = _combiner()
    if combiner is None:
        return None
    return await combiner.submit(requests, digests, namespace)


async def _run_combined(calls: list[_Call]) -> list[_Outcome]:
    """One transaction for all `calls`; an outcome per call. Raises when it failed as a whole."""
    now = datetime.now(UTC)
    outcomes: list[_Outcome] = [HAND_BACK] * len(calls)
    pairs = [pair for call in calls for pair in call.scoped_keys()]
    namespaces = [namespace for namespace, _ in pairs]
    keys = [key for _, key in pairs]
    pending_ids = sorted({r.pending_id for call in calls for r in call.requests
                          if r.pending_id is not None})
    planned: list[Planned] = []
    slices: list[tuple[int, int, int]] = []  # (call, first, end) in `planned`
    async with transaction() as conn:
        pendings = await lock_pendings(conn, pending_ids)
        account_ids: set[int] = set()
        for call in calls:
            account_ids.update(accounts_of(call.requests, pendings))
        rows = await conn.fetch(SELECT_ACCOUNTS, sorted(account_ids), namespaces, keys)
        accounts: dict[int, AccountState] = {}
        seen_keys: set[tuple[str, str]] = set()
        for row in rows:
            if row[0] is None:
                seen_keys.update(pairs[i - 1] for i in row[10] or ())
            else:
                accounts[row[0]] = AccountState(*row[:10])
        refused: list[tuple[int, TransferRejected]] = []
        for i, call in enumerate(calls):
            call_keys = call.scoped_keys()
            clash = any(k in seen_keys for k in call_keys)
            seen_keys.update(call_keys)
            if clash:
                continue  # stored, or used by an earlier call here: handed back, a replay
            touched = accounts_of(call.requests, pendings)
            saved = {a: replace(accounts[a]) for a in touched if a in accounts}
            try:
                items = plan_batch(call.requests, call.digests, accounts, pendings, now, False)
            except TransferRejected as error:
                accounts.update(saved)  # undo what the call's earlier transfers applied
                refused.append((i, error))
                continue
            for r in call.requests:
                if r.pending_id is not None:
                    pendings[r.pending_id].state = (
                        PendingState.POSTED if r.kind is TransferKind.POST_PENDING
                        else PendingState.VOIDED)
            slices.append((i, len(planned), len(planned) + len(items)))
            planned.extend(items)
        if refused:
            # A fresh statement: the locking read may have waited for a same-key batch that
            # its snapshot cannot see (see posting.py); such a call is a replay, not refused.
            asked = [pair for i, _ in refused for pair in calls[i].scoped_keys()]
            stored = {(row[0], row[1]) for row in await conn.fetch(
                _STORED_KEYS, [n for n, _ in asked], [k for _, k in asked])}
            for i, rejection in refused:
                if not any(pair in stored for pair in calls[i].scoped_keys()):
                    outcomes[i] = rejection
        ids: list[int] = []
        planned_namespaces = [calls[i].namespace for i, first, end in slices
                              for _ in range(end - first)]
        if planned:
            unconstrained = sorted({d[0] for p in planned for d in p.deltas
                                    if not accounts[d[0]].constrained})
            ids = await write_batch(conn, planned, planned_namespaces, now, False, unconstrained)
    for i, first, end in slices:
        outcomes[i] = records_of(planned[first:end], ids[first:end],
                               planned_namespaces[first:end], now)
    return outcomes
