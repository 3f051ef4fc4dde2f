"""The loyalty clubs' typed refusals. Each part of the domain keeps its codes in its own block."""

from __future__ import annotations

from models.errors import ErrorCode


class LoyaltyErrorCode(ErrorCode):
    """Codes of the loyalty clubs' refusals."""

    # clubs, merchants, terminals, members and cards (models.loyalty.clubs, members, cards)

    # rules (models.loyalty.rules, conditions, effects)

    # purchases (models.loyalty.purchases, returns)
    PURCHASE_AMOUNT_MUST_BE_POSITIVE = "purchase_amount_must_be_positive"
    LINES_MUST_SUM_TO_AMOUNT = "lines_must_sum_to_amount"
    INVALID_LINE = "invalid_line"
    INVALID_REFERENCE = "invalid_reference"
    INSUFFICIENT_CREDIT = "insufficient_credit"
    INSUFFICIENT_POINTS = "insufficient_points"
    POINTS_NOT_REDEEMABLE = "points_not_redeemable"
    PAYMENT_EXCEEDS_BILL = "payment_exceeds_bill"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    PURCHASE_NOT_FOUND = "purchase_not_found"
    RETURN_EXCEEDS_PURCHASE = "return_exceeds_purchase"
    RETURN_AMOUNT_MUST_BE_POSITIVE = "return_amount_must_be_positive"
    PURCHASE_VOIDED = "purchase_voided"
    VOID_NOT_SAME_DAY = "void_not_same_day"
    VOID_AFTER_RETURN = "void_after_return"

    # settlement (models.loyalty.settlement)
