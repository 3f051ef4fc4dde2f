"""Every gettext catalogue of every domain (`<package>/locale/<language>/LC_MESSAGES/*.po`)
has each message id in both languages, with a text, filling in the same values."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from models.i18n.catalogues import read_catalogue
from models.i18n.formatting import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("admin_ui", "api", "models", "workers", "etebar")
PLACEHOLDER = re.compile(r"{(\w+)}")


def _catalogues() -> list[tuple[Path, str]]:
    """(locale folder, domain) of every catalogue in any language."""
    found = {(po.parents[2], po.stem) for package in PACKAGES
             for po in (ROOT / package).rglob("locale/*/LC_MESSAGES/*.po")}
    return sorted(found)


def _messages(folder: Path, domain: str, language: str) -> dict[str, str]:
    path = folder / language / "LC_MESSAGES" / f"{domain}.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    return {str(m.id): str(m.string) for m in read_catalogue(path) if m.id}


CATALOGUES = _catalogues()
IDS = [f"{folder.relative_to(ROOT)}:{domain}" for folder, domain in CATALOGUES]


def test_the_domains_keep_catalogues():
    assert {"admin_ui/locale:admin", "models/notify/locale:notify",
            "models/identity/locale:identity", "models/wallet/locale:wallet",
            "models/billing/locale:billing"} <= set(IDS)


@pytest.mark.parametrize(("folder", "domain"), CATALOGUES, ids=IDS)
def test_every_message_id_is_in_both_languages(folder: Path, domain: str):
    ids = {language: set(_messages(folder, domain, language)) for language in LANGUAGES}
    missing = {language: sorted(set().union(*ids.values()) - mine)
               for language, mine in ids.items()}
    assert missing == {language: [] for language in LANGUAGES}


@pytest.mark.parametrize(("folder", "domain"), CATALOGUES, ids=IDS)
def test_every_message_has_a_text_in_both_languages(folder: Path, domain: str):
    empty = [(language, key) for language in LANGUAGES
             for key, text in _messages(folder, domain, language).items() if not text]
    assert empty == []


@pytest.mark.parametrize(("folder", "domain"), CATALOGUES, ids=IDS)
def test_both_languages_fill_in_the_same_values(folder: Path, domain: str):
    english, persian = (_messages(folder, domain, language) for language in ("en", "fa"))
    differ = [key for key, text in english.items() if key in persian
              and set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(persian[key]))]
    assert differ == []
