"""What the local SMS catcher keeps: every text it was asked to send, for tests and the admin."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class CaughtSms(Model):
    id = fields.BigIntField(primary_key=True)
    mobile = fields.CharField(max_length=11, db_index=True)
    text = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "notify_caught_sms"
