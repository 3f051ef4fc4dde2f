"""A member's standing in a club as purchases and returns change it: what the rules read of the
member beyond the purchase (`member_facts`: segments, tier, ...), and what a purchase and a
return change besides their own legs (`after_commit`, `after_return`: the member's statistics,
tier, referral rewards, the domain events other parts react to).

Both run inside the purchase's (or the return's) transaction, under the member's lock, after
its rows are written and before its ledger batch: whatever they write commits or rolls back
with it, and the transfers they return join that batch (their idempotency keys start with the
notice's `key`, so a replay makes none twice). `purchases` and `returns` call them; each part of
a club's standing adds its call here, so the purchase names none of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.ledger.posting import TransferRequest
from models.loyalty import stats, tiers
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


async def member_facts(club: Club, member: Member, facts: PurchaseFacts) -> PurchaseFacts:
    """`facts` with what the rules read of the member's standing."""
    facts = await tiers.member_facts(club, member, facts)
    return facts


async def after_commit(notice: PurchaseCommitted) -> list[TransferRequest]:
    """What a committed purchase changes in the member's standing; the transfers it adds."""
    await stats.record_purchase(notice)
    await tiers.after_commit(notice.club, notice.member, notice.purchase_id, notice.at)
    return []


async def after_return(notice: PurchaseReturned) -> list[TransferRequest]:
    """What a return changes in the member's standing; the transfers it adds."""
    await stats.record_return(notice)
    await tiers.after_return(notice.club, notice.member, notice.purchase_id,
                             notice.purchased_at, notice.at)
    return []
