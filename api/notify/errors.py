"""Notify's refusals in the schema: the SMS provider did not take a message."""

from __future__ import annotations

import strawberry

from api.errors import DomainErrors, UserError, declare_error
from models.notify.errors import NotifyErrorCode
from models.notify.sms import SmsNotSent


@strawberry.type(description="The SMS provider did not take the message: nothing was sent; "
                             "try again later.")
class SmsNotSentError(UserError):
    pass


NOTIFY_ERRORS = DomainErrors(codes=(NotifyErrorCode,), errors=(
    declare_error(SmsNotSent, SmsNotSentError),
))
