"""A rate limit per API key (partner keys and staff API tokens) and one per client address on
requests without a credential, both checked before parsing; and one per client address on the
public operations (`PerAddressLimit`), each call counted.

Counting is the `limits` library's sliding-window counter. With `ETEBAR_API__RATE_LIMIT_STORAGE_URL`
set to a Redis URL every API replica counts in the same place; unset, each process counts on
its own, so N replicas allow up to N times the limit. Sessions (the admin, customers) are not
counted here: people sign in, programs hold keys. Should Redis fail, requests pass (and the
failure is logged): the limit guards capacity, authentication still guards access.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import AsyncIterator
from typing import Any

import strawberry
from graphql import GraphQLError
from limits import RateLimitItemPerSecond
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string
from strawberry.extensions import FieldExtension, SchemaExtension
from strawberry.extensions.field_extension import AsyncExtensionResolver

from models.platform.settings import ApiSettings
from models.throttle import Throttle

logger = logging.getLogger(__name__)


class KeyRateLimiter:
    """`requests` per `window_seconds` for each key, counted in memory or in Redis."""

    def __init__(self, requests: int, window_seconds: int, storage_url: str | None = None) -> None:
        self.item = RateLimitItemPerSecond(requests, window_seconds, namespace="etebar-api-key")
        if storage_url is None:
            storage = storage_from_string("async+memory://")
        else:
            storage = storage_from_string(f"async+{storage_url}", implementation="redispy",
                                          wrap_exceptions=True)
        self.limiter = SlidingWindowCounterRateLimiter(storage)

    @classmethod
    def from_settings(cls, settings: ApiSettings) -> KeyRateLimiter:
        return cls(settings.rate_limit_requests, settings.rate_limit_window_seconds,
                   settings.rate_limit_storage_url)

    async def retry_after(self, key: str) -> int | None:
        """Count one request for `key`: None when it may go ahead, else seconds to wait."""
        try:
            if await self.limiter.hit(self.item, key):
                return None
            stats = await self.limiter.get_window_stats(self.item, key)
        except StorageError:
            logger.exception("rate limit storage failed; letting the request through")
            return None
        return max(1, math.ceil(stats.reset_time - time.time()))


def _refuse(context: Any, wait: int, message: str) -> GraphQLError:
    """RATE_LIMITED, with HTTP 429 and Retry-After when there is an HTTP response."""
    response = getattr(context, "response", None)
    if response is not None:
        response.status_code = 429
        response.headers["Retry-After"] = str(wait)
    return GraphQLError(f"{message}; retry in {wait} s.",
                        extensions={"code": "RATE_LIMITED", "retryAfterSeconds": wait})


class RateLimit(SchemaExtension):
    """Refuses an operation from a key over its limit, or an anonymous one from a client address
    over `anonymous_request_limit`, with the code RATE_LIMITED (and HTTP 429 with Retry-After),
    before the query is even parsed."""

    def __init__(self, *, limiter: KeyRateLimiter, anonymous: Throttle) -> None:
        self.limiter = limiter
        self.anonymous = anonymous

    async def on_operation(self) -> AsyncIterator[None]:
        context = self.execution_context.context
        identity = getattr(context, "identity", None)
        key = identity.rate_limit_key if identity is not None else None
        if key is not None:
            wait = await self.limiter.retry_after(key)
            if wait is not None:
                raise _refuse(context, wait, f"Rate limit exceeded: at most "
                              f"{self.limiter.item.amount} requests per "
                              f"{self.limiter.item.multiples} seconds per key")
        elif identity is None:
            wait = await self.anonymous.hit(getattr(context, "address", "local"))
            if wait is not None:
                raise _refuse(context, wait, f"Too many requests without a credential from "
                              f"your address: at most {self.anonymous.amount} per "
                              f"{self.anonymous.seconds} seconds")
        yield


class PerAddressLimit(FieldExtension):
    """Each call of a public operation (signing in, asking for a code) counts against the
    caller's client address: `anonymous_rate_limit_requests` per window. Each call counts, so
    aliases in one document cannot multiply one request's worth of attempts. Over the limit,
    the call is refused with RATE_LIMITED (HTTP 429 with Retry-After) and runs nothing."""

    async def resolve_async(self, next_: AsyncExtensionResolver, source: Any,
                            info: strawberry.Info, **kwargs: Any) -> Any:
        context = info.context
        settings: ApiSettings = context.settings.api
        throttle = Throttle("public-operations", settings.anonymous_rate_limit_requests,
                            settings.anonymous_rate_limit_window_seconds,
                            settings.rate_limit_storage_url)
        wait = await throttle.hit(context.address)
        if wait is not None:
            raise _refuse(context, wait, f"Too many sign-in attempts from your address: at "
                          f"most {throttle.amount} per {throttle.seconds} seconds")
        return await next_(source, info, **kwargs)
