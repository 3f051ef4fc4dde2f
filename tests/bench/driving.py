"""What the benchmarks share: a case's figures (`Result`) and how calls are driven at a given
concurrency (`drive`), and the database server they run against (`server_url`)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass(slots=True)
class Result:
    name: str
    calls: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)

    def per_second(self) -> float:
        return self.calls / self.seconds if self.seconds else 0.0

    def quantile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


async def drive(name: str, calls: list[Callable[[], Awaitable[object]]],
                concurrency: int) -> Result:
    result = Result(name)
    queue = list(reversed(calls))

    async def worker() -> None:
        while queue:
            call = queue.pop()
            started = time.perf_counter()
            await call()
            result.latencies.append(time.perf_counter() - started)
            result.calls += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result


def server_url(arg: str | None) -> str:
    url = (arg or os.environ.get("ETEBAR_BENCH_DATABASE_URL")
           or os.environ.get("ETEBAR_TEST_DATABASE_URL")
           or "postgres://postgres@127.0.0.1:5432/postgres")
    return url.rsplit("/", 1)[0]
