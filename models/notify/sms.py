"""The SMS interface the domain sends through, and its one refusal: the provider did not take a
message. `etebar.sms.sms_sender(settings)` builds the configured adapter."""

from __future__ import annotations

from typing import Protocol

from models.errors import DomainError
from models.notify.errors import NotifyErrorCode


class SmsNotSent(DomainError):
    """The SMS provider refused a message or could not be reached: nothing was sent (as far as
    the provider said). `provider_status` is the provider's own code, kept for the log."""

    code = NotifyErrorCode.SMS_NOT_SENT

    def __init__(self, message: str, *, provider_status: int | None = None,
                 field: str | None = None) -> None:
        self.provider_status = provider_status
        super().__init__(message=message, field=field)


class SmsSender(Protocol):
    """Sends text messages to Iranian mobile numbers in the form 09xxxxxxxxx; raises
    `SmsNotSent` when the provider does not take one."""

    async def send(self, mobile: str, text: str, *, local_id: int | None = None) -> None:
        """Send `text`; `local_id` is our (numeric) id of the message, for the provider's
        records."""
        ...

    async def send_code(self, mobile: str, code: str, text: str, *,
                        local_id: int | None = None) -> None:
        """Send a one-time code: through the provider's code template where it has one
        (providers deliver those on their fast verification lines), else as `text`."""
        ...
