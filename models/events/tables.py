"""Webhook tables: partners' endpoints, one delivery per (endpoint, event), every attempt."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class DeliveryState(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"


class AttemptCategory(StrEnum):
    """What one attempt met, without the raw error: partners read it, and a raw error would
    describe the server's network to them."""

    HTTP_STATUS = "http_status"  # the endpoint answered; the attempt's status code says how
    TIMEOUT = "timeout"
    REFUSED = "refused"  # nothing listens at the endpoint's address and port
    TLS = "tls"  # the TLS handshake or the certificate failed
    DNS = "dns"  # the endpoint's host did not resolve
    BLOCKED_ADDRESS = "blocked_address"  # its host resolved to an address webhooks may not reach
    NETWORK = "network"  # any other connection failure (reset, protocol error)


class WebhookEndpoint(Model):
    """Where a partner wants its accounts' changes POSTed. The signing secret is not stored: it
    is derived from the server's secret key and `secret_salt` (`models.events.webhooks`)."""

    id = fields.BigIntField(primary_key=True)
    partner: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Partner", related_name=False, on_delete=fields.RESTRICT)
    partner_id: int  # the column, as Tortoise sets it
    url = fields.CharField(max_length=2000)
    secret_salt = fields.CharField(max_length=64)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "events_webhook_endpoint"


class WebhookDelivery(Model):
    """One event to one endpoint: created once, delivered at most once successfully."""

    id = fields.BigIntField(primary_key=True)
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "models.WebhookEndpoint", related_name=False, on_delete=fields.RESTRICT)
    endpoint_id: int  # the column, as Tortoise sets it
    event_id = fields.BigIntField(description="ledger_account_event.id")
    state = fields.CharEnumField(DeliveryState, max_length=16, default=DeliveryState.PENDING)
    attempts = fields.IntField(default=0)
    delivered_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "events_webhook_delivery"
        unique_together = (("endpoint_id", "event_id"),)


class WebhookAttempt(Model):
    """One HTTP attempt of a delivery: the log partners and staff read."""

    id = fields.BigIntField(primary_key=True)
    delivery: fields.ForeignKeyRelation[WebhookDelivery] = fields.ForeignKeyField(
        "models.WebhookDelivery", related_name=False, on_delete=fields.RESTRICT)
    delivery_id: int  # the column, as Tortoise sets it
    endpoint_id = fields.BigIntField(db_index=True)
    number = fields.IntField()
    status_code = fields.IntField(null=True)
    category = fields.CharEnumField(AttemptCategory, max_length=16)
    succeeded = fields.BooleanField()
    duration_ms = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "events_webhook_attempt"


class WebhookCursor(Model):
    """How far the dispatcher has read the outbox (it looks back a window for late commits)."""

    name = fields.CharField(max_length=32, primary_key=True)
    event_id = fields.BigIntField(default=0)

    class Meta:
        table = "events_webhook_cursor"
