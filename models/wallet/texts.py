"""The wallet's words for its customers, from its gettext catalogue (`locale/`): the page a bank
sends a customer back to after a top-up."""

from __future__ import annotations

from models.i18n.catalogues import catalogue_of

CATALOGUE = catalogue_of(__file__, "wallet")
