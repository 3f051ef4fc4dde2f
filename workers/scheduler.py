"""The scheduler: sends the periodic actors their messages, from one process at a time.

The triggers are the domains': each domain's manifest declares its periodic jobs (an actor and
the setting its interval comes from), and the composition root (`etebar.domains.compose.
periodic_jobs`) hands them over as `Periodic`s. The scheduler only *sends* messages; workers
run them.

Two ways to run it:

- its own process, `run_scheduler(settings, jobs)` (`etebar scheduler`): blocks until SIGINT or
  SIGTERM, then releases its lock and returns;
- inside `etebar serve`: `Scheduler(...).start()` runs the same loop in a daemon thread and
  `.stop()` ends it (`workers.runtime.start_in_process_worker` does both).

**One leader.** Each scheduler takes a session-level PostgreSQL advisory lock
(`pg_try_advisory_lock(SCHEDULER_LOCK_KEY)`) on a connection of its own, and fires only while
it holds it. The others stand by and try again every `standby_retry_seconds`. The lock lives as
long as the leader's session: if the leader stops, crashes or loses its connection, PostgreSQL
releases the lock and a standby takes over within one retry. Before every round the leader checks
its session is alive (`SELECT 1` on the lock's connection); if it is not, the lock is gone and it
stands by. Advisory locks are per database, so schedulers of different databases (test sessions,
say) never see each other. What the lock cannot rule out: a round fired by the old leader just
before it lost its session, followed at once by the new leader's first round. Every periodic
actor is idempotent, so such a rare extra round does no harm.

**Why a small loop and not APScheduler.** APScheduler 3 (the maintained release) schedules inside
one process and has no notion of a leader among processes, so the lock above would be needed
anyway, around a thread pool, job stores and misfire rules that fixed-interval triggers of
idempotent actors do not need. APScheduler 4, which adds coordination through a shared data
store, is still a pre-release. The loop here is about a hundred lines; when a cron-like trigger
is needed, revisit.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import psycopg

from etebar.database import resolve_database_url
from etebar.settings import Settings
from workers.broker import build_broker
from workers.signals import on_stop_signals

log = logging.getLogger(__name__)

# blake2b-64 of b"etebar:scheduler", as a signed bigint: one key for every Etebar scheduler.
SCHEDULER_LOCK_KEY = 5908260003145692182


@dataclass(frozen=True, slots=True)
class Periodic:
    """A trigger: call `send` every `interval_seconds` (it should enqueue a message and return)."""

    name: str
    interval_seconds: float
    send: Callable[[], object]


class Scheduler:
    """Fires `jobs` while it holds the scheduler lock in the database at `database_url`.

    `run()` blocks until `request_stop()`; `start()` runs it in a daemon thread and `stop()` ends
    that thread. `fired` counts the rounds of each job this scheduler fired."""

    def __init__(self, database_url: str, jobs: Sequence[Periodic], *,
                 lock_key: int = SCHEDULER_LOCK_KEY,
                 standby_retry_seconds: float | None = None) -> None:
        if not jobs:
            raise ValueError("a scheduler needs at least one job")
        self.database_url = database_url
        self.jobs = list(jobs)
        self.lock_key = lock_key
        self.standby_retry_seconds = (standby_retry_seconds if standby_retry_seconds is not None
                                      else min(job.interval_seconds for job in self.jobs))
        self.fired: dict[str, int] = {job.name: 0 for job in self.jobs}
        self._next_at: dict[str, float] = {}
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._standing_by_logged = False

    @property
    def is_leader(self) -> bool:
        return self._conn is not None

    def start(self) -> None:
        """Run the scheduler in a daemon thread (the in-process mode)."""
        if self._thread is not None:
            raise RuntimeError("this scheduler was started already")
        self._thread = threading.Thread(target=self.run, name="etebar-scheduler", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """Ask `run()` to return after the current round; safe from a signal handler."""
        self._stopping.set()

    def stop(self, timeout_seconds: float = 10.0) -> None:
        """Stop the thread `start()` began and wait for it (and its lock) to be released."""
        self.request_stop()
        if self._thread is not None:
            self._thread.join(timeout_seconds)
            if self._thread.is_alive():
                log.warning("the scheduler thread did not stop within %ss", timeout_seconds)

    def run(self) -> None:
        """Fire due jobs while this scheduler is the leader, until `request_stop()`."""
        try:
            while not self._stopping.is_set():
                if self._hold_lock():
                    self._fire_due()
                    wait = max(0.0, min(self._next_at.values()) - time.monotonic())
                else:
                    wait = self.standby_retry_seconds
                self._stopping.wait(wait)
        finally:
            self._release()

    def _hold_lock(self) -> bool:
        if self._conn is not None:
            try:
                self._conn.execute("SELECT 1")
            except psycopg.Error:
                log.warning("scheduler lost its database session, and with it the lock")
                self._release()
            else:
                return True
        try:
            conn = psycopg.connect(self.database_url, autocommit=True, connect_timeout=5,
                                   application_name="etebar-scheduler")
        except psycopg.Error as error:
            log.warning("scheduler cannot reach PostgreSQL: %s", error)
            return False
        try:
            row = conn.execute("SELECT pg_try_advisory_lock(%s)", (self.lock_key,)).fetchone()
        except psycopg.Error as error:
            log.warning("scheduler could not ask for its lock: %s", error)
            conn.close()
            return False
        if not (row and row[0]):
            conn.close()
            if not self._standing_by_logged:
                log.info("another scheduler holds the lock; standing by")
                self._standing_by_logged = True
            return False
        self._conn = conn
        self._standing_by_logged = False
        now = time.monotonic()
        self._next_at = {job.name: now for job in self.jobs}
        log.info("scheduler took the lock; firing %s", ", ".join(j.name for j in self.jobs))
        return True

    def _fire_due(self) -> None:
        for job in self.jobs:
            now = time.monotonic()
            if now < self._next_at[job.name]:
                continue
            self._next_at[job.name] = now + job.interval_seconds
            try:
                job.send()
            except Exception:
                # The next round tries again; a scheduler that dies would stop every trigger.
                log.exception("scheduler could not send %s", job.name)
            else:
                self.fired[job.name] += 1

    def _release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            # Closing the session releases the lock too; unlocking first frees it at once.
            conn.execute("SELECT pg_advisory_unlock(%s)", (self.lock_key,))
        except psycopg.Error:
            pass
        finally:
            conn.close()


def run_scheduler(settings: Settings, jobs: Sequence[Periodic]) -> None:
    """`etebar scheduler`: fire `jobs` until SIGINT or SIGTERM.

    Resolves the database (`etebar.database.resolve_database_url`), builds the broker the
    settings name (the messages go there), runs the scheduler loop in this thread, and on a
    signal releases the lock, closes the broker and returns. Call it from the main thread."""
    database_url = resolve_database_url(settings)
    broker = build_broker(settings, database_url)
    scheduler = Scheduler(database_url, jobs)
    try:
        with on_stop_signals(scheduler.request_stop):
            scheduler.run()
    finally:
        broker.close()
