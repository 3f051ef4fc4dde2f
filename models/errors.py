"""The typed errors every domain operation raises; each has a stable snake_case `code`."""

from __future__ import annotations


class DomainError(Exception):
    """An expected refusal: the caller did something the rules do not allow. Nothing was written."""

    code: str = "domain_error"

    def __init__(self, code: str | None = None, message: str = "", *,
                 field: str | None = None) -> None:
        self.code = code or type(self).code
        self.message = message or self.code.replace("_", " ")
        self.field = field
        super().__init__(f"{self.code}: {self.message}")


class ValidationFailed(DomainError):
    """The input is malformed or out of range."""

    code = "invalid_input"


class NotFound(DomainError):
    code = "not_found"


class Conflict(DomainError):
    """The request clashes with what is already stored (a reused key, a duplicate)."""

    code = "conflict"


class AuthenticationFailed(DomainError):
    code = "authentication_failed"


class NotAllowed(DomainError):
    """The caller may call the operation, but not on this object or with these values."""

    code = "not_allowed"
