"""How the workers run: embedded in `etebar serve`, or as the `etebar worker` process.

For the CLI and the web server:

- `start_in_process_worker(settings, database_url, jobs) -> InProcessWorker` (embedded mode,
  `settings.in_process_worker`): builds the broker (`workers.broker.build_broker`, which also binds
  the declared actors and makes the broker dramatiq's global one, so the app's `actor.send(...)`
  goes there), starts a `dramatiq.Worker(broker, worker_threads=settings.worker_threads)` and,
  given the domains' periodic `jobs`, the scheduler in a daemon thread, and returns at once.
  `handle.stop()` stops the scheduler first (no new triggers), then the worker (waits for the
  messages in progress, puts prefetched ones back on the queue, closes the worker's Tortoise
  pool and stops its event loop), then closes the broker. `stop()` is idempotent. Both calls
  block, `stop()` for as long as the messages in progress need, so from an async lifespan call
  them as
  `handle = await asyncio.to_thread(start_in_process_worker, settings, url, jobs)` and
  `await asyncio.to_thread(handle.stop)`. The worker's Tortoise context is its own: it does not
  touch the app's global-fallback context, which may be initialised before or after.
- `run_worker(settings)` (`etebar worker`): resolves the database
  (`etebar.database.resolve_database_url`), builds the broker, runs a dramatiq Worker until
  SIGINT or SIGTERM, then stops it as above and returns. Call it from the main thread.

When `etebar serve` does not run the worker in-process, it still needs the broker to send:
`workers.broker.build_broker(settings, database_url)` at start-up, `broker.close()` at shutdown.
The scheduler process is `workers.scheduler.run_scheduler(settings, jobs)`.

Which actors exist is the domains' business: the composition root imports each domain's actor
modules (`etebar.domains.compose.declare_actors`) before it builds a broker here.

dramatiq keeps one event loop thread per process for `async def` actors: run at most one Worker
per process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import dramatiq

from etebar.database import resolve_database_url
from etebar.settings import Settings
from workers.broker import build_broker
from workers.scheduler import Periodic, Scheduler
from workers.signals import on_stop_signals

log = logging.getLogger(__name__)

# How long a stopping worker waits for the messages in progress (actors' time limits are shorter).
STOP_TIMEOUT_SECONDS = 90.0


@dataclass
class InProcessWorker:
    """A running worker (and scheduler) inside another process; `stop()` ends them."""

    broker: dramatiq.Broker
    worker: dramatiq.Worker
    scheduler: Scheduler | None
    _stopped: bool = field(default=False, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def stop(self, timeout_seconds: float = STOP_TIMEOUT_SECONDS) -> None:
        """Stop the scheduler, then the worker, then close the broker. Blocks; idempotent."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        try:
            if self.scheduler is not None:
                self.scheduler.stop()
            self.worker.stop(timeout=int(timeout_seconds * 1000))
        finally:
            self.broker.close()
        log.info("in-process worker stopped")


def start_worker(broker: dramatiq.Broker, worker_threads: int) -> dramatiq.Worker:
    """Start a dramatiq Worker on `broker`; if it cannot boot, undo what started and re-raise."""
    worker = dramatiq.Worker(broker, worker_threads=worker_threads)
    try:
        worker.start()
    except BaseException:
        # The AsyncIO middleware's loop thread is not a daemon: stop it, or the process hangs.
        worker.stop()
        raise
    return worker


def start_in_process_worker(settings: Settings, database_url: str,
                            jobs: Sequence[Periodic] = ()) -> InProcessWorker:
    """Start the embedded worker and, given periodic `jobs`, the scheduler; see the module."""
    broker = build_broker(settings, database_url)
    try:
        worker = start_worker(broker, settings.worker_threads)
    except BaseException:
        broker.close()
        raise
    running = None
    if jobs:
        running = Scheduler(database_url, jobs)
        running.start()
    log.info("in-process worker started with %d threads", settings.worker_threads)
    return InProcessWorker(broker=broker, worker=worker, scheduler=running)


def run_worker(settings: Settings) -> None:
    """`etebar worker`: run a dramatiq Worker on the configured broker until SIGINT or SIGTERM."""
    database_url = resolve_database_url(settings)
    broker = build_broker(settings, database_url)
    stopping = threading.Event()
    try:
        with on_stop_signals(stopping.set):
            worker = start_worker(broker, settings.worker_threads)
            log.info("worker running with %d threads; SIGINT or SIGTERM stops it",
                     settings.worker_threads)
            try:
                # A timed wait, so the signal handler gets its turn on every platform.
                while not stopping.wait(0.5):
                    pass
            finally:
                worker.stop(timeout=int(STOP_TIMEOUT_SECONDS * 1000))
    finally:
        broker.close()
