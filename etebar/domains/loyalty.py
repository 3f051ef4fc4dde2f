"""The loyalty clubs' manifest: clubs, merchants, terminals, members and their cards, rules,
purchases at the point of sale and their settlement split."""

from __future__ import annotations

from api.loyalty.errors import LOYALTY_ERRORS
from etebar.domains.base import Domain, PeriodicJob
from models.loyalty.settings import LoyaltySettings
from workers.actors.loyalty import settle_loyalty_period

DOMAIN = Domain(
    name="loyalty",
    models=("models.loyalty.tables",),
    errors=LOYALTY_ERRORS,
    settings=LoyaltySettings,
    periodic_jobs=(PeriodicJob("settle_loyalty_period",
                               lambda settings: settings.loyalty.settlement_interval_seconds,
                               settle_loyalty_period.send),),
    actor_modules=("workers.actors.loyalty",),
)
