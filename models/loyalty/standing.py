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

from dataclasses import replace

from models.domain_events.outbox import emit
from models.ledger.posting import TransferRequest
from models.loyalty import events, referrals, segments, stats, tiers
from models.loyalty.facts import PurchaseFacts
from models.loyalty.notices import PurchaseCommitted as PurchaseCommitted
from models.loyalty.notices import PurchaseReturned as PurchaseReturned
from models.loyalty.tables import Club, Member


async def member_facts(club: Club, member: Member, facts: PurchaseFacts) -> PurchaseFacts:
    """`facts` with what the rules read of the member's standing: their segments (those the
    club's rules name) and their tier."""
    facts = replace(facts, segment_ids=facts.segment_ids | await segments.segments_for_rules(
        club, member, facts.at))
    return await tiers.member_facts(club, member, facts)


async def after_commit(notice: PurchaseCommitted) -> list[TransferRequest]:
    """What a committed purchase changes in the member's standing, in this order: the
    statistics (which the tier reads), the tier, the domain event (with the member's count of
    standing purchases), and the referral rewards, whose transfers it returns."""
    count = await stats.record_purchase(notice)
    await tiers.after_commit(notice.club, notice.member, notice.purchase_id, notice.at)
    await emit(events.PurchaseCommitted(
        club_id=notice.club.id, member_id=notice.member.id, purchase_id=notice.purchase_id,
        merchant_id=notice.merchant_id, amount=notice.amount, nth=count))
    return await referrals.on_purchase(notice)


async def after_return(notice: PurchaseReturned) -> list[TransferRequest]:
    """What a return changes in the member's standing: the statistics, the tier, and the
    referral rewards it reverses, whose transfers it returns."""
    await stats.record_return(notice)
    await tiers.after_return(notice.club, notice.member, notice.purchase_id,
                             notice.purchased_at, notice.at)
    return await referrals.on_return(notice)
