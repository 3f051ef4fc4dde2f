"""The domain events' outbox: each event, and its delivery to each subscription."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class DomainEventRecord(Model):
    """One typed domain event (`models.domain_events.outbox`), written in the transaction of the
    change it tells of. `fanned_out` turns true once a delivery row exists for each subscription."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=64)
    payload: fields.JSONField[dict[str, Any]] = fields.JSONField()
    fanned_out = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "events_domain_event"


class DomainEventDelivery(Model):
    """One event to one subscription: sent as a message (again, by the sweep, while it is not
    delivered), delivered once: `delivered_at` is set in the subscriber's own transaction."""

    id = fields.BigIntField(primary_key=True)
    event: fields.ForeignKeyRelation[DomainEventRecord] = fields.ForeignKeyField(
        "models.DomainEventRecord", related_name=False, on_delete=fields.RESTRICT)
    event_id: int  # the column, as Tortoise sets it
    subscription = fields.CharField(max_length=64)
    sent_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "events_domain_delivery"
        unique_together = (("event_id", "subscription"),)
