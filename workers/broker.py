"""Builds the dramatiq broker that `ETEBAR_BROKER_URL` names, with Etebar's middleware and actors.

`settings.broker_url` chooses:

- unset, `postgres://`, `postgresql://`: `dramatiq_postgres.PostgresBroker`; unset means the
  application database itself. Its schema (`dramatiq.*`) is created on first use, idempotently.
- `redis://`, `rediss://`: `dramatiq.brokers.redis.RedisBroker`.
- `amqp://`, `amqps://`: `dramatiq.brokers.rabbitmq.RabbitmqBroker`.
- `stub://`: `dramatiq.brokers.stub.StubBroker` (tests and experiments; nothing is durable).

Every broker gets dramatiq's default middleware, then `AsyncIO` (for `async def` actors), then
`TortoiseMiddleware` (a Tortoise context of the worker's own, see `workers.tortoise_middleware`).
`build_broker` then binds every actor declared so far (the composition root imports each
domain's actor modules first, `etebar.domains.compose.declare_actors`) to the broker and makes
it dramatiq's global broker (`dramatiq.set_broker`); see `workers.registry` for why actors are
declared before a broker exists. Building a broker connects only where the broker needs a
schema (the PostgreSQL one); Redis and RabbitMQ connect on first use.

Call it once per process at start-up: `etebar serve` through `workers.runtime` (or directly, to
send messages to an external worker), `etebar worker` and `etebar scheduler` through
`workers.runtime.run_worker` / `workers.scheduler.run_scheduler`, tests through
`build_stub_broker`. `broker.close()` releases its connections.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any
from urllib.parse import urlparse

import dramatiq
import dramatiq_postgres
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AsyncIO

from etebar.database import tortoise_config
from etebar.settings import Settings
from models.billing import top_up_and_pay
from workers.registry import bind_actors
from workers.tortoise_middleware import TortoiseMiddleware

log = logging.getLogger(__name__)

POSTGRES_SCHEMES = frozenset({"postgres", "postgresql"})
REDIS_SCHEMES = frozenset({"redis", "rediss"})
AMQP_SCHEMES = frozenset({"amqp", "amqps"})
STUB_SCHEME = "stub"


def broker_scheme(settings: Settings) -> str:
    """The kind of broker `settings` select: `postgres`, `redis`, `amqp` or `stub`."""
    if settings.broker_url is None:
        return "postgres"
    scheme = urlparse(settings.broker_url).scheme.lower()
    for kind, schemes in (("postgres", POSTGRES_SCHEMES), ("redis", REDIS_SCHEMES),
                          ("amqp", AMQP_SCHEMES), ("stub", {STUB_SCHEME})):
        if scheme in schemes:
            return kind
    raise ValueError(f"ETEBAR_BROKER_URL has an unknown scheme {scheme!r}: "
                     "use postgres://, redis://, amqp:// or stub://")


def worker_pool_size(settings: Settings) -> int:
    """Connections for a worker's Tortoise pool: one per worker thread, plus one for slack.
    Each actor runs one operation at a time, so more would sit idle next to the web app's pool."""
    return min(settings.database_pool_size, settings.worker_threads + 1)


def build_broker(settings: Settings, database_url: str) -> dramatiq.Broker:
    """The broker `settings.broker_url` names, ready to send and to run Etebar's actors.

    `database_url` is the application database (`etebar.database.resolve_database_url`): actors
    use it through Tortoise, and the PostgreSQL broker keeps its queue there when no broker URL
    is set."""
    kind = broker_scheme(settings)
    broker: dramatiq.Broker
    if kind == "postgres":
        broker = postgres_broker(settings.broker_url or database_url)
    elif kind == "redis":
        # RedisBroker's __init__ has no annotations; its arguments are checked by redis-py.
        broker = RedisBroker(url=settings.broker_url)  # type: ignore[no-untyped-call]  # dramatiq's RedisBroker.__init__ is not annotated
    elif kind == "amqp":
        broker = RabbitmqBroker(url=settings.broker_url)
    else:
        broker = StubBroker()
    # Top up and pay: a top-up the workers credit (reconciliation) pays its order here too.
    top_up_and_pay.install(timedelta(days=settings.billing_renewal_lead_days))
    return _equip(broker, tortoise_config(database_url, worker_pool_size(settings)))


def build_stub_broker(database_url: str, *, pool_size: int = 4) -> StubBroker:
    """An in-memory broker for tests, with the same middleware and actors as the real ones.

    Run its messages with `dramatiq.Worker(broker, ...)` and wait with `broker.join(queue)`,
    which re-raises the first failure of a dead-lettered message."""
    broker = StubBroker()
    _equip(broker, tortoise_config(database_url, pool_size))
    return broker


def postgres_broker(url: str) -> dramatiq.Broker:
    """A `dramatiq_postgres.PostgresBroker` on `url`, its schema created if missing.

    `dramatiq_postgres.init` is idempotent and safe when several processes start at once (it
    takes an advisory lock for the length of the transaction). Results are off: no actor here
    returns a value to keep."""
    postgres = dramatiq_postgres.PostgresBroker(url=url, results=False)
    try:
        with postgres.pool.connection() as conn, conn.transaction(), conn.cursor() as cursor:
            if dramatiq_postgres.init(cursor):
                log.info("created the dramatiq-postgres schema")
    except BaseException:
        postgres.close()
        raise
    broker: dramatiq.Broker = postgres
    return broker


def _equip(broker: dramatiq.Broker, config: dict[str, Any]) -> dramatiq.Broker:
    broker.add_middleware(AsyncIO())
    broker.add_middleware(TortoiseMiddleware(config))
    bind_actors(broker)
    return broker
