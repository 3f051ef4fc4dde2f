"""Wallet actors: thin calls into `models.wallet`.

- `expire_wallet_credit` (periodic, every `settings.wallet.expiry_interval_seconds`): moves what
  is left of promotional lots whose expiry has passed to the expired-credit account. Each lot's
  expiry has its natural key and marks the lot swept, so a second run finds nothing to do.
- `grant_monthly_bonuses` (periodic, every `settings.wallet.bonus_check_seconds`, daily by default):
  grants last month's bonuses (Tehran's calendar) to customers who have none for it yet; each
  grant has the natural key `bonus:<customer_id>:<YYYY-MM>`, so a rerun grants nothing twice.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from models.errors import DomainError
from models.wallet.activity.bonus import grant_monthly_bonuses as grant_bonuses
from models.wallet.activity.bonus import previous_month
from models.wallet.wallets import expire_due
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)

# How many lots one run sweeps; the next run takes the rest.
SWEEP_LIMIT = 500


@actor(max_retries=3, time_limit_ms=120_000, throws=(DomainError,))
async def expire_wallet_credit() -> None:
    swept = await expire_due(limit=SWEEP_LIMIT)
    if swept:
        log.info("expired %d promotional lots", swept)


@actor(max_retries=3, time_limit_ms=300_000, throws=(DomainError,))
async def grant_monthly_bonuses(month: str | None = None) -> None:
    """Grant the bonuses of `month` (YYYY-MM), by default the month before this one in Tehran."""
    policy = services().policies.bonus
    if policy.percent_bp == 0:
        return
    run = await grant_bonuses(month or previous_month(datetime.now(UTC)), policy)
    if run.granted:
        log.info("granted %d bonuses for %s (%d rials)", len(run.granted), run.month,
                 sum(amount for _, amount in run.granted))
