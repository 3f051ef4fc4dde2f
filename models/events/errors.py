"""Typed refusals of the events domain."""

from __future__ import annotations

from models.errors import NotFound, ValidationFailed


class SubscriptionRefused(ValidationFailed):
    code = "invalid_subscription"


class AccountNotReadable(NotFound):
    """An account the caller may not read: to them it does not exist."""

    code = "account_not_found"
