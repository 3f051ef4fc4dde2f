"""Loyalty event rules and campaigns actors: thin calls into `models.loyalty`.

- One runner per subscription of the event rules (`models.loyalty.event_triggers`): a member
  enrolled, completed their profile, made a purchase, changed tier, paid a wallet order. Each
  delivery runs once (models.domain_events.outbox.deliver), and each occurrence gives once
  (its `EventGrant` rows' unique keys).
- `run_loyalty_daily` (periodic, every `settings.loyalty.events_daily_interval_seconds`):
  birthdays, enrolment anniversaries and inactivity of the day, then the notices of credit
  expiring within `settings.loyalty.expiry_notice_days`. Safe to run again: nothing is given
  or told twice.
- `send_loyalty_campaigns` (periodic, every `settings.loyalty.campaigns_interval_seconds`):
  sends the campaigns whose time came, and resumes those a stopped sender left; one message per
  (campaign, member), recorded before it is sent.
"""

from __future__ import annotations

import logging
from datetime import datetime

from models.domain_events.outbox import deliver
from models.errors import DomainError
from models.loyalty.campaigns import due_campaigns, send_campaign
from models.loyalty.event_triggers import (
    ON_ENROLLED,
    ON_ORDER_PAID,
    ON_PROFILE,
    ON_PURCHASE,
    ON_TIER,
    on_enrolled,
    on_order_paid,
    on_profile_completed,
    on_purchase,
    on_tier_changed,
    run_daily,
)
from models.loyalty.expiry_notices import tell_expiring
from workers.actors.events import runs
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)


@runs(ON_ENROLLED)
@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def event_rules_on_enrolment(delivery_id: int) -> None:
    await deliver(delivery_id, ON_ENROLLED, on_enrolled)


@runs(ON_PROFILE)
@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def event_rules_on_profile(delivery_id: int) -> None:
    await deliver(delivery_id, ON_PROFILE, on_profile_completed)


@runs(ON_PURCHASE)
@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def event_rules_on_purchase(delivery_id: int) -> None:
    await deliver(delivery_id, ON_PURCHASE, on_purchase)


@runs(ON_TIER)
@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def event_rules_on_tier_change(delivery_id: int) -> None:
    await deliver(delivery_id, ON_TIER, on_tier_changed)


@runs(ON_ORDER_PAID)
@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def event_rules_on_order_paid(delivery_id: int) -> None:
    await deliver(delivery_id, ON_ORDER_PAID, on_order_paid)


# No retries: the scheduler runs it again soon, and a run resumes where one stopped.
@actor(max_retries=0, time_limit_ms=300_000, throws=(DomainError,))
async def run_loyalty_daily(now: str | None = None) -> None:
    """The daily job as of `now` (ISO 8601; by default the current time)."""
    found = services()
    at = datetime.fromisoformat(now) if now else None
    run = await run_daily(at)
    if run.granted:
        log.info("event rules: %s", {str(k): v for k, v in run.granted.items()})
    told = await tell_expiring(found.adapters.sms, days=found.settings.loyalty.expiry_notice_days,
                               now=at)
    if told:
        log.info("told %d members of credit about to expire", told)


@actor(max_retries=0, time_limit_ms=300_000, throws=(DomainError,))
async def send_loyalty_campaigns() -> None:
    sms = services().adapters.sms
    for campaign_id in await due_campaigns():
        counts = await send_campaign(campaign_id, sms)
        if counts is not None:
            log.info("campaign %d: %d queued, %d sent, %d failed", campaign_id, counts.queued,
                     counts.sent, counts.failed)
