"""Each real broker carries an expiry message to a real dramatiq Worker that applies it."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import dramatiq
import pytest
from tortoise import connections

from etebar.database import worker_tortoise_config
from models.ledger.codes import PendingState
from models.platform.settings import Settings, WorkerSettings
from tests.conftest import USES_SHARED_QUEUES
from tests.services import services_for
from tests.workers.worker_helpers import pending_state, service_url, wait_until
from workers.actors.ledger import expire_pending_transfer
from workers.broker import broker_scheme, build_broker

pytestmark = [pytest.mark.filterwarnings("error::tortoise.warnings.TortoiseLoopSwitchWarning"),
              USES_SHARED_QUEUES]


@pytest.fixture(params=["postgres", "redis", "amqp"])
def broker_url(request: pytest.FixtureRequest, db: str) -> str | None:
    """None: the PostgreSQL broker on the test database (ETEBAR_WORKER__BROKER_URL unset)."""
    return None if request.param == "postgres" else service_url(request.param)


async def test_a_real_broker_and_worker_expire_a_pending(broker_url, make_pending, db):
    # given a broker of each kind, emptied, and a worker consuming from it
    settings = Settings(worker=WorkerSettings(broker_url=broker_url, threads=2))
    broker = await asyncio.to_thread(build_broker, services_for(settings), db,
                                     worker_tortoise_config(settings, db))
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    try:
        if broker_url is not None:
            # Left-overs of an interrupted run would otherwise reach this database.
            await asyncio.to_thread(broker.flush_all)
        await asyncio.to_thread(worker.start)
        pending_id = await make_pending(expired=True)
        # when the expiry message is sent through it
        await asyncio.to_thread(expire_pending_transfer.send, pending_id)
        # then the worker expires the pending in the database
        await wait_until(lambda: _is_expired(pending_id), 15, "the expiry")
    finally:
        await asyncio.to_thread(worker.stop)
        await asyncio.to_thread(broker.close)


async def test_the_worker_leaves_the_apps_global_tortoise_context_alone(stub_broker, db):
    # given the app's global-fallback context in use on this loop
    before = connections.get("default")
    # when a worker boots its own context, runs, and shuts down
    worker = dramatiq.Worker(stub_broker, worker_threads=1, worker_timeout=100)
    await asyncio.to_thread(worker.start)
    await asyncio.to_thread(worker.stop)
    # then the app's connection is the same object and still works
    assert connections.get("default") is before
    assert await before.execute_query_dict("SELECT 1 AS one") == [{"one": 1}]


@pytest.mark.parametrize(("url", "kind"), [
    (None, "postgres"), ("postgresql://u@h/db", "postgres"), ("redis://h:6379/0", "redis"),
    ("rediss://h", "redis"), ("amqp://guest:guest@h:5672/", "amqp"), ("stub://", "stub"),
])
def test_the_broker_url_scheme_chooses_the_broker(url, kind):
    assert broker_scheme(WorkerSettings(broker_url=url)) == kind


def test_an_unknown_broker_scheme_is_refused():
    with pytest.raises(ValueError, match="unknown scheme"):
        broker_scheme(WorkerSettings(broker_url="kafka://h"))


def test_importing_the_actors_sets_no_broker_and_sending_before_binding_fails():
    # A fresh interpreter: this one has bound the actors already.
    script = (
        "import dramatiq.broker, workers.broker, workers.runtime, workers.scheduler\n"
        "from workers.actors.ledger import expire_pending_transfer\n"
        "from workers.registry import UnboundBrokerError\n"
        "assert dramatiq.broker.global_broker is None\n"
        "try:\n"
        "    expire_pending_transfer.send(1)\n"
        "except UnboundBrokerError:\n"
        "    print('refused')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "refused"


async def _is_expired(pending_id: int) -> bool:
    return await pending_state(pending_id) is PendingState.EXPIRED
