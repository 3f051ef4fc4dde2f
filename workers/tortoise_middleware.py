"""A dramatiq middleware that gives a worker's actors a Tortoise context of their own.

dramatiq's `AsyncIO` middleware runs every `async def` actor on one event loop thread; the worker
threads only submit coroutines to it and wait. Tortoise 1.x keeps its state in a context variable,
and asyncpg pools belong to the loop that created them, so:

- `before_worker_boot` (after `AsyncIO`'s, which started the loop): create a `TortoiseContext` and
  initialise it *on the loop thread*, so its pool belongs to that loop, and *as the current
  context* there (see `_init_as_current`: otherwise it disturbs the app's). The context is not made
  the process's global fallback: the web app's context may already be that (embedded mode runs the
  worker inside `etebar serve`), and only one may exist per process.
- `after_worker_thread_boot`: make the context current in each worker thread. A coroutine submitted
  from a thread with `run_coroutine_threadsafe` runs in a copy of that thread's context variables,
  so every actor sees the worker's context and never the web app's.
- `after_worker_shutdown`: close the pool on the loop. Not `before_worker_shutdown`: that signal
  comes before dramatiq joins the worker threads, while an actor may still be finishing a message.
  After-signals run in reverse middleware order, so this runs before `AsyncIO` stops the loop.

Add it after `AsyncIO` (`workers.broker` does).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from dramatiq.asyncio import EventLoopThread, get_event_loop_thread
from dramatiq.middleware import Middleware, MiddlewareError
from tortoise.context import TortoiseContext

if TYPE_CHECKING:
    from dramatiq import Broker, Worker
    from dramatiq.worker import WorkerThread

log = logging.getLogger(__name__)


class TortoiseBootError(MiddlewareError):
    """The worker could not start its Tortoise context; the worker must not start without it.

    A `MiddlewareError`, because dramatiq only logs other exceptions raised in a middleware hook
    and would go on booting a worker whose every actor fails."""


async def _init_as_current(context: TortoiseContext, config: dict[str, Any]) -> None:
    # `init` finalises the models, which looks up their connection through the *current*
    # context. Without this `with`, that is the app's global fallback, whose connection belongs
    # to the app's loop: Tortoise would then replace the app's connection with one on this loop.
    # The `with` sets the context variable for this task only.
    with context:
        await context.init(config=config)


class TortoiseMiddleware(Middleware):
    """One Tortoise context per worker, initialised on the AsyncIO middleware's loop."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.context: TortoiseContext | None = None

    def _loop_thread(self) -> EventLoopThread:
        loop_thread = get_event_loop_thread()
        if loop_thread is None:
            raise TortoiseBootError("TortoiseMiddleware needs the AsyncIO middleware before it")
        return loop_thread

    def before_worker_boot(self, broker: Broker, worker: Worker) -> None:
        context = TortoiseContext()
        try:
            self._loop_thread().run_coroutine(_init_as_current(context, self.config))
        except TortoiseBootError:
            raise
        except Exception as error:
            raise TortoiseBootError(f"could not initialise Tortoise: {error}") from error
        self.context = context
        log.debug("worker Tortoise context ready")

    def after_worker_thread_boot(self, broker: Broker, thread: WorkerThread) -> None:
        if self.context is not None:
            # `with context:` sets the context variable for the calling thread. The token it keeps
            # is per instance and is overwritten by each thread, so it is never `__exit__`ed:
            # a worker thread's context variables end with the thread.
            self.context.__enter__()

    def after_worker_shutdown(self, broker: Broker, worker: Worker) -> None:
        context, self.context = self.context, None
        loop_thread = get_event_loop_thread()
        if context is None or loop_thread is None:
            return
        try:
            loop_thread.run_coroutine(context.close_connections())
        except Exception:
            log.warning("closing the worker's Tortoise connections failed", exc_info=True)
