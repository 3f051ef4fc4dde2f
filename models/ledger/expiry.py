"""Pending transfers whose timeout has passed are voided here, each exactly once."""

from __future__ import annotations

from datetime import UTC, datetime

from models.ledger.codes import PendingState, TransferKind
from models.ledger.errors import TransferRejected
from models.ledger.posting import LEDGER_NAMESPACE, TransferRequest, create_transfers
from models.ledger.tables import PendingTransfer

EXPIRY_CODE = "pending_expired"


def expiry_key(pending_id: int) -> str:
    """The natural idempotency key of a pending transfer's expiry: one per pending, for good."""
    return f"ledger:expire:{pending_id}"


async def due_pending_ids(now: datetime | None = None, limit: int = 500) -> list[int]:
    moment = now or datetime.now(UTC)
    rows = await PendingTransfer.filter(
        state=PendingState.PENDING, expires_at__lte=moment
    ).order_by("expires_at").limit(limit).values("transfer_id")
    return [int(row["transfer_id"]) for row in rows]


async def expire_pending(pending_id: int, now: datetime | None = None) -> bool:
    """Void one expired pending transfer. True if this call expired it; False if it was resolved
    already (posted, voided or expired by an earlier run)."""
    request = TransferRequest(idempotency_key=expiry_key(pending_id), code=EXPIRY_CODE,
                              kind=TransferKind.VOID_PENDING, pending_id=pending_id)
    try:
        [record] = await create_transfers([request], namespace=LEDGER_NAMESPACE, now=now,
                                          _expiring=True)
    except TransferRejected:
        return False
    return not record.replayed


async def expire_due(now: datetime | None = None, limit: int = 500) -> int:
    """Expire every pending transfer that is due; returns how many this run expired."""
    expired = 0
    for pending_id in await due_pending_ids(now, limit):
        expired += await expire_pending(pending_id, now)
    return expired
