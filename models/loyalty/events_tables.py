"""The tables of event rules and campaigns: the grants event rules made (one row per rule, member
and occurrence, so a repeated event gives once), campaigns and their messages, and the expiry
notices told to members (one per lot)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.loyalty.codes import (
    CampaignChannel,
    CampaignStatus,
    MessageOutcome,
    Trigger,
)


class EventGrant(Model):
    """An event rule gave (or tried to give) a member something for one occurrence: `event_key`
    names the occurrence (`birthday:2026`, `purchase:<id>`), `period_key` the rule's frequency
    period it counts in, `slot` its number in that period (1 to the rule's limit). Both keys are
    unique per rule and member, so a retried or duplicated event, or two at once, gives once."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    rule_id = fields.BigIntField()
    rule_version_id = fields.BigIntField()
    member_id = fields.BigIntField()
    trigger = fields.CharEnumField(Trigger, max_length=16)
    event_key = fields.CharField(max_length=64)
    period_key = fields.CharField(max_length=16)
    slot = fields.IntField()
    amounts: fields.JSONField[list[dict[str, int | str]]] = fields.JSONField(
        default=list, description="what each effect gave: kind, amount (after the budgets)")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_event_grant"
        unique_together = (("club_id", "rule_id", "member_id", "event_key"),
                           ("club_id", "rule_id", "member_id", "period_key", "slot"))


class Campaign(Model):
    """A message the club sends to a segment's members (all members without a segment) at
    `send_at`; `{name}` in its text is the member's name."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    name = fields.CharField(max_length=200)
    segment_id = fields.BigIntField(null=True, description="null: every member of the club")
    channel = fields.CharEnumField(CampaignChannel, max_length=8)
    text_fa = fields.TextField()
    text_en = fields.TextField(default="")
    send_at = fields.DatetimeField()
    status = fields.CharEnumField(CampaignStatus, max_length=16, default=CampaignStatus.DRAFT)
    created_by = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_campaign"
        indexes = (("club_id", "status"), ("status", "send_at"))


class CampaignMessage(Model):
    """A campaign's message to one member, recorded before it is sent: once per (campaign,
    member), so a send that stopped half-way and ran again tells nobody twice."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    campaign_id = fields.BigIntField()
    member_id = fields.BigIntField()
    outcome = fields.CharEnumField(MessageOutcome, max_length=8, default=MessageOutcome.QUEUED)
    email_message_id = fields.BigIntField(null=True, description="notify's email, by email")
    error = fields.CharField(max_length=300, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_campaign_message"
        unique_together = (("club_id", "campaign_id", "member_id"),)


class ExpiryNotice(Model):
    """A member was told that a lot of theirs expires: once per lot."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    member_id = fields.BigIntField()
    lot_id = fields.BigIntField()
    amount = fields.BigIntField(description="what the lot held when told")
    expires_at = fields.DatetimeField()
    outcome = fields.CharEnumField(MessageOutcome, max_length=8, default=MessageOutcome.QUEUED)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_expiry_notice"
        unique_together = (("club_id", "lot_id"),)
