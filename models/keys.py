"""Idempotency keys as callers give them: one rule for every money-moving operation."""

from __future__ import annotations

from models.errors import ValidationFailed

KEY_MAX = 100  # "wallet-lot:grant:<key>" must fit an account external id (128)


def check_key(key: str, *, field: str = "idempotencyKey", max_length: int = KEY_MAX) -> None:
    """Refuse an empty key or one longer than `max_length` (`invalid_key`)."""
    if not key or len(key) > max_length:
        raise ValidationFailed("invalid_key", f"a key of 1 to {max_length} characters is "
                               "required", field=field)
