"""Identity's typed refusals."""

from __future__ import annotations

from datetime import datetime

from models.errors import AuthenticationFailed, DomainError


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords in a row: the staff account is locked until `locked_until`."""

    code = "account_locked"

    def __init__(self, locked_until: datetime) -> None:
        self.locked_until = locked_until
        super().__init__(message=f"too many failed sign-ins: locked until "
                                 f"{locked_until.isoformat(timespec='seconds')}")


class TooManyCodeRequests(DomainError):
    """A mobile number asked for more one-time codes than an hour allows."""

    code = "too_many_code_requests"

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(message=f"too many codes asked for: try again in "
                                 f"{retry_after_seconds} seconds", field="mobile")
