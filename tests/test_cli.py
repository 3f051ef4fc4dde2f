"""The `etebar` commands against the test database: ledger verify, staff and tokens, demo data.

Each command runs in-process through typer's CliRunner, in a thread of its own: a command runs its
own event loop (`asyncio.run`) and its own Tortoise context, beside the session's."""

from __future__ import annotations

import asyncio
import stat
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from tortoise import connections
from typer.testing import CliRunner, Result

from etebar.cli import app
from models.demo import DEMO_EMAIL
from models.identity.tables import StaffRole
from models.identity.tokens import authenticate_password, authenticate_token
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount, TransferKind
from models.ledger.posting import TransferRequest, create_transfers

Invoke = Callable[..., Awaitable[Result]]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(db: str, data_dir: Path) -> Invoke:
    """Run `etebar ARGS...` on the test database; returns typer's Result."""
    env = {"ETEBAR_DATABASE_URL": db, "ETEBAR_DATA_DIR": str(data_dir),
           "ETEBAR_ENVIRONMENT": "development"}

    async def invoke(*args: str, input: str | None = None) -> Result:
        runner = CliRunner()
        return await asyncio.to_thread(runner.invoke, app, list(args), input=input, env=env)

    return invoke


async def _rows(sql: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = await connections.get("default").execute_query_dict(sql)
    return rows


async def _some_transfers(make_account: Any) -> list[int]:
    # given: a funded wallet that paid revenue, and a pending hold
    wallet = await make_account(wallet=True)
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    await create_transfers([
        TransferRequest("t1", "top_up", 1_000, clearing.id, wallet.id),
        TransferRequest("t2", "payment", 300, wallet.id, revenue.id),
        TransferRequest("t3", "hold", 200, wallet.id, revenue.id, kind=TransferKind.PENDING),
    ])
    return [wallet.id, revenue.id]


async def test_ledger_verify_on_a_sound_ledger_says_ok_and_exits_0(
        cli: Invoke, make_account: Any) -> None:
    await _some_transfers(make_account)

    result = await cli("ledger", "verify")

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "ledger ok"


async def test_ledger_verify_on_a_corrupted_total_names_the_problems_and_exits_1(
        cli: Invoke, make_account: Any) -> None:
    _, revenue_id = await _some_transfers(make_account)
    # given: a total changed behind the ledger's back (transfers and events refuse UPDATE;
    # account rows take it)
    await connections.get("default").execute_query(
        "UPDATE ledger_account SET credits_posted = credits_posted + 7 WHERE id = $1",
        [revenue_id])

    result = await cli("ledger", "verify")

    assert result.exit_code == 1, result.output
    assert f"account_totals_differ_from_transfers: account {revenue_id}:" in result.stdout
    assert "ledger_unbalanced: ledger IRR" in result.stdout
    assert "ledger ok" not in result.output


async def test_created_staff_gets_a_token_that_authenticates(cli: Invoke) -> None:
    created = await cli("create-staff", "Nazanin@Example.com", "--name", "نازنین",
                        "--role", "admin", "--password", "a long enough password")
    assert created.exit_code == 0, created.output
    assert "nazanin@example.com (admin)" in created.stdout

    issued = await cli("create-token", "nazanin@example.com", "--name", "ci")

    assert issued.exit_code == 0, issued.output
    token = issued.stdout.strip()
    assert token.startswith("etb_") and "\n" not in token
    identity = await authenticate_token(token)
    assert (identity.email, identity.name, identity.role) == (
        "nazanin@example.com", "نازنین", StaffRole.ADMIN)


async def test_create_staff_asks_for_the_password_when_it_is_not_given(cli: Invoke) -> None:
    result = await cli("create-staff", "ops@example.com",
                       input="typed at the prompt\ntyped at the prompt\n")

    assert result.exit_code == 0, result.output
    identity = await authenticate_password("ops@example.com", "typed at the prompt")
    assert identity.role == StaffRole.OPERATOR


async def test_create_staff_with_a_short_password_fails_and_creates_nobody(cli: Invoke) -> None:
    result = await cli("create-staff", "short@example.com", "--password", "short")

    assert result.exit_code == 1
    assert "password_too_short" in result.stderr
    assert await _rows("SELECT id FROM identity_staff_user") == []


async def test_create_token_for_an_unknown_email_fails(cli: Invoke) -> None:
    result = await cli("create-token", "nobody@example.com")

    assert result.exit_code == 1
    assert "staff_not_found" in result.stderr
    assert result.stdout == ""


async def _demo_state() -> dict[str, Any]:
    """Everything seed-demo writes, less a token's last-used time."""
    return {
        "accounts": await _rows(
            "SELECT id, ledger_id, code, owner, name, external_id, debits_pending, debits_posted,"
            " credits_pending, credits_posted, version FROM ledger_account ORDER BY id"),
        "transfers": await _rows(
            "SELECT id, idempotency_key, amount, kind FROM ledger_transfer ORDER BY id"),
        "pending": await _rows("SELECT transfer_id, state FROM ledger_pending_transfer"),
        "events": await _rows("SELECT count(*) AS n FROM ledger_account_event"),
        "staff": await _rows("SELECT id, email, role, password_hash FROM identity_staff_user"),
        "tokens": await _rows("SELECT id, token_hash, revoked_at FROM identity_api_token"),
    }


async def test_seed_demo_twice_changes_nothing_the_second_time(
        cli: Invoke, data_dir: Path) -> None:
    first = await cli("seed-demo")
    assert first.exit_code == 0, first.output
    state = await _demo_state()
    token = (data_dir / "demo-token").read_text().strip()

    second = await cli("seed-demo")

    assert second.exit_code == 0, second.output
    assert await _demo_state() == state
    assert "0 new transfers" in second.stdout
    assert (data_dir / "demo-token").read_text().strip() == token
    assert token in first.stdout and token in second.stdout
    verified = await cli("ledger", "verify")
    assert verified.exit_code == 0, verified.output


async def test_seed_demo_writes_wallets_transfers_a_pending_hold_and_an_owner(
        cli: Invoke, data_dir: Path) -> None:
    result = await cli("seed-demo")

    assert result.exit_code == 0, result.output
    names = {row["name"] for row in await _rows(
        "SELECT name FROM ledger_account WHERE code = 'customer_wallet'")}
    assert "Reza Karimi" in names and "سارا احمدی" in names
    assert len(await _rows("SELECT id FROM ledger_transfer")) >= 4
    # the demo hold and the cash-out awaiting approval
    assert await _rows("SELECT state FROM ledger_pending_transfer") == [{"state": "pending"}] * 2
    for name in ("demo-token", "demo-password"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600, name
    token = (data_dir / "demo-token").read_text().strip()
    assert (await authenticate_token(token)).email == DEMO_EMAIL
    password = (data_dir / "demo-password").read_text().strip()
    assert password in result.stdout
    assert (await authenticate_password(DEMO_EMAIL, password)).role == StaffRole.OWNER


@pytest.fixture
def stale_token(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "demo-token").write_text("etb_revoked_or_from_another_database\n")


@pytest.mark.usefixtures("stale_token")
async def test_seed_demo_reissues_a_stored_token_that_no_longer_authenticates(
        cli: Invoke, data_dir: Path) -> None:
    result = await cli("seed-demo")

    assert result.exit_code == 0, result.output
    token = (data_dir / "demo-token").read_text().strip()
    assert token != "etb_revoked_or_from_another_database"
    assert (await authenticate_token(token)).email == DEMO_EMAIL
    assert stat.S_IMODE((data_dir / "demo-token").stat().st_mode) == 0o600


async def test_seed_demo_refuses_production(cli: Invoke, db: str, data_dir: Path) -> None:
    runner = CliRunner()
    result = await asyncio.to_thread(runner.invoke, app, ["seed-demo"], env={
        "ETEBAR_DATABASE_URL": db, "ETEBAR_DATA_DIR": str(data_dir),
        "ETEBAR_ENVIRONMENT": "production", "ETEBAR_SECRET_KEY": "a production secret key"})

    assert result.exit_code == 1
    assert "production" in result.stderr
    assert await _rows("SELECT id FROM identity_staff_user") == []


async def test_migrate_on_a_migrated_database_changes_nothing(cli: Invoke) -> None:
    result = await cli("migrate")

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "database is up to date"
