"""Emails are rendered in the customer's language and recorded once per cause."""

from datetime import UTC, datetime

from models.identity.customers import create_customer
from models.identity.tables import Language
from models.notify.mail import digits, money, queue_email, render
from models.notify.tables import EmailMessage, MessageStatus

WHEN = datetime(2026, 3, 21, 10, 0, tzinfo=UTC)  # 1 Farvardin 1405


def test_money_is_grouped_with_persian_digits_in_persian():
    assert money(1_250_000, "fa") == "۱٬۲۵۰٬۰۰۰ ریال"
    assert money(1_250_000, "en") == "1,250,000 IRR"


def test_numbers_such_as_an_order_id_are_written_in_persian_digits_in_persian():
    assert (digits(1402, "fa"), digits(1402, "en")) == ("۱۴۰۲", "1402")


def test_a_persian_email_shows_a_jalali_date():
    subject, body = render("test", "fa", {"customer": {"name": "سارا"}, "amount": 5000,
                                          "when": WHEN})
    assert subject == "پیام آزمایشی اعتبار"
    assert "۱۴۰۵/۰۱/۰۱" in body and "۵٬۰۰۰ ریال" in body


async def test_an_email_is_recorded_in_the_customers_language(db):
    customer = await create_customer("09121110000", "Sara", Language.EN, email="sara@example.com")
    message = await queue_email(customer_id=customer.id, template="test",
                                params={"amount": 5000, "when": WHEN}, key="test:1")
    assert message.status is MessageStatus.QUEUED
    assert message.to_address == "sara@example.com"
    assert message.subject == "Etebar test message"
    assert message.body == "Hello Sara, 5,000 IRR on 2026-03-21.\n"


async def test_the_same_key_records_one_email(db):
    customer = await create_customer("09121110001", "Sara", email="sara@example.com")
    for _ in range(2):
        await queue_email(customer_id=customer.id, template="test",
                          params={"amount": 1, "when": WHEN}, key="test:once")
    assert await EmailMessage.filter(key="test:once").count() == 1


async def test_a_customer_without_an_email_gets_a_skipped_record(db):
    customer = await create_customer("09121110002", "Sara")
    message = await queue_email(customer_id=customer.id, template="test",
                                params={"amount": 1, "when": WHEN}, key="test:skip")
    assert message.status is MessageStatus.SKIPPED
