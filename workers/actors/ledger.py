"""Ledger actors: pending transfers whose timeout has passed are voided, one message each.

Both are thin: they call `models.ledger.expiry` and nothing else. Both are safe to run twice:
expiring a pending transfer uses its natural idempotency key (`ledger:expire:<id>`), so a second
delivery finds the pending resolved and does nothing.
"""

from __future__ import annotations

import logging

from dramatiq.asyncio import async_to_sync

from models.errors import DomainError
from models.ledger.expiry import due_pending_ids, expire_pending
from workers.registry import actor

log = logging.getLogger(__name__)

# How many due pendings one sweep enqueues; the next sweep takes the rest.
SWEEP_LIMIT = 500


@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def expire_pending_transfer(pending_id: int) -> None:
    """Void pending transfer `pending_id` if its timeout has passed and nothing resolved it.

    A database error is retried (up to 5 times, with dramatiq's backoff); a `DomainError` is a
    permanent refusal and is not."""
    if await expire_pending(pending_id):
        log.info("expired pending transfer %s", pending_id)


# Synchronous on purpose: the query runs on the AsyncIO loop, but the sends (blocking network
# calls to the broker) run on this worker thread, not on the loop the other actors share.
# No retries: the scheduler runs the sweep again every few seconds anyway.
@actor(max_retries=0, time_limit_ms=60_000, throws=(DomainError,))
def expire_due_pending() -> None:
    """Enqueue one `expire_pending_transfer` message per pending transfer that is due now."""
    due = async_to_sync(due_pending_ids)(None, SWEEP_LIMIT)
    for pending_id in due:
        expire_pending_transfer.send(pending_id)
    if due:
        log.info("enqueued expiry of %d pending transfers", len(due))
