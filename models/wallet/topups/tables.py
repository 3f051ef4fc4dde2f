"""Tables of topups."""

from __future__ import annotations
