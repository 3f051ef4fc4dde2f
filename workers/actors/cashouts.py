"""Cash-out actors: thin calls into `models.wallet.cashouts.cashouts`.

- `send_approved_cash_outs` (periodic, every `settings.wallet.cashout_send_seconds`): puts
  every approved cash-out in a payout batch and submits it through the root's payout adapter
  (`workers.services`); batches whose submission failed earlier are submitted again.
- `send_cash_out`: the same for one cash-out (a batch of one), for a caller that wants it sent
  at once.
- `check_sent_cash_outs` (periodic, every `settings.wallet.cashout_check_seconds`): asks the
  bank about sent payouts; paid ones post their hold, refused ones void it.

All are safe to run twice: a cash-out is batched once (its row is locked and its status moves on),
the bank knows each payout by its tracking id, and settling is once per cash-out.
"""

from __future__ import annotations

import logging

from models.errors import DomainError
from models.wallet.cashouts.cashouts import check_payouts, send_approved, send_payout
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)


@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,),
       min_backoff=5_000, max_backoff=600_000)
async def send_cash_out(cash_out_id: int) -> None:
    """Send one approved cash-out to the bank; a bank that cannot be reached is retried."""
    await send_payout(cash_out_id, services().adapters.payout)


# No retries: the scheduler runs both sweeps again soon anyway.
@actor(max_retries=0, time_limit_ms=120_000, throws=(DomainError,))
async def send_approved_cash_outs() -> None:
    sent = await send_approved(services().adapters.payout)
    if sent:
        log.info("submitted %d cash-out payouts to the bank", sent)


@actor(max_retries=0, time_limit_ms=120_000, throws=(DomainError,))
async def check_sent_cash_outs() -> None:
    settled = await check_payouts(services().adapters.payout)
    if settled:
        log.info("settled %d cash-out payouts", settled)
