"""The one formatting module: money, numbers, days and moments, and bidi isolation, in Persian
and English."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from models.i18n import formatting
from models.i18n.formatting import FSI, PDI


def test_rials_are_grouped_with_persian_digits_and_separators_in_persian():
    assert formatting.rials(1_250_000, "fa") == "۱٬۲۵۰٬۰۰۰ ریال"
    assert formatting.rials("1250000", "en") == "1,250,000 IRR"


def test_tomans_are_a_tenth_of_rials_with_one_decimal_when_they_do_not_divide():
    assert formatting.tomans(1_250_000, "fa") == "۱۲۵٬۰۰۰ تومان"
    assert formatting.tomans(12_345, "en") == "1,234.5 toman"
    assert formatting.tomans(12_345, "fa", unit=False) == "۱٬۲۳۴٫۵"


def test_numbers_such_as_an_order_id_are_written_in_persian_digits_in_persian():
    assert (formatting.digits(1402, "fa"), formatting.digits(1402, "en")) == ("۱۴۰۲", "1402")


def test_a_moment_is_a_jalali_date_on_tehrans_clock_in_persian_and_utc_in_english():
    moment = datetime(2025, 3, 20, 20, 30, tzinfo=UTC)
    assert formatting.moment(moment, "fa") == "۱۴۰۴/۰۱/۰۱ ۰۰:۰۰:۰۰"
    assert formatting.moment(moment, "en") == "2025-03-20 20:30:00 UTC"


def test_the_day_of_a_moment_is_the_day_in_tehran():
    late_evening_utc = datetime(2025, 3, 20, 21, 0, tzinfo=UTC)  # 00:30 on 21 March in Tehran
    assert formatting.day(late_evening_utc, "en") == "2025-03-21"
    assert formatting.day(date(2025, 3, 21), "fa") == "۱۴۰۴/۰۱/۰۱"


def test_a_jalali_day_reads_back_as_its_gregorian_day():
    assert formatting.from_jalali("۱۴۰۴/۰۱/۰۱") == date(2025, 3, 21)
    assert formatting.from_jalali("1404/12/29") == date(2026, 3, 20)


@pytest.mark.parametrize("text", ["1404/13/01", "1404-01-01", "tomorrow"])
def test_what_is_not_a_jalali_day_is_refused(text: str):
    with pytest.raises(ValueError):  # noqa: PT011 the module's contract is a plain ValueError
        formatting.from_jalali(text)


@pytest.mark.parametrize("text", ["Caspian Trading Co.", "IR820540102680020817909002",
                                  "09121234567", "6037 99** **** 1234"])
def test_latin_names_and_numbers_are_isolated_in_persian(text: str):
    assert formatting.isolate(text, "fa") == f"{FSI}{text}{PDI}"


def test_persian_text_and_english_pages_stay_plain():
    assert formatting.isolate("سارا احمدی", "fa") == "سارا احمدی"
    assert formatting.isolate("Caspian Trading Co.", "en") == "Caspian Trading Co."


def test_an_isolated_text_is_not_isolated_twice():
    once = formatting.isolate("Caspian Trading Co.", "fa")
    assert formatting.isolate(once, "fa") == once
