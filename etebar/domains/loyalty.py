"""The loyalty clubs' manifest: clubs, merchants, terminals, members and their cards, rules,
purchases at the point of sale and their settlement split."""

from __future__ import annotations

from api.loyalty.errors import LOYALTY_ERRORS
from etebar.domains.base import Domain
from models.loyalty.settings import LoyaltySettings

DOMAIN = Domain(
    name="loyalty",
    models=("models.loyalty.tables",),
    errors=LOYALTY_ERRORS,
    settings=LoyaltySettings,
)
