"""Idempotency keys as callers give them, and the namespaces they are kept in.

A key belongs to whoever made it. The platform's staff share one namespace, each partner has its
own (its keys and its staff alike), each customer theirs, and every domain one for the keys it
makes itself (`wallet:credit:topup:7`, `cashout:post:3`, ...). A key is unique only within its
namespace: a caller can neither see nor take a key of another namespace, so no partner can post
a transfer under the key the wallet will use next, and no partner learns that another used a key.
"""

from __future__ import annotations

from models.errors import CommonErrorCode, ValidationFailed

KEY_MAX = 100  # "wallet-lot:grant:<key>" must fit an account external id (128)
NAMESPACE_MAX = 64

STAFF_NAMESPACE = "staff"


def partner_namespace(partner_id: int) -> str:
    """A partner's keys: its API keys' and its staff's, one namespace per partner."""
    return f"partner:{partner_id}"


def customer_namespace(customer_id: int) -> str:
    return f"customer:{customer_id}"


def domain_namespace(domain: str) -> str:
    """The keys a domain makes itself (`wallet`, `cashout`, `ledger`, `demo`, ...)."""
    return f"domain:{domain}"


def check_key(key: str, *, field: str = "idempotencyKey", max_length: int = KEY_MAX) -> None:
    """Refuse an empty key or one longer than `max_length` (`invalid_key`)."""
    if not key or len(key) > max_length:
        raise ValidationFailed(CommonErrorCode.INVALID_KEY,
                               f"a key of 1 to {max_length} characters is "
                               "required", field=field)
