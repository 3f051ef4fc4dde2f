"""The one translation API: a gettext catalogue per domain, read from the domain's own
`locale/<language>/LC_MESSAGES/<domain>.po` and compiled to `.mo` in memory the first time a
language is asked for (no generated binary is committed; `pybabel compile` reads the same files).

Message ids are stable dotted keys (`deposit_approved.subject`, `accounts.filter.apply`), not
English sentences: English is a catalogue like Persian, so a text missing in either language is
a missing id a test can name, and fixing a typo in an English text does not orphan its Persian
translation. Values are filled in with `str.format` names (`{amount}`), marked
`python-brace-format` in the `.po` files.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from models.i18n.formatting import language_or_default


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as po:
        return read_po(po)


class Catalogue:
    """The texts of one domain (`domain`.po files under `folder`), in every language."""

    def __init__(self, folder: Path, domain: str) -> None:
        self.folder = folder
        self.domain = domain
        self._compiled: dict[str, gettext.GNUTranslations] = {}

    def path(self, language: str) -> Path:
        return self.folder / language / "LC_MESSAGES" / f"{self.domain}.po"

    def translations(self, language: str) -> gettext.GNUTranslations:
        """The compiled catalogue of `language` (the default language for an unknown one)."""
        language = language_or_default(language)
        compiled = self._compiled.get(language)
        if compiled is None:
            mo = io.BytesIO()
            write_mo(mo, read_catalogue(self.path(language)))
            mo.seek(0)
            compiled = self._compiled[language] = gettext.GNUTranslations(mo)
        return compiled

    def has(self, language: str, key: str) -> bool:
        return self.translations(language).gettext(key) != key

    def text(self, language: str, key: str, **values: object) -> str:
        """The text of `key` in `language` with `values` filled in; the key itself when the
        catalogue lacks it (a test fails for that, see tests/test_catalogues.py)."""
        text = self.translations(language).gettext(key)
        return text.format(**values) if values else text

    def get(self, language: str, key: str, default: str) -> str:
        """The text of `key`, or `default` when the catalogue has none."""
        text = self.translations(language).gettext(key)
        return default if text == key else text

    def messages(self, language: str) -> dict[str, str]:
        """Every id and its text in `language`, in the file's order."""
        return {str(m.id): str(m.string) for m in read_catalogue(self.path(language))
                if m.id and m.string}


def catalogue_of(package_file: str, domain: str) -> Catalogue:
    """The catalogue kept beside a package: `catalogue_of(__file__, "wallet")`."""
    return Catalogue(Path(package_file).resolve().parent / "locale", domain)

