"""Billing's domain events (models.domain_events.outbox): what it tells other domains."""

from __future__ import annotations

from dataclasses import dataclass

from models.domain_events.outbox import DomainEvent, event


@event("billing.order_paid")
@dataclass(frozen=True, slots=True)
class OrderPaid(DomainEvent):
    """Period `period` of order `order_id` was paid from the customer's wallet: `amount`
    rials, payment `payment_id` (the wallet's spend names the order as its source)."""

    order_id: int
    customer_id: int
    payment_id: int
    period: int
    amount: int


@event("billing.order_failed")
@dataclass(frozen=True, slots=True)
class OrderFailed(DomainEvent):
    """Order `order_id`'s fulfilment failed: the payments of `periods` (not delivered) are due
    for a refund."""

    order_id: int
    customer_id: int
    periods: list[int]
