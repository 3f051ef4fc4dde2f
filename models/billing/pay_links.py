"""Signed, expiring links to pay an order: what renewal emails carry (`/pay/order/<id>?t=...`).

The token is itsdangerous's timestamped signature, with the server's secret key, over the order
and its customer. It is the only authority the link's page needs: whoever holds it may see what
that order owes and pay its shortfall, nothing else. A token for another order, a forged one or
one older than its maximum age is refused with `PayLinkRefused`.
"""

from __future__ import annotations

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from models.billing.errors import BillingErrorCode
from models.errors import NotAllowed

PATH = "/pay/order/{order_id}"
_SALT = "etebar.billing.pay-order-link"


class PayLinkRefused(NotAllowed):
    """The link's token is forged, for another order, or expired."""

    code = BillingErrorCode.PAY_LINK_REFUSED


def _serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt=_SALT)


def pay_link_token(secret_key: str, order_id: int, customer_id: int) -> str:
    return str(_serializer(secret_key).dumps({"o": order_id, "c": customer_id}))


def pay_link(public_url: str, secret_key: str, order_id: int, customer_id: int) -> str:
    """The full address of the page that pays order `order_id` of `customer_id`."""
    return (public_url.rstrip("/") + PATH.format(order_id=order_id)
            + "?t=" + pay_link_token(secret_key, order_id, customer_id))


def read_pay_link(secret_key: str, token: str, order_id: int, *, max_age_seconds: int) -> int:
    """The customer a valid token for order `order_id` speaks for; `PayLinkRefused` otherwise."""
    try:
        data = _serializer(secret_key).loads(token, max_age=max_age_seconds)
    except SignatureExpired as error:
        raise PayLinkRefused(BillingErrorCode.PAY_LINK_EXPIRED, "this payment link has expired",
                             field="t") from error
    except BadSignature as error:
        raise PayLinkRefused(message="this payment link is not valid", field="t") from error
    if not isinstance(data, dict) or data.get("o") != order_id \
            or not isinstance(data.get("c"), int):
        raise PayLinkRefused(message="this payment link is for another order", field="t")
    return int(data["c"])
