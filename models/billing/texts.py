"""Billing's words for its customers, from its gettext catalogue (`locale/`): the pay page behind
the link in renewal emails."""

from __future__ import annotations

from models.i18n.catalogues import catalogue_of

CATALOGUE = catalogue_of(__file__, "billing")
