"""Domain event actors: the sweep that sends what was not sent, and the publisher that maps each
subscription (models.domain_events.outbox) to the actor of the subscribing domain that runs it.

- A subscribing domain's actor takes a delivery id and calls `models.domain_events.outbox.deliver`;
  `@runs(SUBSCRIPTION)` (above its `@actor`) makes it the one that receives that subscription's
  deliveries.
- `relay_domain_events` (periodic, every `settings.events.domain_events_sweep_seconds`): fans
  out the committed events that were not (the emitting process had no broker, or stopped
  before its send) and sends again the deliveries sent
  `settings.events.domain_events_resend_after_seconds` ago
  and not delivered. Safe to run twice and concurrently: rows are claimed with SKIP LOCKED, and
  a delivery runs its handler once however often it is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, TypeVar

import dramatiq

from models.domain_events.outbox import Delivery, Subscription, due_again, fan_out, send
from models.errors import DomainError
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)

SWEEP_LIMIT = 500

A = TypeVar("A", bound=dramatiq.Actor[Any, Any])

_RUNNERS: dict[str, dramatiq.Actor[Any, Any]] = {}


def runs(subscription: Subscription[Any]) -> Callable[[A], A]:
    """Make the decorated actor (taking a delivery id) the runner of `subscription`."""

    def register(runner: A) -> A:
        if subscription.name in _RUNNERS:
            raise ValueError(f"subscription {subscription.name!r} has a runner already")
        _RUNNERS[subscription.name] = runner
        return runner

    return register


def runners() -> dict[str, dramatiq.Actor[Any, Any]]:
    """The actor of each subscription, by its name."""
    return dict(_RUNNERS)


def send_deliveries(deliveries: Sequence[Delivery]) -> None:
    """The publisher (`models.domain_events.outbox.set_publisher`): one message per delivery."""
    for delivery in deliveries:
        runner = _RUNNERS.get(delivery.subscription)
        if runner is None:  # a test holds every subscription to a runner; the sweep retries
            log.error("domain event delivery %s: no actor runs %r", delivery.id,
                      delivery.subscription)
            continue
        runner.send(delivery.id)


# No retries: the scheduler runs the sweep again soon, and it resumes where one stopped.
@actor(max_retries=0, time_limit_ms=120_000, throws=(DomainError,))
async def relay_domain_events() -> None:
    settings = services().settings.events
    fresh = await fan_out(limit=SWEEP_LIMIT)
    again = await due_again(
        older_than=timedelta(seconds=settings.domain_events_resend_after_seconds),
        limit=SWEEP_LIMIT)
    if again:
        log.warning("sending %d domain event deliveries again", len(again))
    await send(fresh + again)
