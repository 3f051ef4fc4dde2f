"""Fixtures: one migrated PostgreSQL database per test session, emptied before every test."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from tortoise import Tortoise, connections

from etebar.database import credentials, migrate, start_embedded, tortoise_config
from etebar.settings import Settings
from models.identity.tables import StaffRole, StaffUser
from models.identity.tokens import create_staff, issue_token
from models.ledger.accounts import AccountRequest, create_accounts, ensure_ledgers
from models.ledger.tables import Account

ROOT = Path(__file__).resolve().parent.parent


def _server_url() -> str:
    url = os.environ.get("ETEBAR_TEST_DATABASE_URL")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail("CI must name its PostgreSQL in ETEBAR_TEST_DATABASE_URL", pytrace=False)
    return start_embedded(ROOT / "var" / "test")


def _with_database(url: str, name: str) -> str:
    creds = credentials(url)
    host = creds["host"]
    if host.startswith("/"):
        return f"postgres://{creds['user']}@/{name}?host={host}&port={creds['port']}"
    auth = creds["user"] + (f":{creds['password']}" if creds["password"] else "")
    return f"postgres://{auth}@{host}:{creds['port']}/{name}"


async def _admin(url: str) -> asyncpg.Connection:
    c = credentials(url)
    return await asyncpg.connect(host=c["host"], port=c["port"], user=c["user"],
                                 password=c["password"] or None, database=c["database"])


@pytest.fixture(scope="session")
def server_url() -> str:
    return _server_url()


@pytest.fixture(scope="session")
async def database_url(server_url: str) -> AsyncIterator[str]:
    """A database of its own for this session, migrated with the committed migrations."""
    name = f"etebar_test_{uuid.uuid4().hex[:10]}"
    admin = await _admin(server_url)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = _with_database(server_url, name)
    config = tortoise_config(url, pool_size=30)
    await migrate(config)
    await Tortoise.close_connections()
    await Tortoise.init(config=config, _enable_global_fallback=True)
    yield url
    await Tortoise.close_connections()
    await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await admin.close()


_TABLES = ("ledger_account_event", "ledger_pending_transfer", "ledger_transfer", "ledger_account",
           "ledger_ledger", "identity_api_token", "identity_staff_user")


@pytest.fixture
async def db(database_url: str) -> str:
    """An empty database with the standard ledgers and their system accounts."""
    await connections.get("default").execute_script(
        f"TRUNCATE {', '.join(_TABLES)} RESTART IDENTITY CASCADE")
    await ensure_ledgers()
    return database_url


@pytest.fixture
def make_account(db: str) -> Any:
    """Create an IRR account; `wallet=True` gives a customer wallet that may not go negative."""

    async def make(*, ledger: str = "IRR", wallet: bool = False, asset: bool = False,
                   credit_limit: int = 0, code: str = "test", owner: str | None = None) -> Account:
        [account] = await create_accounts([AccountRequest(
            ledger=ledger, code=code, owner=owner,
            debits_must_not_exceed_credits=wallet, credits_must_not_exceed_debits=asset,
            credit_limit=credit_limit)])
        return account

    return make


@pytest.fixture
async def staff(db: str) -> StaffUser:
    return await create_staff("owner@example.com", "Owner", "correct horse battery",
                              StaffRole.OWNER)


@pytest.fixture
async def staff_token(staff: StaffUser) -> str:
    token, _ = await issue_token(staff, "tests")
    return token


@pytest.fixture(scope="session")
def api_app() -> Any:
    """The ASGI app without the admin (its NiceGUI pages are tested apart) and without its own
    database start-up: the session fixture has Tortoise ready."""
    from etebar.server import build_app

    return build_app(Settings(environment="test"), manage_database=False, with_admin=False)


@pytest.fixture
async def anon_client(api_app: Any, db: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=api_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


@pytest.fixture
async def staff_client(api_app: Any, staff_token: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=api_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test",
                                 headers={"Authorization": f"Bearer {staff_token}"}) as client:
        yield client


@pytest.fixture
def gql(staff_client: httpx.AsyncClient) -> Any:
    """Run a GraphQL operation as a staff member; returns the response's JSON."""

    async def run(query: str, **variables: Any) -> dict[str, Any]:
        response = await staff_client.post("/graphql",
                                           json={"query": query, "variables": variables})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    return run
