"""The embedded worker and scheduler, and the `etebar worker` / `etebar scheduler` processes."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time

import pytest

from etebar.domains.compose import periodic_jobs
from etebar.settings import Settings
from models.ledger.codes import PendingState
from tests.workers.worker_helpers import pending_state, wait_until
from workers.actors.ledger import expire_pending_transfer
from workers.broker import build_broker
from workers.runtime import start_in_process_worker
from workers.scheduler import Periodic, Scheduler

pytestmark = pytest.mark.filterwarnings("error::tortoise.warnings.TortoiseLoopSwitchWarning")


async def test_the_in_process_worker_expires_due_pendings_and_stops(make_pending, db):
    # given a due pending and the embedded mode: PostgreSQL broker, worker and scheduler
    pending_id = await make_pending(expired=True)
    settings = Settings(broker_url=None, worker_threads=2, scheduler_interval_seconds=0.2)
    handle = await asyncio.to_thread(start_in_process_worker, settings, db,
                                     periodic_jobs(settings))
    try:
        # then the scheduler's sweep and the worker expire it
        await wait_until(lambda: _is(pending_id, PendingState.EXPIRED), 15, "the expiry")
    finally:
        await asyncio.to_thread(handle.stop)
    # and stop() ended every thread it started, and may be called again
    assert handle.scheduler is not None and not handle.scheduler.is_leader
    assert not any(thread.is_alive() for thread in handle.worker.workers)
    assert not any(thread.is_alive() for thread in handle.worker.consumers.values())
    await asyncio.to_thread(handle.stop)


async def _spawn(code: str, db: str, **env: str) -> asyncio.subprocess.Process:
    """Run `code` in a fresh interpreter on the test database and the PostgreSQL broker."""
    environment = {key: value for key, value in os.environ.items()
                   if key != "ETEBAR_BROKER_URL"}
    environment.update(ETEBAR_DATABASE_URL=db, ETEBAR_WORKER_THREADS="2", **env)
    script = "import logging, sys\nlogging.basicConfig(level=logging.INFO, stream=sys.stdout)\n"
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", script + code, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)


async def _read_until(process: asyncio.subprocess.Process, marker: str, lines: list[str],
                      timeout_seconds: float = 20) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout_seconds
    while True:
        remaining = deadline - time.monotonic()
        line = await asyncio.wait_for(process.stdout.readline(), max(remaining, 0.01))
        if not line:
            raise AssertionError("process ended early:\n" + "".join(lines))
        lines.append(line.decode())
        if marker in lines[-1]:
            return


async def _terminate(process: asyncio.subprocess.Process, lines: list[str]) -> int:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    assert process.stdout is not None
    rest, _ = await asyncio.wait_for(process.communicate(), 20)
    lines.append(rest.decode())
    return await process.wait()


@pytest.mark.slow
async def test_run_worker_runs_actors_until_sigterm(make_pending, db):
    # given `etebar worker` on the PostgreSQL broker of the test database
    process = await _spawn("from etebar.cli import app\n"
                           "app(['worker'])\n", db)
    lines: list[str] = []
    broker = await asyncio.to_thread(build_broker, Settings(broker_url=None), db)
    try:
        await _read_until(process, "worker running", lines)
        # when an expiry is sent from this process
        pending_id = await make_pending(expired=True)
        await asyncio.to_thread(expire_pending_transfer.send, pending_id)
        # then the worker process applies it
        await wait_until(lambda: _is(pending_id, PendingState.EXPIRED), 15, "the expiry")
    finally:
        code = await _terminate(process, lines)
        await asyncio.to_thread(broker.close)
    # and SIGTERM stops it cleanly
    assert code == 0, "".join(lines)
    assert "Worker has been shut down" in "".join(lines)


@pytest.mark.slow
async def test_run_scheduler_holds_the_lock_until_sigterm(db):
    # given `etebar scheduler` running
    process = await _spawn("from etebar.settings import Settings\n"
                           "from etebar.domains.compose import periodic_jobs\n"
                           "from workers.scheduler import run_scheduler\n"
                           "run_scheduler(Settings(), periodic_jobs(Settings()))\n", db,
                           ETEBAR_SCHEDULER_INTERVAL_SECONDS="0.2")
    lines: list[str] = []
    standby = Scheduler(db, [Periodic("tick", 0.05, lambda: None)], standby_retry_seconds=0.05)
    try:
        await _read_until(process, "scheduler took the lock", lines)
        # then a second scheduler stands by
        standby.start()
        await asyncio.sleep(0.3)
        assert not standby.is_leader
        # and when SIGTERM stops the process, it exits cleanly and the lock passes on
        assert await _terminate(process, lines) == 0, "".join(lines)
        await wait_until(lambda: _true(standby.is_leader), 5, "the takeover")
    finally:
        if process.returncode is None:
            process.kill()
        await asyncio.to_thread(standby.stop)


async def _is(pending_id: int, state: PendingState) -> bool:
    return await pending_state(pending_id) is state


async def _true(value: bool) -> bool:
    return value
