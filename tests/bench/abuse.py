"""What abuse costs the server: the time to refuse each abusive request, and a normal query's
latency while four anonymous clients flood the server with them, beside a baseline measured in
the same run.

    python -m tests.bench.abuse [--url postgres://postgres@127.0.0.1:5432/] [--flood-seconds 15]

It creates a database of its own (as `tests/bench/ledger.py`), migrates it, makes a staff member
with an API token and a customer, and starts a real `etebar serve` on 127.0.0.1 (default limits,
no worker). Then, all traffic to 127.0.0.1 and every loop bounded:

1. baseline: `/healthz` and a normal query (`{ ledgers { code } }` with the staff token),
   `--samples` each, one at a time;
2. refusals, `--samples` of each, one at a time: the measured 17 KB document (1,240
   selections: TOO_MANY_SELECTIONS), the same with a new comment each time (past the parser
   cache), a body declaring 50 MB (413, sent only up to the answer), a chunked 2 MB body (413),
   a staff sign-in for an email locked at this address (SignInLocked), a code request past the
   address's limit (TooManyCodeRequestsError), a public operation past the address's limit
   (RATE_LIMITED); and how long the server keeps a websocket that never sends connection_init;
3. flood: four client processes, each from its own address, send those abusive requests in
   turn, back to back, for `--flood-seconds`, while this process measures the normal query, one
   every 20 ms. Once an address has spent its anonymous requests (120 a minute by default), the
   rest are refused before parsing, as a real attacker's would be.

The server trusts 127.0.0.1 as a proxy (`ETEBAR_API__TRUSTED_PROXIES`), so that each kind of request
and each flooding client can come from an address of its own through `X-Forwarded-For`.

Targets: each refusal under 50 ms (p50), and the normal query's p99 under 100 ms during the flood.
The figures go into RESULTS.md between the `abuse:begin` / `abuse:end` markers.

Not a test: pytest collects only `test_*.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx
import websockets
from tortoise import Tortoise
from websockets.typing import Subprotocol

from etebar.database import migrate, tortoise_config
from models.identity.customers import create_customer
from models.identity.tables import StaffRole
from models.identity.tokens import create_staff, issue_token
from models.ledger.accounts import ensure_ledgers
from tests.bench.ledger import connect, machine, server_url, with_database
from tests.bench.results import RESULTS, write_section

HERE = Path(__file__).resolve().parent
FLOOD = "{" + " ".join(["ledgers { code }"] * 1240) + "}"
NORMAL = "{ ledgers { code } }"
SIGN_IN = ('mutation { staffSignIn(email: "owner@bench.local", password: "wrong password") '
           "{ __typename ... on UserError { code } } }")
CODE = ('mutation { requestSignInCode(mobile: "09121234567") '
        "{ __typename ... on UserError { code } } }")
REFUSAL_TARGET_MS, FLOOD_P99_TARGET_MS = 50.0, 100.0


# --- one abusive request each; each returns what the server answered -----------------------

def _json(client: httpx.Client, query: str) -> str:
    response = client.post("/graphql", json={"query": query})
    body = response.json()
    if body.get("errors"):
        return str(body["errors"][0].get("extensions", {}).get("code"))
    data = next(iter(body["data"].values()))
    if not isinstance(data, dict):
        return "data"
    return str(data.get("code") or data["__typename"])


def _declared_50_mb(port: int) -> str:
    """Headers declaring 50 MB and the first 64 KB; the answer comes before the rest is due."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.9\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n"
                     + b"x" * 65536)
        answer = sock.recv(4096)
    return answer.split(b" ", 2)[1].decode()


def _chunked_2_mb(client: httpx.Client) -> str:
    def chunks() -> Any:
        for _ in range(32):
            yield b"x" * 65536

    return str(client.post("/graphql", content=chunks(),
                           headers={"content-type": "application/json"}).status_code)


def abusive(kind: str, client: httpx.Client, port: int) -> str:
    if kind == "flood document":
        return _json(client, FLOOD)
    if kind == "flood document, a new text each time":  # past the parser cache
        return _json(client, f"{FLOOD} # {uuid.uuid4().hex}")
    if kind == "50 MB declared body":
        return _declared_50_mb(port)
    if kind == "2 MB chunked body":
        return _chunked_2_mb(client)
    if kind == "sign-in, email locked at this address":
        return _json(client, SIGN_IN)
    if kind in ("code request, address over its limit", "public operation over the limit"):
        return _json(client, CODE)
    raise ValueError(kind)


FLOOD_KINDS = ("flood document", "flood document, a new text each time",
               "50 MB declared body", "2 MB chunked body",
               "sign-in, email locked at this address", "code request, address over its limit")


def flood_worker(port: int, address: str, seconds: float, limit: int) -> None:
    """One flooding client: the abusive requests in turn, back to back, until time or count."""
    sent = 0
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30,
                      headers={"X-Forwarded-For": address}) as client:
        while time.monotonic() < deadline and sent < limit:
            abusive(FLOOD_KINDS[sent % len(FLOOD_KINDS)], client, port)
            sent += 1
    print(json.dumps({"sent": sent}))


# --- measuring ---------------------------------------------------------------------------

def timed(call: Callable[[], object], samples: int, pause: float = 0.0) -> tuple[list[float],
                                                                                   set[str]]:
    ms, answers = [], set()
    for _ in range(samples):
        started = time.perf_counter()
        answers.add(str(call()))
        ms.append((time.perf_counter() - started) * 1000)
        if pause:
            time.sleep(pause)
    return ms, answers


def q(ms: list[float], quantile: float) -> float:
    ordered = sorted(ms)
    return ordered[min(len(ordered) - 1, max(0, int(len(ordered) * quantile + 0.5) - 1))]


async def websocket_kept_seconds(port: int) -> tuple[float, int | None]:
    started = time.perf_counter()
    async with websockets.connect(f"ws://127.0.0.1:{port}/graphql",
                                  subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        with contextlib.suppress(websockets.ConnectionClosed):
            await asyncio.wait_for(ws.recv(), 90)
        return time.perf_counter() - started, ws.close_code


# --- set-up --------------------------------------------------------------------------------

async def prepare(db_url: str) -> str:
    config = tortoise_config(db_url, pool_size=5)
    await migrate(config)
    await Tortoise.close_connections()
    await Tortoise.init(config=config, _enable_global_fallback=True)
    try:
        await ensure_ledgers()
        staff = await create_staff("owner@bench.local", "Owner", "correct horse battery",
                                   StaffRole.OWNER)
        await create_customer("09121234567", "Sara")
        token, _ = await issue_token(staff, "bench")
        return token
    finally:
        await Tortoise.close_connections()


def start_server(db_url: str, log: Path, **settings: str) -> tuple[subprocess.Popen[bytes], int]:
    """A real `etebar serve` on a free port of 127.0.0.1 against `db_url`, with no worker;
    `settings` are more ETEBAR_ variables for it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ETEBAR_")}
    env.update(ETEBAR_ENVIRONMENT="test", ETEBAR_DATABASE_URL=db_url,
               ETEBAR_WORKER__RUN_IN_PROCESS="false", ETEBAR_WORKER__BROKER_URL="stub://",
               ETEBAR_HOST="127.0.0.1", ETEBAR_PORT=str(port),
               ETEBAR_API__TRUSTED_PROXIES='["127.0.0.1"]', **settings)
    process = subprocess.Popen([str(Path(sys.executable).with_name("etebar")), "serve"],
                               env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while True:
        if process.poll() is not None:
            raise RuntimeError(log.read_text())
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process, port
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.terminate()
            raise RuntimeError("etebar serve did not become healthy")
        time.sleep(0.25)


def run(args: argparse.Namespace, port: int, token: str) -> list[str]:
    base = f"http://127.0.0.1:{port}"
    staff = httpx.Client(base_url=base, timeout=30, headers={"Authorization": f"Bearer {token}"})
    def stranger(address: str) -> httpx.Client:
        return httpx.Client(base_url=base, timeout=30, headers={"X-Forwarded-For": address})

    anonymous = stranger("192.0.2.1")
    n = args.samples

    def normal() -> str:
        return _json(staff, NORMAL)

    rows: list[tuple[str, list[float], set[str]]] = []
    for _ in range(20):  # warm-up: imports, caches, the pool
        normal()
        anonymous.get("/healthz")
    healthz, _ = timed(lambda: anonymous.get("/healthz").status_code, n)
    baseline, _ = timed(normal, n)

    for number, kind in enumerate(("flood document", "flood document, a new text each time",
                                   "50 MB declared body", "2 MB chunked body")):
        with stranger(f"198.51.100.{number + 1}") as client:  # under its anonymous limit
            ms, answers = timed(partial(abusive, kind, client, port), n)
        rows.append((kind, ms, answers))
    # 127.0.0.1 may call the public operations 30 times a minute; spend them in this order:
    # 5 wrong passwords (argon2 each) lock the email here, 5 refusals are timed; then the
    # address's 3 codes for the number, 10 refusals timed; then calls past the 30, timed.
    for _ in range(5):
        _json(anonymous, SIGN_IN)
    ms, answers = timed(lambda: abusive("sign-in, email locked at this address", anonymous,
                                        port), 5)
    rows.append(("sign-in, email locked at this address", ms, answers))
    for _ in range(3):
        _json(anonymous, CODE)
    ms, answers = timed(lambda: abusive("code request, address over its limit", anonymous,
                                        port), 10)
    rows.append(("code request, address over its limit", ms, answers))
    for _ in range(40):
        if _json(anonymous, CODE) == "RATE_LIMITED":
            break
    ms, answers = timed(lambda: abusive("public operation over the limit", anonymous, port),
                        min(n, 20))
    rows.append(("public operation over the limit", ms, answers))
    kept, close_code = asyncio.run(websocket_kept_seconds(port))

    # The flood: four client processes, bounded in time and count, and the normal query beside.
    workers = [subprocess.Popen([sys.executable, "-m", "tests.bench.abuse", "--flood-worker",
                                 str(port), "--flood-address", f"203.0.113.{i + 1}",
                                 "--flood-seconds", str(args.flood_seconds)],
                                stdout=subprocess.PIPE) for i in range(4)]
    time.sleep(1.0)  # let the flood build up
    during: list[float] = []
    deadline = time.monotonic() + args.flood_seconds - 2
    while time.monotonic() < deadline:
        during.extend(timed(normal, 1)[0])
        time.sleep(0.02)
    sent = sum(json.loads(w.communicate(timeout=120)[0] or b'{"sent": 0}')["sent"]
               for w in workers)
    floods_per_second = sent / args.flood_seconds
    staff.close()
    anonymous.close()

    info = machine()
    load = os.getloadavg()
    lines = [
        f"Run of {info['date']}: `python -m tests.bench.abuse` against `etebar serve` (one "
        f"uvicorn process, default limits, no worker) on 127.0.0.1; {n} samples of each, one at "
        f"a time, each kind from its own client address (named in X-Forwarded-For, 127.0.0.1 "
        f"being a trusted proxy); flood: 4 client processes, each its own address, for "
        f"{args.flood_seconds:g} s.",
        "",
        f"- machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM; Python "
        f"{info['python']}; load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
        f"(1 / 5 / 15 min) when the run ended",
        "",
        "| request | answer | p50 ms | p90 ms | max ms | target |",
        "|---|---|---:|---:|---:|---|",
        f"| baseline: `/healthz` | 200 | {q(healthz, .5):.1f} | {q(healthz, .9):.1f} | "
        f"{max(healthz):.1f} | |",
        f"| baseline: normal query, no flood | data | {q(baseline, .5):.1f} | "
        f"{q(baseline, .9):.1f} | {max(baseline):.1f} | |",
    ]
    for kind, ms, answers in rows:
        verdict = "met" if q(ms, .5) < REFUSAL_TARGET_MS else "**missed**"
        lines.append(f"| {kind} | {', '.join(sorted(answers))} | {q(ms, .5):.1f} | "
                     f"{q(ms, .9):.1f} | {max(ms):.1f} | < {REFUSAL_TARGET_MS:g} ms: {verdict} |")
    p99 = q(during, .99)
    lines += [
        "",
        f"A websocket that sent no `connection_init` was closed after {kept:.2f} s "
        f"(code {close_code}; the setting's default is 5 s).",
        "",
        "| normal query | samples | p50 ms | p99 ms | max ms | target |",
        "|---|---:|---:|---:|---:|---|",
        f"| without flood | {len(baseline)} | {q(baseline, .5):.1f} | {q(baseline, .99):.1f} | "
        f"{max(baseline):.1f} | |",
        f"| during the flood ({floods_per_second:.0f} abusive requests/s) | {len(during)} | "
        f"{q(during, .5):.1f} | {p99:.1f} | {max(during):.1f} | p99 < {FLOOD_P99_TARGET_MS:g} "
        f"ms: {'met' if p99 < FLOOD_P99_TARGET_MS else '**missed**'} |",
    ]
    return lines


async def _database(url: str, name: str, create: bool) -> None:
    admin = await connect(url)
    try:
        if create:
            await admin.execute(f'CREATE DATABASE "{name}"')
        else:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


def bench(args: argparse.Namespace) -> list[str]:
    url = server_url(args.url)
    name = f"etebar_abuse_{uuid.uuid4().hex[:8]}"
    asyncio.run(_database(url, name, create=True))
    db_url = with_database(url, name)
    log = Path(tempfile.gettempdir()) / f"etebar-abuse-{name}.log"
    process = None
    try:
        token = asyncio.run(prepare(db_url))
        process, port = start_server(db_url, log)
        return run(args, port, token)
    finally:
        if process is not None:
            process.terminate()
            process.wait(30)
        asyncio.run(_database(url, name, create=False))




def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--url")
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--flood-seconds", type=float, default=15.0)
    parser.add_argument("--flood-worker", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--flood-address", default="203.0.113.1", help=argparse.SUPPRESS)
    parser.add_argument("--no-write", dest="write", action="store_false")
    args = parser.parse_args()
    if args.flood_worker:
        flood_worker(args.flood_worker, args.flood_address, args.flood_seconds, limit=100_000)
        return
    lines = bench(args)
    print("\n".join(lines))
    if args.write:
        write_section("abuse", "## Abuse: what refusing costs the server", lines)
        print(f"figures written to {RESULTS}")


if __name__ == "__main__":
    main()
