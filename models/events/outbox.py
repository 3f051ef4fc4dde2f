"""Reading the outbox: `ledger_account_event` rows, with their transfers, as `AccountChange`s.

Two orders matter. `id` is the order rows were *allocated* in, not the order they were committed
in (two concurrent transactions commit in either order), so the relay reads by id but keeps
watching the holes it saw (`models.events.relay`). `sequence` is gapless per account and is the
order a subscriber delivers in (`models.events.stream`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from tortoise import connections

from models.ledger.codes import TransferKind
from models.ledger.posting import TransferRecord

# One page of the outbox, with the transfer of each row. `{where}` is filled by the callers.
_SELECT = """
    SELECT e.id, e.account_id, e.sequence, e.debits_pending, e.debits_posted,
           e.credits_pending, e.credits_posted, e.created_at,
           t.id AS t_id, t.namespace, t.idempotency_key, t.ledger_id,
           t.debit_account_id, t.credit_account_id,
           t.amount, t.code, t.kind, t.pending_id, t.timeout_seconds, t.reference_type,
           t.reference_id, t.metadata, t.created_at AS t_created_at
    FROM ledger_account_event e JOIN ledger_transfer t ON t.id = e.transfer_id
    WHERE {where}
"""
AFTER_ID = _SELECT.format(where="e.id > $1 OR e.id = ANY($2::bigint[])") + \
    " ORDER BY e.id LIMIT $3"
ACCOUNT_RANGE = _SELECT.format(where="e.account_id = $1 AND e.sequence > $2 AND e.sequence <= $3") \
    + " ORDER BY e.sequence"
BY_IDS = _SELECT.format(where="e.id = ANY($1::bigint[])") + " ORDER BY e.id"
MAX_ID = "SELECT coalesce(max(id), 0) AS id FROM ledger_account_event"
VERSIONS = "SELECT id, version FROM ledger_account WHERE id = ANY($1::bigint[])"


@dataclass(frozen=True, slots=True)
class AccountChange:
    """One committed change of one account: its new totals, the transfer, its sequence."""

    id: int
    account_id: int
    sequence: int
    debits_pending: int
    debits_posted: int
    credits_pending: int
    credits_posted: int
    created_at: datetime
    transfer: TransferRecord

    @property
    def balance(self) -> int:
        return self.credits_posted - self.debits_posted

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat()
        data["transfer"]["created_at"] = self.transfer.created_at.isoformat()
        data["transfer"]["kind"] = self.transfer.kind.value
        del data["transfer"]["replayed"]
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AccountChange:
        t = dict(data["transfer"])
        t["created_at"] = datetime.fromisoformat(t["created_at"])
        t["kind"] = TransferKind(t["kind"])
        return cls(**{**data, "created_at": datetime.fromisoformat(data["created_at"]),
                      "transfer": TransferRecord(**t)})


def change_from_row(row: Mapping[str, Any]) -> AccountChange:
    metadata = row["metadata"]
    if isinstance(metadata, str):
        metadata = json.loads(metadata)
    transfer = TransferRecord(
        id=row["t_id"], namespace=row["namespace"], idempotency_key=row["idempotency_key"],
        ledger=row["ledger_id"],
        debit_account_id=row["debit_account_id"], credit_account_id=row["credit_account_id"],
        amount=row["amount"], code=row["code"], kind=TransferKind(row["kind"]),
        pending_id=row["pending_id"], timeout_seconds=row["timeout_seconds"],
        reference_type=row["reference_type"], reference_id=row["reference_id"],
        metadata=metadata or {}, created_at=row["t_created_at"])
    return AccountChange(
        id=row["id"], account_id=row["account_id"], sequence=row["sequence"],
        debits_pending=row["debits_pending"], debits_posted=row["debits_posted"],
        credits_pending=row["credits_pending"], credits_posted=row["credits_posted"],
        created_at=row["created_at"], transfer=transfer)


async def account_changes(account_id: int, after_sequence: int,
                          upto_sequence: int) -> list[AccountChange]:
    """The account's changes with after_sequence < sequence <= upto_sequence, in order."""
    rows = await connections.get("default").execute_query_dict(
        ACCOUNT_RANGE, [account_id, after_sequence, upto_sequence])
    return [change_from_row(r) for r in rows]


async def changes_by_ids(ids: Sequence[int]) -> list[AccountChange]:
    rows = await connections.get("default").execute_query_dict(BY_IDS, [list(ids)])
    return [change_from_row(r) for r in rows]


async def account_versions(account_ids: Sequence[int]) -> dict[int, int]:
    """Each existing account's latest sequence number (its `version`)."""
    rows = await connections.get("default").execute_query_dict(VERSIONS, [list(account_ids)])
    return {r["id"]: r["version"] for r in rows}
