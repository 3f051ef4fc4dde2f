"""A wallet's movements: every ledger transfer touching any of its lots, newest first, in keyset
pages, each with its signed effect on what the wallet can spend, the kind its code was declared
with (`models.wallet.codes`) and the source it came from (the top-up, deposit, grant, order or
cash-out).

The effect of a transfer on a lot follows the lot's available balance (credits posted minus
debits posted and pending): a single-phase transfer moves its amount in or out; a pending debit
(a cash-out hold) takes its amount out at once; posting it gives back what was held beyond the
posted amount; voiding it gives back all it held.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise import connections

from models.wallet.codes import MovementKind, Source, movement_kind
from models.wallet.tables import LotKind, wallet_holder

__all__ = ["Movement", "MovementKind", "movement_kind", "movements"]


@dataclass(slots=True, frozen=True)
class Movement:
    transfer_id: int
    created_at: datetime
    amount: int  # signed: what the wallet can spend grew (+) or shrank (-) by
    transfer_amount: int
    code: str
    kind: MovementKind
    transfer_kind: str
    lot_id: int
    lot_kind: LotKind
    reference_type: str | None
    reference_id: str | None

    @property
    def source(self) -> Source | None:
        return Source.from_reference(self.reference_type, self.reference_id)


# Per lot, two index range scans (debit side, credit side) limited to the page, merged newest
# first; a transfer between two lots of one wallet (none exists today) counts once, net.
_MOVEMENTS = """
    WITH lots AS (SELECT id, account_id, kind FROM lots_lot WHERE holder = $1),
    touching AS (
        SELECT d.id, l.id AS lot_id, l.kind AS lot_kind,
               CASE d.kind WHEN 'single_phase' THEN -d.amount
                           WHEN 'pending' THEN -d.amount
                           WHEN 'post_pending' THEN p.amount - d.amount
                           ELSE p.amount END AS effect
        FROM lots l
        CROSS JOIN LATERAL (
            SELECT id, kind, amount, pending_id FROM ledger_transfer
            WHERE debit_account_id = l.account_id AND id < $2 ORDER BY id DESC LIMIT $3) d
        LEFT JOIN ledger_transfer p ON p.id = d.pending_id
        UNION ALL
        SELECT c.id, l.id, l.kind,
               CASE c.kind WHEN 'single_phase' THEN c.amount
                           WHEN 'post_pending' THEN c.amount
                           ELSE 0 END
        FROM lots l
        CROSS JOIN LATERAL (
            SELECT id, kind, amount FROM ledger_transfer
            WHERE credit_account_id = l.account_id AND id < $2 ORDER BY id DESC LIMIT $3) c
    ),
    page AS (
        SELECT id, min(lot_id) AS lot_id, min(lot_kind) AS lot_kind, sum(effect) AS effect
        FROM touching GROUP BY id ORDER BY id DESC LIMIT $3
    )
    SELECT t.id, t.created_at, t.amount, t.code, t.kind, t.reference_type, t.reference_id,
           page.lot_id, page.lot_kind, page.effect
    FROM page JOIN ledger_transfer t ON t.id = page.id
    ORDER BY t.id DESC
"""


async def movements(wallet_id: int, *, limit: int, before_id: int | None = None) -> list[Movement]:
    """Up to `limit` movements of the wallet older than transfer `before_id`, newest first."""
    rows = await connections.get("default").execute_query_dict(
        _MOVEMENTS,
        [wallet_holder(wallet_id), before_id if before_id is not None else 2**63 - 1, limit])
    return [Movement(transfer_id=int(r["id"]), created_at=r["created_at"],
                     amount=int(r["effect"]), transfer_amount=int(r["amount"]), code=r["code"],
                     kind=movement_kind(r["code"]), transfer_kind=str(r["kind"]),
                     lot_id=int(r["lot_id"]), lot_kind=LotKind(r["lot_kind"]),
                     reference_type=r["reference_type"], reference_id=r["reference_id"])
            for r in rows]
