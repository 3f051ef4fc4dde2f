"""Sending recorded emails over real SMTP: to the local catcher, to servers that fail, once only."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email import message_from_string, policy

import pytest

from models.errors import Conflict, NotAllowed
from models.identity.tables import Customer, Language
from models.notify.adapters.smtp import SmtpMailer
from models.notify.delivery import Delivery, deliver, due_messages, resend
from models.notify.mail import queue_email
from models.notify.mailer import message_id
from models.notify.tables import CaughtEmail, EmailMessage, MessageStatus
from workers.actors.mail import enqueue_due_emails, send_email

from .conftest import SENDER

WHEN = datetime(2026, 3, 21, 10, 0, tzinfo=UTC)  # 1 Farvardin 1405


async def _queued(customer: Customer, key: str = "test:1") -> EmailMessage:
    return await queue_email(customer_id=customer.id, template="test",
                             params={"amount": 5000, "when": WHEN}, key=key)


def _mailer(port: int) -> SmtpMailer:
    return SmtpMailer("127.0.0.1", port, security="none", timeout_seconds=5)


async def _deliver(message: EmailMessage, mailer: SmtpMailer, *, now: datetime | None = None,
                   max_attempts: int = 3) -> Delivery:
    return await deliver(message.id, mailer, SENDER, max_attempts=max_attempts,
                         retry_seconds=60, now=now)


async def test_a_persian_email_arrives_with_its_subject_utf8_body_and_headers(
        make_mail_customer, catcher_mailer):
    # given a Persian customer's queued email
    customer = await make_mail_customer(language=Language.FA)
    message = await _queued(customer)
    # when it is delivered to the catcher
    assert await _deliver(message, catcher_mailer) is Delivery.SENT
    # then the catcher got it as written, and the record says sent
    [caught] = await CaughtEmail.all()
    assert caught.to_addresses == "sara@example.com"
    assert caught.mail_from == SENDER.address
    assert caught.subject == "پیام آزمایشی اعتبار"
    assert "۵٬۰۰۰ ریال" in caught.body and "۱۴۰۵/۰۱/۰۱" in caught.body
    headers = message_from_string(caught.headers + "\n\n", policy=policy.default)
    assert headers["Content-Language"] == "fa"
    assert headers["Message-ID"] == message_id("test:1", SENDER.address) == caught.message_id
    assert headers["From"] == "اعتبار <no-reply@etebar.test>"
    assert headers["Auto-Submitted"] == "auto-generated"
    assert caught.raw_size > len(caught.body.encode())
    sent = await EmailMessage.get(id=message.id)
    assert (sent.status, sent.attempts, sent.last_error) == (MessageStatus.SENT, 1, "")
    assert sent.sent_at is not None and sent.next_attempt_at is None


async def test_an_english_email_says_it_is_english(make_mail_customer, catcher_mailer):
    customer = await make_mail_customer(language=Language.EN, name="Sara")
    await _deliver(await _queued(customer), catcher_mailer)
    [caught] = await CaughtEmail.all()
    assert caught.subject == "Etebar test message"
    assert caught.body == "Hello Sara, 5,000 IRR on 2026-03-21.\n"
    assert "Content-Language: en" in caught.headers


async def test_the_sweep_and_the_actor_deliver_a_queued_email(make_mail_customer, smtp_settings,
                                                              run_stub):
    # given an email queued in its cause's transaction (the outbox)
    message = await _queued(await make_mail_customer())
    # when the scheduler's sweep runs and the workers take what it enqueued
    enqueue_due_emails.send()
    await run_stub()
    # then the email arrived, once, and is recorded sent
    assert await CaughtEmail.filter(message_id=message_id("test:1", SENDER.address)).count() == 1
    assert (await EmailMessage.get(id=message.id)).status is MessageStatus.SENT
    # and the next sweep has nothing to give
    assert await due_messages() == []


async def test_a_refused_connection_is_retried_later_each_time_longer_then_failed(
        make_mail_customer, closed_port):
    # given a queued email and a mail server that does not answer
    message = await _queued(await make_mail_customer())
    mailer, now = _mailer(closed_port), datetime.now(UTC)
    # when the first attempt fails
    assert await _deliver(message, mailer, now=now) is Delivery.WILL_RETRY
    # then the error is recorded and the next attempt waits a minute
    first = await EmailMessage.get(id=message.id)
    assert (first.status, first.attempts) == (MessageStatus.QUEUED, 1)
    assert first.last_error.startswith("SMTPConnectError: Error connecting to 127.0.0.1")
    assert first.next_attempt_at == now + timedelta(seconds=60)
    # and nobody sends it before then, nor does the sweep give it out
    assert await _deliver(message, mailer, now=now + timedelta(seconds=59)) is Delivery.PASSED
    assert await due_messages(now=now + timedelta(seconds=59)) == []
    # when the second attempt fails, the wait doubles
    second_at = now + timedelta(seconds=60)
    assert await _deliver(message, mailer, now=second_at) is Delivery.WILL_RETRY
    second = await EmailMessage.get(id=message.id)
    assert (second.attempts, second.next_attempt_at) == (2, second_at + timedelta(seconds=120))
    # and the third and last attempt makes it failed
    assert await _deliver(message, mailer, now=second_at + timedelta(seconds=120)) \
        is Delivery.FAILED
    failed = await EmailMessage.get(id=message.id)
    assert (failed.status, failed.attempts, failed.next_attempt_at) == (
        MessageStatus.FAILED, 3, None)
    # after which nothing sends it any more
    later = now + timedelta(days=1)
    assert await _deliver(message, mailer, now=later) is Delivery.PASSED
    assert await due_messages(now=later) == []


async def test_the_actor_records_a_failure_and_the_sweep_brings_the_email_back_when_due(
        make_mail_customer, closed_port, use_smtp, run_stub):
    # given a queued email, and settings naming a mail server that refuses connections
    message = await _queued(await make_mail_customer())
    use_smtp(closed_port)
    # when the sweep and the actor run (the failure is recorded, not raised: join re-raises)
    enqueue_due_emails.send()
    await run_stub()
    # then the email waits for its next attempt, a minute later, when the sweep gives it again
    found = await EmailMessage.get(id=message.id)
    assert (found.status, found.attempts, found.enqueued_at) == (MessageStatus.QUEUED, 1, None)
    assert found.last_error and found.next_attempt_at is not None
    assert await due_messages() == []
    assert await due_messages(now=found.next_attempt_at) == [message.id]


async def test_a_temporary_4xx_reply_is_recorded_and_retried(make_mail_customer,
                                                             refusing_server):
    message = await _queued(await make_mail_customer())
    port = await refusing_server("451 4.3.0 Mailbox busy, try later")
    assert await _deliver(message, _mailer(port)) is Delivery.WILL_RETRY
    found = await EmailMessage.get(id=message.id)
    assert found.status is MessageStatus.QUEUED
    assert "451" in found.last_error and "try later" in found.last_error


async def test_a_permanent_5xx_reply_to_the_recipient_fails_at_once(make_mail_customer,
                                                                    refusing_server):
    message = await _queued(await make_mail_customer())
    port = await refusing_server("550 5.1.1 No such user here")
    assert await _deliver(message, _mailer(port), max_attempts=8) is Delivery.FAILED
    found = await EmailMessage.get(id=message.id)
    assert (found.status, found.attempts) == (MessageStatus.FAILED, 1)
    assert "550" in found.last_error


async def test_a_sent_email_is_not_sent_again_when_its_actor_runs_twice(
        make_mail_customer, smtp_settings, run_stub):
    message = await _queued(await make_mail_customer())
    send_email.send(message.id)
    send_email.send(message.id)
    await run_stub()
    send_email.send(message.id)
    await run_stub()
    assert await CaughtEmail.all().count() == 1
    assert (await EmailMessage.get(id=message.id)).attempts == 1


async def test_workers_sending_one_email_at_once_send_it_once(make_mail_customer,
                                                              catcher_mailer):
    message = await _queued(await make_mail_customer())
    outcomes = await asyncio.gather(*(_deliver(message, catcher_mailer) for _ in range(8)))
    assert sorted(outcomes) == sorted([Delivery.SENT] + [Delivery.PASSED] * 7)
    assert await CaughtEmail.all().count() == 1


async def test_an_email_whose_worker_died_is_sent_once_its_claim_lapses(make_mail_customer,
                                                                        catcher_mailer):
    # given an email a worker claimed and never finished (it died mid-send)
    message = await _queued(await make_mail_customer())
    died_at = datetime.now(UTC) - timedelta(minutes=10)
    await EmailMessage.filter(id=message.id).update(claimed_at=died_at, attempts=1)
    # then another worker sends it, and the first worker's late record changes nothing
    assert await _deliver(message, catcher_mailer) is Delivery.SENT
    assert await EmailMessage.filter(id=message.id, claimed_at=died_at).update(
        status=MessageStatus.FAILED) == 0
    found = await EmailMessage.get(id=message.id)
    assert (found.status, found.attempts) == (MessageStatus.SENT, 2)


async def test_an_email_whose_every_attempt_died_mid_send_is_failed_not_sent_again(
        make_mail_customer, catcher_mailer):
    # given an email whose three attempts (the maximum) were each killed before an outcome
    message = await _queued(await make_mail_customer())
    died_at = datetime.now(UTC) - timedelta(minutes=10)
    await EmailMessage.filter(id=message.id).update(claimed_at=died_at, attempts=3)
    # then the next worker gives up on it instead of trying forever
    assert await _deliver(message, catcher_mailer, max_attempts=3) is Delivery.FAILED
    found = await EmailMessage.get(id=message.id)
    assert (found.status, found.attempts, found.claimed_at) == (MessageStatus.FAILED, 3, None)
    assert found.last_error == "no attempt ended with an outcome"
    assert await CaughtEmail.all().count() == 0


async def test_an_address_with_a_line_break_fails_at_once_and_injects_nothing(
        make_mail_customer, catcher_mailer):
    # given an email recorded with an address that slipped past validation
    message = await _queued(await make_mail_customer())
    await EmailMessage.filter(id=message.id).update(
        to_address="sara@example.com\r\nBcc: eve@example.com")
    assert await _deliver(message, catcher_mailer, max_attempts=8) is Delivery.FAILED
    found = await EmailMessage.get(id=message.id)
    assert found.status is MessageStatus.FAILED
    assert found.last_error.startswith("cannot build the message")
    assert await CaughtEmail.all().count() == 0


async def test_an_email_a_live_worker_holds_is_left_to_it(make_mail_customer, catcher_mailer):
    message = await _queued(await make_mail_customer())
    await EmailMessage.filter(id=message.id).update(claimed_at=datetime.now(UTC))
    assert await _deliver(message, catcher_mailer) is Delivery.PASSED
    assert await due_messages() == []
    assert await CaughtEmail.all().count() == 0


async def test_an_email_without_an_address_is_never_sent(make_mail_customer, smtp_settings,
                                                         run_stub):
    message = await _queued(await make_mail_customer(email=None))
    assert message.status is MessageStatus.SKIPPED
    assert await due_messages() == []
    send_email.send(message.id)
    enqueue_due_emails.send()
    await run_stub()
    assert await CaughtEmail.all().count() == 0
    assert (await EmailMessage.get(id=message.id)).status is MessageStatus.SKIPPED


async def test_the_sweep_gives_an_email_out_once_until_its_broker_message_is_lost(
        make_mail_customer):
    message = await _queued(await make_mail_customer())
    now = datetime.now(UTC)
    assert await due_messages(now=now) == [message.id]
    assert await due_messages(now=now + timedelta(seconds=5)) == []
    assert await due_messages(now=now + timedelta(minutes=11)) == [message.id]


async def test_resend_queues_a_failed_email_again_and_it_is_delivered(
        make_mail_customer, closed_port, catcher_mailer):
    # given an email that failed for good
    message = await _queued(await make_mail_customer())
    assert await _deliver(message, _mailer(closed_port), max_attempts=1) is Delivery.FAILED
    # when staff resend it
    again = await resend(message.id)
    # then it is queued with a fresh count, due now, and goes out
    assert (again.status, again.attempts) == (MessageStatus.QUEUED, 0)
    assert await _deliver(message, catcher_mailer) is Delivery.SENT
    assert await CaughtEmail.all().count() == 1


async def test_resend_refuses_a_sent_email(make_mail_customer, catcher_mailer):
    message = await _queued(await make_mail_customer())
    await _deliver(message, catcher_mailer)
    with pytest.raises(Conflict) as refused:
        await resend(message.id)
    assert refused.value.code == "email_already_sent"


async def test_resend_of_a_skipped_email_goes_to_the_address_the_customer_has_now(
        make_mail_customer, catcher_mailer):
    customer = await make_mail_customer(email=None)
    message = await _queued(customer)
    with pytest.raises(NotAllowed):
        await resend(message.id)
    await Customer.filter(id=customer.id).update(email="new@example.com")
    again = await resend(message.id)
    assert (again.status, again.to_address) == (MessageStatus.QUEUED, "new@example.com")
    assert await _deliver(message, catcher_mailer) is Delivery.SENT
    assert (await CaughtEmail.get()).to_addresses == "new@example.com"
