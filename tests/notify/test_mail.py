"""Emails are rendered in the customer's language and recorded once per cause."""

from datetime import UTC, datetime

from models.i18n.formatting import FSI, PDI
from models.identity.customers import create_customer
from models.identity.tables import Language
from models.notify.mail import CATALOGUE, TEMPLATES, queue_email, render
from models.notify.tables import EmailMessage, MessageStatus

WHEN = datetime(2026, 3, 21, 10, 0, tzinfo=UTC)  # 1 Farvardin 1405


def test_a_persian_email_shows_a_jalali_date():
    subject, body = render("test", "fa", {"customer": {"name": "سارا"}, "amount": 5000,
                                          "when": WHEN})
    assert subject == "پیام آزمایشی اعتبار"
    assert "۱۴۰۵/۰۱/۰۱" in body and "۵٬۰۰۰ ریال" in body


def test_a_latin_name_in_a_persian_email_is_isolated():
    _, body = render("test", "fa", {"customer": {"name": "Caspian Trading Co."}, "amount": 5000,
                                    "when": WHEN})
    assert body.startswith(f"{FSI}Caspian Trading Co.{PDI} عزیز،")


def test_every_email_template_renders_in_both_languages():
    """Every template names only ids the notify catalogue has (`t` answers an unknown id
    itself, which would show as a dotted key)."""
    params = {"customer": {"name": "Sara"}, "amount": 5000, "when": WHEN, "order_id": 7,
              "period": 2, "period_end": WHEN, "product": type("P", (), {"name_fa": "ب",
                                                                          "name_en": "B"})(),
              "reason": "r", "due_at": WHEN, "missing": 10, "available": 1, "pay_link": "u",
              "cash_out_id": 3, "sheba": "IR820540102680020817909002", "code": "c",
              "holder_name": "h", "bank_fa": "ب", "bank_en": "B", "deposited_on": WHEN,
              "tracking_number": "1", "deposit_id": 4, "month_start": WHEN, "month_end": WHEN,
              "expires_at": WHEN, "club": "c", "draw": "d", "prize": "p", "kind": "points",
              "service": "s", "merchant": "m", "starts_at": WHEN,
              "time": "10:00", "club_name": "c", "tier_fa": "ط", "tier_en": "G"}
    for template in sorted(p.stem for p in TEMPLATES.glob("*.txt")):
        for language in ("fa", "en"):
            subject, body = render(template, language, params)
            keys = [k for k in CATALOGUE.messages(language) if k in subject + body]
            assert keys == [], (template, language)


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
