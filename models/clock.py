"""Time as the domain reads it: now (or the moment a caller passes, in tests and replays), and
Tehran's zone, where the business's days and months begin."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

TEHRAN = ZoneInfo("Asia/Tehran")


def now_or(moment: datetime | None) -> datetime:
    """`moment` when given, else the current time in UTC."""
    return moment or datetime.now(UTC)
