"""Top up and pay actors: a thin call into `models.billing.top_up_and_pay`.

- `pay_credited_top_ups` (periodic, every `settings.billing.topupandpay_sweep_seconds`): settles the
  credited top-ups for an order whose payment never ran (the process stopped between the credit
  and the payment, or the credited step failed): pays the order, or leaves the credit in the
  wallet when it is still short. Safe to run twice and concurrently: each top-up is settled
  once, under its row lock, and the payment has the natural key `top-up:<id>`.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from models.billing.top_up_and_pay import pay_unsettled
from models.errors import DomainError
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)

SWEEP_LIMIT = 200


# No retries: the scheduler runs the sweep again soon, and it resumes where one stopped.
@actor(max_retries=0, time_limit_ms=120_000, throws=(DomainError,))
async def pay_credited_top_ups() -> None:
    billing = services().settings.billing
    done = await pay_unsettled(
        lead_time=billing.renewal_lead_time,
        older_than=timedelta(seconds=billing.topupandpay_sweep_after_seconds),
        limit=SWEEP_LIMIT)
    if done:
        log.info("settled %d credited top-ups for orders: %s", len(done),
                 ", ".join(f"{i}={o.value}" for i, o in sorted(done.items())))
