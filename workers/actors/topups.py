"""Online top-up actors: thin calls into `models.wallet.topups.topups`.

- `reconcile_stale_topups` (periodic, every `settings.wallet.topup_reconcile_interval_seconds`):
  finds the open top-ups untouched for `settings.wallet.topup_stale_seconds` (a callback that
  never came, a verification the bank did not answer) and enqueues one `reconcile_topup` each.
- `reconcile_topup`: asks the top-up's bank and credits, expires or leaves it open (to be asked
  again next round). Safe to run twice: a final top-up is left as it is, and the credit has its
  natural key (`topup:<id>`).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from dramatiq.asyncio import async_to_sync

from models.errors import DomainError
from models.wallet.topups.topups import reconcile, stale_ids
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)

SWEEP_LIMIT = 200


@actor(max_retries=3, time_limit_ms=120_000, throws=(DomainError,))
async def reconcile_topup(top_up_id: int) -> None:
    found = services()
    async with found.adapters.open_gateways() as gateways:
        row = await reconcile(top_up_id, gateways,
                              give_up_seconds=found.settings.wallet.topup_give_up_seconds)
    log.info("reconciled top-up %s: %s", top_up_id, row.status.value)


# Synchronous on purpose (as `expire_due_pending`): the sends are blocking broker calls.
@actor(max_retries=0, time_limit_ms=60_000, throws=(DomainError,))
def reconcile_stale_topups() -> None:
    wallet = services().settings.wallet
    stale = async_to_sync(stale_ids)(timedelta(seconds=wallet.topup_stale_seconds),
                                     limit=SWEEP_LIMIT)
    for top_up_id in stale:
        reconcile_topup.send(top_up_id)
    if stale:
        log.info("enqueued reconciliation of %d top-ups", len(stale))
