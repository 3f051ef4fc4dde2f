"""Where actors are declared before any broker exists, and how they are bound to the chosen one.

dramatiq binds an actor to a broker when the actor is declared: `@dramatiq.actor` without a
`broker=` calls `dramatiq.get_broker()`, which, when nothing was set yet, builds a RabbitMQ broker
for 127.0.0.1 as a side effect of importing the module. Which broker Etebar uses is only known at
start-up (`ETEBAR_BROKER_URL`), so actor modules must be importable before that.

The approach: every actor is declared with `workers.registry.actor(...)` on one module-level
*holding* broker that only keeps the declarations (it has dramatiq's default middleware, so actor
options such as `max_retries`, `time_limit` and `throws` are validated at import time, and it
refuses to enqueue, so nothing is ever lost silently to a broker nobody consumes). At start-up
`workers.broker.build_broker` calls `bind_actors(broker)`: each declared `dramatiq.Actor` is
re-pointed at the real broker and declared on it (which declares its queue and runs every
middleware's `after_declare_actor`), and `dramatiq.set_broker(broker)` makes it the global one.
The actors stay ordinary `dramatiq.Actor` objects, typed by their function's signature, so
`.send(...)`, `.message(...)` and `.fn` work as dramatiq documents. Binding again (a test that
builds another broker) re-points them; one broker is current per process at a time.

`actor()` also makes `max_retries`, `time_limit_ms` and `throws` required keyword arguments: no
actor can forget them.
"""

from __future__ import annotations

from typing import Any

import dramatiq
from dramatiq.actor import ActorDecorator
from dramatiq.message import Message


class UnboundBrokerError(RuntimeError):
    """A message was sent before `workers.broker.build_broker` chose a broker."""


class _HoldingBroker(dramatiq.Broker):
    """Keeps actor declarations until a real broker is chosen; refuses to send anything."""

    def __init__(self) -> None:
        super().__init__()
        self.queues: dict[str, bool] = {}

    def declare_queue(self, queue_name: str) -> None:
        self.queues[queue_name] = True

    def enqueue(self, message: Message[Any], *, delay: int | None = None) -> Message[Any]:
        raise UnboundBrokerError(
            f"cannot send {message.actor_name!r}: no broker is bound yet; "
            "call workers.broker.build_broker(...) at start-up first")


_holding = _HoldingBroker()


def actor(
    *, max_retries: int, time_limit_ms: int, throws: tuple[type[BaseException], ...],
    queue_name: str = "default", actor_name: str | None = None, **options: Any,
) -> ActorDecorator:
    """Declare an actor (sync or `async def`) with explicit retries, time limit and the
    exceptions that are permanent failures (not retried).

    dramatiq validates the options against the holding broker's middleware here, at import time,
    rather than when the first message is processed."""
    return dramatiq.actor(
        broker=_holding, actor_name=actor_name, queue_name=queue_name,
        max_retries=max_retries, time_limit=time_limit_ms, throws=throws, **options)


def declared_actors() -> list[dramatiq.Actor[Any, Any]]:
    """Every actor declared so far (the domains' actor modules imported, see `workers.broker`)."""
    return list(_holding.actors.values())


def bind_actors(broker: dramatiq.Broker) -> None:
    """Point every declared actor at `broker`, declare it there, and make `broker` global."""
    for declared in declared_actors():
        unknown = set(declared.options) - broker.actor_options
        if unknown:
            raise ValueError(f"actor {declared.actor_name!r} uses options {sorted(unknown)} "
                             "that no middleware of this broker understands")
        declared.broker = broker
        broker.declare_actor(declared)
    dramatiq.set_broker(broker)
