"""The ledger's posting benchmark, against a raw-asyncpg baseline measured in the same run.

    python -m tests.bench.ledger [--url postgres://postgres@127.0.0.1:5432/] [--concurrency 16]
    python tests/bench/ledger.py --help

It creates a database of its own on the server (`--url`, else `ETEBAR_BENCH_DATABASE_URL`, else
`ETEBAR_TEST_DATABASE_URL`, else the local server), applies the committed migrations, funds
`--accounts` customer wallets (`debits_must_not_exceed_credits`) from the IRR opening-balances
account, runs every case with the same number of concurrent asyncio workers (each case's own
calls, back to back) over pools of the same size, checks `verify_ledger()`, drops the database
and writes the figures into RESULTS.md beside this file (between the `bench:begin` / `bench:end`
markers; the prose around them is kept). About 80 s with the defaults.

Cases (random pairs of those wallets throughout, so a and b move money between the same kind of
accounts, both of them locked; one transfer is one call unless said otherwise):
  a       raw asyncpg, the minimum SQL for one transfer in one transaction: lock both wallets
          `FOR UPDATE` in id order, check the debit wallet's balance, insert the transfer, update
          both totals, insert both outbox events (sequence = version + 1), commit.
  b       `create_transfers([one])`.
  c       `create_transfers([... 1,000 ...])`.
  d       like b, but every transfer credits the IRR revenue account (unconstrained, one hot row).
  a_hot   like a, but crediting the hot revenue account (informative: the raw SQL's own limit
          on one hot row, to read d against).

Not a test: pytest collects only `test_*.py`, and nothing here is named so.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import os
import platform
import random
import re
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import asyncpg
from tortoise import Tortoise

from etebar.database import credentials, migrate, tortoise_config
from models.ledger.accounts import ensure_ledgers, system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account
from models.ledger.verify import verify_ledger

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
FUNDING = 10**12  # rials per wallet: no transfer in the run can exhaust it
AMOUNT_MAX = 10_000

TARGETS = {"b/a": 0.7, "c": 10_000.0, "d/b": 0.8}


# --------------------------------------------------------------------------------------------
# Running a case


@dataclass(slots=True)
class CaseResult:
    name: str
    title: str
    calls: int = 0
    transfers: int = 0
    seconds: float = 0.0
    client_cpu: float = 0.0  # this process's CPU seconds while measuring
    server_cpu: float = 0.0  # CPU seconds of this database's PostgreSQL backends, likewise
    rollbacks: int = 0  # transactions rolled back (retries, key races), warm-up included
    deadlocks: int = 0
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def tps(self) -> float:
        return self.transfers / self.seconds if self.seconds else 0.0

    @property
    def client_us_per_transfer(self) -> float:
        return self.client_cpu / self.transfers * 1e6 if self.transfers else float("nan")

    @property
    def server_us_per_transfer(self) -> float:
        return self.server_cpu / self.transfers * 1e6 if self.transfers else float("nan")

    def quantile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


Call = Callable[[int, int], Awaitable[int]]  # (worker, call number) -> transfers posted
_CALLS = itertools.count()  # call numbers, unique in the run: they make the idempotency keys


def _proc_ticks(pid: int) -> int | None:
    """User plus system CPU ticks of a process, or None when it is gone (or not ours to see)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])


class ServerCpu:
    """CPU time of one database's backends, from /proc (when the server runs on this machine)."""

    def __init__(self, admin: asyncpg.Connection, database: str) -> None:
        self.admin = admin
        self.database = database
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    async def counters(self) -> tuple[int, int]:
        row = await self.admin.fetchrow(
            "SELECT xact_rollback, deadlocks FROM pg_stat_database WHERE datname = $1",
            self.database)
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def sample(self) -> dict[int, float]:
        pids = await self.admin.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1", self.database)
        seen: dict[int, float] = {}
        for (pid,) in pids:
            ticks = _proc_ticks(pid)
            if ticks is not None:
                seen[pid] = ticks / self.tick
        return seen

    @staticmethod
    def spent(before: dict[int, float], after: dict[int, float]) -> float:
        return sum(t - before.get(pid, t) for pid, t in after.items())


async def drive(result: CaseResult, call: Call, *, concurrency: int, duration: float,
                warmup: float, server: ServerCpu) -> None:
    """`concurrency` workers call `call` back to back for `warmup + duration` seconds.

    What counts is the window after the warm-up: the calls that end inside it (their transfers
    and latencies) and the CPU spent inside it, so calls much longer than the window's start-up
    (case c) are measured in their steady state. Adds to `result`, so a case can be measured in
    rounds interleaved with the others (background load then weighs on every case alike).
    """
    await asyncio.sleep(0.6)  # the server's statistics lag by up to half a second
    counters_from = await server.counters()
    start = time.perf_counter()
    measure_from = start + warmup
    deadline = measure_from + duration

    async def worker(w: int) -> None:
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            posted = await call(w, next(_CALLS))
            t1 = time.perf_counter()
            if measure_from <= t1 <= deadline:
                result.calls += 1
                result.transfers += posted
                result.latencies_ms.append((t1 - t0) * 1000)

    async def sampler() -> None:
        await asyncio.sleep(max(0.0, measure_from - time.perf_counter()))
        cpu_from, server_from = time.process_time(), await server.sample()
        await asyncio.sleep(max(0.0, deadline - time.perf_counter()))
        result.client_cpu += time.process_time() - cpu_from
        result.server_cpu += ServerCpu.spent(server_from, await server.sample())

    await asyncio.gather(sampler(), *(worker(w) for w in range(concurrency)))
    await asyncio.sleep(0.6)
    rollbacks, deadlocks = await server.counters()
    result.rollbacks += rollbacks - counters_from[0]
    result.deadlocks += deadlocks - counters_from[1]
    result.seconds += duration


# --------------------------------------------------------------------------------------------
# (a) the raw asyncpg baseline

_RAW_LOCK = """
    SELECT id, ledger_id, closed, debits_must_not_exceed_credits, credits_must_not_exceed_debits,
           credit_limit, debits_pending, debits_posted, credits_pending, credits_posted, version
    FROM ledger_account WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE
"""
_RAW_TRANSFER = """
    INSERT INTO ledger_transfer (idempotency_key, request_digest, ledger_id, debit_account_id,
        credit_account_id, amount, code, kind, metadata, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, 'bench', 'single_phase', '{}'::jsonb, $7)
    RETURNING id
"""
_RAW_TOTALS = """
    UPDATE ledger_account AS a
    SET debits_posted = a.debits_posted + v.dpo, credits_posted = a.credits_posted + v.cpo,
        version = a.version + 1
    FROM (VALUES ($1::bigint, $3::bigint, 0::bigint), ($2::bigint, 0::bigint, $3::bigint))
         AS v(id, dpo, cpo)
    WHERE a.id = v.id
"""
_RAW_EVENTS = """
    INSERT INTO ledger_account_event (account_id, sequence, transfer_id, debits_pending,
        debits_posted, credits_pending, credits_posted, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $14), ($8, $9, $3, $10, $11, $12, $13, $14)
"""


class Refused(Exception):
    pass


async def raw_transfer(pool: asyncpg.Pool, key: str, debit: int, credit: int,
                       amount: int) -> None:
    now = dt.datetime.now(dt.UTC)
    async with pool.acquire() as conn, conn.transaction():
        rows = {r[0]: r for r in await conn.fetch(_RAW_LOCK, sorted((debit, credit)))}
        d, c = rows[debit], rows[credit]
        if d[2] or c[2] or d[1] != c[1]:
            raise Refused("closed or ledger mismatch")
        if d[3] and d[6] + d[7] + amount > d[9] + d[5]:
            raise Refused("exceeds credits")
        if c[4] and c[8] + c[9] + amount > c[7] + c[5]:
            raise Refused("exceeds debits")
        transfer_id = await conn.fetchval(_RAW_TRANSFER, key, "-", d[1], debit, credit, amount,
                                          now)
        await conn.execute(_RAW_TOTALS, debit, credit, amount)
        await conn.execute(_RAW_EVENTS,
                           debit, d[10] + 1, transfer_id, d[6], d[7] + amount, d[8], d[9],
                           credit, c[10] + 1, c[6], c[7], c[8], c[9] + amount, now)


# --------------------------------------------------------------------------------------------
# Setup


def server_url(arg: str | None) -> str:
    return (arg or os.environ.get("ETEBAR_BENCH_DATABASE_URL")
            or os.environ.get("ETEBAR_TEST_DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/")


def with_database(url: str, name: str) -> str:
    c = credentials(url)
    if c["host"].startswith("/"):
        return f"postgres://{c['user']}@/{name}?host={c['host']}&port={c['port']}"
    auth = c["user"] + (f":{c['password']}" if c["password"] else "")
    return f"postgres://{auth}@{c['host']}:{c['port']}/{name}"


async def connect(url: str) -> asyncpg.Connection:
    c = credentials(url)
    return await asyncpg.connect(host=c["host"], port=c["port"], user=c["user"],
                                 password=c["password"] or None, database=c["database"])


async def make_wallets(n: int, run: str) -> list[int]:
    """`n` IRR customer wallets, each funded with FUNDING from the opening-balances account."""
    for start in range(0, n, 1000):
        await Account.bulk_create([
            Account(ledger_id="IRR", code="customer_wallet", owner=f"bench-{i}",
                    name=f"Bench wallet {i}", debits_must_not_exceed_credits=True, metadata={})
            for i in range(start, min(n, start + 1000))
        ])
    ids = sorted(cast(list[int], await Account.filter(code="customer_wallet", ledger_id="IRR")
                      .values_list("id", flat=True)))
    opening = await system_account("IRR", SystemAccount.OPENING_BALANCES)
    for start in range(0, len(ids), 1000):
        await create_transfers([
            TransferRequest(f"{run}-fund-{i}", "opening_balance", FUNDING, opening.id, i)
            for i in ids[start:start + 1000]
        ])
    return ids


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        m = re.search(r"MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text())
        if m:
            ram = f"{int(m.group(1)) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"cpu": cpu, "cores": str(os.cpu_count()), "ram": ram,
            "python": platform.python_version(),
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")}


# --------------------------------------------------------------------------------------------
# The run


async def bench(args: argparse.Namespace) -> int:
    run = uuid.uuid4().hex[:8]
    url = server_url(args.url)
    name = f"etebar_bench_{run}"
    admin = await connect(url)
    await admin.execute(f'CREATE DATABASE "{name}"')
    for setting in args.pg_set:  # experiments: settings for this database's sessions only
        key, _, value = setting.partition("=")
        if not re.fullmatch(r"[a-z_.]+", key):
            raise SystemExit(f"bad setting name {key!r}")
        await admin.execute(f'ALTER DATABASE "{name}" SET {key} = {quote_literal(value)}')
    db_url = with_database(url, name)
    pool: asyncpg.Pool | None = None
    try:
        config = tortoise_config(db_url, pool_size=args.pool)
        await migrate(config)
        await Tortoise.close_connections()
        await Tortoise.init(config=config, _enable_global_fallback=True)
        info = machine()
        info["postgres"] = str(await admin.fetchval("SHOW server_version"))
        settings = {r[0]: r[1] for r in await admin.fetch(
            "SELECT name, current_setting(name) FROM pg_settings WHERE name = ANY($1::text[])",
            ["synchronous_commit", "fsync", "shared_buffers", "max_connections",
             "max_locks_per_transaction"])}
        info["postgres settings"] = ", ".join(f"{k}={v}" for k, v in sorted(settings.items()))

        await ensure_ledgers()
        t0 = time.perf_counter()
        wallets = await make_wallets(args.accounts, run)
        print(f"setup: {len(wallets)} funded wallets in {time.perf_counter() - t0:.1f} s")
        # The steady state of a live database, where autovacuum has analysed the tables: plans
        # made while they were empty would otherwise linger in every connection's cache.
        conn = await connect(db_url)
        await conn.execute("VACUUM ANALYZE")
        await conn.close()
        hot = (await system_account("IRR", SystemAccount.REVENUE)).id

        c = credentials(db_url)
        pool = await asyncpg.create_pool(
            host=c["host"], port=c["port"], user=c["user"], password=c["password"] or None,
            database=c["database"], min_size=args.pool, max_size=args.pool)
        assert pool is not None
        raw_pool = pool
        rngs = [random.Random(args.seed * 1000 + w) for w in range(args.concurrency)]

        def pair(w: int) -> tuple[int, int]:
            debit, credit = rngs[w].sample(wallets, 2)
            return debit, credit

        def amount(w: int) -> int:
            return rngs[w].randint(1, AMOUNT_MAX)

        async def case_a(w: int, n: int) -> int:
            debit, credit = pair(w)
            await raw_transfer(raw_pool, f"{run}-a-{w}-{n}", debit, credit, amount(w))
            return 1

        async def case_a_hot(w: int, n: int) -> int:
            debit = rngs[w].choice(wallets)
            await raw_transfer(raw_pool, f"{run}-ah-{w}-{n}", debit, hot, amount(w))
            return 1

        async def case_b(w: int, n: int) -> int:
            debit, credit = pair(w)
            await create_transfers([TransferRequest(f"{run}-b-{w}-{n}", "bench", amount(w),
                                                    debit, credit)])
            return 1

        async def case_c(w: int, n: int) -> int:
            batch = []
            for i in range(args.batch):
                debit, credit = pair(w)
                batch.append(TransferRequest(f"{run}-c-{w}-{n}-{i}", "bench", amount(w),
                                             debit, credit))
            await create_transfers(batch)
            return len(batch)

        async def case_d(w: int, n: int) -> int:
            debit = rngs[w].choice(wallets)
            await create_transfers([TransferRequest(f"{run}-d-{w}-{n}", "bench", amount(w),
                                                    debit, hot)])
            return 1

        cases: dict[str, tuple[str, Call]] = {
            "a": ("raw asyncpg, 1 transfer per transaction", case_a),
            "b": ("create_transfers, 1 per call", case_b),
            "c": (f"create_transfers, {args.batch} per call", case_c),
            "d": ("create_transfers, 1 per call, hot credit account", case_d),
            "a_hot": ("raw asyncpg, 1 per transaction, hot credit account", case_a_hot),
        }
        server = ServerCpu(admin, name)
        results = {key: CaseResult(key, cases[key][0]) for key in args.cases}
        for round_ in range(args.rounds):
            for key in args.cases:
                if key == "c" and round_ < args.rounds - 1:
                    continue  # its calls last seconds: one window of the whole duration, last
                long = key == "c"
                await drive(results[key], cases[key][1], concurrency=args.concurrency,
                            duration=args.duration if long else args.duration / args.rounds,
                            warmup=max(args.warmup, 2.0) if long else args.warmup,
                            server=server)
                r = results[key]
                print(f"round {round_ + 1} ({key}) {r.title}: {r.tps:,.0f} transfers/s, "
                      f"p50 {r.quantile(0.5):.2f} ms, p99 {r.quantile(0.99):.2f} ms, "
                      f"CPU/transfer: client {r.client_us_per_transfer:,.0f} µs, "
                      f"server {r.server_us_per_transfer:,.0f} µs; rollbacks {r.rollbacks}, "
                      f"deadlocks {r.deadlocks}", flush=True)

        problems = await verify_ledger()
        print(f"verify_ledger(): {problems}")
        lines = report(args, info, results, problems)
        print("\n".join(lines))
        if args.write:
            write_results(lines)
            print(f"figures written to {RESULTS}")
        return 1 if problems else 0
    finally:
        if pool is not None:
            await pool.close()
        await Tortoise.close_connections()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def report(args: argparse.Namespace, info: dict[str, str], results: dict[str, CaseResult],
           problems: list[Any]) -> list[str]:
    lines = [
        f"Run of {info['date']}: `python -m tests.bench.ledger` with {args.concurrency} "
        f"concurrent workers, pools of {args.pool} connections, {args.accounts:,} funded "
        f"customer wallets (`debits_must_not_exceed_credits`), {args.duration:g} s per case "
        f"in {args.rounds} interleaved rounds, each after {args.warmup:g} s of warm-up"
        + (f", database settings {', '.join(args.pg_set)}" if args.pg_set else "") + ".",
        "",
        f"- machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM",
        f"- PostgreSQL {info['postgres']} on the same machine ({info['postgres settings']})",
        f"- Python {info['python']}",
        "",
        "| case | what | transfers/s | p50 ms/call | p99 ms/call | calls "
        "| CPU µs/transfer: client | server | rollbacks |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key in ("a", "b", "c", "d", "a_hot"):
        if key in results:
            r = results[key]
            lines.append(f"| {key} | {r.title} | {r.tps:,.0f} | {r.quantile(0.5):.2f} | "
                         f"{r.quantile(0.99):.2f} | {r.calls:,} "
                         f"| {r.client_us_per_transfer:,.0f} | {r.server_us_per_transfer:,.0f} "
                         f"| {r.rollbacks:,} |")
    lines.append("")
    lines.append("| measure | value | target | |")
    lines.append("|---|---:|---:|---|")

    def row(label: str, value: float | None, target: float, fmt: str) -> None:
        if value is None:
            return
        ok = "met" if value >= target else "**missed**"
        lines.append(f"| {label} | {value:{fmt}} | ≥ {target:{fmt}} | {ok} |")

    a, b, c, d = (results.get(k) for k in "abcd")
    row("(b)/(a)", b.tps / a.tps if a and b and a.tps else None, TARGETS["b/a"], ".2f")
    row("(c) transfers/s", c.tps if c else None, TARGETS["c"], ",.0f")
    row("(d)/(b)", d.tps / b.tps if b and d and b.tps else None, TARGETS["d/b"], ".2f")
    a_hot = results.get("a_hot")
    if a and a_hot and a.tps:
        lines.append(f"| (a_hot)/(a), for reference | {a_hot.tps / a.tps:.2f} | | |")
    lines.append("")
    lines.append("Transfers/s count the calls that ended inside each measured window; CPU is "
                 "what this process (client) and the bench database's backends (server, from "
                 "/proc) spent inside it, per transfer. Case c is measured in one window of the "
                 "whole duration after 2 s of warm-up, the others in the interleaved rounds.")
    lines.append("")
    lines.append(f"`verify_ledger()` after the run: `{problems!r}`")
    return lines


def write_results(lines: list[str]) -> None:
    block = "\n".join([BEGIN, *lines, END])
    if RESULTS.exists():
        text = RESULTS.read_text()
        if BEGIN in text and END in text:
            head, rest = text.split(BEGIN, 1)
            _, tail = rest.split(END, 1)
            RESULTS.write_text(head + block + tail)
            return
        RESULTS.write_text(text.rstrip() + "\n\n" + block + "\n")
        return
    RESULTS.write_text("# Ledger benchmark\n\n## Latest run\n\n" + block + "\n")


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.bench.ledger", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", help="the PostgreSQL server (a database of its own is made on it); "
                   "default $ETEBAR_BENCH_DATABASE_URL, $ETEBAR_TEST_DATABASE_URL or "
                   "postgres://postgres@127.0.0.1:5432/")
    p.add_argument("--concurrency", type=int, default=16, help="concurrent workers (16)")
    p.add_argument("--pool", type=int, default=None,
                   help="connections in each pool (default: the concurrency)")
    p.add_argument("--duration", type=float, default=8.0,
                   help="measured seconds per case, over all rounds (8)")
    p.add_argument("--rounds", type=int, default=2,
                   help="rounds: the cases run interleaved, each round a share of the time (2)")
    p.add_argument("--warmup", type=float, default=0.5,
                   help="unmeasured seconds before each case in each round (0.5)")
    p.add_argument("--accounts", type=int, default=10_000, help="funded wallets (10,000)")
    p.add_argument("--batch", type=int, default=1000, help="transfers per call in (c) (1,000)")
    p.add_argument("--cases", default="a,b,d,c,a_hot",
                   help="which cases, in this order (a,b,d,c,a_hot)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--pg-set", action="append", default=[], metavar="NAME=VALUE",
                   help="a PostgreSQL setting for the bench database (experiments; repeatable)")
    p.add_argument("--no-write", dest="write", action="store_false",
                   help="do not update RESULTS.md")
    args = p.parse_args(argv)
    args.pool = args.pool or args.concurrency
    args.cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = set(args.cases) - {"a", "b", "c", "d", "a_hot"}
    if unknown:
        p.error(f"unknown cases: {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(bench(parse(argv)))


if __name__ == "__main__":
    sys.exit(main())
