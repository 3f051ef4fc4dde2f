"""Attempts counted per key in a moving window, in this process or in Redis: sign-in lockouts,
code requests per address, calls of public operations.

Counting is the `limits` library's moving window. With a Redis URL (the setting
`rate_limit_storage_url`) every replica counts in the same place; without one, each process
counts alone. Should Redis fail, the attempt passes (and the failure is logged): these limits
guard against abuse, authentication still guards access.
"""

from __future__ import annotations

import functools
import logging
import math
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from limits import RateLimitItemPerSecond
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string

logger = logging.getLogger(__name__)


@functools.cache
def counters(storage_url: str | None) -> MovingWindowRateLimiter:
    """The counters of this process (no URL) or of a Redis shared by all replicas; one per URL,
    so every limit of a process counts in one place."""
    if storage_url is None:
        return MovingWindowRateLimiter(MemoryStorage())
    storage = storage_from_string(f"async+{storage_url}", implementation="redispy",
                                  wrap_exceptions=True)
    return MovingWindowRateLimiter(storage)


async def forget_all() -> None:
    """Empty this process's counters (tests start each case afresh)."""
    storage = counters(None).storage
    assert isinstance(storage, MemoryStorage)
    await storage.reset()


@dataclass(frozen=True, slots=True)
class Throttle:
    """At most `amount` attempts per `seconds` for each key (a tuple of strings)."""

    name: str
    amount: int
    seconds: int
    storage_url: str | None = None

    @property
    def _item(self) -> RateLimitItemPerSecond:
        return RateLimitItemPerSecond(self.amount, self.seconds, namespace=f"etebar-{self.name}")

    async def hit(self, *key: str) -> int | None:
        """Count one attempt: None when it may go ahead, else the seconds until one may."""
        limiter = counters(self.storage_url)
        try:
            if await limiter.hit(self._item, *key):
                return None
            stats = await limiter.get_window_stats(self._item, *key)
        except StorageError:
            logger.exception("throttle storage failed; letting the attempt through")
            return None
        return max(1, math.ceil(stats.reset_time - time.time()))

    async def spent(self, *key: str) -> datetime | None:
        """Without counting: when the key may try again, if it has used up its attempts."""
        limiter = counters(self.storage_url)
        try:
            stats = await limiter.get_window_stats(self._item, *key)
        except StorageError:
            logger.exception("throttle storage failed; letting the attempt through")
            return None
        if stats.remaining > 0:
            return None
        return datetime.fromtimestamp(stats.reset_time, UTC)

    async def clear(self, *key: str) -> None:
        try:
            await counters(self.storage_url).clear(self._item, *key)
        except StorageError:
            logger.exception("throttle storage failed; the count stays")
