"""The loyalty clubs' refusals in the schema: the domain's codes, answered through the common
error types (InvalidInput, NotFoundError, ConflictError, NotAllowedError, SignInFailed)."""

from __future__ import annotations

from api.errors import DomainErrors
from models.loyalty.errors import LoyaltyErrorCode

LOYALTY_ERRORS = DomainErrors(codes=(LoyaltyErrorCode,), errors=())
