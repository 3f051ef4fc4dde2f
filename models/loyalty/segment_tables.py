"""A club's segments of members (`models.loyalty.segments` validates, compiles and counts them):
a saved filter over the members' statistics, enrolment, tier and group."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class SegmentStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"  # kept for the rules and campaigns that named it; it holds no one


class Segment(Model):
    """A club's segment: `definition` is the typed JSON of its filter, validated when saved."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    name = fields.CharField(max_length=200)
    definition: fields.JSONField[dict[str, Any]] = fields.JSONField(
        default=dict, description="typed JSON: all/any of clauses (models.loyalty.segments)")
    status = fields.CharEnumField(SegmentStatus, max_length=16, default=SegmentStatus.ACTIVE)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "loyalty_segment"
        unique_together = (("club_id", "name"),)
        indexes = (("club_id", "status"),)
