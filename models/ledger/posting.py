"""`create_transfers`: post a batch of transfers atomically, idempotently and without deadlocks.

How one batch runs, in one database transaction:

1. Static checks (no database): amounts, kinds, keys, pending references.
2. Lock, in one fixed global order so that no two batches can deadlock:
   the pending transfers being resolved (by id), then the *constrained* accounts (those with a
   balance flag) with `FOR UPDATE` (by id). Unconstrained accounts (system accounts such as
   revenue or gateway clearing) are read without a lock here.
3. Check every transfer in batch order against the locked totals.
4. One statement inserts the transfers and pending states, adds the deltas to every account, and
   writes one outbox event per account change with gapless per-account sequence numbers. Inside
   it the order goes on: the idempotency keys, as the transfers enter the unique index sorted by
   (namespace, key) (an insert waits there for a concurrent transaction holding the same key),
   and only once all are in, the unconstrained accounts, locked by id, so a hot system account
   is held only for the end of the last statement and the commit.

Every wait is for a resource later in that order than all the batch holds: pendings, constrained
accounts, keys, unconstrained accounts. (The foreign-key checks at the end of the write share-lock
rows the batch already holds, or ledgers and transfers, which no one locks for update.) The keys
take no lock of their own (no advisory locks): a batch of 1,000 would hold 1,000 entries of the
server's shared lock table, and a few such batches at once exhaust it (`out of shared memory`).

Keys live in their caller's namespace (`models.keys`): the same key in two namespaces is two
keys, so a partner cannot post under a key a domain will use, nor learn that another partner used
one. Every call names its namespace; a batch lives in one. A key that already exists in the
namespace with the same request digest returns the stored transfer; with a different digest it
is `idempotency_conflict`. A key that appears during the transaction (a concurrent request with
the same key won the race) is detected by `ON CONFLICT DO NOTHING`, the
transaction rolls back, and the batch is answered from what the winner stored. A batch refused
by the checks looks for its keys once more before answering: the read that locked the accounts
may have waited for the winner, and its snapshot, taken before the wait, cannot see the winner's
keys, so without this a replay of a payment that emptied a wallet would be `exceeds_credits`.

Group commit (combiner.py): concurrent calls that arrive while a transaction is in flight share
the next one, which is this same batch made of several calls (the same lock order, the same two
statements), each call planned, refused and answered on its own. A call that cannot be decided
there (a stored or shared key, a failure of the combined transaction) is handed back and runs
alone through `_run` below, as every call with an explicit `now`, expiry, and any call made inside
a caller's transaction always does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import asyncpg

from models.db import RETRYABLE_SQLSTATES, sqlstate, transaction
from models.keys import NAMESPACE_MAX, domain_namespace
from models.ledger.codes import AMOUNT_MAX, BATCH_MAX, TransferKind, TransferResult
from models.ledger.combiner import combined
from models.ledger.errors import TransferRejected
from models.ledger.planning import (
    KEYS_STORED,
    SELECT_ACCOUNTS,
    SELECT_BY_KEYS,
    AccountState,
    KeyRaced,
    RetryBatch,
    TransferRecord,
    TransferRequest,
    accounts_of,
    lock_pendings,
    plan_batch,
    record_from_row,
    records_of,
    write_batch,
)

# What the rest of the code imports from here; the batch's parts live in `planning`.
__all__ = ["LEDGER_NAMESPACE", "TransferRecord", "TransferRequest", "create_transfers"]

R = TransferResult
LEDGER_NAMESPACE = domain_namespace("ledger")  # the ledger's own keys: pending expiries
_MAX_ATTEMPTS = 5




async def create_transfers(
    requests: Sequence[TransferRequest], *, namespace: str = LEDGER_NAMESPACE,
    now: datetime | None = None, _expiring: bool = False
) -> list[TransferRecord]:
    """Post `requests` all or none, their keys in `namespace` (the caller's, or the domain's for
    keys it makes itself; see `models.keys`). Raises `TransferRejected` naming the first refused
    transfer."""
    if not namespace or len(namespace) > NAMESPACE_MAX:
        raise ValueError(f"a key namespace has 1 to {NAMESPACE_MAX} characters")
    _check_static(requests, expiring=_expiring)
    digests = [r.digest() for r in requests]
    if now is None and not _expiring:
        records = await combined(requests, digests, namespace)
        if records is not None:
            return records
        # None: not combinable here, or the combiner hands the call back to run on its own
    for _attempt in range(_MAX_ATTEMPTS):
        moment = now or datetime.now(UTC)
        try:
            return await _run(requests, digests, namespace, moment, _expiring)
        except KeyRaced:
            return await _answer_replays(requests, digests, namespace, now=now,
                                         expiring=_expiring)
        except RetryBatch:
            continue
    raise TransferRejected(R.CONTENDED_TRY_AGAIN,
                           "the batch kept meeting concurrent changes; nothing was written")


def _check_static(requests: Sequence[TransferRequest], *, expiring: bool) -> None:
    if not requests:
        raise TransferRejected(R.BATCH_EMPTY, "a batch needs at least one transfer")
    if len(requests) > BATCH_MAX:
        raise TransferRejected(R.BATCH_TOO_LARGE, f"at most {BATCH_MAX} transfers per batch")
    keys: set[str] = set()
    pendings: set[int] = set()
    for index, r in enumerate(requests):
        if not r.idempotency_key or len(r.idempotency_key) > 200:
            raise TransferRejected(R.IDEMPOTENCY_KEY_REQUIRED,
                                   "an idempotency key of 1 to 200 characters is required",
                                   index=index, field="idempotencyKey")
        if r.idempotency_key in keys:
            raise TransferRejected(R.IDEMPOTENCY_KEY_REPEATED_IN_BATCH, index=index,
                                   field="idempotencyKey")
        keys.add(r.idempotency_key)
        if not r.code or len(r.code) > 64:
            raise TransferRejected(R.CODE_REQUIRED, "a code of 1 to 64 characters is required",
                                   index=index, field="code")
        if r.amount is not None and r.amount > AMOUNT_MAX:
            raise TransferRejected(R.AMOUNT_TOO_LARGE, f"an amount is at most {AMOUNT_MAX}",
                                   index=index, field="amount")
        resolving = r.kind in (TransferKind.POST_PENDING, TransferKind.VOID_PENDING)
        if resolving:
            if r.pending_id is None:
                raise TransferRejected(R.PENDING_ID_REQUIRED, index=index, field="pendingId")
            if r.pending_id in pendings:
                raise TransferRejected(R.PENDING_TRANSFER_RESOLVED_TWICE_IN_BATCH, index=index,
                                       field="pendingId")
            pendings.add(r.pending_id)
            if r.amount is not None and r.amount <= 0:
                raise TransferRejected(R.AMOUNT_MUST_BE_POSITIVE, index=index, field="amount")
        else:
            if r.pending_id is not None:
                raise TransferRejected(R.PENDING_ID_ONLY_FOR_POST_OR_VOID, index=index,
                                       field="pendingId")
            if r.amount is None or r.amount <= 0:
                raise TransferRejected(R.AMOUNT_MUST_BE_POSITIVE, index=index, field="amount")
            if r.debit_account_id is None or r.credit_account_id is None:
                raise TransferRejected(R.ACCOUNTS_REQUIRED,
                                       "both a debit and a credit account are required",
                                       index=index, field="debitAccountId")
        if (r.debit_account_id is not None
                and r.debit_account_id == r.credit_account_id):
            raise TransferRejected(R.ACCOUNTS_MUST_BE_DIFFERENT, index=index,
                                   field="creditAccountId")
        if r.timeout_seconds is not None:
            if r.kind is not TransferKind.PENDING:
                raise TransferRejected(R.TIMEOUT_ONLY_FOR_PENDING, index=index,
                                       field="timeoutSeconds")
            if r.timeout_seconds <= 0:
                raise TransferRejected(R.TIMEOUT_MUST_BE_POSITIVE, index=index,
                                       field="timeoutSeconds")
    if expiring and any(r.kind is not TransferKind.VOID_PENDING for r in requests):
        raise ValueError("expiry voids pending transfers only")


async def _run(requests: Sequence[TransferRequest], digests: list[str], namespace: str,
               now: datetime, expiring: bool) -> list[TransferRecord]:
    keys = [r.idempotency_key for r in requests]
    namespaces = [namespace] * len(keys)
    pending_ids = sorted({r.pending_id for r in requests if r.pending_id is not None})
    try:
        async with transaction() as conn:
            pendings = await lock_pendings(conn, pending_ids)
            account_ids = accounts_of(requests, pendings)
            rows = await conn.fetch(SELECT_ACCOUNTS, sorted(account_ids), namespaces, keys)
            accounts: dict[int, AccountState] = {}
            existing: list[int] | None = None
            for row in rows:
                if row[0] is None:
                    existing = row[10]
                else:
                    accounts[row[0]] = AccountState(*row[:10])
            if existing:
                raise KeyRaced
            try:
                planned = plan_batch(requests, digests, accounts, pendings, now, expiring)
            except TransferRejected:
                if await conn.fetchval(KEYS_STORED, namespaces, keys):
                    raise KeyRaced from None  # a same-key batch committed while we waited
                raise
            unconstrained = sorted(a.id for a in accounts.values() if not a.constrained)
            ids = await write_batch(conn, planned, namespaces, now, expiring, unconstrained)
    except asyncpg.PostgresError as error:
        state = sqlstate(error)
        if state in RETRYABLE_SQLSTATES:
            raise RetryBatch from error
        if state == "22003":
            raise TransferRejected(R.OVERFLOWS_TOTALS, "an account total would overflow") from error
        raise
    # Built after the commit: nothing more happens while the accounts are locked.
    return records_of(planned, ids, namespaces, now)


async def _answer_replays(requests: Sequence[TransferRequest], digests: list[str],
                          namespace: str, *, now: datetime | None,
                          expiring: bool) -> list[TransferRecord]:
    """Answer keys that exist from what is stored; post whatever is left as a new batch."""
    async with transaction() as conn:
        rows = await conn.fetch(SELECT_BY_KEYS, namespace,
                                [r.idempotency_key for r in requests])
    stored = {row["idempotency_key"]: row for row in rows}
    answers: dict[int, TransferRecord] = {}
    rest: list[int] = []
    for index, r in enumerate(requests):
        row = stored.get(r.idempotency_key)
        if row is None:
            rest.append(index)
        elif row["request_digest"] != digests[index]:
            raise TransferRejected(R.IDEMPOTENCY_CONFLICT,
                                   "this idempotency key was used for a different transfer",
                                   index=index, field="idempotencyKey")
        else:
            answers[index] = record_from_row(row, replayed=True)
    if rest:
        try:
            fresh = await create_transfers([requests[i] for i in rest], namespace=namespace,
                                           now=now, _expiring=expiring)
        except TransferRejected as error:
            if error.index is None:
                raise
            raise TransferRejected(error.result, error.message.split(": ", 1)[-1],
                                   index=rest[error.index], field=error.field) from error
        answers.update(zip(rest, fresh, strict=True))
    return [answers[i] for i in range(len(requests))]
