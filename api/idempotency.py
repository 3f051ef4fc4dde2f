"""The optional idempotency key every creating mutation takes (`models.identity.idempotency`)."""

from __future__ import annotations

from typing import Any

import strawberry

KEY_DESCRIPTION = ("Optional, up to 100 characters, kept in your own namespace: the same key with "
                   "the same input answers what the first call created (a retry after a lost "
                   "answer creates nothing more); with other input it is idempotency_conflict.")


def key_field() -> Any:
    """An input's `idempotencyKey: String = null` field, described once."""
    return strawberry.field(default=None, description=KEY_DESCRIPTION)


def key_argument() -> Any:
    """A mutation's `idempotencyKey` argument, described once."""
    return strawberry.argument(description=KEY_DESCRIPTION)
