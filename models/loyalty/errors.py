"""The loyalty clubs' typed refusals. Each part of the domain keeps its codes in its own block."""

from __future__ import annotations

from models.errors import ErrorCode


class LoyaltyErrorCode(ErrorCode):
    """Codes of the loyalty clubs' refusals."""

    # clubs, merchants, terminals, members and cards (models.loyalty.clubs, members, cards)

    # rules (models.loyalty.rules, conditions, effects)

    # purchases (models.loyalty.purchases)

    # settlement (models.loyalty.split, settlement)
    SPLIT_TERMS_INVALID = "split_terms_invalid"
