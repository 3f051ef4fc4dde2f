"""The lots' manifest: shares of a holder's credit with a scope and an expiry, used by the wallet
and the loyalty clubs (`models.lots`)."""

from __future__ import annotations

from etebar.domains.base import Domain

DOMAIN = Domain(name="lots", models=("models.lots.tables",))
