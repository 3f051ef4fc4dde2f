"""Webhook actors: thin calls into `models.events.webhooks`.

- `dispatch_webhooks` (periodic, from the scheduler): turns new outbox rows into deliveries, once
  each, and enqueues one `deliver_webhook` per new delivery.
- `deliver_webhook`: one attempt, to a public address checked again now (hosts in
  `settings.events.webhook_allowed_hosts` excepted); a failure raises `DeliveryFailed`, which
  dramatiq retries with exponential backoff (1 s up to 10 min, `MAX_RETRIES` times); the last
  attempt marks the delivery failed. Safe to run twice: a delivered delivery is not sent again.
- `requeue_stuck_webhooks` (periodic, every `settings.events.webhook_stuck_seconds`): enqueues
  again the pending deliveries idle for that long, whose message was lost; harmless when one
  was not.
"""

from __future__ import annotations

import logging

from dramatiq.asyncio import async_to_sync

from models.errors import DomainError
from models.events.webhooks import deliver, dispatch, stuck_deliveries
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)

MAX_RETRIES = 8


@actor(max_retries=MAX_RETRIES, time_limit_ms=60_000, throws=(DomainError,),
       min_backoff=1_000, max_backoff=600_000)
async def deliver_webhook(delivery_id: int) -> None:
    """POST one event to one endpoint, signed; raise to be retried."""
    settings = services().settings
    await deliver(delivery_id, settings.secret_key.get_secret_value(),
                  http_timeout=settings.events.webhook_timeout_seconds,
                  max_attempts=MAX_RETRIES + 1, allowed_hosts=settings.events.webhook_allowed_hosts)


# Synchronous on purpose (as `expire_due_pending`): the sends are blocking broker calls.
@actor(max_retries=0, time_limit_ms=60_000, throws=(DomainError,))
def dispatch_webhooks() -> None:
    created = async_to_sync(dispatch)()
    for delivery_id in created:
        deliver_webhook.send(delivery_id)
    if created:
        log.info("enqueued %d webhook deliveries", len(created))


@actor(max_retries=0, time_limit_ms=60_000, throws=(DomainError,))
def requeue_stuck_webhooks() -> None:
    stuck = async_to_sync(stuck_deliveries)(services().settings.events.webhook_stuck_seconds)
    for delivery_id in stuck:
        deliver_webhook.send(delivery_id)
    if stuck:
        log.warning("enqueued %d stuck webhook deliveries again", len(stuck))
