"""Messages kept: what the local SMS and SMTP catchers received, and every email with its status."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class CaughtSms(Model):
    id = fields.BigIntField(primary_key=True)
    mobile = fields.CharField(max_length=11, db_index=True)
    text = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "notify_caught_sms"


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class EmailMessage(Model):
    """One email, recorded in the transaction of what caused it and sent afterwards by an actor;
    its key (the cause's natural key) makes the same email be written once."""

    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=200, unique=True)
    customer_id = fields.BigIntField(null=True, db_index=True)
    to_address = fields.CharField(max_length=254, default="",
                                  description="empty when the customer has no email")
    language = fields.CharField(max_length=2)
    template = fields.CharField(max_length=64)
    subject = fields.CharField(max_length=300)
    body = fields.TextField()
    status = fields.CharEnumField(MessageStatus, max_length=16, default=MessageStatus.QUEUED)
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    next_attempt_at = fields.DatetimeField(
        null=True, description="A queued message is sent from then on; null once it is not queued")
    enqueued_at = fields.DatetimeField(
        null=True, description="When the sweep last gave it to a worker; blank after an attempt")
    claimed_at = fields.DatetimeField(
        null=True, description="When a worker took it to send; that worker alone records the "
                               "outcome, and the claim lapses after a while (a worker died)")

    class Meta:
        table = "notify_email_message"
        indexes = (("status", "id"), ("customer_id", "id"), ("status", "next_attempt_at"))


class CaughtEmail(Model):
    """An email the local SMTP catcher received (development and tests), as it arrived."""

    id = fields.BigIntField(primary_key=True)
    mail_from = fields.CharField(max_length=254, default="")
    to_addresses = fields.TextField(description="The envelope's recipients, comma-separated")
    subject = fields.TextField(default="")
    message_id = fields.CharField(max_length=300, default="", db_index=True)
    headers = fields.TextField(default="")
    body = fields.TextField(default="")
    raw_size = fields.IntField(description="Bytes of the message as received")
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "notify_caught_email"
