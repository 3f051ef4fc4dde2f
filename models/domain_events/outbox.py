"""Typed domain events: how one domain tells the others what happened, without their reading its
tables or parsing its strings.

- *Declare* (the emitting domain): an event type is a frozen dataclass of JSON values (ints,
  strings, booleans, None) with a kind of its own, `@event("wallet.top_up_credited")`.
- *Emit*: `await emit(TopUpCredited(...))` inside the transaction of the change it tells of
  writes one `events_domain_event` row (the outbox), so the event exists if and only if the
  change committed. Wrap the transaction in `publishing()` to have it sent once committed.
- *Subscribe* (the subscribing domain): `PAY = subscribe(TopUpCredited, "billing.pay_order")`
  declares a subscription by a stable name; a dramatiq actor of that domain runs it
  (`workers.actors.events.runs(PAY)`), calling `deliver(delivery_id, PAY, handler)`.
- *Fan out and send*: once committed, an event gets one `events_domain_delivery` row per
  subscription of its kind (`fan_out`) and each is sent as a message to its actor, right after
  the commit by `publish` (when this process has a broker, see `set_publisher`) and by the
  periodic sweep (`workers.actors.events.relay_domain_events`) for every event not fanned out
  yet and every delivery sent long ago and still not delivered: a lost message, a crash between
  the commit and the send, a worker that died mid-way, a process without a broker. Delivery is
  therefore at least once.
- *Deliver once*: `deliver` locks the delivery row, runs the handler and marks the delivery
  delivered in the same transaction, so a second message for it (a resend, a retry) does
  nothing. Handlers are also idempotent on their own (keyed by what the event names), as a
  second guard.

Fan-out reads the subscriptions declared in this process: only processes that built a broker
fan out (`workers.broker.build_broker` imports every actor module, hence every subscription).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar, Generic, TypeVar

from tortoise import connections
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.domain_events.tables import DomainEventDelivery, DomainEventRecord

log = logging.getLogger(__name__)


class DomainEvent:
    """The base of every event type (`@event` sets `kind`)."""

    kind: ClassVar[str]


E = TypeVar("E", bound=DomainEvent)

_EVENTS: dict[str, type[DomainEvent]] = {}


def event(kind: str) -> Callable[[type[E]], type[E]]:
    """Declare a frozen dataclass as the event type of `kind` (`<domain>.<what_happened>`);
    once per kind, for good: the kind is stored with every event."""

    def declare(cls: type[E]) -> type[E]:
        params = getattr(cls, "__dataclass_params__", None)
        if params is None or not params.frozen:
            raise TypeError(f"event {kind!r}: {cls.__name__} must be a frozen dataclass")
        if kind in _EVENTS:
            raise ValueError(f"event kind {kind!r} is declared by {_EVENTS[kind].__name__} "
                             "already")
        cls.kind = kind
        _EVENTS[kind] = cls
        return cls

    return declare


def event_types() -> dict[str, type[DomainEvent]]:
    """Every event type declared so far, by kind."""
    return dict(_EVENTS)


@dataclass(frozen=True, slots=True)
class Subscription(Generic[E]):
    """A subscribing domain's interest in one event type, under a stable name (it is stored on
    each delivery, so renaming one orphans its undelivered deliveries)."""

    name: str
    event_type: type[E]

    def decode(self, payload: dict[str, Any]) -> E:
        return self.event_type(**payload)


_SUBSCRIPTIONS: dict[str, Subscription[Any]] = {}


def subscribe(event_type: type[E], name: str) -> Subscription[E]:
    """Declare a subscription to `event_type` named `name` (`<domain>.<what_it_does>`)."""
    if event_type.kind not in _EVENTS:
        raise TypeError(f"{event_type.__name__} is not a declared event type")
    if name in _SUBSCRIPTIONS:
        raise ValueError(f"subscription {name!r} is declared already")
    if len(name) > 64:
        raise ValueError(f"subscription {name!r}: at most 64 characters")
    subscription = Subscription(name, event_type)
    _SUBSCRIPTIONS[name] = subscription
    return subscription


def subscriptions() -> dict[str, Subscription[Any]]:
    """Every subscription declared so far, by name."""
    return dict(_SUBSCRIPTIONS)


def _subscriptions_of(kind: str) -> list[str]:
    return sorted(s.name for s in _SUBSCRIPTIONS.values() if s.event_type.kind == kind)


_EMITTED: ContextVar[list[int] | None] = ContextVar("domain_events_emitted", default=None)


async def emit(domain_event: DomainEvent) -> int:
    """Write `domain_event` to the outbox, in the caller's transaction; answers its id."""
    kind = type(domain_event).kind
    if _EVENTS.get(kind) is not type(domain_event):
        raise TypeError(f"{type(domain_event).__name__} is not a declared event type")
    payload = dataclasses.asdict(domain_event)  # type: ignore[call-overload]  # a dataclass: @event checks it
    row = await DomainEventRecord.create(kind=kind, payload=payload)
    event_id = int(row.id)
    emitted = _EMITTED.get()
    if emitted is not None:
        emitted.append(event_id)
    return event_id


@asynccontextmanager
async def publishing() -> AsyncIterator[None]:
    """Publish the events emitted inside the block once it has finished without an error:
    `async with publishing(), in_transaction(): ...` publishes after the commit. Inside an
    outer `publishing()` the outer one publishes them; inside a caller's transaction that
    commits later, the sweep does (publishing now would send what is not committed yet)."""
    if _EMITTED.get() is not None:
        yield
        return
    emitted: list[int] = []
    token = _EMITTED.set(emitted)
    try:
        yield
    finally:
        _EMITTED.reset(token)
    if not isinstance(connections.get("default"), TransactionalDBClient):
        await publish(emitted)


@dataclass(frozen=True, slots=True)
class Delivery:
    """One event to one subscription, to send to the subscription's actor."""

    id: int
    subscription: str


# Sends deliveries to their actors (blocking broker calls: it runs in a thread). Set by the
# process's broker set-up; None where no broker exists, and the sweep of a process that has one
# sends what was emitted here.
Publisher = Callable[[Sequence[Delivery]], None]
_publisher: Publisher | None = None


def set_publisher(publisher: Publisher | None) -> None:
    global _publisher  # one transport per process, chosen at start-up
    _publisher = publisher


_FAN_OUT = """
    SELECT id, kind FROM events_domain_event
    WHERE NOT fanned_out AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[]))
    ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
"""
_INSERT_DELIVERIES = """
    INSERT INTO events_domain_delivery (event_id, subscription, sent_at, created_at)
    SELECT u.event_id, u.subscription, $3, $3
    FROM unnest($1::bigint[], $2::varchar[]) AS u(event_id, subscription)
    ON CONFLICT (event_id, subscription) DO NOTHING
    RETURNING id, subscription
"""
_MARK_FANNED_OUT = "UPDATE events_domain_event SET fanned_out = true WHERE id = ANY($1::bigint[])"
_RESEND = """
    UPDATE events_domain_delivery SET sent_at = $1
    WHERE id IN (SELECT id FROM events_domain_delivery
                 WHERE delivered_at IS NULL AND (sent_at IS NULL OR sent_at <= $2)
                 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
    RETURNING id, subscription
"""


async def fan_out(event_ids: Sequence[int] | None = None, *, limit: int = 500,
                  now: datetime | None = None) -> list[Delivery]:
    """Create the deliveries of committed events not fanned out yet (of `event_ids`, or any),
    one per subscription of each one's kind, counted as sent now; answers them, to send."""
    moment = now_or(now)
    async with in_transaction() as conn:
        rows = await conn.execute_query_dict(
            _FAN_OUT, [list(event_ids) if event_ids is not None else None, limit])
        if not rows:
            return []
        pairs = [(int(r["id"]), name) for r in rows for name in _subscriptions_of(r["kind"])]
        created = await conn.execute_query_dict(
            _INSERT_DELIVERIES, [[p[0] for p in pairs], [p[1] for p in pairs], moment]) \
            if pairs else []
        await conn.execute_query(_MARK_FANNED_OUT, [[int(r["id"]) for r in rows]])
    return [Delivery(int(r["id"]), str(r["subscription"])) for r in created]


async def due_again(*, older_than: timedelta, limit: int = 500,
                    now: datetime | None = None) -> list[Delivery]:
    """Deliveries sent at least `older_than` ago and still not delivered (the message was lost,
    or every retry failed), counted as sent now; answers them, to send again."""
    moment = now_or(now)
    async with in_transaction() as conn:
        rows = await conn.execute_query_dict(_RESEND, [moment, moment - older_than, limit])
    return sorted((Delivery(int(r["id"]), str(r["subscription"])) for r in rows),
                  key=lambda d: d.id)


async def send(deliveries: Sequence[Delivery]) -> bool:
    """Hand `deliveries` to this process's publisher; False when it has none or it failed (the
    sweep sends them again later)."""
    if not deliveries:
        return True
    publisher = _publisher
    if publisher is None:
        return False
    try:
        await asyncio.to_thread(publisher, deliveries)
    except Exception:  # the sweep sends them again; the change that emitted them stands
        log.exception("could not send %d domain event deliveries", len(deliveries))
        return False
    return True


async def publish(event_ids: Sequence[int]) -> None:
    """Right after the commit: fan out and send these events. Without a publisher in this
    process it leaves them to the sweep; it never raises (the change is committed already)."""
    if not event_ids or _publisher is None:
        return
    try:
        deliveries = await fan_out(event_ids)
    except Exception:
        log.exception("could not fan out domain events %s", list(event_ids))
        return
    await send(deliveries)


async def deliver(delivery_id: int, subscription: Subscription[E],
                  handle: Callable[[E, int], Awaitable[object]], *,
                  now: datetime | None = None) -> bool:
    """Run `handle(event, event_id)` for delivery `delivery_id` of `subscription`, once: the
    handler runs in one transaction with the delivery's mark, under the delivery's row lock,
    so a second message for it waits, then finds it delivered and does nothing. Answers
    whether the handler ran. A handler that raises leaves the delivery to a retry."""
    async with in_transaction():
        row = await DomainEventDelivery.select_for_update().get_or_none(id=delivery_id)
        if row is None or row.delivered_at is not None:
            return False
        if row.subscription != subscription.name:
            raise ValueError(f"delivery {delivery_id} is for {row.subscription!r}, "
                             f"not {subscription.name!r}")
        record = await DomainEventRecord.get(id=row.event_id)
        await handle(subscription.decode(record.payload), record.id)
        row.delivered_at = now_or(now)
        await row.save(update_fields=["delivered_at"])
    return True
