"""Email actors: thin calls into `models.notify.delivery`.

- `enqueue_due_emails` (periodic, every `settings.notify.email_sweep_seconds`): the outbox
  relay. It finds queued emails that are due and not yet given to a worker (`queue_email` wrote
  them in its caller's transaction) and enqueues one `send_email` for each.
- `send_email`: one attempt at one email. A refused or unreachable mail server is recorded on
  the message (with its next attempt time), not raised: the sweep brings it back when it is due.
  Only unexpected errors (the database away) are raised and retried by dramatiq. Safe to run twice
  or at once: a claim on the message lets one worker send it, and a sent message is never sent
  again.

Where mail goes is the root's choice (`etebar.services.smtp_mailer`, reached through
`workers.services`): `settings.notify.smtp_host`; without one, outside production, the local
catcher on 127.0.0.1:`smtp_catcher_port` (which `etebar serve` starts in development).
"""

from __future__ import annotations

import logging

from dramatiq.asyncio import async_to_sync

from models.errors import DomainError
from models.notify.delivery import CLAIM_SECONDS, deliver, due_messages
from models.notify.mailer import Sender
from workers.registry import actor
from workers.services import services

log = logging.getLogger(__name__)

SEND_TIME_LIMIT_MS = 120_000
# A worker killed at its time limit must not still be sending when its claim lapses.
assert SEND_TIME_LIMIT_MS < CLAIM_SECONDS * 1000
SWEEP_LIMIT = 500


@actor(max_retries=3, time_limit_ms=SEND_TIME_LIMIT_MS, throws=(DomainError,),
       min_backoff=5_000, max_backoff=60_000)
async def send_email(message_id: int) -> None:
    """Send email `message_id` if it is queued, due and nobody else is sending it."""
    found = services()
    notify = found.settings.notify
    outcome = await deliver(message_id, found.adapters.mailer(),
                            Sender(notify.smtp_from_address, notify.smtp_from_name),
                            max_attempts=notify.email_max_attempts,
                            retry_seconds=notify.email_retry_seconds)
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
