"""The loyalty clubs' refusals in the schema: its codes, answered as the common error types
unless declared here with a type of their own."""

from __future__ import annotations

from api.errors import DomainErrors
from models.loyalty.errors import LoyaltyErrorCode

LOYALTY_ERRORS = DomainErrors(codes=(LoyaltyErrorCode,), errors=(
))
