"""Cash-out actors: thin calls into `models.wallet.cashouts.cashouts`.

- `send_approved_cash_outs` (periodic, every `settings.cashout_send_seconds`): puts every
  approved cash-out in a payout batch and submits it through the payout adapter; batches whose
  submission failed earlier are submitted again.
- `send_cash_out`: the same for one cash-out (a batch of one), for a caller that wants it sent
  at once.
- `check_sent_cash_outs` (periodic, every `settings.cashout_check_seconds`): asks the bank about
  sent payouts; paid ones post their hold, refused ones void it.

All are safe to run twice: a cash-out is batched once (its row is locked and its status moves on),
the bank knows each payout by its tracking id, and settling is once per cash-out.
"""

from __future__ import annotations

import logging

from etebar.settings import Settings, get_settings
from etebar.simulators.payout import shared_simulator
from models.errors import DomainError
from models.wallet.cashouts.adapters.http import HttpPayoutAdapter
from models.wallet.cashouts.cashouts import check_payouts, send_approved, send_payout
from models.wallet.cashouts.payout import PayoutAdapter
from workers.registry import actor

log = logging.getLogger(__name__)


def payout_adapter(settings: Settings) -> PayoutAdapter:
    """The adapter the settings choose."""
    if settings.cashout_payout_adapter == "http":
        return HttpPayoutAdapter(settings.cashout_payout_url)
    return shared_simulator()


@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,),
       min_backoff=5_000, max_backoff=600_000)
async def send_cash_out(cash_out_id: int) -> None:
    """Send one approved cash-out to the bank; a bank that cannot be reached is retried."""
    await send_payout(cash_out_id, payout_adapter(get_settings()))


# No retries: the scheduler runs both sweeps again soon anyway.
@actor(max_retries=0, time_limit_ms=120_000, throws=(DomainError,))
async def send_approved_cash_outs() -> None:
    sent = await send_approved(payout_adapter(get_settings()))
    if sent:
        log.info("submitted %d cash-out payouts to the bank", sent)


@actor(max_retries=0, time_limit_ms=120_000, throws=(DomainError,))
async def check_sent_cash_outs() -> None:
    settled = await check_payouts(payout_adapter(get_settings()))
    if settled:
        log.info("settled %d cash-out payouts", settled)
