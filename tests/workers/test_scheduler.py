"""The scheduler fires its periodic actors, and only one scheduler of a database fires at a time."""

from __future__ import annotations

import asyncio
import threading

import pytest
from dramatiq.brokers.stub import StubBroker
from dramatiq.message import Message

from etebar.domains.compose import periodic_jobs
from etebar.settings import Settings
from tests.workers.worker_helpers import wait_until
from workers.scheduler import Periodic, Scheduler

pytestmark = pytest.mark.filterwarnings("error::tortoise.warnings.TortoiseLoopSwitchWarning")


class Counter:
    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            self.count += 1


async def test_the_scheduler_sends_the_expiry_sweep_every_interval(stub_broker: StubBroker, db):
    # given the configured jobs, the pending-expiry sweep every 0.1 s and the others hourly,
    # and no worker consuming
    jobs = [Periodic(job.name, 0.1 if job.name == "expire_due_pending" else 3600, job.send)
            for job in periodic_jobs(Settings())]
    scheduler = Scheduler(db, jobs)
    queue = stub_broker.queues["default"]
    # when it runs for a while
    scheduler.start()
    try:
        await wait_until(lambda: _at_least(queue.qsize(), len(jobs) + 2), 5, "three sweeps")
    finally:
        await asyncio.to_thread(scheduler.stop)
    # then the queue holds expire_due_pending messages, one per round, and the first round of
    # every other job
    sent = [Message.decode(queue.get_nowait()) for _ in range(queue.qsize())]
    sweeps = [m for m in sent if m.actor_name == "expire_due_pending"]
    assert len(sweeps) == scheduler.fired["expire_due_pending"] >= 3
    assert {m.actor_name for m in sent} == {job.name for job in jobs}
    assert all(scheduler.fired[job.name] == 1 for job in jobs
               if job.name != "expire_due_pending")


def test_every_periodic_job_sends_to_an_actor_of_its_name():
    for job in periodic_jobs(Settings()):
        assert getattr(job.send, "__self__", None) is not None, job.name
        assert job.send.__self__.actor_name == job.name  # type: ignore[attr-defined]  # a bound method's __self__, which Callable does not declare


async def test_two_schedulers_do_not_both_fire(db):
    # given two schedulers of one database, started together
    counters = Counter(), Counter()
    schedulers = [Scheduler(db, [Periodic("tick", 0.05, counter)], standby_retry_seconds=0.05)
                  for counter in counters]
    for scheduler in schedulers:
        scheduler.start()
    try:
        # when they have run for a while
        await wait_until(lambda: _at_least(sum(c.count for c in counters), 8), 5, "ticks")
        # then exactly one of them fired
        assert sorted(s.is_leader for s in schedulers) == [False, True]
        leader = 0 if schedulers[0].is_leader else 1
        assert counters[1 - leader].count == 0
        # and when the leader stops, the other takes over
        await asyncio.to_thread(schedulers[leader].stop)
        before = counters[leader].count
        await wait_until(lambda: _at_least(counters[1 - leader].count, 3), 5, "the takeover")
        assert counters[leader].count == before
    finally:
        for scheduler in schedulers:
            await asyncio.to_thread(scheduler.stop)


async def test_a_failing_send_does_not_stop_the_scheduler(db):
    calls = Counter()

    def failing() -> None:
        calls()
        raise ConnectionError("broker down")

    scheduler = Scheduler(db, [Periodic("failing", 0.05, failing)])
    scheduler.start()
    try:
        await wait_until(lambda: _at_least(calls.count, 3), 5, "retried rounds")
    finally:
        await asyncio.to_thread(scheduler.stop)
    assert scheduler.fired["failing"] == 0


async def _at_least(value: int, minimum: int) -> bool:
    return value >= minimum
