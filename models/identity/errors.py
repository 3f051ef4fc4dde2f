"""Identity's typed refusals."""

from __future__ import annotations

from datetime import datetime

from models.errors import AuthenticationFailed, DomainError, ErrorCode


class IdentityErrorCode(ErrorCode):
    """Codes of identity's refusals: customers, partners, staff, keys, sign-in and reach."""

    ACCOUNT_LOCKED = "account_locked"
    ACCOUNT_NOT_FOUND = "account_not_found"
    ADDRESS_LOCKED = "address_locked"
    BANK_ACCOUNT_EXISTS = "bank_account_exists"
    BANK_ACCOUNT_NOT_FOUND = "bank_account_not_found"
    CANNOT_DEACTIVATE_YOURSELF = "cannot_deactivate_yourself"
    CODE_EXPIRED = "code_expired"
    CODE_INVALID = "code_invalid"
    CUSTOMER_EXISTS = "customer_exists"
    CUSTOMER_NOT_FOUND = "customer_not_found"
    CUSTOMER_REQUIRED = "customer_required"
    FIELD_NOT_SELF_SERVICE = "field_not_self_service"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    INVALID_COMPANY_ID = "invalid_company_id"
    INVALID_CREDENTIALS = "invalid_credentials"
    INVALID_EMAIL = "invalid_email"
    INVALID_HOLDER_NAME = "invalid_holder_name"
    INVALID_ID = "invalid_id"
    INVALID_MOBILE = "invalid_mobile"
    INVALID_NAME = "invalid_name"
    INVALID_NATIONAL_ID = "invalid_national_id"
    INVALID_SHEBA = "invalid_sheba"
    MEMBERSHIP_CONFIRMED = "membership_confirmed"
    MEMBERSHIP_NOT_FOUND = "membership_not_found"
    MEMBERSHIP_PENDING = "membership_pending"
    PARTNER_REQUIRED = "partner_required"
    INVALID_TOKEN = "invalid_token"  # noqa: S105 (a refusal's code, not a secret)
    KEY_NOT_FOUND = "key_not_found"
    LAST_OWNER = "last_owner"
    NATIONAL_ID_TAKEN = "national_id_taken"
    OWNER_NOT_ALLOWED = "owner_not_allowed"
    OWNER_ROLE_REQUIRES_OWNER = "owner_role_requires_owner"
    PARTNER_INACTIVE = "partner_inactive"
    PARTNER_NOT_FOUND = "partner_not_found"
    PASSWORD_TOO_SHORT = "password_too_short"  # noqa: S105 (a refusal's code, not a secret)
    SCOPES_REQUIRED = "scopes_required"
    SECRET_SHOWN_ONCE = "secret_shown_once"  # noqa: S105 (a refusal's code, not a secret)
    STAFF_EXISTS = "staff_exists"
    STAFF_INACTIVE = "staff_inactive"
    STAFF_NOT_FOUND = "staff_not_found"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    TOO_MANY_CODE_REQUESTS = "too_many_code_requests"
    UNKNOWN_SCOPE = "unknown_scope"


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords for this email from this client address: sign-ins for it from
    there are refused until `locked_until`."""

    code: ErrorCode = IdentityErrorCode.ACCOUNT_LOCKED
    reason = "too many failed sign-ins for this email from this address"

    def __init__(self, locked_until: datetime) -> None:
        self.locked_until = locked_until
        super().__init__(message=f"{self.reason}: locked until "
                                 f"{locked_until.isoformat(timespec='seconds')}")


class AddressLocked(AccountLocked):
    """Too many wrong passwords from this client address, whatever the emails: every staff
    sign-in from there is refused until `locked_until`."""

    code = IdentityErrorCode.ADDRESS_LOCKED
    reason = "too many failed sign-ins from this address"


class TooManyCodeRequests(DomainError):
    """A mobile number asked for more one-time codes than an hour allows."""

    code = IdentityErrorCode.TOO_MANY_CODE_REQUESTS

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(message=f"too many codes asked for: try again in "
                                 f"{retry_after_seconds} seconds", field="mobile")
