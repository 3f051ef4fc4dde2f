"""The referral programme's tables: a club's referral settings, members' referral codes, who
referred whom (one row per level of the chain above an invitee) and every reward a referral paid.

Every table carries `club_id` and names it first in its keys, as the club's other tables do."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.loyalty.codes import EffectKind, RewardKind

if TYPE_CHECKING:
    from models.loyalty.tables import Member


class ReferralReason(StrEnum):
    """Why a referrer earned: the invitee enrolled, made their first purchase, or bought (a
    share of the purchase, for a period after enrolling)."""

    ENROLMENT = "enrolment"
    FIRST_PURCHASE = "first_purchase"
    SHARE = "share"


class ReferralSettings(Model):
    """A club's referral programme; no row (or `enabled` false): referral codes are refused."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    enabled = fields.BooleanField(default=False)
    reward_kind = fields.CharEnumField(RewardKind, max_length=16, default=RewardKind.POINTS,
                                       description="points or club_credit")
    enrolment_reward = fields.BigIntField(default=0, description="to the direct referrer")
    first_purchase_reward = fields.BigIntField(default=0, description="to the direct referrer")
    share_bp_1 = fields.IntField(default=0, description="of what the invitee pays, level 1")
    share_bp_2 = fields.IntField(default=0, description="level 2 (the referrer's referrer)")
    share_bp_3 = fields.IntField(default=0, description="level 3")
    period_days = fields.IntField(default=0, description="shares are earned this long after "
                                                         "the invitee enrolled")
    cap = fields.BigIntField(null=True, description="per (referrer, invitee), in the reward's "
                                                    "unit; null: no cap")
    updated_by = fields.CharField(max_length=64, default="")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "loyalty_referral_settings"
        unique_together = (("club_id",),)


class ReferralCode(Model):
    """A member's referral code, made the first time they ask for it."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    member: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name=False, on_delete=fields.RESTRICT)
    member_id: int  # the column, as Tortoise sets it
    code = fields.CharField(max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_referral_code"
        unique_together = (("club_id", "code"), ("club_id", "member_id"))


class Referral(Model):
    """`referrer` is `level` steps above `invitee` in the chain of referrals (1: the member whose
    code the invitee enrolled with). Written once at the invitee's enrolment, for every level up
    to three; `paid` is what it has earned the referrer net of reversals (in `reward_kind`'s unit,
    fixed at enrolment), the cap's measure."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    invitee: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name=False, on_delete=fields.RESTRICT)
    invitee_id: int  # the column, as Tortoise sets it
    referrer: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name=False, on_delete=fields.RESTRICT)
    referrer_id: int  # the column, as Tortoise sets it
    level = fields.SmallIntField()
    reward_kind = fields.CharEnumField(RewardKind, max_length=16)
    enrolled_at = fields.DatetimeField()
    paid = fields.BigIntField(default=0)
    first_purchase_id = fields.BigIntField(null=True, description="the purchase whose first-"
                                                                  "purchase reward stands")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_referral"
        unique_together = (("club_id", "invitee_id", "level"),)
        indexes = (("club_id", "referrer_id"),)


class ReferralReward(Model):
    """One reward a referral paid its referrer, once per `key`; `returned_amount` is what
    returns of the purchase reversed of it."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    referral_id = fields.BigIntField()
    referrer_id = fields.BigIntField()
    invitee_id = fields.BigIntField()
    level = fields.SmallIntField()
    reason = fields.CharEnumField(ReferralReason, max_length=16)
    purchase_id = fields.BigIntField(null=True)
    kind = fields.CharEnumField(EffectKind, max_length=16)
    amount = fields.BigIntField()
    returned_amount = fields.BigIntField(default=0)
    lot_id = fields.BigIntField(null=True)
    key = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_referral_reward"
        unique_together = (("club_id", "key"),)
        indexes = (("club_id", "purchase_id"), ("club_id", "referrer_id"))
