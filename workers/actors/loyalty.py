"""Loyalty actors: thin calls into `models.loyalty`.

- `settle_loyalty_period` (periodic, every `settings.loyalty.settlement_interval_seconds`):
  closes, for each club with shares to settle (or one club), the period ending at the last
  Tehran midnight (or at `period_end`), in the PSP format the settings choose, and sends the
  files through the root's settlement adapter. A batch is once per (club, beneficiary, partner,
  period end) and its ledger move once per batch, so a rerun makes nothing twice.
- `expire_loyalty_credit` (periodic, every `settings.loyalty.expiry_interval_seconds`): moves
  what is left of members' credit lots past their expiry to the expired-credit account. Each
  lot's expiry has its natural key and marks the lot swept, so a second run finds nothing to do.
- `run_due_loyalty_draws` (periodic, every `settings.loyalty.draw_interval_seconds`): runs every
  draw past its cut-off (`models.loyalty.draws.run_draw`): each step is keyed and records its
  progress, so a run after a crash goes on where the last one stopped.
- `remind_loyalty_appointments` (periodic, every
  `settings.loyalty.appointment_reminder_interval_seconds`): reminds members whose booked slots
  start within `appointment_reminder_hours`, by email and text, once per booking.
- `review_loyalty_tiers` (periodic, every `settings.loyalty.tier_review_interval_seconds`):
  sends the notices of coming tier downgrades and moves inactive members one tier down. Each
  member is reviewed under their lock against what is stored, so a rerun changes nothing twice.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from models.errors import DomainError
from models.loyalty.appointments import remind_due
from models.loyalty.draws import due_draw_ids, run_draw
from models.loyalty.expiry import expire_due
from models.loyalty.psp.formats import Psp
from models.loyalty.settlement import close_period, clubs_to_settle, last_tehran_midnight
from models.loyalty.tiers import review_tiers
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)

# How many lots one expiry run sweeps; the next run takes the rest.
SWEEP_LIMIT = 500
# How many members one tier review takes; the next run takes the rest.
REVIEW_LIMIT = 1000


@actor(max_retries=3, time_limit_ms=300_000, throws=(DomainError,))
async def settle_loyalty_period(club_id: int | None = None,
                                period_end: str | None = None) -> None:
    """Close the period ending at `period_end` (ISO 8601; by default the last Tehran midnight)
    for `club_id`, or for every club with something to settle."""
    found = services()
    end = (datetime.fromisoformat(period_end) if period_end
           else last_tehran_midnight(datetime.now(UTC)))
    psp = Psp(found.settings.loyalty.settlement_psp)
    clubs = [club_id] if club_id is not None else await clubs_to_settle(end)
    for club in clubs:
        try:
            run = await close_period(club, end, psp=psp, adapter=found.adapters.settlement)
        except DomainError:  # one club's refusal does not hold up the others' settlement
            log.exception("club %d: the period ending %s was not closed", club, end.isoformat())
            continue
        if run.batches:
            log.info("club %d: %d settlement batches for the period ending %s", club,
                     len(run.batches), end.isoformat())


@actor(max_retries=3, time_limit_ms=120_000, throws=(DomainError,))
async def expire_loyalty_credit() -> None:
    swept = await expire_due(limit=SWEEP_LIMIT)
    if swept:
        log.info("expired %d loyalty credit lots", swept)


@actor(max_retries=3, time_limit_ms=300_000, throws=(DomainError,))
async def run_due_loyalty_draws() -> None:
    for draw_id in await due_draw_ids():
        try:
            draw = await run_draw(draw_id)
        except DomainError:  # one draw's refusal does not hold up the others
            log.exception("draw %d was not run", draw_id)
            continue
        log.info("draw %d: %s", draw_id, draw.status.value)


@actor(max_retries=3, time_limit_ms=120_000, throws=(DomainError,))
async def remind_loyalty_appointments() -> None:
    """Remind, by email and text, the members whose booked slots start within the lead time;
    each booking once (its email's key, and the booking marked reminded)."""
    found = services()
    reminded = await remind_due(lead_hours=found.settings.loyalty.appointment_reminder_hours,
                                sender=found.adapters.sms)
    if reminded:
        log.info("queued %d appointment reminders", reminded)


@actor(max_retries=3, time_limit_ms=120_000, throws=(DomainError,))
async def review_loyalty_tiers(club_id: int | None = None) -> None:
    done = await review_tiers(club_id=club_id, limit=REVIEW_LIMIT)
    if done.noticed or done.downgraded:
        log.info("tiers: %d downgrade notices sent, %d members moved down", done.noticed,
                 done.downgraded)
