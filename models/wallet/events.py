"""The wallet's domain events (models.domain_events.outbox): what it tells other domains."""

from __future__ import annotations

from dataclasses import dataclass

from models.domain_events.outbox import DomainEvent, event


@event("wallet.top_up_credited")
@dataclass(frozen=True, slots=True)
class TopUpCredited(DomainEvent):
    """A bank top-up was verified and `amount` rials credited to the customer's wallet, by
    ledger transfer `transfer_id`; `order_id` is the order it was started to pay, if any."""

    top_up_id: int
    customer_id: int
    amount: int
    transfer_id: int
    order_id: int | None
