"""The loyalty clubs' typed refusals. Each part of the domain keeps its codes in its own block."""

from __future__ import annotations

from models.errors import ErrorCode


class LoyaltyErrorCode(ErrorCode):
    """Codes of the loyalty clubs' refusals."""

    # clubs, merchants, terminals, members and cards (models.loyalty.clubs, members, cards)

    # rules (models.loyalty.rules, conditions, effects)
    CLUB_NOT_FOUND = "club_not_found"  # until core declares it: keep one on merge
    INVALID_CONDITION = "invalid_condition"
    INVALID_EFFECT = "invalid_effect"
    INVALID_RULE = "invalid_rule"
    REWARD_NOT_USED = "reward_not_used"  # the club does not use that reward kind
    RULE_NOT_FOUND = "rule_not_found"
    RULE_ARCHIVED = "rule_archived"

    # purchases (models.loyalty.purchases)

    # settlement (models.loyalty.settlement)
