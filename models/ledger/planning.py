"""What a batch of transfers does to its accounts, and how it is written: the requests and
records, the checks against locked totals, and the one statement that writes a batch.

`posting.create_transfers` runs one batch through these; `combiner` runs several calls' batches
as one. Neither imports the other's internals: both build on this module.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from models.ledger.codes import PendingState, TransferKind, TransferResult
from models.ledger.errors import TransferRejected

R = TransferResult


@dataclass(slots=True, frozen=True)
class TransferRequest:
    """What a caller asks for. For post/void, accounts and amount default to the pending's."""

    idempotency_key: str
    code: str
    amount: int | None = None
    debit_account_id: int | None = None
    credit_account_id: int | None = None
    kind: TransferKind = TransferKind.SINGLE_PHASE
    ledger: str | None = None
    pending_id: int | None = None
    timeout_seconds: int | None = None
    reference_type: str | None = None
    reference_id: str | None = None
    metadata: dict[str, Any] | None = None

    def digest(self) -> str:
        """A fingerprint of the request's content, to tell a replay from a reused key."""
        parts = (
            self.code, self.amount, self.debit_account_id, self.credit_account_id,
            self.kind.value, self.ledger, self.pending_id, self.timeout_seconds,
            self.reference_type, self.reference_id,
            json.dumps(self.metadata, sort_keys=True, separators=(",", ":"))
            if self.metadata else None,
        )
        return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


@dataclass(slots=True, frozen=True)
class TransferRecord:
    """A stored transfer, as the ledger returns it."""

    id: int
    namespace: str
    idempotency_key: str
    ledger: str
    debit_account_id: int
    credit_account_id: int
    amount: int
    code: str
    kind: TransferKind
    pending_id: int | None
    timeout_seconds: int | None
    reference_type: str | None
    reference_id: str | None
    metadata: dict[str, Any]
    created_at: datetime
    replayed: bool = False


@dataclass(slots=True)
class AccountState:
    id: int
    ledger: str
    closed: bool
    dmnec: bool
    cmned: bool
    credit_limit: int
    debits_pending: int
    debits_posted: int
    credits_pending: int
    credits_posted: int

    @property
    def constrained(self) -> bool:
        return self.dmnec or self.cmned


@dataclass(slots=True)
class PendingRow:
    id: int
    state: PendingState
    expires_at: datetime | None
    ledger: str
    debit_account_id: int
    credit_account_id: int
    amount: int
    resolved_in_batch: bool = False


@dataclass(slots=True)
class Planned:
    """A request resolved against the locked state, ready to write."""

    request: TransferRequest
    digest: str
    ledger: str
    debit_account_id: int
    credit_account_id: int
    amount: int
    expires_at: datetime | None = None
    pending_amount: int = 0
    deltas: list[tuple[int, int, int, int, int]] = field(default_factory=list)


class KeyRaced(Exception):
    """A concurrent request stored one of our keys first; answer from what it stored."""


class RetryBatch(Exception):
    """The transaction must run again (a serialization failure, a concurrent close)."""


_SELECT_PENDINGS = """
    SELECT p.transfer_id, p.state, p.expires_at, t.ledger_id, t.debit_account_id,
           t.credit_account_id, t.amount
    FROM ledger_pending_transfer AS p
    JOIN ledger_transfer AS t ON t.id = p.transfer_id
    WHERE p.transfer_id = ANY($1::bigint[])
    ORDER BY p.transfer_id
    FOR UPDATE OF p
"""

_ACCOUNT_COLUMNS = """a.id, a.ledger_id, a.closed, a.debits_must_not_exceed_credits,
    a.credits_must_not_exceed_debits, a.credit_limit, a.debits_pending, a.debits_posted,
    a.credits_pending, a.credits_posted"""

# Both statements take their arrays through `arg`, a materialized CTE: behind it the planner
# cannot see how long they are, so no plan depends on the batch's size and the server keeps one
# generic plan per connection. Seeing the sizes, it would plan every execution anew ("custom
# plans"), which for a batch of one costs more server time than running the statement.
SELECT_ACCOUNTS = f"""
    WITH arg AS MATERIALIZED (SELECT $1::bigint[] AS ids, $2::text[] AS namespaces,
                                     $3::text[] AS keys),
    locked AS (
        SELECT {_ACCOUNT_COLUMNS}
        FROM ledger_account AS a
        WHERE a.id = ANY((SELECT arg.ids FROM arg)::bigint[])
          AND (a.debits_must_not_exceed_credits OR a.credits_must_not_exceed_debits)
        ORDER BY a.id
        FOR UPDATE OF a
    )
    SELECT *, NULL::bigint[] AS existing FROM locked
    UNION ALL
    SELECT {_ACCOUNT_COLUMNS}, NULL::bigint[]
    FROM ledger_account AS a
    WHERE a.id = ANY((SELECT arg.ids FROM arg)::bigint[])
      AND NOT (a.debits_must_not_exceed_credits OR a.credits_must_not_exceed_debits)
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           (SELECT array_agg(k.i) FROM arg,
                unnest(arg.namespaces, arg.keys) WITH ORDINALITY AS k(namespace, key, i)
            WHERE EXISTS (SELECT 1 FROM ledger_transfer AS t
                          WHERE t.namespace = k.namespace AND t.idempotency_key = k.key))
"""
# `existing`: the (1-based) positions of the (namespace, key) pairs already stored.

# A fresh look for the keys (a new statement sees what committed while the read waited).
KEYS_STORED = """
    SELECT EXISTS (SELECT 1 FROM ledger_transfer AS t
                   JOIN unnest($1::text[], $2::text[]) AS k(namespace, key)
                     ON t.namespace = k.namespace AND t.idempotency_key = k.key)
"""

# The write: transfers, pending states, totals and outbox events in one statement. Events carry
# the totals right after their transfer: the final totals less the deltas of later transfers.
# Rows that name a transfer join `ins`: a key stored by a concurrent batch after our read's
# snapshot is skipped by ON CONFLICT, and must surface as `_KeyRaced`, not as a foreign key error.
_WRITE = """
WITH arg AS MATERIALIZED (
    SELECT $1::int[] AS ord, $2::text[] AS key, $3::text[] AS digest, $4::text[] AS ledger,
           $5::bigint[] AS debit, $6::bigint[] AS credit, $7::bigint[] AS amount,
           $8::text[] AS code, $9::text[] AS kind, $10::bigint[] AS pending_id,
           $11::int[] AS timeout, $12::text[] AS ref_type, $13::text[] AS ref_id,
           $14::text[] AS metadata, $15::timestamptz[] AS expires_at,
           $18::bigint[] AS d_account, $19::int[] AS d_ord, $20::bigint[] AS d_dp,
           $21::bigint[] AS d_dpo, $22::bigint[] AS d_cp, $23::bigint[] AS d_cpo,
           $24::bigint[] AS unconstrained, $25::text[] AS namespace
),
t AS (
    SELECT nextval((SELECT pg_get_serial_sequence('ledger_transfer', 'id')::regclass)) AS id,
           u.*
    FROM arg, unnest(arg.ord, arg.key, arg.digest, arg.ledger, arg.debit, arg.credit,
                     arg.amount, arg.code, arg.kind, arg.pending_id, arg.timeout, arg.ref_type,
                     arg.ref_id, arg.metadata, arg.expires_at, arg.namespace)
         AS u(ord, key, digest, ledger, debit, credit, amount, code, kind, pending_id, timeout,
              ref_type, ref_id, metadata, expires_at, namespace)
),
ins AS (
    INSERT INTO ledger_transfer (id, namespace, idempotency_key, request_digest, ledger_id,
        debit_account_id, credit_account_id, amount, code, kind, pending_id, timeout_seconds,
        reference_type, reference_id, metadata, created_at)
    SELECT id, namespace, key, digest, ledger, debit, credit, amount, code, kind, pending_id,
           timeout, ref_type, ref_id, metadata::jsonb, $16::timestamptz
    FROM t ORDER BY namespace, key
    ON CONFLICT (namespace, idempotency_key) DO NOTHING
    RETURNING id
),
pend_new AS (
    INSERT INTO ledger_pending_transfer (transfer_id, state, expires_at, resolved_by_id)
    SELECT t.id, 'pending', t.expires_at, NULL FROM t JOIN ins ON ins.id = t.id
    WHERE t.kind = 'pending'
),
pend_done AS (
    UPDATE ledger_pending_transfer AS p
    SET state = CASE WHEN t.kind = 'post_pending' THEN 'posted'
                     WHEN $17::boolean THEN 'expired' ELSE 'voided' END,
        resolved_by_id = t.id
    FROM t JOIN ins ON ins.id = t.id
    WHERE t.pending_id IS NOT NULL AND p.transfer_id = t.pending_id AND p.state = 'pending'
    RETURNING p.transfer_id
),
d AS (
    SELECT d.* FROM arg, unnest(arg.d_account, arg.d_ord, arg.d_dp, arg.d_dpo, arg.d_cp,
                                arg.d_cpo) AS d(account_id, ord, dp, dpo, cp, cpo)
),
agg AS (
    SELECT account_id, sum(dp) AS dp, sum(dpo) AS dpo, sum(cp) AS cp, sum(cpo) AS cpo,
           count(*) AS n
    FROM d GROUP BY account_id
),
unconstrained AS (
    -- Locked by id, and only once every key is in (the subquery runs `ins` to its end first):
    -- the last two steps of the lock order. After a key conflict nothing more is locked.
    SELECT a.id FROM ledger_account AS a
    WHERE a.id = ANY((SELECT arg.unconstrained FROM arg)::bigint[])
      AND (SELECT count(*) FROM ins) = cardinality($2::text[])
    ORDER BY a.id
    FOR NO KEY UPDATE
),
upd AS (
    UPDATE ledger_account AS a
    SET debits_pending = a.debits_pending + agg.dp,
        debits_posted = a.debits_posted + agg.dpo,
        credits_pending = a.credits_pending + agg.cp,
        credits_posted = a.credits_posted + agg.cpo,
        version = a.version + agg.n
    FROM agg
    WHERE a.id = agg.account_id AND NOT a.closed
      AND (SELECT count(*) FROM unconstrained) >= 0
      AND (SELECT count(*) FROM ins) = cardinality($2::text[])
    RETURNING a.id, a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted,
              a.version
),
ev AS (
    INSERT INTO ledger_account_event (account_id, sequence, transfer_id, debits_pending,
        debits_posted, credits_pending, credits_posted, created_at)
    SELECT d.account_id,
           upd.version - count(*) OVER w_all + row_number() OVER w_ord,
           t.id,
           upd.debits_pending - coalesce(sum(d.dp) OVER w_later, 0),
           upd.debits_posted - coalesce(sum(d.dpo) OVER w_later, 0),
           upd.credits_pending - coalesce(sum(d.cp) OVER w_later, 0),
           upd.credits_posted - coalesce(sum(d.cpo) OVER w_later, 0),
           $16::timestamptz
    FROM d JOIN upd ON upd.id = d.account_id JOIN t ON t.ord = d.ord JOIN ins ON ins.id = t.id
    WINDOW w_all AS (PARTITION BY d.account_id),
           w_ord AS (PARTITION BY d.account_id ORDER BY d.ord),
           w_later AS (PARTITION BY d.account_id ORDER BY d.ord
                       ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)
)
SELECT t.id, t.ord,
       (SELECT count(*) FROM ins) AS inserted,
       (SELECT count(*) FROM upd) AS updated,
       (SELECT count(*) FROM pend_done) AS resolved
FROM t ORDER BY t.ord
"""


async def lock_pendings(conn: Any, pending_ids: list[int]) -> dict[int, PendingRow]:
    """Lock the pending transfers a batch resolves (first in the lock order); their state."""
    if not pending_ids:
        return {}
    rows = await conn.fetch(_SELECT_PENDINGS, pending_ids)
    return {
        row[0]: PendingRow(row[0], PendingState(row[1]), row[2], row[3], row[4], row[5],
                              row[6])
        for row in rows
    }


def accounts_of(requests: Sequence[TransferRequest],
                pendings: dict[int, PendingRow]) -> set[int]:
    """Every account the requests name, or reach through the pending transfers they resolve."""
    ids: set[int] = set()
    for r in requests:
        if r.debit_account_id is not None:
            ids.add(r.debit_account_id)
        if r.credit_account_id is not None:
            ids.add(r.credit_account_id)
        if r.pending_id is not None and r.pending_id in pendings:
            p = pendings[r.pending_id]
            ids.add(p.debit_account_id)
            ids.add(p.credit_account_id)
    return ids


def records_of(planned: Sequence[Planned], ids: Sequence[int], namespaces: Sequence[str],
             now: datetime) -> list[TransferRecord]:
    return [
        TransferRecord(
            id=id_, namespace=namespace, idempotency_key=p.request.idempotency_key,
            ledger=p.ledger,
            debit_account_id=p.debit_account_id, credit_account_id=p.credit_account_id,
            amount=p.amount, code=p.request.code, kind=p.request.kind,
            pending_id=p.request.pending_id, timeout_seconds=p.request.timeout_seconds,
            reference_type=p.request.reference_type, reference_id=p.request.reference_id,
            metadata=p.request.metadata or {}, created_at=now,
        )
        for id_, p, namespace in zip(ids, planned, namespaces, strict=True)
    ]


def plan_batch(requests: Sequence[TransferRequest], digests: list[str],
          accounts: dict[int, AccountState], pendings: dict[int, PendingRow],
          now: datetime, expiring: bool) -> list[Planned]:
    planned: list[Planned] = []
    for index, r in enumerate(requests):
        if r.kind in (TransferKind.POST_PENDING, TransferKind.VOID_PENDING):
            item = _plan_resolution(index, r, digests[index], pendings, now, expiring)
        else:
            assert r.debit_account_id is not None and r.credit_account_id is not None
            assert r.amount is not None
            item = Planned(r, digests[index], "", r.debit_account_id, r.credit_account_id,
                            r.amount)
            if r.timeout_seconds is not None:
                item.expires_at = now + timedelta(seconds=r.timeout_seconds)
        debit = accounts.get(item.debit_account_id)
        credit = accounts.get(item.credit_account_id)
        if debit is None:
            raise TransferRejected(R.ACCOUNT_NOT_FOUND, f"no account {item.debit_account_id}",
                                   index=index, field="debitAccountId")
        if credit is None:
            raise TransferRejected(R.ACCOUNT_NOT_FOUND, f"no account {item.credit_account_id}",
                                   index=index, field="creditAccountId")
        if debit.ledger != credit.ledger or (r.ledger is not None and r.ledger != debit.ledger):
            raise TransferRejected(R.LEDGER_MISMATCH,
                                   "both accounts and the transfer must share one ledger",
                                   index=index, field="ledger")
        item.ledger = debit.ledger
        if debit.closed:
            raise TransferRejected(R.ACCOUNT_CLOSED, index=index, field="debitAccountId")
        if credit.closed:
            raise TransferRejected(R.ACCOUNT_CLOSED, index=index, field="creditAccountId")
        _apply(index, item, r.kind, debit, credit)
        planned.append(item)
    return planned


def _plan_resolution(index: int, r: TransferRequest, digest: str,
                     pendings: dict[int, PendingRow], now: datetime,
                     expiring: bool) -> Planned:
    assert r.pending_id is not None
    p = pendings.get(r.pending_id)
    if p is None:
        raise TransferRejected(R.PENDING_TRANSFER_NOT_FOUND, f"no pending transfer {r.pending_id}",
                               index=index, field="pendingId")
    if p.state is PendingState.POSTED:
        raise TransferRejected(R.PENDING_TRANSFER_ALREADY_POSTED, index=index, field="pendingId")
    if p.state is PendingState.VOIDED:
        raise TransferRejected(R.PENDING_TRANSFER_ALREADY_VOIDED, index=index, field="pendingId")
    expired = p.expires_at is not None and p.expires_at <= now
    if p.state is PendingState.EXPIRED or (expired and not expiring):
        raise TransferRejected(R.PENDING_TRANSFER_EXPIRED, index=index, field="pendingId")
    if expiring and not expired:
        raise TransferRejected(R.PENDING_TRANSFER_NOT_EXPIRED, index=index, field="pendingId")
    if (r.debit_account_id is not None and r.debit_account_id != p.debit_account_id) or (
            r.credit_account_id is not None and r.credit_account_id != p.credit_account_id):
        raise TransferRejected(R.PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS, index=index,
                               field="debitAccountId")
    if r.ledger is not None and r.ledger != p.ledger:
        raise TransferRejected(R.LEDGER_MISMATCH, index=index, field="ledger")
    if r.kind is TransferKind.POST_PENDING:
        amount = p.amount if r.amount is None else r.amount
        if amount > p.amount:
            raise TransferRejected(R.POST_AMOUNT_EXCEEDS_PENDING,
                                   f"the pending transfer holds {p.amount}", index=index,
                                   field="amount")
    else:
        if r.amount is not None and r.amount != p.amount:
            raise TransferRejected(R.VOID_AMOUNT_MUST_MATCH_PENDING,
                                   f"the pending transfer holds {p.amount}", index=index,
                                   field="amount")
        amount = p.amount
    return Planned(r, digest, p.ledger, p.debit_account_id, p.credit_account_id, amount,
                    pending_amount=p.amount)


def _apply(index: int, item: Planned, kind: TransferKind, debit: AccountState,
           credit: AccountState) -> None:
    """Add the transfer's effect to both accounts and check their flags (constrained ones)."""
    amount = item.amount
    if kind is TransferKind.SINGLE_PHASE:
        dd, cd = (0, amount, 0, 0), (0, 0, 0, amount)
    elif kind is TransferKind.PENDING:
        dd, cd = (amount, 0, 0, 0), (0, 0, amount, 0)
    elif kind is TransferKind.POST_PENDING:
        held = item.pending_amount
        dd, cd = (-held, amount, 0, 0), (0, 0, -held, amount)
    else:
        held = item.pending_amount
        dd, cd = (-held, 0, 0, 0), (0, 0, -held, 0)
    for account, delta in ((debit, dd), (credit, cd)):
        account.debits_pending += delta[0]
        account.debits_posted += delta[1]
        account.credits_pending += delta[2]
        account.credits_posted += delta[3]
        item.deltas.append((account.id, *delta))
        if account.constrained:
            _check_flags(index, account, debits_grew=delta[0] + delta[1] > 0,
                         credits_grew=delta[2] + delta[3] > 0)


def _check_flags(index: int, a: AccountState, *, debits_grew: bool, credits_grew: bool) -> None:
    if a.dmnec and debits_grew and (
            a.debits_pending + a.debits_posted > a.credits_posted + a.credit_limit):
        code = R.EXCEEDS_CREDIT_LIMIT if a.credit_limit else R.EXCEEDS_CREDITS
        raise TransferRejected(code, f"account {a.id} would be debited beyond its credits",
                               index=index, field="amount")
    if a.cmned and credits_grew and (
            a.credits_pending + a.credits_posted > a.debits_posted + a.credit_limit):
        code = R.EXCEEDS_CREDIT_LIMIT if a.credit_limit else R.EXCEEDS_DEBITS
        raise TransferRejected(code, f"account {a.id} would be credited beyond its debits",
                               index=index, field="amount")


async def write_batch(conn: Any, planned: list[Planned], namespaces: Sequence[str], now: datetime,
                 expiring: bool, unconstrained: list[int]) -> list[int]:
    """Write the planned batch, each transfer's key in its namespace (`namespaces`, one per
    transfer); the new transfers' ids in batch order."""
    n = len(planned)
    cols: list[list[Any]] = [[] for _ in range(15)]
    d_cols: list[list[Any]] = [[] for _ in range(6)]
    for ord_, p in enumerate(planned):
        r = p.request
        row = (ord_, r.idempotency_key, p.digest, p.ledger, p.debit_account_id,
               p.credit_account_id, p.amount, r.code, r.kind.value, r.pending_id,
               r.timeout_seconds, r.reference_type, r.reference_id,
               json.dumps(r.metadata) if r.metadata else "{}", p.expires_at)
        for col, value in zip(cols, row, strict=True):
            col.append(value)
        for account_id, dp, dpo, cp, cpo in p.deltas:
            d_cols[0].append(account_id)
            d_cols[1].append(ord_)
            d_cols[2].append(dp)
            d_cols[3].append(dpo)
            d_cols[4].append(cp)
            d_cols[5].append(cpo)
    rows = await conn.fetch(_WRITE, *cols, now, expiring, *d_cols, unconstrained,
                            list(namespaces))
    inserted, updated, resolved = rows[0][2], rows[0][3], rows[0][4]
    if inserted != n:
        raise KeyRaced
    if updated != len(set(d_cols[0])):
        raise RetryBatch  # an account was closed after it was read; the next attempt sees it
    if resolved != sum(1 for p in planned if p.request.pending_id is not None):
        raise RetryBatch
    return [row[0] for row in rows]


SELECT_BY_KEYS = """
    SELECT id, namespace, idempotency_key, request_digest, ledger_id, debit_account_id,
           credit_account_id, amount, code, kind, pending_id, timeout_seconds, reference_type,
           reference_id, metadata, created_at
    FROM ledger_transfer WHERE namespace = $1 AND idempotency_key = ANY($2::text[])
"""


def record_from_row(row: Any, *, replayed: bool = False) -> TransferRecord:
    """A `TransferRecord` from a row of the columns in `SELECT_BY_KEYS` less the digest."""
    metadata = row["metadata"]
    if isinstance(metadata, str):
        metadata = json.loads(metadata)
    return TransferRecord(
        id=row["id"], namespace=row["namespace"], idempotency_key=row["idempotency_key"],
        ledger=row["ledger_id"],
        debit_account_id=row["debit_account_id"], credit_account_id=row["credit_account_id"],
        amount=row["amount"], code=row["code"], kind=TransferKind(row["kind"]),
        pending_id=row["pending_id"], timeout_seconds=row["timeout_seconds"],
        reference_type=row["reference_type"], reference_id=row["reference_id"],
        metadata=metadata or {}, created_at=row["created_at"], replayed=replayed,
    )


