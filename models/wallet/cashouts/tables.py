"""Tables of cashouts."""

from __future__ import annotations
