"""The loyalty domain's domain events (`models.domain_events.outbox`): what a club's parts tell
each other and other domains. Each is emitted in the transaction of the change it tells of."""

from __future__ import annotations

from dataclasses import dataclass

from models.domain_events.outbox import DomainEvent, event


@event("loyalty.member_enrolled")
@dataclass(frozen=True, slots=True)
class MemberEnrolled(DomainEvent):
    """Member `member_id` joined club `club_id` (`channel`: pos, mobile, web or panel)."""

    club_id: int
    member_id: int
    customer_id: int
    channel: str


@event("loyalty.purchase_committed")
@dataclass(frozen=True, slots=True)
class PurchaseCommitted(DomainEvent):
    """Member `member_id` bought `amount` rials at merchant `merchant_id`: purchase `purchase_id`,
    their `nth` purchase in the club that is not voided (1 for the first)."""

    club_id: int
    member_id: int
    purchase_id: int
    merchant_id: int
    amount: int
    nth: int


@event("loyalty.tier_changed")
@dataclass(frozen=True, slots=True)
class TierChanged(DomainEvent):
    """Member `member_id` of club `club_id` moved from tier `from_tier_id` (None: no tier) to
    `to_tier_id` (None: no tier); `upgrade` tells which way."""

    club_id: int
    member_id: int
    from_tier_id: int | None
    to_tier_id: int | None
    upgrade: bool


@event("loyalty.member_profile_completed")
@dataclass(frozen=True, slots=True)
class MemberProfileCompleted(DomainEvent):
    """Member `member_id` of club `club_id` completed their profile (name, birth date, gender)."""

    club_id: int
    member_id: int
