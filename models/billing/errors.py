"""The codes of billing's refusals."""

from __future__ import annotations

from models.errors import ErrorCode


class BillingErrorCode(ErrorCode):
    """Codes of billing's refusals: products, orders, renewals and pay links."""

    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    INVALID_NAME = "invalid_name"
    INVALID_REASON = "invalid_reason"
    NOTHING_DUE = "nothing_due"
    NOTHING_UNDELIVERED = "nothing_undelivered"
    ORDER_ALREADY_FAILED = "order_already_failed"
    ORDER_CANCELLED = "order_cancelled"
    ORDER_CLOSED = "order_closed"
    ORDER_DOES_NOT_RENEW = "order_does_not_renew"
    ORDER_NOT_FAILED = "order_not_failed"
    ORDER_NOT_FOUND = "order_not_found"
    ORDER_NOT_PAID = "order_not_paid"
    PAY_LINK_EXPIRED = "pay_link_expired"
    PAY_LINK_REFUSED = "pay_link_refused"
    PRICE_MUST_BE_POSITIVE = "price_must_be_positive"
    PRODUCT_NOT_FOUND = "product_not_found"
