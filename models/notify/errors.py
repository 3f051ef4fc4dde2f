"""The codes of notify's refusals."""

from __future__ import annotations

from models.errors import ErrorCode


class NotifyErrorCode(ErrorCode):
    """Codes of notify's refusals: emails and SMS."""

    EMAIL_ALREADY_SENT = "email_already_sent"
    EMAIL_NOT_FOUND = "email_not_found"
    NO_EMAIL_ADDRESS = "no_email_address"
    SMS_NOT_SENT = "sms_not_sent"
