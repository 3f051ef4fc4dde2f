"""How numbers, money, dates and foreign text read in each language, for every page, email and
SMS: the one place that formats them.

Amounts stay integers of the ledger's smallest unit until formatted here. Persian reads Persian
digits with Persian separators (Babel's `fa` locale in its native numbering system), Jalali dates
and Tehran's clock; English reads Western digits, ISO dates and UTC. In right-to-left text a value
that carries left-to-right characters or digits (a Latin name, a card, Sheba or mobile number,
an id) is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so that it reads as one unit
("Caspian Trading Co." keeps its full stop on its own side).
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import jdatetime
from babel.numbers import format_decimal

LANGUAGES = ("fa", "en")
DEFAULT_LANGUAGE = "fa"
RTL_LANGUAGES = frozenset({"fa"})
TEHRAN = ZoneInfo("Asia/Tehran")
# Rials are the unit of the IRR ledger; a toman is ten rials, how people speak of prices.
RIALS_PER_TOMAN = 10
FSI, PDI = "\u2068", "\u2069"

_LOCALES = {"fa": "fa_IR", "en": "en_US"}
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_UNITS = {"fa": ("ریال", "تومان"), "en": ("IRR", "toman")}
# Bidi classes that make a value read left to right, or split it, inside right-to-left text.
_LTR_CLASSES = frozenset({"L", "EN", "AN", "ES", "ET", "CS", "LRE", "LRO"})


def language_or_default(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


def digits(value: object, language: str) -> str:
    """`value` as text with its digits as the reader writes them (`42` as `۴۲` in Persian)."""
    text = str(value)
    return text.translate(_PERSIAN_DIGITS) if language == "fa" else text


def number(value: int | float | Decimal, language: str, decimals: int = 0) -> str:
    """A number grouped by thousands (`decimals` places for a fraction), in the reader's digits
    and separators: `۱٬۲۳۴٬۵۶۷` or `1,234,567`."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    locale = _LOCALES[language_or_default(language)]
    # Babel gives the native numbering system's separators (`٬`, `٫`) but Western digits.
    return digits(format_decimal(value, format=pattern, locale=locale,
                                 numbering_system="default"), language)


def rials(amount: int | str, language: str, *, unit: bool = True) -> str:
    """An IRR amount (an integer of rials; the API sends Long as a decimal string):
    `۱٬۲۵۰٬۰۰۰ ریال` or `1,250,000 IRR`; just the number without `unit`."""
    shown = number(int(amount), language)
    return f"{shown} {_UNITS[language_or_default(language)][0]}" if unit else shown


def tomans(amount: int | str, language: str, *, unit: bool = True) -> str:
    """An IRR amount in tomans (a tenth, one decimal place when it does not divide):
    `۱۲۵٬۰۰۰ تومان` or `125,000 toman`."""
    value = int(amount)
    shown = number(value // RIALS_PER_TOMAN, language) if value % RIALS_PER_TOMAN == 0 \
        else number(Decimal(value) / RIALS_PER_TOMAN, language, 1)
    return f"{shown} {_UNITS[language_or_default(language)][1]}" if unit else shown


def _in_tehran(moment: datetime) -> datetime:
    """An aware moment on Tehran's clock; a naive one is taken as UTC, as the database keeps."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(TEHRAN)


def day(value: date | datetime | str, language: str) -> str:
    """A calendar day: Jalali in Persian (`۱۴۰۴/۰۱/۰۱`), ISO in English. A moment is first
    put on Tehran's clock, the day the customer lived it; an ISO text may be either."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    if isinstance(value, datetime):
        value = _in_tehran(value).date()
    if language == "fa":
        return digits(jdatetime.date.fromgregorian(date=value).strftime("%Y/%m/%d"), language)
    return value.isoformat()


def moment(value: datetime | str, language: str) -> str:
    """A moment to the second: Jalali date and Tehran's time in Persian, UTC in English."""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    if language == "fa":
        local = jdatetime.datetime.fromgregorian(datetime=_in_tehran(when))
        return digits(local.strftime("%Y/%m/%d %H:%M:%S"), language)
    if when.tzinfo is None:
        return when.strftime("%Y-%m-%d %H:%M:%S")
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def from_jalali(text: str) -> date:
    """A Jalali `YYYY/MM/DD` (Western or Persian digits) as its Gregorian day; ValueError when
    it is not one."""
    western = text.strip().translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    year, month, day_of_month = (int(part) for part in western.split("/"))
    gregorian: date = jdatetime.date(year, month, day_of_month).togregorian()
    return gregorian


def needs_isolation(text: str) -> bool:
    """Whether `text` holds a character that runs left to right or splits a run (Latin
    letters, digits, `+`, `.`, `-`) and so may reorder inside right-to-left text."""
    return any(unicodedata.bidirectional(ch) in _LTR_CLASSES for ch in text)


def first_strong_is_ltr(text: str) -> bool:
    """Whether the first letter that has a direction in `text` runs left to right (a Latin
    name, `IR82…`), as opposed to a Persian text that merely quotes one."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("L", "R", "AL"):
            return direction == "L"
    return False


def isolate(text: str, language: str) -> str:
    """`text` wrapped in FSI … PDI when it is shown in right-to-left `language` and carries
    left-to-right characters or digits; otherwise as it is (so English text stays plain). An
    isolated text is not wrapped twice."""
    if not text or not is_rtl(language) or not needs_isolation(text) \
            or (text.startswith(FSI) and text.endswith(PDI)):
        return text
    return f"{FSI}{text}{PDI}"
