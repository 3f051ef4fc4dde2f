"""Billing's refusals in the schema: its codes (its refusals are answered as the common types)."""

from __future__ import annotations

from api.errors import DomainErrors
from models.billing.errors import BillingErrorCode

BILLING_ERRORS = DomainErrors(codes=(BillingErrorCode,))
