"""The event bus: committed account changes fanned out to subscribers, per account.

- `InProcessBus`: asyncio fan-out inside one process (the default).
- `RedisBus`: one Redis pub/sub channel shared by every replica; each replica's listener fans the
  messages out to its own subscribers through an `InProcessBus` (`ETEBAR_EVENTS__URL`).

A bus is at most once, on purpose: a subscription's queue is bounded, and a subscriber that falls
behind is marked `overflowed` rather than slowing the others; Redis pub/sub drops messages while a
listener reconnects. Exactness comes from the outbox, not the bus: a subscriber orders by the
per-account sequence, drops what it has seen, and reads what it missed from the outbox
(`models.events.stream`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Iterable, Sequence

from models.events.outbox import AccountChange

log = logging.getLogger(__name__)

QUEUE_SIZE = 1000
CHANNEL = "etebar:account-events"


class BusSubscription:
    """What one subscriber receives: changes of its accounts, in the order the bus saw them."""

    def __init__(self, bus: InProcessBus, account_ids: frozenset[int]) -> None:
        self.bus = bus
        self.account_ids = account_ids
        self.queue: asyncio.Queue[AccountChange] = asyncio.Queue(QUEUE_SIZE)
        self.overflowed = False

    def offer(self, change: AccountChange) -> None:
        try:
            self.queue.put_nowait(change)
        except asyncio.QueueFull:
            self.overflowed = True

    def close(self) -> None:
        self.bus.unsubscribe(self)


class InProcessBus:
    """Fan-out to this process's subscribers."""

    shared = False  # every process runs its own relay into its own bus

    def __init__(self) -> None:
        self._by_account: dict[int, set[BusSubscription]] = {}

    def subscribe(self, account_ids: Iterable[int]) -> BusSubscription:
        subscription = BusSubscription(self, frozenset(account_ids))
        for account_id in subscription.account_ids:
            self._by_account.setdefault(account_id, set()).add(subscription)
        return subscription

    def unsubscribe(self, subscription: BusSubscription) -> None:
        for account_id in subscription.account_ids:
            subscribers = self._by_account.get(account_id)
            if subscribers is not None:
                subscribers.discard(subscription)
                if not subscribers:
                    del self._by_account[account_id]

    @property
    def subscriber_count(self) -> int:
        return len({s for subs in self._by_account.values() for s in subs})

    def deliver(self, changes: Sequence[AccountChange]) -> None:
        for change in changes:
            for subscription in self._by_account.get(change.account_id, ()):
                subscription.offer(change)

    async def publish(self, changes: Sequence[AccountChange]) -> None:
        self.deliver(changes)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None


class RedisBus(InProcessBus):
    """Publishes to one Redis channel; listens to it and fans out to local subscribers."""

    shared = True  # one relay (the leader) publishes for every replica

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self._listener: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        import redis.asyncio as redis

        self._redis = redis.Redis.from_url(url)

    async def publish(self, changes: Sequence[AccountChange]) -> None:
        if changes:
            await self._redis.publish(CHANNEL, json.dumps([c.to_json() for c in changes]))

    async def start(self) -> None:
        self._listener = asyncio.create_task(self._listen(), name="etebar-redis-bus")
        await asyncio.wait_for(self._ready.wait(), timeout=10)

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        await self._redis.aclose()

    async def _listen(self) -> None:
        while True:
            try:
                async with self._redis.pubsub() as pubsub:
                    await pubsub.subscribe(CHANNEL)
                    self._ready.set()
                    async for message in pubsub.listen():
                        if message.get("type") != "message":
                            continue
                        self.deliver([AccountChange.from_json(d)
                                      for d in json.loads(message["data"])])
            except asyncio.CancelledError:
                raise
            except Exception:  # a lost connection: subscribers recover from the outbox
                log.exception("event bus: redis listener failed; reconnecting")
                await asyncio.sleep(1)


EventBus = InProcessBus

_current: InProcessBus | None = None


def current_bus() -> InProcessBus:
    """The process's bus (the server's lifespan sets it; an in-process one by default)."""
    global _current
    if _current is None:
        _current = InProcessBus()
    return _current


def set_bus(bus: InProcessBus | None) -> None:
    global _current
    _current = bus


def bus_for(events_url: str | None) -> InProcessBus:
    return RedisBus(events_url) if events_url else InProcessBus()
