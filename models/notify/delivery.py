"""Sending the recorded emails: `deliver` (one attempt, by a worker), `due_messages` (the sweep
that gives queued messages to workers: the outbox relay), `resend` (staff), and reading them.

**Claims.** A worker takes a message before sending it: in a short transaction it locks the row
(skipping a row another worker holds), checks it is queued and due and that nobody's claim is
live, and stamps `claimed_at` and one more attempt. It sends outside any transaction, then records
the outcome only where its own claim still stands (`claimed_at` unchanged). So two workers never
send one message at the same time, and a sent message is never claimed again. A claim lapses after
`CLAIM_SECONDS` (longer than the send actor's time limit), so a message whose worker died is sent
again; if that worker had died between the server's acceptance and our record of it, the second
copy carries the same Message-ID (`mailer.message_id`), which lets the receiving server drop it.

An attempt whose worker was killed mid-send counts too: a message whose attempts are all spent
without an outcome is marked failed when next claimed.

**Retries.** A temporary failure (no connection, a timeout, a 4xx reply) leaves the message queued
with the error and its next attempt `retry_seconds * 2^(attempts-1)` later (at most
`MAX_BACKOFF_SECONDS`); the attempt that reaches `max_attempts`, or a permanent refusal (a 5xx
reply to its recipient or content), makes it `failed`. Staff `resend` a failed message.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.errors import MessageError
from enum import StrEnum
from typing import cast

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.db import given
from models.errors import Conflict, NotAllowed, NotFound
from models.identity.callers import CallerKind, Identity
from models.identity.tables import Customer
from models.notify.errors import NotifyErrorCode
from models.notify.mailer import Mailer, MailError, Sender, build_message
from models.notify.tables import EmailMessage, MessageStatus

log = logging.getLogger(__name__)

CLAIM_SECONDS = 300
MAX_BACKOFF_SECONDS = 6 * 3600
# A message the sweep handed to a worker this long ago and still queued lost its broker message.
REQUEUE_SECONDS = 600


class Delivery(StrEnum):
    """What one call of `deliver` did."""

    SENT = "sent"
    WILL_RETRY = "will_retry"
    FAILED = "failed"
    PASSED = "passed"  # nothing to do: not queued, not due yet, or another worker holds it


def backoff_seconds(attempts: int, retry_seconds: float) -> float:
    """How long after its `attempts`-th failed attempt a message is tried again."""
    return float(min(retry_seconds * 2 ** max(attempts - 1, 0), MAX_BACKOFF_SECONDS))


def _claimable(now: datetime) -> Q:
    return (Q(status=MessageStatus.QUEUED)
            & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
            & (Q(claimed_at__isnull=True)
               | Q(claimed_at__lt=now - timedelta(seconds=CLAIM_SECONDS))))


async def _claim(message_id: int, now: datetime, max_attempts: int) -> EmailMessage | Delivery:
    """The message, claimed for one more attempt; or what became of it instead."""
    async with in_transaction():
        message = await EmailMessage.filter(_claimable(now), id=message_id) \
            .select_for_update(skip_locked=True).first()
        if message is None:
            return Delivery.PASSED
        if message.attempts >= max_attempts:
            # Every attempt ended without an outcome (its worker was killed mid-send): give up.
            message.status = MessageStatus.FAILED
            message.last_error = message.last_error or "no attempt ended with an outcome"
            message.next_attempt_at = message.claimed_at = message.enqueued_at = None
            await message.save(update_fields=["status", "last_error", "next_attempt_at",
                                              "claimed_at", "enqueued_at"])
            return Delivery.FAILED
        message.claimed_at = now
        message.attempts += 1
        await message.save(update_fields=["claimed_at", "attempts"])
        return message


async def _send(message: EmailMessage, mailer: Mailer, sender: Sender,
                now: datetime) -> MailError | None:
    """Hand the message to the mail server; what went wrong, as a `MailError`, if anything."""
    try:
        mime = build_message(key=message.key, to_address=message.to_address,
                             subject=message.subject, body=message.body,
                             language=message.language, sender=sender, now=now)
    except (ValueError, MessageError) as error:  # a line break in an address, say: for good
        return MailError(f"cannot build the message: {error}", permanent=True)
    try:
        await mailer.send(mime)
    except MailError as error:
        return error
    except Exception as error:
        # An adapter's unexpected fault: recorded and retried like a temporary failure, so the
        # message is not stuck behind a claim and staff see why.
        log.exception("email %s: the mailer failed unexpectedly", message.id)
        return MailError(f"{type(error).__name__}: {error}")
    return None


async def deliver(message_id: int, mailer: Mailer, sender: Sender, *, max_attempts: int,
                  retry_seconds: float, now: datetime | None = None) -> Delivery:
    """One attempt at sending a queued, due message; safe to call twice, or at once in two
    workers (see the module). A failure is recorded, not raised."""
    now = now or datetime.now(UTC)
    message = await _claim(message_id, now, max_attempts)
    if isinstance(message, Delivery):
        return message
    claimed = EmailMessage.filter(id=message.id, claimed_at=now)
    error = await _send(message, mailer, sender, now)
    if error is None:
        outcome = Delivery.SENT
        recorded = await claimed.update(status=MessageStatus.SENT, sent_at=datetime.now(UTC),
                                        last_error="", next_attempt_at=None, claimed_at=None,
                                        enqueued_at=None)
    else:
        if error.permanent or message.attempts >= max_attempts:
            outcome, status, later = Delivery.FAILED, MessageStatus.FAILED, None
        else:
            outcome, status = Delivery.WILL_RETRY, MessageStatus.QUEUED
            later = now + timedelta(seconds=backoff_seconds(message.attempts, retry_seconds))
        recorded = await claimed.update(status=status, next_attempt_at=later,
                                        last_error=error.text[:2000], claimed_at=None,
                                        enqueued_at=None)
        log.warning("email %s attempt %d: %s (%s)", message.id, message.attempts, error.text,
                    outcome)
    if not recorded:
        log.error("email %s: its claim lapsed while sending; another worker took it over",
                  message.id)
    return outcome


async def due_messages(*, limit: int = 500, now: datetime | None = None,
                       requeue_seconds: float = REQUEUE_SECONDS) -> list[int]:
    """The queued messages due now that no worker has been given (or whose worker's message
    was lost `requeue_seconds` ago), marked as given; the sweep enqueues one send for each."""
    now = now or datetime.now(UTC)
    async with in_transaction():
        # flat=True gives ids; its stub types each as a tuple after select_for_update.
        ids = cast("list[int]", await EmailMessage.filter(
            _claimable(now),
            Q(enqueued_at__isnull=True)
            | Q(enqueued_at__lt=now - timedelta(seconds=requeue_seconds))) \
            .order_by("next_attempt_at", "id").limit(limit) \
            .select_for_update(skip_locked=True).values_list("id", flat=True))
        if ids:
            await EmailMessage.filter(id__in=ids).update(enqueued_at=now)
    return ids


async def resend(message_id: int, *, now: datetime | None = None) -> EmailMessage:
    """Queue a failed message again, with a fresh count of attempts; a skipped one (its customer
    had no address) goes to the customer's address now, if there is one. A queued message is
    left as it is; a sent one is refused."""
    now = now or datetime.now(UTC)
    async with in_transaction():
        message = await EmailMessage.select_for_update().get_or_none(id=message_id)
        if message is None:
            raise NotFound(NotifyErrorCode.EMAIL_NOT_FOUND, f"no email {message_id}", field="id")
        if message.status is MessageStatus.QUEUED:
            return message
        if message.status is MessageStatus.SENT:
            raise Conflict(NotifyErrorCode.EMAIL_ALREADY_SENT,
                           "this email was sent already", field="id")
        if message.status is MessageStatus.SKIPPED:
            customer = (await Customer.get_or_none(id=message.customer_id)
                        if message.customer_id is not None else None)
            if customer is None or not customer.email:
                raise NotAllowed(NotifyErrorCode.NO_EMAIL_ADDRESS,
                                 "the customer has no email address",
                                 field="id")
            message.to_address = customer.email
        message.status = MessageStatus.QUEUED
        message.attempts = 0
        message.next_attempt_at = now
        message.claimed_at = None
        message.enqueued_at = None
        await message.save(update_fields=["to_address", "status", "attempts", "next_attempt_at",
                                          "claimed_at", "enqueued_at"])
        return message


def _visible(actor: Identity) -> dict[str, int | None]:
    """Staff see every message; a customer only their own (anyone else: none)."""
    if actor.kind is CallerKind.STAFF:
        return {}
    return {"customer_id": actor.customer_id if actor.kind is CallerKind.CUSTOMER else -1}


async def messages(actor: Identity, *, limit: int, before_id: int | None = None,
                   customer_id: int | None = None,
                   status: MessageStatus | None = None) -> list[EmailMessage]:
    """Messages newest first, optionally of one customer and in one status."""
    query = EmailMessage.filter(**given(id__lt=before_id, customer_id=customer_id,
                                        status=status))
    own = _visible(actor)
    if own:
        query = query.filter(**own)
    return await query.order_by("-id").limit(limit)


async def find(actor: Identity, message_id: int) -> EmailMessage | None:
    return await EmailMessage.filter(id=message_id, **_visible(actor)).first()

