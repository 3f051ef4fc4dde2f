"""The local SMTP catcher for development and tests: a real SMTP server (aiosmtpd) that keeps
every message it receives in `notify_caught_email` instead of passing it on.

It runs on the event loop that starts it (not in a thread of its own, as aiosmtpd's `Controller`
would), so it writes through that loop's Tortoise connections: `etebar serve` starts it in its
lifespan in development when no `smtp_host` is set, tests start it on a free port.
"""

from __future__ import annotations

import asyncio
import logging
from email import message_from_bytes, policy
from email.message import EmailMessage as MimeMessage
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from models.notify.tables import CaughtEmail

log = logging.getLogger(__name__)
# aiosmtpd narrates every SMTP command and connection at INFO on this logger: in `etebar serve`'s
# terminal that buried the banner. Its warnings and errors still show.
AIOSMTPD_LOGGER = "mail.log"

MAX_MESSAGE_BYTES = 10 * 1024 * 1024


def _body(message: MimeMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = str(part.get_content())
    except (LookupError, ValueError):  # an unknown charset or a broken encoding
        text = str(part.get_payload(decode=False) or "")
    return text.replace("\r\n", "\n")  # lines as the reader sees them


class SmtpCatcher:
    """`await SmtpCatcher(port=0).start()` listens (port 0: a free one, then `.port` says which);
    `await catcher.stop()` closes it."""

    def __init__(self, host: str = "127.0.0.1", port: int = 1025) -> None:
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None

    async def start(self) -> SmtpCatcher:
        logging.getLogger(AIOSMTPD_LOGGER).setLevel(logging.WARNING)
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: SMTP(self, hostname="etebar-catcher", data_size_limit=MAX_MESSAGE_BYTES,
                         enable_SMTPUTF8=True),
            host=self.host, port=self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("SMTP catcher listening on %s:%d", self.host, self.port)
        return self

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """aiosmtpd's hook for a received message: keep it, or ask the sender to retry."""
        raw: Any = envelope.original_content or envelope.content or b""
        data = raw if isinstance(raw, bytes) else str(raw).encode()
        parsed = message_from_bytes(data, policy=policy.default)
        assert isinstance(parsed, MimeMessage)  # the default policy builds these
        try:
            await CaughtEmail.create(
                mail_from=(envelope.mail_from or "")[:254],
                to_addresses=", ".join(envelope.rcpt_tos),
                subject=str(parsed.get("Subject", "")),
                message_id=str(parsed.get("Message-ID", ""))[:300],
                headers="\n".join(f"{name}: {value}" for name, value in parsed.items()),
                body=_body(parsed), raw_size=len(data))
        except Exception:  # the sender keeps the message and tries again
            log.exception("the SMTP catcher could not store a message")
            return "451 Requested action aborted: local error in processing"
        return "250 Message accepted for delivery"


async def caught(*, limit: int, before_id: int | None = None) -> list[CaughtEmail]:
    """What the catcher holds, newest first."""
    query = CaughtEmail.all()
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    return await query.order_by("-id").limit(limit)
