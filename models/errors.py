"""The typed errors every domain operation raises; each has a stable snake_case `code`."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """The codes a domain's operations answer with. Each domain declares one subclass (in its
    `errors` module) and raises only its members, so the schema can enumerate every code and a
    test finds any code raised but not declared."""


class CommonErrorCode(ErrorCode):
    """Codes of the refusals every domain shares: the generic ones and the edge's input checks."""

    AUTHENTICATION_FAILED = "authentication_failed"
    CONFLICT = "conflict"
    DOMAIN_ERROR = "domain_error"
    INVALID_CURSOR = "invalid_cursor"
    INVALID_ID = "invalid_id"
    INVALID_INPUT = "invalid_input"
    INVALID_KEY = "invalid_key"
    INVALID_METADATA = "invalid_metadata"
    INVALID_PAGE_SIZE = "invalid_page_size"
    INVALID_STRING = "invalid_string"
    METADATA_TOO_DEEP = "metadata_too_deep"
    METADATA_TOO_LARGE = "metadata_too_large"
    METADATA_TOO_MANY_KEYS = "metadata_too_many_keys"
    NOT_ALLOWED = "not_allowed"
    NOT_FOUND = "not_found"
    TOO_LONG = "too_long"


class DomainError(Exception):
    """An expected refusal: the caller did something the rules do not allow. Nothing was written."""

    code: ErrorCode = CommonErrorCode.DOMAIN_ERROR

    def __init__(self, code: ErrorCode | None = None, message: str = "", *,
                 field: str | None = None) -> None:
        self.code = code or type(self).code
        self.message = message or self.code.replace("_", " ")
        self.field = field
        super().__init__(f"{self.code}: {self.message}")


class ValidationFailed(DomainError):
    """The input is malformed or out of range."""

    code: ErrorCode = CommonErrorCode.INVALID_INPUT


class NotFound(DomainError):
    code: ErrorCode = CommonErrorCode.NOT_FOUND


class Conflict(DomainError):
    """The request clashes with what is already stored (a reused key, a duplicate)."""

    code: ErrorCode = CommonErrorCode.CONFLICT


class AuthenticationFailed(DomainError):
    code: ErrorCode = CommonErrorCode.AUTHENTICATION_FAILED


class NotAllowed(DomainError):
    """The caller may call the operation, but not on this object or with these values."""

    code: ErrorCode = CommonErrorCode.NOT_ALLOWED
