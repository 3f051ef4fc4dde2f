"""Email the domain sends: `queue_email` renders a template in the customer's language and records
the message in the caller's transaction (the outbox); the sweep gives what is queued to the
`send_email` actor (workers/actors/mail.py, models/notify/delivery.py).

Templates are files `templates/<name>.<lang>.txt` (Jinja2, plain text): the first line is
`Subject: …`, then a blank line, then the body. Filters: `money` (an integer amount in rials,
grouped, with the unit, Persian digits in Persian), `date` (Jalali in Persian, ISO in English)
and `digits` (a number such as an order's, in Persian digits in Persian).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import jdatetime
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound
from tortoise.exceptions import IntegrityError

from models.identity.tables import Customer, Language
from models.notify.tables import EmailMessage, MessageStatus

TEMPLATES = Path(__file__).resolve().parent / "templates"
_PERSIAN_DIGITS = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")


def money(amount: int, language: str = Language.FA) -> str:
    """`1250000` as `۱٬۲۵۰٬۰۰۰ ریال` (fa) or `1,250,000 IRR` (en)."""
    grouped = f"{int(amount):,}"
    if language == Language.FA:
        return f"{grouped.translate(_PERSIAN_DIGITS)} ریال"
    return f"{grouped} IRR"


def digits(value: object, language: str = Language.FA) -> str:
    """`value` as text, its digits Persian in Persian (`42` as `۴۲`)."""
    text = str(value)
    return text.translate(_PERSIAN_DIGITS) if language == Language.FA else text


def date(moment: datetime, language: str = Language.FA) -> str:
    """A date as the customer reads it: Jalali with Persian digits, or ISO."""
    if language == Language.FA:
        return str(jdatetime.date.fromgregorian(date=moment.date())
                   .strftime("%Y/%m/%d")).translate(_PERSIAN_DIGITS)
    return moment.date().isoformat()


@lru_cache(maxsize=2)
def _environment(language: str) -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=False)  # noqa: S701 plain text
    env.filters["money"] = lambda amount: money(amount, language)
    env.filters["date"] = lambda moment: date(moment, language)
    env.filters["digits"] = lambda value: digits(value, language)
    return env


def render(template: str, language: str, params: Mapping[str, object]) -> tuple[str, str]:
    """The subject and body of `template` in `language`."""
    try:
        text = _environment(language).get_template(f"{template}.{language}.txt").render(**params)
    except TemplateNotFound:
        raise LookupError(f"no email template {template!r} in {language!r}") from None
    head, _, body = text.partition("\n\n")
    if not head.startswith("Subject: "):
        raise ValueError(f"template {template}.{language} must start with 'Subject: '")
    return head.removeprefix("Subject: ").strip(), body.strip() + "\n"


async def queue_email(*, customer_id: int, template: str, params: Mapping[str, object],
                      key: str) -> EmailMessage:
    """Record an email to a customer, once per `key`; call it inside the transaction of the
    change it reports. A customer without an email address gets a `skipped` record."""
    existing = await EmailMessage.get_or_none(key=key)
    if existing is not None:
        return existing
    customer = await Customer.get(id=customer_id)
    language = str(customer.language)
    subject, body = render(template, language, {"customer": customer, **params})
    address = customer.email or ""
    try:
        return await EmailMessage.create(
            key=key, customer_id=customer_id, to_address=address, language=language,
            template=template, subject=subject, body=body,
            status=MessageStatus.QUEUED if address else MessageStatus.SKIPPED,
            next_attempt_at=datetime.now(UTC) if address else None,
            last_error="" if address else "the customer has no email address")
    except IntegrityError:  # the same cause, queued concurrently
        return await EmailMessage.get(key=key)
