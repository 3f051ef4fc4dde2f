"""A subscriber's stream of balance changes: exact, in order, resumable.

`balance_changes(bus, cursors)` yields every change of the given accounts, in per-account
sequence order, each once:

1. It subscribes to the bus *first*, so nothing published from then on is missed.
2. For each account it knows where to start: the caller's cursor (`after_sequence`: deliver
   everything after it) or, without one, the account's current version (deliver what comes next).
   Changes already committed after a cursor are read from the outbox and delivered first.
3. Then, live: a change at or below the account's last delivered sequence is a duplicate and is
   dropped; one further ahead than the next means a gap (the bus is at most once, and `id` order is
   not commit order), so the missing ones are read from the outbox and delivered before it.
4. Every `resync_seconds` without traffic, and whenever the subscription overflowed, it compares
   each account's version with its last delivered sequence and reads any difference from the
   outbox, so even the last change before a silence cannot be lost.

So a client that stores the sequence of each change it handled, and reconnects with those
cursors, gets every change it missed, in order, then the live stream: no gap, no duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Mapping

from models.events.bus import InProcessBus
from models.events.errors import AccountNotReadable, SubscriptionRefused
from models.events.outbox import AccountChange, account_changes, account_versions
from models.identity.reach import Reach

MAX_ACCOUNTS = 100


async def readable_cursors(reach: Reach, cursors: Mapping[int, int | None]) -> None:
    """Refuse the subscription unless the caller may read every account (before any stream)."""
    if not cursors:
        raise SubscriptionRefused(message="name at least one account", field="accountIds")
    if len(cursors) > MAX_ACCOUNTS:
        raise SubscriptionRefused(message=f"at most {MAX_ACCOUNTS} accounts per subscription",
                                  field="accountIds")
    for account_id, after in cursors.items():
        if after is not None and after < 0:
            raise SubscriptionRefused(message="afterSequence must be 0 or more",
                                      field="afterSequence")
        if await reach.account(account_id) is None:
            raise AccountNotReadable(message=f"no account {account_id}", field="accountIds")


async def balance_changes(bus: InProcessBus, cursors: Mapping[int, int | None], *,
                          resync_seconds: float = 5.0,
                          ) -> AsyncGenerator[AccountChange, None]:
    """Every change of `cursors`' accounts after each cursor, then live (see the module)."""
    subscription = bus.subscribe(cursors)
    try:
        versions = await account_versions(list(cursors))
        last = {a: (versions.get(a, 0) if after is None else after)
                for a, after in cursors.items()}
        for account_id in cursors:
            async for caught in _catch_up(account_id, last, versions.get(account_id, 0)):
                yield caught
        while True:
            change: AccountChange | None = None
            if not subscription.overflowed:
                with contextlib.suppress(TimeoutError):
                    change = await asyncio.wait_for(subscription.queue.get(), resync_seconds)
            if change is None:
                subscription.overflowed = False
                while not subscription.queue.empty():
                    subscription.queue.get_nowait()
                versions = await account_versions(list(cursors))
                for account_id in cursors:
                    async for missed in _catch_up(account_id, last, versions.get(account_id, 0)):
                        yield missed
                continue
            seen = last[change.account_id]
            if change.sequence <= seen:
                continue
            if change.sequence > seen + 1:
                async for missed in _catch_up(change.account_id, last, change.sequence - 1):
                    yield missed
            last[change.account_id] = change.sequence
            yield change
    finally:
        subscription.close()


async def _catch_up(account_id: int, last: dict[int, int],
                    upto: int) -> AsyncIterator[AccountChange]:
    if upto <= last[account_id]:
        return
    for change in await account_changes(account_id, last[account_id], upto):
        if change.sequence == last[account_id] + 1:
            last[account_id] = change.sequence
            yield change
