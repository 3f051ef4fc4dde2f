"""The relay: committed outbox rows (`ledger_account_event`) published to the event bus.

It holds one PostgreSQL connection of its own. On it, it LISTENs on `etebar_account_events`, fed
by a statement-level AFTER INSERT trigger on the outbox (the notification is sent at commit, so a
wake-up means rows are visible), and reads new rows by `id`, with a poll every `poll_seconds` as
the fallback for a missed notification or a lost connection.

`id` order is allocation order, not commit order: a transaction that took id 10 may commit after
one that took id 11. So a read that sees 11 but not 10 keeps 10 as a *hole* and asks for it again
on every read until it shows up or `hole_seconds` pass (an id whose transaction rolled back never
shows up). The relay therefore publishes every committed row once, whatever the commit order,
unless a transaction commits more than `hole_seconds` after taking its id; subscribers close even
that gap from the outbox (they resynchronise by account version, `models.events.stream`).

With a shared bus (Redis), only one relay publishes: the one holding a session-level advisory
lock on its connection. The others stand by and keep their cursor; one that takes over republishes
the last `takeover_replay_seconds` of rows (subscribers drop duplicates by sequence).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from typing import Any

import asyncpg

from models.events.bus import InProcessBus
from models.events.outbox import AFTER_ID, MAX_ID, AccountChange, change_from_row

log = logging.getLogger(__name__)

CHANNEL = "etebar_account_events"
# blake2b-64 of b"etebar:event-relay", as a signed bigint.
RELAY_LOCK_KEY = -3163861283519131623
PAGE = 1000


class Relay:
    def __init__(self, database_url: str, bus: InProcessBus, *, poll_seconds: float = 1.0,
                 hole_seconds: float = 10.0, takeover_replay_seconds: float = 10.0) -> None:
        self.database_url = database_url
        self.bus = bus
        self.poll_seconds = poll_seconds
        self.hole_seconds = hole_seconds
        self.takeover_replay_seconds = takeover_replay_seconds
        self.cursor = 0
        self.holes: dict[int, float] = {}
        self.published = 0
        self.leader = not bus.shared
        self._wake = asyncio.Event()
        self._conn: Any = None
        self._task: asyncio.Task[None] | None = None
        self._history: deque[tuple[float, int]] = deque()
        self.started = asyncio.Event()
        self._pumping = asyncio.Lock()

    async def start(self) -> None:
        """Connect, start at the newest row (subscribers catch up from the outbox), and run."""
        await self._connect()
        self.cursor = (await self._conn.fetchrow(MAX_ID))["id"]
        self._task = asyncio.create_task(self._run(), name="etebar-event-relay")
        self.started.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._close()

    def wake(self) -> None:
        self._wake.set()

    async def _connect(self) -> None:
        self._conn = await asyncpg.connect(self.database_url)
        await self._conn.add_listener(CHANNEL, self._notified)

    async def _close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                await self._conn.close()
            self._conn = None

    def _notified(self, *_: object) -> None:
        self._wake.set()

    async def _run(self) -> None:
        while True:
            try:
                if self._conn is None or self._conn.is_closed():
                    await self._close()
                    await self._connect()
                    if self.bus.shared:
                        self.leader = False
                await self._lead()
                await self.pump()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("event relay: read failed; reconnecting")
                await self._close()
                await asyncio.sleep(self.poll_seconds)
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_seconds)
            self._wake.clear()

    async def _lead(self) -> None:
        if self.leader:
            return
        if await self._conn.fetchval("SELECT pg_try_advisory_lock($1)", RELAY_LOCK_KEY):
            self.leader = True
            cutoff = time.monotonic() - self.takeover_replay_seconds
            older = [cursor for at, cursor in self._history if at <= cutoff]
            replay_from = older[-1] if older else (self._history[0][1] if self._history else 0)
            log.info("event relay: leading; replaying from outbox id %s", replay_from)
            self.cursor = min(self.cursor, replay_from)

    async def pump(self) -> list[AccountChange]:
        """Read every row past the cursor (and the holes) and publish it; what was published."""
        async with self._pumping:
            return await self._pump()

    async def _pump(self) -> list[AccountChange]:
        self._wake.clear()
        published: list[AccountChange] = []
        while True:
            now = time.monotonic()
            self.holes = {i: t for i, t in self.holes.items() if now - t < self.hole_seconds}
            rows = await self._conn.fetch(AFTER_ID, self.cursor, list(self.holes), PAGE)
            if not rows:
                break
            changes = [change_from_row(r) for r in rows]
            seen = {c.id for c in changes}
            for hole in seen & self.holes.keys():
                del self.holes[hole]
            new_max = max(self.cursor, *seen)
            for missing in range(self.cursor + 1, new_max):
                if missing not in seen:
                    self.holes[missing] = now
            self.cursor = new_max
            if self.leader:
                await self.bus.publish(changes)
                self.published += len(changes)
                published.extend(changes)
            if len(rows) < PAGE:
                break
        self._history.append((time.monotonic(), self.cursor))
        while len(self._history) > 2 and \
                self._history[1][0] < time.monotonic() - 2 * self.takeover_replay_seconds:
            self._history.popleft()
        return published


class Events:
    """The bus and the relay of one process, started and stopped together (the server's
    lifespan; tests)."""

    def __init__(self, database_url: str, events_url: str | None, *,
                 poll_seconds: float = 1.0) -> None:
        from models.events.bus import bus_for

        self.bus = bus_for(events_url)
        self.relay = Relay(database_url, self.bus, poll_seconds=poll_seconds)

    async def start(self) -> Events:
        from models.events.bus import set_bus

        await self.bus.start()
        try:
            await self.relay.start()
        except BaseException:
            await self.bus.stop()
            raise
        set_bus(self.bus)
        return self

    async def stop(self) -> None:
        from models.events.bus import set_bus

        await self.relay.stop()
        await self.bus.stop()
        set_bus(None)
