"""The admin's words and the formatting of numbers, amounts and times for the reader's language.

Pages never hold user-visible literals: they call `t(key, **values)`, which speaks the current
language: the one `speaking()` set for this page build, else the one kept in the browser's user
storage, else Persian. The texts are the admin's gettext catalogue,
`admin_ui/locale/<language>/LC_MESSAGES/admin.po` (message ids are the keys pages name), and every
number, amount, date and foreign name goes through `models.i18n.formatting`, the formatting module
shared with the emails, SMS and bank pages (the one module of `models/` the admin may import).
Amounts stay integers of the ledger's smallest unit until formatted here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from nicegui import app

from models.i18n import formatting
from models.i18n.catalogues import catalogue_of

LANGUAGES = formatting.LANGUAGES
DEFAULT_LANGUAGE = formatting.DEFAULT_LANGUAGE
LANGUAGE_KEY = "language"
TOMAN_KEY = "toman"
CATALOGUE = catalogue_of(__file__, "admin")

_BARE_NUMBER = re.compile(r"#?[0-9]+")

_speaking: ContextVar[str | None] = ContextVar("admin_language", default=None)


def _stored(key: str) -> object:
    """A value of this browser's user storage; None outside a page (pure logic, tests)."""
    try:
        return app.storage.user.get(key)
    except RuntimeError:
        return None


def current_language() -> str:
    chosen = _speaking.get() or _stored(LANGUAGE_KEY)
    return chosen if isinstance(chosen, str) and chosen in LANGUAGES else DEFAULT_LANGUAGE


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak `language` inside the block (a page build, a test), whatever the storage says."""
    token = _speaking.set(formatting.language_or_default(language))
    try:
        yield
    finally:
        _speaking.reset(token)


def is_rtl() -> bool:
    return formatting.is_rtl(current_language())


def t(key: str, **values: object) -> str:
    """The catalogue's text for `key` with `values` filled in; the key itself if it is missing."""
    return CATALOGUE.text(current_language(), key, **values)


def error_text(code: str | None, message: str) -> str:
    """A typed API error as the user reads it: the catalogue's wording, else the API's message."""
    if code is None:
        return message
    return CATALOGUE.get(current_language(), f"error.{code}", message)


def digits(text: str) -> str:
    """Western digits as the reader writes them: Persian digits in Persian."""
    return formatting.digits(text, current_language())


def isolated(text: str) -> str:
    """A name, number or code that may run left to right (a Latin name, a card, Sheba or
    mobile number), isolated so it reads as one unit in a right-to-left page."""
    return formatting.isolate(text, current_language())


def shown(value: str) -> str:
    """A table cell or field as the page's language shows it: a bare number (an id, a count,
    `#12`) in the reader's digits, a text that runs left to right (a Latin name, a Sheba or card
    number, an email: one that starts left to right) isolated; anything else as it is."""
    if _BARE_NUMBER.fullmatch(value):
        return digits(value)
    if formatting.first_strong_is_ltr(value):
        return isolated(value)
    return value


def person(name: str | None, fallback: str) -> str:
    """Someone as the admin names them: their name, else `fallback` (their id or actor)."""
    return isolated(name) if name else shown(fallback)


def system_account_name(system_key: str | None) -> str | None:
    """A system account's name in the reader's language (`IRR:gateway_clearing` as "Gateway
    clearing (IRR)"), or None for an account that is not one the catalogue names."""
    ledger, _, kind = (system_key or "").partition(":")
    key = f"system_account.{kind}"
    if not kind or not CATALOGUE.has(current_language(), key):
        return None
    return t(key, ledger=ledger)


def result_text(result: str) -> str:
    """How an audited mutation ended, in words: a success (its GraphQL type's name) or the
    refusal's code as the catalogue words it, else the code itself."""
    if result and result[0].isupper() and not result.isupper():
        return t("audit.result.success")
    return CATALOGUE.get(current_language(), f"error.{result}",
                         CATALOGUE.get(current_language(), f"audit.result.{result.lower()}",
                                       result))


def format_number(value: int | float, decimals: int = 0) -> str:
    """A number with thousands separators (and `decimals` places for a float), localised."""
    return formatting.number(value, current_language(), decimals)


def format_amount(amount: int | str | None) -> str:
    """An integer amount (the API sends Long as a decimal string) with thousands separators."""
    if amount is None:
        return t("none")
    return formatting.rials(amount, current_language(), unit=False)


def toman_shown() -> bool:
    return bool(_stored(TOMAN_KEY))


def format_money(amount: int | str | None, ledger: str | None) -> str:
    """An amount of `ledger`: IRR in tomans when the reader chose so, else in its own unit."""
    if amount is None or ledger != "IRR" or not toman_shown():
        return format_amount(amount)
    return formatting.tomans(amount, current_language())


def format_time(value: str | None) -> str:
    """An ISO 8601 timestamp from the API: in English in UTC, in Persian as a Jalali date and
    Tehran's time, to the second."""
    if not value:
        return t("none")
    return formatting.moment(value, current_language())


def format_day(value: str | date) -> str:
    """A calendar day (ISO `YYYY-MM-DD`): Jalali in Persian."""
    return formatting.day(value, current_language())


def yes_no(value: bool) -> str:
    return t("yes") if value else t("no")
