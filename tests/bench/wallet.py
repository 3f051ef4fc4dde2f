"""The credit wallet's benchmark: paying orders from wallets, in the domain and through GraphQL.

    python -m tests.bench.wallet [--url postgres://postgres@127.0.0.1:5432/] [--concurrency 16]

It creates a database of its own on the server (`--url`, else `ETEBAR_BENCH_DATABASE_URL`, else
`ETEBAR_TEST_DATABASE_URL`, else the local server), applies the committed migrations, makes
`--customers` customers each with a funded wallet (a paid lot and a promotional lot, so every
payment draws from two lots: two transfers) and one monthly order per payment to be made, runs
each case with `--concurrency` asyncio workers, checks `verify_ledger()`, drops the database and
writes the figures into RESULTS.md beside this file (between `wallet:begin` / `wallet:end`).

Cases (one call pays one order in full: the order row locked, the wallet row locked, its lots
planned, two transfers, the payment and the spend recorded, in one transaction):
  pay_many     `pay_order` on orders of many customers at once.
  pay_one      `pay_order` on orders of one customer at once: one wallet's spends are planned one
               after the other under its row lock, so this is the hot-wallet ceiling.
  credit       `credit_paid` (a verified top-up's credit) to many customers.
  graphql_pay  `payOrder` through the GraphQL API (ASGI in process, a customer session each),
               many customers: the API's own cost on top of pay_many.

No targets are set for these in issue 4; the figures are recorded to compare later runs.
Not a test: pytest collects only `test_*.py`, and nothing here is named so.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import sys
import uuid
from functools import partial
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import asyncpg
import httpx
from tortoise import Tortoise

from etebar.database import migrate, tortoise_config
from etebar.server import build_app
from models.billing.orders import pay_order, place_order
from models.billing.products import create_product
from models.billing.tables import BillingCycle
from models.identity.customers import create_customer, open_session
from models.identity.tables import Customer
from models.ledger.accounts import ensure_ledgers, system_account
from models.ledger.codes import SystemAccount
from models.ledger.verify import verify_ledger
from models.platform.settings import Settings
from models.wallet import wallets
from tests.bench.driving import Result, drive, server_url
from tests.bench.results import write_section

HERE = Path(__file__).resolve().parent
PRICE = 1_000
PAY = """
mutation Pay($orderId: ID!, $key: String!) {
  payOrder(orderId: $orderId, idempotencyKey: $key) { __typename }
}
"""


async def _customers(count: int, promo_expiry: dt.datetime) -> list[int]:
    clearing = (await system_account("IRR", SystemAccount.GATEWAY_CLEARING)).id
    promotions = (await system_account("IRR", SystemAccount.PROMOTIONS)).id
    ids = []
    for i in range(count):
        customer = await create_customer(f"0935{i:07d}", f"Bench {i}")
        await wallets.credit_paid(customer.id, 10**9, clearing, f"bench-fund-{i}")
        await wallets.grant_promotional(customer.id, 300, promo_expiry, promotions,
                                        f"bench-promo-{i}")
        ids.append(customer.id)
    return ids


async def run(args: argparse.Namespace) -> list[str]:
    server = server_url(args.url)
    name = f"etebar_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(f"{server}/postgres")
    await admin.execute(f'CREATE DATABASE "{name}"')
    results: list[Result] = []
    try:
        config = tortoise_config(f"{server}/{name}", pool_size=args.concurrency + 4)
        await migrate(config)
        await Tortoise.close_connections()
        await Tortoise.init(config=config, _enable_global_fallback=True)
        await ensure_ledgers()
        expiry = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
        customers = await _customers(args.customers, expiry)
        product = await create_product("ماهانه", "Monthly", PRICE, BillingCycle.MONTHLY)
        n = args.payments

        async def orders_for(owners: list[int]) -> list[tuple[int, int]]:
            return [(c, (await place_order(c, product.id)).id) for c in owners]

        many = await orders_for([customers[i % len(customers)] for i in range(n)])
        results.append(await drive("pay_many", [
            partial(pay_order, c, o, f"bench-{o}") for c, o in many],
            args.concurrency))
        one = await orders_for([customers[0]] * n)
        results.append(await drive("pay_one", [
            partial(pay_order, c, o, f"bench-{o}") for c, o in one],
            args.concurrency))
        clearing = (await system_account("IRR", SystemAccount.GATEWAY_CLEARING)).id
        results.append(await drive("credit", [
            partial(wallets.credit_paid, customers[i % len(customers)], 500, clearing,
                    f"bench-credit-{i}") for i in range(n)],
            args.concurrency))
        app = build_app(Settings(environment="test", database_url=f"{server}/{name}"),
                        manage_database=False, run_worker=False, with_admin=False)
        tokens = {}
        for c in customers:
            tokens[c] = await open_session(await Customer.get(id=c), 3600)
        graph = await orders_for([customers[i % len(customers)] for i in range(n)])
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://bench") as client:

            async def pay_over_api(c: int, o: int) -> None:
                response = await client.post("/graphql", json={
                    "query": PAY, "variables": {"orderId": str(o), "key": f"api-{o}"}},
                    headers={"Authorization": f"Bearer {tokens[c]}"})
                kind = response.json()["data"]["payOrder"]["__typename"]
                assert kind == "OrderPaid", response.text

            results.append(await drive("graphql_pay", [
                partial(pay_over_api, c, o) for c, o in graph], args.concurrency))
        problems = await verify_ledger()
        assert problems == [], problems
    finally:
        await Tortoise.close_connections()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    machine = platform.processor() or platform.machine()
    lines = [f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine}, "
             f"{os.cpu_count()} CPUs, Python {platform.python_version()}; {args.customers} "
             f"customers, {args.payments} calls per case, concurrency {args.concurrency}; "
             "`verify_ledger()` clean after the run.", "",
             "| case | calls/s | p50 ms | p99 ms |", "|---|---:|---:|---:|"]
    lines += [f"| {r.name} | {r.per_second():,.0f} | {r.quantile(0.5):.1f} | "
              f"{r.quantile(0.99):.1f} |" for r in results]
    return lines




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a PostgreSQL server URL (any database name)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--payments", type=int, default=2000, help="calls per case")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    lines = asyncio.run(run(args))
    print("\n".join(lines))
    if not args.no_write:
        write_section("wallet", "## Wallet (`python -m tests.bench.wallet`)", lines)


if __name__ == "__main__":
    main()
