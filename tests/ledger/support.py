"""Helpers for the ledger tests: unique keys, whole-ledger snapshots and the outbox replay check."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from tortoise import connections

from models.ledger.codes import TransferKind
from models.ledger.verify import verify_ledger

_keys = itertools.count(1)


def new_key(prefix: str = "k") -> str:
    """An idempotency key no other request in the session uses."""
    return f"{prefix}-{next(_keys)}"


@dataclass(frozen=True)
class Snapshot:
    """Everything a refused batch must leave alone."""

    accounts: tuple[tuple[Any, ...], ...]
    transfers: int
    events: int
    pendings: tuple[tuple[Any, ...], ...]


async def take_snapshot() -> Snapshot:
    db = connections.get("default")
    accounts = await db.execute_query_dict(
        "SELECT id, debits_pending, debits_posted, credits_pending, credits_posted, version,"
        " closed, credit_limit FROM ledger_account ORDER BY id")
    [counts] = await db.execute_query_dict(
        "SELECT (SELECT count(*) FROM ledger_transfer) AS transfers,"
        " (SELECT count(*) FROM ledger_account_event) AS events")
    pendings = await db.execute_query_dict(
        "SELECT transfer_id, state, resolved_by_id FROM ledger_pending_transfer"
        " ORDER BY transfer_id")
    return Snapshot(
        accounts=tuple(tuple(row.values()) for row in accounts),
        transfers=counts["transfers"], events=counts["events"],
        pendings=tuple(tuple(row.values()) for row in pendings),
    )


async def totals(account_id: int) -> tuple[int, int, int, int]:
    """(debits_pending, debits_posted, credits_pending, credits_posted) as stored now."""
    [row] = await connections.get("default").execute_query_dict(
        "SELECT debits_pending, debits_posted, credits_pending, credits_posted"
        " FROM ledger_account WHERE id = $1", [account_id])
    return (row["debits_pending"], row["debits_posted"], row["credits_pending"],
            row["credits_posted"])


async def count_transfers(**where: Any) -> int:
    sql = "SELECT count(*) AS n FROM ledger_transfer"
    values = list(where.values())
    if where:
        sql += " WHERE " + " AND ".join(f"{column} = ${i}" for i, column in
                                        enumerate(where, start=1))
    [row] = await connections.get("default").execute_query_dict(sql, values)
    return int(row["n"])


def _effect(kind: str, amount: int, held: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A transfer's deltas on (dp, dpo, cp, cpo) of its debit and its credit account."""
    if kind == TransferKind.SINGLE_PHASE:
        return (0, amount, 0, 0), (0, 0, 0, amount)
    if kind == TransferKind.PENDING:
        return (amount, 0, 0, 0), (0, 0, amount, 0)
    if kind == TransferKind.POST_PENDING:
        return (-held, amount, 0, 0), (0, 0, -held, amount)
    return (-held, 0, 0, 0), (0, 0, -held, 0)


async def outbox_problems() -> list[str]:
    """Replay every account's events in sequence order against the transfers they name.

    Each account's sequence numbers must run 1..n without gaps, each event's totals must equal
    the totals reached by applying the transfers of events 1..k, every transfer must have exactly
    one event on each of its two accounts, and the last event must equal the stored totals.
    """
    db = connections.get("default")
    transfers = {
        row["id"]: row for row in await db.execute_query_dict(
            "SELECT id, kind, debit_account_id, credit_account_id, amount, pending_id"
            " FROM ledger_transfer")
    }
    events = await db.execute_query_dict(
        "SELECT account_id, sequence, transfer_id, debits_pending, debits_posted,"
        " credits_pending, credits_posted FROM ledger_account_event"
        " ORDER BY account_id, sequence")
    accounts = {
        row["id"]: row for row in await db.execute_query_dict(
            "SELECT id, version, debits_pending, debits_posted, credits_pending, credits_posted"
            " FROM ledger_account")
    }
    problems: list[str] = []
    running: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    seen: dict[int, int] = defaultdict(int)
    events_of: dict[int, list[int]] = defaultdict(list)
    for e in events:
        account_id = e["account_id"]
        t = transfers[e["transfer_id"]]
        events_of[e["transfer_id"]].append(account_id)
        seen[account_id] += 1
        if e["sequence"] != seen[account_id]:
            problems.append(f"account {account_id}: sequence {e['sequence']} where "
                            f"{seen[account_id]} was due")
        held = transfers[t["pending_id"]]["amount"] if t["pending_id"] else 0
        debit, credit = _effect(t["kind"], t["amount"], held)
        if account_id == t["debit_account_id"]:
            delta = debit
        elif account_id == t["credit_account_id"]:
            delta = credit
        else:
            problems.append(f"event of account {account_id} names transfer {t['id']} "
                            "of other accounts")
            continue
        total = running[account_id]
        for i in range(4):
            total[i] += delta[i]
        stored = [e["debits_pending"], e["debits_posted"], e["credits_pending"],
                  e["credits_posted"]]
        if stored != total:
            problems.append(f"account {account_id} event {e['sequence']}: {stored} "
                            f"where replay gives {total}")
    for transfer_id, t in transfers.items():
        expected = sorted([t["debit_account_id"], t["credit_account_id"]])
        if sorted(events_of[transfer_id]) != expected:
            problems.append(f"transfer {transfer_id}: events on {events_of[transfer_id]}")
    for account_id, a in accounts.items():
        stored = [a["debits_pending"], a["debits_posted"], a["credits_pending"],
                  a["credits_posted"]]
        if seen[account_id] != a["version"]:
            problems.append(f"account {account_id}: version {a['version']}, "
                            f"{seen[account_id]} events")
        if stored != running[account_id]:
            problems.append(f"account {account_id}: totals {stored}, events reach "
                            f"{running[account_id]}")
    return problems


async def assert_sound() -> None:
    """The ledger's own invariants hold and its outbox replays to the stored totals."""
    assert await verify_ledger() == []
    assert await outbox_problems() == []


