"""The loyalty clubs' benchmark: rule evaluation, and committing purchases beside
`create_transfers` one per call, in the same run.

    python -m tests.bench.loyalty [--url postgres://postgres@127.0.0.1:5432/] [--concurrency 32]

It creates a database of its own on the server (`--url`, else `ETEBAR_BENCH_DATABASE_URL`, else
`ETEBAR_TEST_DATABASE_URL`, else the local server), applies the committed migrations, and makes
one club with `--merchants` merchants (100), `--members` members (10,000) each with a bank card,
and `--rules` active rules (1,000: ten per merchant, each a condition on the merchant and an
amount threshold, giving points, a discount, club credit or a lottery entry), so a purchase of a
random amount at a random merchant earns one to four rewards and, with its settlement share,
has 3 to 5 legs on the ledger (the mean is printed). Then, with `--concurrency` asyncio workers:

  evaluate     `evaluate` of a random purchase against its merchant's candidate rules, one call
               at a time: the rules' cost per purchase (target p99 ≤ 1 ms).
  candidates   `candidate_rules` of a random merchant (the index warm; it reads the club's
               rules revision from the database on every call).
  b            `create_transfers`, one transfer per call, between random funded accounts (the
               ledger bench's case b), the yardstick.
  commit       `commit_purchase` of a random member at a random merchant: member lookup by id,
               the rules, budgets, lots, every leg in one batch with the purchase's rows
               (target ≥ 0.5 × b in calls per second).
  commit_alone `commit_purchase` one call at a time: what one commit costs without waiting.
  commit_standing the commit case again with tiers (a three-tier ladder) and referrals (every
               member in a chain of three levels) on; statistics are kept in every case.
  graphql      `commitPurchase` through the GraphQL API in this process (ASGI, a terminal key per
               merchant): the API's cost on top of commit.
  server_trivial an authenticated `{ __typename }` against a real `etebar serve` process (one
               uvicorn process, no worker, rate limits raised) over HTTP: that server's floor.
  server_commit  `commitPurchase` against the same server in the same run.

It checks `verify_ledger()`, drops the database and writes the figures into RESULTS.md beside
this file (between `loyalty:begin` / `loyalty:end`). Not a test: pytest collects only `test_*.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import random
import sys
import tempfile
import time
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
from models.identity.callers import CallerKind, Identity
from models.identity.customers import create_customer
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffRole
from models.ledger.accounts import AccountRequest, create_accounts, ensure_ledgers, system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Transfer
from models.ledger.verify import verify_ledger
from models.loyalty import cards
from models.loyalty.codes import Channel, RewardKind, RuleStatus
from models.loyalty.evaluation import candidate_rules, evaluate
from models.loyalty.facts import PurchaseFacts
from models.loyalty.purchases import REFERENCE_TYPE, PurchaseRequest, commit_purchase
from models.loyalty.referrals import ReferralTerms, code_of, refer, set_referral_settings
from models.loyalty.rules import RuleDraft, create_rule, set_rule_status
from models.loyalty.tables import Club, ClubMerchant, Member
from models.loyalty.terminals import create_terminal, issue_key
from models.loyalty.tiers import TierSpec, set_ladder
from models.platform.settings import Settings
from tests.bench.abuse import start_server
from tests.bench.driving import Result, drive, server_url
from tests.bench.results import write_section

HERE = Path(__file__).resolve().parent
PLATFORM = Identity(kind=CallerKind.STAFF, name="bench", staff_id=0, role=StaffRole.OWNER)
COMMIT = """
mutation($input: PurchaseInput!) {
  commitPurchase(input: $input) { __typename }
}
"""
EFFECTS = (
    [{"kind": "points", "per_rials": 10_000, "points": 1}],
    [{"kind": "discount", "percent_bp": 200, "cap": 20_000}],
    [{"kind": "club_credit", "percent_bp": 100, "expires_in_days": 30}],
    [{"kind": "lottery", "per_rials": 500_000, "entries": 1}],
)


def _card(n: int) -> str:
    """A Luhn-valid 16-digit card number of its own for member `n`."""
    body = f"603799{n:09d}"
    total = 0
    for i, digit in enumerate(reversed(body)):
        d = int(digit)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


async def _club(args: argparse.Namespace) -> tuple[Club, list[int], list[int]]:
    owner = await create_partner("Bench club owner", PartnerKind.CLUB_OWNER)
    club = await Club.create(owner_id=owner.id, name="Bench club", point_value=10,
                             rewards=[kind.value for kind in RewardKind])
    merchants = []
    for m in range(args.merchants):
        merchant = await create_partner(f"Bench merchant {m}", PartnerKind.MERCHANT)
        await ClubMerchant.create(club_id=club.id, merchant_id=merchant.id)
        merchants.append(merchant.id)
    members: list[int] = []

    async def enrol(n: int) -> None:
        customer = await create_customer(f"0936{n:07d}", f"Bench {n}", partner_id=owner.id)
        member = await Member.create(club_id=club.id, customer_id=customer.id,
                                     card_number=f"{n:016d}", enrolled_via=Channel.POS)
        await cards.add_card(club.id, member.id, _card(n))
        members.append(member.id)

    for start in range(0, args.members, 200):
        await asyncio.gather(*(enrol(n) for n in range(start, min(start + 200, args.members))))
    for r in range(args.rules):
        merchant = merchants[r % len(merchants)]
        threshold = 100_000 * (r // len(merchants) + 1)
        rule, _ = await create_rule(club, RuleDraft(
            name=f"Rule {r}", effects=EFFECTS[r % len(EFFECTS)],
            condition={"all": [
                {"field": "merchant", "op": "in", "value": [merchant]},
                {"field": "amount", "op": "gte", "value": threshold}]}), actor="bench")
        await set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    return club, merchants, members


async def _standing_on(club: Club, members: list[int]) -> None:
    """Tiers and referrals on: a ladder of three tiers on spend over 365 days (points ×1.5 at the
    top), and a referral programme paying points on first purchases and shares on three levels,
    every member but the first referred by the one at half its index (chains of three)."""
    await set_ladder(PLATFORM, club.id, [
        TierSpec("Silver", 1_000_000, window_days=365),
        TierSpec("Gold", 3_000_000, window_days=365, points_multiplier_permille=1_250),
        TierSpec("Platinum", 10_000_000, window_days=365, points_multiplier_permille=1_500)])
    await set_referral_settings(PLATFORM, club.id, ReferralTerms(
        enabled=True, reward_kind=RewardKind.POINTS, first_purchase_reward=10,
        share_bp=(100, 50, 25), period_days=365, cap=10_000))
    rows = {m.id: m for m in await Member.filter(club_id=club.id)}

    async def link(n: int) -> None:
        invitee, referrer = rows[members[n]], rows[members[(n - 1) // 2]]
        await refer(club, invitee, await code_of(referrer), created=True)

    for n in range(1, len(members)):  # in order: a referrer's own chain is made before it
        await link(n)


async def _funded(count: int) -> list[int]:
    """Accounts for case b, funded so no transfer between them is refused."""
    made = await create_accounts([AccountRequest(
        ledger="IRR", code="bench", debits_must_not_exceed_credits=True) for _ in range(count)])
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await create_transfers([TransferRequest(
        idempotency_key=f"bench-fund-{a.id}", code="bench_fund", amount=10**12,
        debit_account_id=clearing.id, credit_account_id=a.id) for a in made])
    return [a.id for a in made]


def _amount(rng: random.Random) -> int:
    return rng.randrange(200_000, 500_000, 1_000)


async def run(args: argparse.Namespace) -> list[str]:
    server = server_url(args.url)
    name = f"etebar_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(f"{server}/postgres")
    await admin.execute(f'CREATE DATABASE "{name}"')
    results: list[Result] = []
    rng = random.Random(7)
    legs = 0.0
    try:
        config = tortoise_config(f"{server}/{name}", pool_size=args.concurrency + 4)
        await migrate(config)
        await Tortoise.close_connections()
        await Tortoise.init(config=config, _enable_global_fallback=True)
        await ensure_ledgers()
        started = time.perf_counter()
        club, merchants, members = await _club(args)
        setup = time.perf_counter() - started
        n = args.purchases

        # evaluate: the rules' cost of one purchase, one at a time: the pure evaluation of the
        # merchant's candidates, and finding the candidates (the index checks the club's rules
        # revision in the database on every call)
        at = dt.datetime.now(dt.UTC)
        candidates = {m: await candidate_rules(club.id, m, at) for m in merchants}

        async def evaluate_one(merchant: int, amount: int) -> None:
            evaluate(candidates[merchant], PurchaseFacts(
                club_id=club.id, member_id=members[0], merchant_id=merchant,
                channel=Channel.POS, amount=amount, at=at))

        results.append(await drive("evaluate", [
            partial(evaluate_one, rng.choice(merchants), _amount(rng)) for _ in range(n)], 1))
        results.append(await drive("candidates", [
            partial(candidate_rules, club.id, rng.choice(merchants), at) for _ in range(n)], 1))

        # b: create_transfers, one per call
        accounts = await _funded(200)

        async def transfer(i: int) -> None:
            a, b = rng.sample(accounts, 2)
            await create_transfers([TransferRequest(
                idempotency_key=f"bench-b-{i}", code="bench", amount=1,
                debit_account_id=a, credit_account_id=b)])

        results.append(await drive("b", [partial(transfer, i) for i in range(n)],
                                   args.concurrency))

        # commit: purchases of random members at random merchants
        def request(i: int, prefix: str) -> PurchaseRequest:
            merchant = rng.choice(merchants)
            return PurchaseRequest(
                club_id=club.id, member_id=rng.choice(members), merchant_id=merchant,
                channel=Channel.POS, amount=_amount(rng), source=f"merchant:{merchant}",
                reference=f"{prefix}-{i}")

        results.append(await drive("commit", [
            partial(commit_purchase, request(i, "bench")) for i in range(n)],
            args.concurrency))
        legs = await Transfer.filter(reference_type=REFERENCE_TYPE).count() / n
        results.append(await drive("commit_alone", [
            partial(commit_purchase, request(i, "alone")) for i in range(n // 4)], 1))

        # commit_standing: the same with tiers and referrals on (statistics are always kept)
        started = time.perf_counter()
        await _standing_on(club, members)
        standing_setup = time.perf_counter() - started
        results.append(await drive("commit_standing", [
            partial(commit_purchase, request(i, "standing")) for i in range(n)],
            args.concurrency))

        # graphql: the same through the API, in process
        app = build_app(Settings(environment="test", database_url=f"{server}/{name}"),
                        manage_database=False, run_worker=False, with_admin=False)
        keys: dict[int, str] = {}
        for merchant in merchants:
            terminal = await create_terminal(PLATFORM, merchant, "B-1")
            keys[merchant], _ = await issue_key(PLATFORM, terminal.id)
        cards_of = {member_id: _card(i) for i, member_id in enumerate(members)}
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://bench") as client:

            async def over_api(i: int) -> None:
                merchant, member = rng.choice(merchants), rng.choice(members)
                response = await client.post("/graphql", json={"query": COMMIT, "variables": {
                    "input": {"clubId": str(club.id), "member": cards_of[member],
                              "amount": str(_amount(rng)), "reference": f"api-{i}"}}},
                    headers={"Authorization": f"Bearer {keys[merchant]}"})
                kind = response.json()["data"]["commitPurchase"]["__typename"]
                assert kind == "PurchaseOutcomeType", response.text

            results.append(await drive("graphql", [partial(over_api, i) for i in range(n)],
                                       args.concurrency))

        # server_trivial and server_commit: a real `etebar serve` process over HTTP, its
        # floor (an authenticated `{ __typename }`) beside commitPurchase, in the same run
        log = Path(tempfile.gettempdir()) / f"{name}-serve.log"
        process, port = start_server(f"{server}/{name}", log,
                                     ETEBAR_API__RATE_LIMIT_REQUESTS="1000000")
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}",
                                         timeout=60) as client:

                async def trivial(i: int) -> None:
                    response = await client.post("/graphql", json={"query": "{ __typename }"},
                                                 headers={"Authorization":
                                                          f"Bearer {keys[merchants[0]]}"})
                    assert response.json()["data"]["__typename"] == "Query", response.text

                async def over_http(i: int) -> None:
                    merchant, member = rng.choice(merchants), rng.choice(members)
                    response = await client.post("/graphql", json={
                        "query": COMMIT, "variables": {"input": {
                            "clubId": str(club.id), "member": cards_of[member],
                            "amount": str(_amount(rng)), "reference": f"http-{i}"}}},
                        headers={"Authorization": f"Bearer {keys[merchant]}"})
                    kind = response.json()["data"]["commitPurchase"]["__typename"]
                    assert kind == "PurchaseOutcomeType", response.text

                results.append(await drive("server_trivial", [
                    partial(trivial, i) for i in range(n)], args.concurrency))
                results.append(await drive("server_commit", [
                    partial(over_http, i) for i in range(n)], args.concurrency))
        finally:
            process.terminate()
            process.wait(timeout=30)
        problems = await verify_ledger()
        assert problems == [], problems
    finally:
        await Tortoise.close_connections()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    by = {r.name: r for r in results}
    ratio = by["commit"].per_second() / by["b"].per_second() if by["b"].per_second() else 0
    standing = (by["commit_standing"].per_second() / by["b"].per_second()
                if by["b"].per_second() else 0)
    floor = by["server_trivial"].per_second()
    served = by["server_commit"].per_second() / floor if floor else 0
    machine = platform.processor() or platform.machine()
    lines = [f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine}, "
             f"{os.cpu_count()} CPUs, Python {platform.python_version()}; one club, "
             f"{args.merchants} merchants, {args.members:,} members with cards, {args.rules:,} "
             f"active rules (set up in {setup:.0f} s); {args.purchases:,} calls per case, "
             f"concurrency {args.concurrency} (evaluate, candidates and commit_alone: 1); "
             f"{legs:.1f} ledger legs per purchase on average; `verify_ledger()` clean after "
             f"the run. Statistics are kept in every commit case; commit_standing adds a "
             f"three-tier ladder and referral chains of three levels for every member (set up "
             f"in {standing_setup:.0f} s).", "",
             "| case | calls/s | p50 ms | p99 ms |", "|---|---:|---:|---:|"]
    lines += [f"| {r.name} | {r.per_second():,.0f} | {r.quantile(0.5):.2f} | "
              f"{r.quantile(0.99):.2f} |" for r in results]
    lines += ["", "| measure | value | target |", "|---|---:|---:|",
              f"| evaluate p99 | {by['evaluate'].quantile(0.99):.2f} ms | ≤ 1 ms |",
              f"| commit / b (calls/s) | {ratio:.2f} | ≥ 0.5 |",
              f"| commit_standing / b (calls/s) | {standing:.2f} | ≥ 0.5 |",
              f"| server_commit p99 | {by['server_commit'].quantile(0.99):.0f} ms | ≤ 50 ms |",
              f"| server_commit / server_trivial (calls/s) | {served:.2f} | ≥ 0.5 |"]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a PostgreSQL server URL (any database name)")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--merchants", type=int, default=100)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--rules", type=int, default=1_000)
    parser.add_argument("--purchases", type=int, default=2_000, help="calls per case")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    lines = asyncio.run(run(args))
    print("\n".join(lines))
    if not args.no_write:
        write_section("loyalty", "## Loyalty purchases (`python -m tests.bench.loyalty`)",
                      lines)


if __name__ == "__main__":
    main()
