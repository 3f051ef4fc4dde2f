"""Commit → subscriber latency of balance-change pushes, with 1,000 subscribers in one process.

    python -m tests.bench.push [--url postgres://postgres@127.0.0.1:5432/] [--subscribers 1000]

It creates a database of its own (as `tests/bench/ledger.py`), starts the relay with the
in-process bus (LISTEN/NOTIFY wake-up, the server's configuration), opens `--subscribers`
subscriptions through `models.events.stream.balance_changes` (the machinery `balanceChanged`
runs; no websockets), each on one of `--accounts` accounts, then makes `--transfers` transfers,
one at a time, each crediting one of those accounts. For every delivered change it measures the
time from the transfer's commit (when `create_transfers` returned) to the subscriber receiving it.
It checks every subscriber got every change of its account, once, in order, prints p50/p99/max,
and writes them into RESULTS.md between the `push:begin` / `push:end` markers (the ledger
benchmark's block is left alone). Target: p99 ≤ 200 ms.

Not a test: pytest collects only `test_*.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import platform
import statistics
import time
import uuid

from tortoise import Tortoise

from etebar.database import migrate, tortoise_config
from models.events.relay import Events
from models.events.stream import balance_changes
from models.ledger.accounts import AccountRequest, create_accounts, ensure_ledgers
from models.ledger.posting import TransferRequest, create_transfers
from tests.bench.ledger import connect, server_url, with_database
from tests.bench.results import RESULTS, write_section


async def bench(args: argparse.Namespace) -> list[str]:
    url = server_url(args.url)
    name = f"etebar_push_{uuid.uuid4().hex[:8]}"
    admin = await connect(url)
    await admin.execute(f'CREATE DATABASE "{name}"')
    db_url = with_database(url, name)
    events: Events | None = None
    try:
        config = tortoise_config(db_url, pool_size=10)
        await migrate(config)
        await Tortoise.close_connections()
        await Tortoise.init(config=config, _enable_global_fallback=True)
        await ensure_ledgers()
        accounts = [a.id for a in await create_accounts(
            [AccountRequest(ledger="IRR", code="bench") for _ in range(args.accounts + 1)])]
        source, targets = accounts[0], accounts[1:]
        events = await Events(db_url, None).start()

        committed: dict[tuple[int, int], float] = {}
        arrivals: list[tuple[int, int, float]] = []
        received: list[list[int]] = [[] for _ in range(args.subscribers)]
        ready = 0
        all_ready = asyncio.Event()

        async def subscriber(index: int, account_id: int, expected: int) -> None:
            nonlocal ready
            stream = balance_changes(events.bus, {account_id: None})
            first = asyncio.ensure_future(anext(stream))
            await asyncio.sleep(0)
            ready += 1
            if ready == args.subscribers:
                all_ready.set()
            change = await first
            while True:
                arrivals.append((account_id, change.sequence, time.perf_counter()))
                received[index].append(change.sequence)
                if len(received[index]) == expected:
                    break
                change = await anext(stream)
            await stream.aclose()

        per_account = [0] * len(targets)
        for i in range(args.transfers):
            per_account[i % len(targets)] += 1
        tasks = [asyncio.create_task(subscriber(i, targets[i % len(targets)],
                                                per_account[i % len(targets)]))
                 for i in range(args.subscribers)]
        await all_ready.wait()
        await asyncio.sleep(0.5)  # every subscription has read its account's version
        started = time.perf_counter()
        for i in range(args.transfers):
            target = targets[i % len(targets)]
            await create_transfers([TransferRequest(
                idempotency_key=f"push:{i}", code="bench", amount=1, debit_account_id=source,
                credit_account_id=target)])
            committed[(target, i // len(targets) + 1)] = time.perf_counter()
            await asyncio.sleep(args.interval)
        await asyncio.wait_for(asyncio.gather(*tasks), 60)
        elapsed = time.perf_counter() - started

        for index, seqs in enumerate(received):
            expected = per_account[index % len(targets)]
            assert seqs == list(range(1, expected + 1)), (index, seqs)
        # A change can arrive before `create_transfers` has returned to this task: that is 0 ms.
        ms = sorted(max(0.0, at - committed[(a, seq)]) * 1000 for a, seq, at in arrivals)
        p50, p99 = statistics.median(ms), ms[int(len(ms) * 0.99) - 1]
        return [
            f"Run of {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M UTC}: `python -m tests.bench.push` "
            f"with {args.subscribers:,} subscribers on {args.accounts} accounts, "
            f"{args.transfers} transfers one at a time ({args.interval * 1000:g} ms apart), "
            f"relay on LISTEN/NOTIFY, in-process bus; Python {platform.python_version()}.",
            "",
            "| deliveries | p50 | p99 | max | run |",
            "|---|---|---|---|---|",
            f"| {len(ms):,} | {p50:.1f} ms | {p99:.1f} ms | {ms[-1]:.1f} ms | {elapsed:.1f} s |",
            "",
            f"Every subscriber received every change of its account once, in order. "
            f"Target p99 ≤ 200 ms: {'met' if p99 <= 200 else 'NOT met'}.",
        ]
    finally:
        if events is not None:
            await events.stop()
        await Tortoise.close_connections()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url")
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--accounts", type=int, default=50)
    parser.add_argument("--transfers", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.01)
    parser.add_argument("--no-write", dest="write", action="store_false")
    args = parser.parse_args()
    lines = asyncio.run(bench(args))
    print("\n".join(lines))
    if args.write:
        write_section("push", "## Push: commit → subscriber latency", lines)
        print(f"figures written to {RESULTS}")


if __name__ == "__main__":
    main()
