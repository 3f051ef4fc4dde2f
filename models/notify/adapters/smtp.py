"""The SMTP mailer: hands messages to a mail server through aiosmtplib, one connection each."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage as MimeMessage
from typing import Literal

import aiosmtplib

from models.notify.mailer import MailError

Security = Literal["none", "starttls", "tls"]


@dataclass(frozen=True, slots=True)
class SmtpMailer:
    """`security`: `tls` opens TLS at once (port 465), `starttls` upgrades a plain connection
    and refuses a server that cannot (port 587), `none` sends in the clear (the local catcher)."""

    host: str
    port: int
    security: Security = "starttls"
    username: str | None = None
    password: str | None = None
    timeout_seconds: float = 30.0

    async def send(self, message: MimeMessage) -> None:
        try:
            await aiosmtplib.send(
                message, hostname=self.host, port=self.port,
                username=self.username or None, password=self.password or None,
                use_tls=self.security == "tls", start_tls=self.security == "starttls",
                timeout=self.timeout_seconds)
        except aiosmtplib.SMTPRecipientsRefused as error:
            codes = [refused.code for refused in error.recipients]
            raise MailError(_describe(error), permanent=all(c >= 500 for c in codes)) from error
        except aiosmtplib.SMTPDataError as error:
            # The server read the message and refused it: 5xx for its content, for good.
            raise MailError(_describe(error), permanent=error.code >= 500) from error
        except (aiosmtplib.SMTPException, OSError) as error:
            # No connection, a timeout, a refused sign-in or sender: ours or theirs to fix, and
            # a later attempt may succeed.
            raise MailError(_describe(error)) from error


def _describe(error: BaseException) -> str:
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        return "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in error.recipients)
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return f"{error.code} {error.message}"
    return f"{type(error).__name__}: {error}"
