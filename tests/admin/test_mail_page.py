"""The sent-messages pages: the list by status and customer, one message with its body and the
resend button, the SMTP catcher's inbox, the menu by role, and Persian."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from nicegui import app
from nicegui.testing import User
from tortoise import connections

from models.identity.customers import create_customer
from models.identity.tables import Customer, StaffRole, StaffUser
from models.notify.mail import queue_email
from models.notify.tables import CaughtEmail, EmailMessage, MessageStatus

from .support import row_ids, table_rows, text_of

WHEN = datetime(2026, 3, 21, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
async def clean_mail(db: str) -> None:
    await connections.get("default").execute_script(
        "TRUNCATE notify_email_message, notify_caught_email RESTART IDENTITY")


async def _customer(mobile: str, email: str | None) -> Customer:
    return await create_customer(mobile, "سارا", email=email)


async def _email(customer: Customer, key: str,
                 status: MessageStatus | None = None) -> EmailMessage:
    message = await queue_email(customer_id=customer.id, template="test",
                                params={"amount": 5000, "when": WHEN}, key=key)
    if status is not None:
        await EmailMessage.filter(id=message.id).update(status=status, last_error="451 busy")
    return message


async def test_the_list_shows_messages_filtered_by_status_and_customer(signed_in: User):
    # given two customers' messages, one of them failed
    sara = await _customer("09125550001", "sara@example.com")
    reza = await _customer("09125550002", "reza@example.com")
    failed = await _email(sara, "k:1", MessageStatus.FAILED)
    queued = await _email(reza, "k:2")
    # when the owner opens the page from the menu
    await signed_in.should_see(marker="menu-mail")
    await signed_in.open("/mail")
    # then both are listed, newest first, with their status
    assert row_ids(signed_in) == [str(queued.id), str(failed.id)]
    assert [r["status"] for r in table_rows(signed_in)] == ["Queued", "Failed"]
    assert table_rows(signed_in)[1]["to"] == "sara@example.com"
    # and filtered, only the failed one, or only reza's
    await signed_in.open("/mail?status=failed")
    assert row_ids(signed_in) == [str(failed.id)]
    await signed_in.open(f"/mail?customer={reza.id}")
    assert row_ids(signed_in) == [str(queued.id)]


async def test_a_failed_message_shows_its_body_and_is_resent(signed_in: User):
    # given a failed message
    message = await _email(await _customer("09125550003", "sara@example.com"), "k:3",
                           MessageStatus.FAILED)
    # when the owner opens it
    await signed_in.open(f"/mail/{message.id}")
    # then its subject, body and error show
    await signed_in.should_see("پیام آزمایشی اعتبار")
    await signed_in.should_see(marker="email-body")
    body = signed_in.find(marker="email-body").elements.pop()
    assert "۵٬۰۰۰ ریال" in text_of(body)
    assert text_of(signed_in.find(marker="email-last_error").elements.pop()) == "451 busy"
    # when they send it again
    signed_in.find(marker="resend-email").click()
    # then it is queued again
    await signed_in.should_see(f"Message #{message.id} is queued to be sent again.")
    assert (await EmailMessage.get(id=message.id)).status is MessageStatus.QUEUED


async def test_a_sent_message_has_no_resend_button(signed_in: User):
    message = await _email(await _customer("09125550004", "sara@example.com"), "k:4",
                           MessageStatus.SENT)
    await signed_in.open(f"/mail/{message.id}")
    await signed_in.should_see(marker="email-subject")
    await signed_in.should_not_see(marker="resend-email")


async def test_the_catchers_inbox_lists_what_it_received(signed_in: User):
    await CaughtEmail.create(mail_from="no-reply@etebar.local", to_addresses="sara@example.com",
                             subject="رسید پرداخت", body="سلام", raw_size=1234,
                             message_id="<x@etebar.local>")
    await signed_in.open("/caught-mail")
    [row] = table_rows(signed_in)
    assert (row["to"], row["subject"], row["body"], row["size"]) == (
        "sara@example.com", "رسید پرداخت", "سلام", "1,234 bytes")


async def test_an_operator_sees_messages_but_not_the_catcher_nor_resend(user: User, make_staff):
    # given an operator (emailMessages is for all staff; caughtEmails and resendEmail are not)
    message = await _email(await _customer("09125550005", "sara@example.com"), "k:5",
                           MessageStatus.FAILED)
    member, token = await make_staff(StaffRole.OPERATOR)
    member.language = "en"
    await member.save(update_fields=["language"])
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token
    await user.open(f"/mail/{message.id}")
    await user.should_see(marker="email-subject")
    await user.should_not_see(marker="resend-email")
    await user.should_not_see(marker="menu-caught-mail")
    await user.open("/caught-mail")
    await user.should_see(marker="forbidden")


async def test_the_page_speaks_persian_with_jalali_dates(signed_in: User, staff: StaffUser):
    await _email(await _customer("09125550006", "sara@example.com"), "k:6", MessageStatus.FAILED)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open("/mail")
    await signed_in.should_see("پیام‌های فرستاده")
    [row] = table_rows(signed_in)
    assert row["status"] == "ناموفق"
    assert row["created_at"].startswith("۱۴")  # a Jalali year
