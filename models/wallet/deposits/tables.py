"""Tables of deposits."""

from __future__ import annotations
