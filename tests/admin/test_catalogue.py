"""The translation catalogue and the formatting of each language."""

from __future__ import annotations

import re

from admin_ui.text import CATALOGUES, format_day, format_money, format_time, speaking, t


def test_every_key_exists_in_both_languages():
    fa, en = CATALOGUES["fa"], CATALOGUES["en"]
    assert set(fa) - set(en) == set()
    assert set(en) - set(fa) == set()


def test_both_languages_fill_in_the_same_values():
    def names(text: str) -> set[str]:
        return set(re.findall(r"{(\w+)}", text))

    for key, english in CATALOGUES["en"].items():
        assert names(english) == names(CATALOGUES["fa"][key]), key


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
