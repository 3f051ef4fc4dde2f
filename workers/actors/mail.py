"""Email actors: thin calls into `models.notify.delivery`.

- `enqueue_due_emails` (periodic, every `settings.email_sweep_seconds`): the outbox relay. It
  finds queued emails that are due and not yet given to a worker (`queue_email` wrote them in its
  caller's transaction) and enqueues one `send_email` for each.
- `send_email`: one attempt at one email. A refused or unreachable mail server is recorded on
  the message (with its next attempt time), not raised: the sweep brings it back when it is due.
  Only unexpected errors (the database away) are raised and retried by dramatiq. Safe to run twice
  or at once: a claim on the message lets one worker send it, and a sent message is never sent
  again.

Where mail goes: `settings.smtp_host`; without one, outside production, the local catcher on
127.0.0.1:`smtp_catcher_port` (which `etebar serve` starts in development).
"""

from __future__ import annotations

import logging

from dramatiq.asyncio import async_to_sync

from etebar.settings import Settings, get_settings
from models.errors import DomainError
from models.notify.adapters.smtp import SmtpMailer
from models.notify.delivery import CLAIM_SECONDS, deliver, due_messages
from models.notify.mailer import Sender
from workers.registry import actor

log = logging.getLogger(__name__)

SEND_TIME_LIMIT_MS = 120_000
# A worker killed at its time limit must not still be sending when its claim lapses.
assert SEND_TIME_LIMIT_MS < CLAIM_SECONDS * 1000
SWEEP_LIMIT = 500


def smtp_mailer(settings: Settings) -> SmtpMailer:
    """The mail server the settings name, or the local catcher outside production."""
    if settings.smtp_host is None:
        if settings.environment == "production":
            raise RuntimeError("ETEBAR_SMTP_HOST is not set: emails stay queued until it is")
        return SmtpMailer("127.0.0.1", settings.smtp_catcher_port, security="none",
                          timeout_seconds=settings.smtp_timeout_seconds)
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    return SmtpMailer(settings.smtp_host, settings.smtp_port, security=settings.smtp_security,
                      username=settings.smtp_username, password=password,
                      timeout_seconds=settings.smtp_timeout_seconds)


@actor(max_retries=3, time_limit_ms=SEND_TIME_LIMIT_MS, throws=(DomainError,),
       min_backoff=5_000, max_backoff=60_000)
async def send_email(message_id: int) -> None:
    """Send email `message_id` if it is queued, due and nobody else is sending it."""
    settings = get_settings()
    outcome = await deliver(message_id, smtp_mailer(settings),
                            Sender(settings.smtp_from_address, settings.smtp_from_name),
                            max_attempts=settings.email_max_attempts,
                            retry_seconds=settings.email_retry_seconds)
    log.info("email %s: %s", message_id, outcome)


# Synchronous on purpose (as `expire_due_pending`): the sends are blocking broker calls.
# No retries: the scheduler runs the sweep again in a few seconds.
@actor(max_retries=0, time_limit_ms=60_000, throws=(DomainError,))
def enqueue_due_emails() -> None:
    """Enqueue one `send_email` per queued email that is due."""
    due = async_to_sync(due_messages)(limit=SWEEP_LIMIT)
    for message_id in due:
        send_email.send(message_id)
    if due:
        log.info("enqueued %d emails", len(due))
