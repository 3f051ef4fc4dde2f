"""What a purchase and a return tell the parts of a member's standing (`standing` hands these
to statistics, tiers, referrals, ...): the notices, in a module of their own so that the parts
read them without importing `standing`, which imports the parts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.loyalty.facts import PurchaseFacts
from models.loyalty.tables import Club, Member


@dataclass(frozen=True, slots=True)
class PurchaseCommitted:
    """A purchase as it commits. `points_earned` are the points its rules granted (not repaid
    debt); `key` prefixes the keys of any transfer a part adds to the purchase's batch."""

    club: Club
    member: Member
    purchase_id: int
    merchant_id: int
    amount: int  # what was bought, before discount
    paid: int  # what the member paid in money (after discount, credit and points)
    points_earned: int
    at: datetime
    facts: PurchaseFacts
    key: str


@dataclass(frozen=True, slots=True)
class PurchaseReturned:
    """A return (or a void) as it commits: `amount` is this return's part of the purchase,
    `returned_total` all returned of it so far, `points_reversed` the points this return took
    back of those the purchase earned."""

    club: Club
    member: Member
    purchase_id: int
    merchant_id: int
    purchase_amount: int
    purchased_at: datetime
    amount: int
    returned_total: int
    points_reversed: int
    is_void: bool
    at: datetime
    key: str
