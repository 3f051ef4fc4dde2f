"""The email interface the domain sends through (`Mailer`), the MIME message built from a record,
and the one error every adapter raises (`MailError`, temporary or permanent).

The concrete adapter is SMTP (`models/notify/adapters/smtp.py`, through aiosmtplib); in
development and tests it talks to the local catcher (`models/notify/catcher_smtp.py`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage as MimeMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Protocol

from models.identity.tables import Language


class MailError(Exception):
    """Sending failed. `permanent`: the receiving server refused this message for good (a 5xx
    reply to its recipient or its content), so sending it again cannot help; otherwise (no
    connection, a timeout, a 4xx reply, a refused sign-in) a later attempt may succeed."""

    def __init__(self, text: str, *, permanent: bool = False) -> None:
        super().__init__(text)
        self.text = text
        self.permanent = permanent


class Mailer(Protocol):
    """Hands one message to a mail server; raises `MailError` when it is not accepted."""

    async def send(self, message: MimeMessage) -> None: ...


@dataclass(frozen=True, slots=True)
class Sender:
    """Who the emails come from: an address and the name mail readers show."""

    address: str
    name: str = ""


def message_id(key: str, sender_address: str) -> str:
    """The Message-ID of the email recorded under `key`: the same for every attempt, so a
    receiving server that got it once (and our record of that was lost) can drop a second copy."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:40]
    domain = sender_address.rpartition("@")[2] or "etebar.invalid"
    return f"<{digest}@{domain}>"


def build_message(*, key: str, to_address: str, subject: str, body: str, language: str,
                  sender: Sender, now: datetime | None = None) -> MimeMessage:
    """A plain-text UTF-8 message with its headers: From (with a display name in any script),
    To, Subject, Date, Message-ID from `key`, Content-Language, and Auto-Submitted (it is
    automatic mail: auto-responders must not answer it)."""
    message = MimeMessage(policy=SMTP)
    user, _, domain = sender.address.rpartition("@")
    message["From"] = Address(display_name=sender.name, username=user, domain=domain)
    message["To"] = to_address
    message["Subject"] = subject
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = message_id(key, sender.address)
    message["Auto-Submitted"] = "auto-generated"
    # base64: 7-bit clean for any server, and shorter than quoted-printable for Persian text.
    message.set_content(body, charset="utf-8", cte="base64")
    message["Content-Language"] = Language(language).value  # set_content clears Content-*
    return message
