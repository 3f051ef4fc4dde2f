"""A club's tiers (`models.loyalty.tiers` keeps them): the ladder, the club's policy for
downgrades, each member's tier state and the history of every change. The member's current tier
is `Member.tier_id`; `MemberTier` says since when and whether the downgrade notice went out."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class TierBasis(StrEnum):
    """What a tier's threshold counts, over its window: never a balance (spending points would
    lower it), always what the member earned or spent, net of returns (`models.loyalty.stats`)."""

    POINTS_EARNED = "points_earned"
    SPEND = "spend"


class TierChangeReason(StrEnum):
    PURCHASE = "purchase"  # a purchase lifted the member's figure to a higher tier
    RETURN = "return"  # a return took back the purchase that had lifted them
    INACTIVITY = "inactivity"  # no purchase for the policy's days: one tier down
    MANUAL = "manual"  # a club manager set it


class Tier(Model):
    """One rung of a club's ladder: rank 1 is the lowest. A member reaches it when their figure
    (`basis` over the last `window_days` days, or lifetime when null) reaches `threshold`; its
    members' points rewards are multiplied by `points_multiplier_permille` / 1000."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    rank = fields.IntField()
    name = fields.CharField(max_length=100)
    name_fa = fields.CharField(max_length=100, default="")
    basis = fields.CharEnumField(TierBasis, max_length=16)
    window_days = fields.IntField(null=True, description="30, 90 or 365; null: lifetime")
    threshold = fields.BigIntField(description="rials spent or points earned in the window")
    points_multiplier_permille = fields.IntField(default=1000)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_tier"
        unique_together = (("club_id", "rank"),)


class TierPolicy(Model):
    """When a club's members go down a tier: one tier after `downgrade_after_days` without a
    purchase (null: never), never within `grace_days` of their last change, with a notice
    `notice_days` before."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    downgrade_after_days = fields.IntField(null=True)
    grace_days = fields.IntField(default=0)
    notice_days = fields.IntField(default=0)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "loyalty_tier_policy"
        unique_together = (("club_id",),)


class MemberTier(Model):
    """A member's tier state: in their tier (`Member.tier_id`) since `since`; the notice of the
    coming downgrade went out at `downgrade_noticed_at` (cleared by every change)."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    member_id = fields.BigIntField()
    since = fields.DatetimeField()
    downgrade_noticed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_member_tier"
        unique_together = (("club_id", "member_id"),)


class TierChange(Model):
    """One change of a member's tier, never changed afterwards. `purchase_id` names the purchase
    (or the returned purchase) that caused it; `actor` the manager of a manual change."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    member_id = fields.BigIntField()
    from_tier_id = fields.BigIntField(null=True)
    to_tier_id = fields.BigIntField(null=True)
    reason = fields.CharEnumField(TierChangeReason, max_length=16)
    purchase_id = fields.BigIntField(null=True)
    actor = fields.CharField(max_length=64, default="")
    at = fields.DatetimeField()

    class Meta:
        table = "loyalty_tier_change"
        indexes = (("club_id", "member_id", "at"),)
