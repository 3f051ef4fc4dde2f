"""Running an `async def` actor's body directly in a test, without a broker."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, cast

import dramatiq


def body_of(actor: dramatiq.Actor[Any, Any]) -> Callable[..., Awaitable[Any]]:
    """The coroutine function an async actor was declared with: dramatiq wraps it in a
    synchronous function (`actor.fn`) that keeps the original as `__wrapped__`."""
    return cast(Callable[..., Awaitable[Any]], actor.fn.__wrapped__)  # type: ignore[attr-defined]  # set by functools.wraps, not in dramatiq's types
