"""A member's purchase statistics in a club (`models.loyalty.stats` keeps them): a row per member
with the lifetime figures and a row per member and day (the club's timezone) from which the
rolling windows are summed."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class MemberStats(Model):
    """A member's lifetime figures in a club: purchases that stand (not voided, not returned in
    full), what they spent net of returns, the points their purchases earned net of returns (not
    the balance), and their first and last standing purchase."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    member_id = fields.BigIntField()
    purchases = fields.IntField(default=0)
    spend = fields.BigIntField(default=0)
    points_earned = fields.BigIntField(default=0)
    first_purchase_at = fields.DatetimeField(null=True)
    last_purchase_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_member_stats"
        unique_together = (("club_id", "member_id"),)


class MemberDayStats(Model):
    """A member's figures for one day of the club's calendar: the purchases made that day that
    stand, what they spent net of returns, the points earned net of returns."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    member_id = fields.BigIntField()
    day = fields.DateField()
    purchases = fields.IntField(default=0)
    spend = fields.BigIntField(default=0)
    points_earned = fields.BigIntField(default=0)

    class Meta:
        table = "loyalty_member_day_stats"
        unique_together = (("club_id", "member_id", "day"),)
