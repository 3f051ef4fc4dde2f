"""The audit log's one table; a database trigger refuses every UPDATE and DELETE of it."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class AuditEntry(Model):
    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(description="when the operation started")
    actor = fields.CharField(max_length=64, description="staff:<id>, partner_key:<id>, ...")
    actor_kind = fields.CharField(max_length=16)
    actor_name = fields.CharField(max_length=300)
    partner_id = fields.BigIntField(null=True, description="the partner acting, if any")
    operation = fields.CharField(max_length=100)
    input: fields.JSONField[dict[str, Any]] = fields.JSONField(
        default=dict, description="the arguments, secrets masked")
    result = fields.CharField(max_length=100,
                              description="the success type's name, or the error's code")
    duration_ms = fields.IntField()

    class Meta:
        table = "audit_entry"
        indexes = (("actor", "id"), ("operation", "id"), ("partner_id", "id"), ("at",))
