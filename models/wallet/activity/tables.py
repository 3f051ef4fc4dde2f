"""Tables of activity."""

from __future__ import annotations
