"""Billing actors: thin calls into `models.billing`.

- `renew_orders` (periodic, every `settings.billing.renewal_seconds`): one renewal round; each
  order is charged, reminded or suspended in a transaction of its own, once per period however
  often the round runs.
- `refund_order(order_id)`: refunds the payments failing made due (the periods the failed order
  did not deliver, models.billing.orders); a second run finds none left.
- `refund_failed_orders` (periodic, every `settings.billing.refund_sweep_seconds`): enqueues a
  `refund_order` for every failed order with a payment due and not yet refunded. Marking an order
  failed only commits the status and which payments are due, so this sweep is what starts every
  refund; it is also the safety net when a message is lost.
"""

from __future__ import annotations

import logging

from dramatiq.asyncio import async_to_sync

from models.billing.refunds import orders_awaiting_refund
from models.billing.refunds import refund_order as refund_failed_order
from models.billing.renewal import Outcome, renew_due
from models.errors import DomainError
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)


# No retries: the scheduler runs the round again soon, and a round resumes where one stopped.
@actor(max_retries=0, time_limit_ms=300_000, throws=(DomainError,))
async def renew_orders() -> None:
    run = await renew_due(None, services().policies.renewal)
    if run.outcomes:
        log.info("renewals: %d charged, %d notified, %d reminded, %d suspended",
                 run.count(Outcome.CHARGED), run.count(Outcome.NOTIFIED),
                 run.count(Outcome.REMINDED), run.count(Outcome.SUSPENDED))


@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def refund_order(order_id: int) -> None:
    """Refund what failed order `order_id` did not deliver; database errors are retried,
    refusals are not."""
    refund = await refund_failed_order(order_id)
    if refund.payments:
        log.info("refunded %d payments of order %s", len(refund.payments), order_id)


# Synchronous on purpose (as `expire_due_pending`): the sends are blocking broker calls.
@actor(max_retries=0, time_limit_ms=60_000, throws=(DomainError,))
def refund_failed_orders() -> None:
    due = async_to_sync(orders_awaiting_refund)()
    for order_id in due:
        refund_order.send(order_id)
    if due:
        log.info("enqueued refunds of %d failed orders", len(due))
