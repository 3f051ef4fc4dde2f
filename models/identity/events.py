"""Identity's domain events (models.domain_events.outbox): what it tells other domains."""

from __future__ import annotations

from dataclasses import dataclass

from models.domain_events.outbox import DomainEvent, event


@event("identity.customer_enrolled")
@dataclass(frozen=True, slots=True)
class CustomerEnrolled(DomainEvent):
    """Customer `customer_id` was enrolled, as a member of partner `partner_id` (None: of the
    platform itself)."""

    customer_id: int
    partner_id: int | None
