"""Database helpers for the domains: a raw asyncpg connection inside a Tortoise transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from tortoise.transactions import in_transaction

# SQLSTATEs after which a whole transaction may simply be run again.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})


@asynccontextmanager
async def transaction() -> AsyncIterator[Any]:
    """One database transaction; yields the asyncpg connection for hand-written SQL on hot paths."""
    async with in_transaction() as tx, tx.acquire_connection() as raw:
        yield raw


def given(**conditions: Any) -> dict[str, Any]:
    """The filter conditions whose value was given: a list query's optional, exact filters
    (`Model.filter(**given(owner=owner, code=code))`); None means "any"."""
    return {name: value for name, value in conditions.items() if value is not None}


def sqlstate(error: BaseException) -> str | None:
    """The SQLSTATE of an asyncpg error, also when Tortoise has wrapped it."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, asyncpg.PostgresError):
            return str(seen.sqlstate)
        seen = seen.__cause__ or seen.__context__
    return None
