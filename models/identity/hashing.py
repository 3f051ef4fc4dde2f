"""Secrets shown once and kept as hashes: API tokens, partner keys, sessions and one-time codes."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_secret(prefix: str) -> str:
    """A fresh random secret; the prefix tells which kind of caller presents it."""
    return prefix + secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    """SHA-256 of a high-entropy secret: enough, since it cannot be guessed to match."""
    return hashlib.sha256(secret.encode()).hexdigest()


def keyed_hash(key: str, value: str) -> str:
    """HMAC-SHA256 for low-entropy values (six-digit codes) that a plain hash would not hide."""
    return hmac.new(key.encode(), value.encode(), hashlib.sha256).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)
