"""Email the domain sends: `queue_email` renders a template in the customer's language and records
the message in the caller's transaction (the outbox); the sweep gives what is queued to the
`send_email` actor (workers/actors/mail.py, models/notify/delivery.py).

Templates are files `templates/<name>.txt` (Jinja2, plain text), one for every language: the
first line is `Subject: …`, then a blank line, then the body. Their words come from the notify
catalogue (`locale/<language>/LC_MESSAGES/notify.po`) through `t(id, **values)`; values go
through the filters of the formatting module: `money` (rials, grouped, with the unit), `date`
(Jalali in Persian, ISO in English, the day in Tehran), `digits` (an order's number, in Persian
digits in Persian), `isolated` (a Latin name, a Sheba or tracking number kept whole in Persian
text) and `named` (a product's name in the reader's language); `local(fa, en)` picks one of two.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound
from tortoise.exceptions import IntegrityError

from models.i18n import formatting
from models.i18n.catalogues import catalogue_of
from models.identity.tables import Customer
from models.notify.tables import EmailMessage, MessageStatus

TEMPLATES = Path(__file__).resolve().parent / "templates"
CATALOGUE = catalogue_of(__file__, "notify")


@lru_cache(maxsize=len(formatting.LANGUAGES))
def _environment(language: str) -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=False)  # noqa: S701 plain text

    def when(moment: date | datetime) -> str:
        return formatting.day(moment, language)

    env.globals["t"] = lambda key, **values: CATALOGUE.text(language, key, **values)
    env.globals["local"] = lambda persian, english: persian if language == "fa" else english
    env.filters["money"] = lambda amount: formatting.rials(amount, language)
    env.filters["date"] = when
    env.filters["digits"] = lambda value: formatting.digits(value, language)
    env.filters["isolated"] = lambda text: formatting.isolate(str(text), language)
    env.filters["named"] = lambda row: getattr(row, f"name_{language}")
    return env


def render(template: str, language: str, params: Mapping[str, object]) -> tuple[str, str]:
    """The subject and body of `template` in `language`."""
    if language not in formatting.LANGUAGES:
        raise LookupError(f"no email language {language!r}")
    try:
        text = _environment(language).get_template(f"{template}.txt").render(**params)
    except TemplateNotFound:
        raise LookupError(f"no email template {template!r}") from None
    head, _, body = text.partition("\n\n")
    if not head.startswith("Subject: "):
        raise ValueError(f"template {template} must start with 'Subject: '")
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


async def outcomes(message_ids: list[int]) -> dict[int, MessageStatus]:
    """Each email's status, by id (for a sender that counts what became of its emails)."""
    if not message_ids:
        return {}
    rows = await EmailMessage.filter(id__in=message_ids).values_list("id", "status")
    return {int(message_id): MessageStatus(status) for message_id, status in rows}
