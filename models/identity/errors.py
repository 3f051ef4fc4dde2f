"""Identity's typed refusals."""

from __future__ import annotations

from datetime import datetime

from models.errors import AuthenticationFailed, DomainError


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords for this email from this client address: sign-ins for it from
    there are refused until `locked_until`."""

    code = "account_locked"
    reason = "too many failed sign-ins for this email from this address"

    def __init__(self, locked_until: datetime) -> None:
        self.locked_until = locked_until
        super().__init__(message=f"{self.reason}: locked until "
                                 f"{locked_until.isoformat(timespec='seconds')}")


class AddressLocked(AccountLocked):
    """Too many wrong passwords from this client address, whatever the emails: every staff
    sign-in from there is refused until `locked_until`."""

    code = "address_locked"
    reason = "too many failed sign-ins from this address"


class TooManyCodeRequests(DomainError):
    """A mobile number asked for more one-time codes than an hour allows."""

    code = "too_many_code_requests"

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(message=f"too many codes asked for: try again in "
                                 f"{retry_after_seconds} seconds", field="mobile")
