"""The tables of a club's network: member groups (a family, a company's staff) sharing one group
credit, and each member's spend of it per calendar month. Sub-clubs need no table of their own
(`Club.parent_id`, `Rule.overrides_rule_id`). Every table carries `club_id` in its keys."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class MemberGroupKind(StrEnum):
    FAMILY = "family"
    COMPANY = "company"  # a company's staff


class MemberGroupStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"  # its credit pays nothing more; its members stay until removed


class MemberGroup(Model):
    """Members of a club who share one group credit (lots held by `group:<id>`), each spending
    at most `monthly_limit` of it per calendar month in the club's timezone (null: no limit)."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(MemberGroupKind, max_length=16)
    monthly_limit = fields.BigIntField(null=True, description="rials a member may spend of the "
                                                              "group credit per month; null: "
                                                              "no limit")
    status = fields.CharEnumField(MemberGroupStatus, max_length=16,
                                  default=MemberGroupStatus.ACTIVE)
    pool_rewards = fields.BooleanField(default=False, description="its members' club credit "
                                                                  "rewards fill the group credit")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_member_group"
        unique_together = (("club_id", "name"),)


class MemberGroupSpend(Model):
    """What a member spent of a group's credit in one month (`2026-12`, the club's timezone):
    raised by a purchase paid with it, lowered by its returns, under the group row's lock."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    group_id = fields.BigIntField()
    member_id = fields.BigIntField()
    month = fields.CharField(max_length=7)
    spent = fields.BigIntField(default=0)

    class Meta:
        table = "loyalty_member_group_spend"
        unique_together = (("club_id", "group_id", "member_id", "month"),)
