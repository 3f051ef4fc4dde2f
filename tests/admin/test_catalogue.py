"""The admin's formatting in each language (tests/test_catalogues.py checks the catalogue's ids
in both languages, with every other domain's)."""

from __future__ import annotations

from admin_ui.text import format_day, format_money, format_time, speaking, t


def test_persian_amounts_have_persian_digits_and_separators():
    with speaking("fa"):
        assert format_money("1234567", "IRR") == "۱٬۲۳۴٬۵۶۷"
        assert t("pager.page", number=1) == "صفحهٔ 1"


def test_persian_times_are_jalali_in_tehran():
    with speaking("fa"):
        assert format_time("2025-03-20T20:30:00+00:00") == "۱۴۰۴/۰۱/۰۱ ۰۰:۰۰:۰۰"
        assert format_day("2025-03-21") == "۱۴۰۴/۰۱/۰۱"


def test_english_times_stay_in_utc():
    with speaking("en"):
        assert format_time("2025-03-20T20:30:00+00:00") == "2025-03-20 20:30:00 UTC"
