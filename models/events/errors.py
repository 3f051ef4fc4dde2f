"""Typed refusals of the events domain."""

from __future__ import annotations

from models.errors import ErrorCode, NotFound, ValidationFailed


class EventsErrorCode(ErrorCode):
    """Codes of the events domain's refusals: webhooks and event subscriptions."""

    ACCOUNT_NOT_FOUND = "account_not_found"
    DELIVERY_NOT_FOUND = "delivery_not_found"
    ENDPOINT_NOT_FOUND = "endpoint_not_found"
    INVALID_AGE = "invalid_age"
    INVALID_SUBSCRIPTION = "invalid_subscription"
    INVALID_URL = "invalid_url"
    PARTNER_REQUIRED = "partner_required"
    WEBHOOK_TARGET_REFUSED = "webhook_target_refused"


class SubscriptionRefused(ValidationFailed):
    code = EventsErrorCode.INVALID_SUBSCRIPTION


class AccountNotReadable(NotFound):
    """An account the caller may not read: to them it does not exist."""

    code = EventsErrorCode.ACCOUNT_NOT_FOUND
