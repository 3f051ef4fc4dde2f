"""Fixtures: one migrated PostgreSQL database per test session, emptied before every test."""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import dramatiq
import httpx
import pytest
from tortoise import Tortoise, connections

from etebar.database import credentials, migrate, start_embedded, tortoise_config
from models.domain_events import outbox as domain
from models.events import targets
from models.identity.callers import CallerKind, Identity, Scope
from models.identity.customers import create_customer, open_session
from models.identity.partners import create_partner, issue_key
from models.identity.tables import Customer, Partner, PartnerKind, StaffRole, StaffUser
from models.identity.tokens import create_staff, issue_token
from models.ledger.accounts import AccountRequest, create_accounts, ensure_ledgers
from models.ledger.tables import Account
from models.platform.settings import Settings
from models.throttle import forget_all
from models.wallet.codes import undeclared_codes

ROOT = Path(__file__).resolve().parent.parent

# `make test` runs the tests in parallel (pytest-xdist, `--dist loadgroup`), each worker with a
# database of its own. Redis and RabbitMQ are shared, and some tests need them to themselves
# (dramatiq's queue names, a broker flushed before use, the events' pub/sub channel): marked
# with this, they all run on one worker, one after the other.
USES_SHARED_QUEUES = pytest.mark.xdist_group("redis-and-rabbitmq")


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


# What the fake DNS answers for names tests use: a public address (example.com's).
PUBLIC_ADDRESS = "93.184.215.14"


class FakeDns:
    """The webhooks' resolver in tests: names to addresses, no lookup leaves the machine."""

    def __init__(self) -> None:
        self.names: dict[str, list[str]] = {"hooks.example.com": [PUBLIC_ADDRESS]}
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.names:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return list(self.names[host])


@pytest.fixture(autouse=True)
def dns(monkeypatch: pytest.MonkeyPatch) -> FakeDns:
    """Every test resolves webhook hosts here (there is no network); set `dns.names[...]`."""
    fake = FakeDns()
    monkeypatch.setattr(targets, "resolver", fake)
    return fake


@pytest.fixture(scope="session")
def server_url() -> str:
    return _server_url()


@pytest.fixture(scope="session")
async def database_url(server_url: str) -> AsyncIterator[str]:
    """A database of its own for this session (for each of its workers when pytest-xdist runs
    it), migrated with the committed migrations."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"etebar_test_{worker}_{uuid.uuid4().hex[:10]}"
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


class DomainEvents:
    """Domain events delivered as in production: sent right after their commit to a stub
    broker whose worker runs the subscribers' actors."""

    def __init__(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        self.broker = broker
        self.worker = worker

    async def delivered(self) -> None:
        """Wait until every message sent so far was handled; re-raises an actor's failure."""

        def join() -> None:
            self.broker.join("default", timeout=20_000)
            self.worker.join()

        await asyncio.to_thread(join)

    def lose_sends(self) -> None:
        """From now on nothing is sent after a commit (a process without a broker, or one that
        stopped between its commit and its send): only the sweep sends."""
        domain.set_publisher(None)

    def send_again(self) -> None:
        from workers.actors.events import send_deliveries

        domain.set_publisher(send_deliveries)

    async def sweep(self) -> None:
        """One round of the periodic sweep (`relay_domain_events`, in a process that has a
        broker), then its deliveries."""
        from tests.actors import body_of
        from workers.actors.events import relay_domain_events

        self.send_again()
        await body_of(relay_domain_events)()
        await self.delivered()


@pytest.fixture
def domain_events(db: str) -> Iterator[DomainEvents]:
    """A stub broker and its worker for domain events (see `DomainEvents`)."""
    from tests.services import stub_broker
    from workers.actors.events import send_deliveries

    broker = stub_broker(db)
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    worker.start()
    domain.set_publisher(send_deliveries)
    yield DomainEvents(broker, worker)
    domain.set_publisher(None)
    worker.stop()
    broker.close()


def _tables() -> list[str]:
    """Every table of the models (aerich's own excepted), so a new table is emptied too."""
    names = {model._meta.db_table for model in Tortoise.apps["models"].values()}
    return sorted(names - {"aerich"})


async def _empty_the_tables() -> None:
    """Empty every table and start every sequence again. Truncating a table costs new files
    whether it holds rows or not, so only the tables that hold rows are truncated (one query
    finds them), and the tables' id sequences are set back by value."""
    conn = connections.get("default")
    probe = " UNION ALL ".join(f"SELECT '{name}' AS name WHERE EXISTS (SELECT 1 FROM {name})"
                               for name in _tables())
    holding = [row["name"] for row in await conn.execute_query_dict(probe)]
    if holding:
        await conn.execute_script(f"TRUNCATE {', '.join(holding)} CASCADE")
    names = ", ".join(f"'{name}'" for name in _tables())
    await conn.execute_script(  # the sequences these tables own (their serial ids)
        "SELECT setval(s.oid::regclass, 1, false) FROM pg_class s "
        "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
        "JOIN pg_class t ON t.oid = d.refobjid "
        f"WHERE s.relkind = 'S' AND t.relname = ANY(ARRAY[{names}])")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


async def _standard_state_script() -> str:
    """Empty the tables and create the standard ledgers and their system accounts as
    `ensure_ledgers` does, then return one SQL script that brings the database back to exactly
    this state: every table emptied, the rows `ensure_ledgers` made put back as they were (same
    ids), every id sequence set back to where it stood. It runs in one round trip, which is
    much cheaper than truncating and calling `ensure_ledgers` before every test."""
    await _empty_the_tables()
    await ensure_ledgers()
    conn = connections.get("default")
    tables = _tables()
    saved = {}
    for name in tables:
        [row] = await conn.execute_query_dict(
            f"SELECT coalesce(json_agg(r), '[]')::text AS rows FROM {name} r")
        if row["rows"] != "[]":
            saved[name] = row["rows"]
    sequences = await conn.execute_query_dict(
        "SELECT s.oid::regclass::text AS name FROM pg_class s "
        "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "WHERE s.relkind = 'S' AND t.relname = ANY($1::text[]) ORDER BY 1", [tables])
    positions = []
    for sequence in sequences:
        [at] = await conn.execute_query_dict(
            f"SELECT last_value, is_called FROM {sequence['name']}")
        positions.append(f"PERFORM setval({_literal(sequence['name'])}, {at['last_value']}, "
                         f"{'true' if at['is_called'] else 'false'});")
    [role] = await conn.execute_query_dict(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    if role["rolsuper"]:
        # Deleting from tables that hold a few rows is far cheaper than truncating them; as the
        # replica, the foreign keys and the append-only triggers stand aside while all goes.
        empty = ["SET LOCAL session_replication_role = replica;",
                 *(f"DELETE FROM {name};" for name in tables)]
    else:  # only a superuser may do that: truncate what holds rows instead
        empty = [" ".join(f"IF EXISTS (SELECT 1 FROM {name}) THEN "
                          f"TRUNCATE {name} CASCADE; END IF;" for name in tables)]
    refill = [f"INSERT INTO {name} SELECT * FROM json_populate_recordset(NULL::{name}, "
              f"{_literal(rows)});" for name, rows in saved.items()]
    return "DO $reset$ BEGIN\n" + "\n".join([*empty, *refill, *positions]) + "\nEND $reset$;"


@pytest.fixture(scope="session")
async def standard_state(database_url: str) -> str:
    """The script that gives the session's database its standard state (see above)."""
    return await _standard_state_script()


@pytest.fixture
async def db(database_url: str, standard_state: str) -> AsyncIterator[str]:
    """An empty database with the standard ledgers and their system accounts. Afterwards, every
    code the test posted to a wallet must have been declared with its movement kind. No attempts
    are counted by the throttles of this process when it starts."""
    await connections.get("default").execute_script(standard_state)
    await forget_all()
    yield database_url
    undeclared = await undeclared_codes()
    assert not undeclared, (f"transfer codes posted to a wallet without a declared movement "
                            f"kind (models.wallet.codes.declare): {undeclared}")


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


@pytest.fixture(scope="session")
def _owner_as_created() -> dict[str, Any]:
    """The owner's row as `create_staff` first wrote it this session (see `staff`)."""
    return {}


@pytest.fixture
async def staff(db: str, _owner_as_created: dict[str, Any]) -> StaffUser:
    """The owner, password "correct horse battery". `create_staff` makes the first of the
    session; argon2 is slow by design (hundreds of tests use this fixture), so later tests get
    that same row written again, its password's hash included."""
    if _owner_as_created:
        return await StaffUser.create(**_owner_as_created)
    owner = await create_staff("owner@example.com", "Owner", "correct horse battery",
                               StaffRole.OWNER)
    _owner_as_created.update(email=owner.email, name=owner.name, role=owner.role,
                             password_hash=owner.password_hash, partner_id=owner.partner_id)
    return owner


@pytest.fixture
async def staff_token(staff: StaffUser) -> str:
    token, _ = await issue_token(staff, "tests")
    return token


@pytest.fixture
def actor_services(db: str) -> Iterator[None]:
    """The actors bound to a stub broker with the test settings' services, for a test that
    awaits an actor's body itself (`actor.fn.__wrapped__()`); `use_services` changes them."""
    from tests.services import stub_broker

    broker = stub_broker(db)
    yield
    broker.close()


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


# --- identity: staff of every role, partners and their keys, customers, calling as any of them

UNUSABLE_PASSWORD_HASH = "!"  # argon2 refuses it: these staff sign in with tokens only


@pytest.fixture
def make_staff(db: str) -> Any:
    """A staff member and an API token of theirs; a password only when one is given (argon2 is
    slow), a partner's staff member with `partner`."""
    counter = iter(range(1, 10_000))

    async def make(role: StaffRole = StaffRole.OPERATOR, *, partner: Partner | None = None,
                   email: str | None = None, password: str | None = None,
                   ) -> tuple[StaffUser, str]:
        email = email or f"{role.value}-{next(counter)}@example.com"
        if password is not None:
            member = await create_staff(email, email, password, role, partner)
        else:
            member = await StaffUser.create(email=email, name=email, role=role, partner=partner,
                                            password_hash=UNUSABLE_PASSWORD_HASH)
        token, _ = await issue_token(member, "tests")
        return member, token

    return make


@pytest.fixture
def make_partner(db: str) -> Any:
    async def make(name: str = "Narvan Café", kind: PartnerKind = PartnerKind.MERCHANT) -> Partner:
        return await create_partner(name, kind)

    return make


@pytest.fixture(scope="session")
def partner_operation_names() -> frozenset[str]:
    from api.permissions import partner_operations
    from etebar.domains.compose import build_schema

    return partner_operations(build_schema(Settings(environment="test")))


@pytest.fixture
def make_partner_key(db: str, partner_operation_names: frozenset[str]) -> Any:
    """A partner's API key with `scopes`; returns its secret."""

    async def make(partner: Partner, scopes: tuple[str, ...] = tuple(Scope)) -> str:
        issuer = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)
        secret, _ = await issue_key(issuer, partner.id, "tests", scopes,
                                    partner_operation_names)
        return secret

    return make


@pytest.fixture
def make_customer(db: str) -> Any:
    """A customer and a session token of theirs."""
    counter = iter(range(1_000_000, 9_999_999))

    async def make(*, partner: Partner | None = None, mobile: str | None = None,
                   name: str = "Sara") -> tuple[Customer, str]:
        customer = await create_customer(mobile or f"0912{next(counter)}", name,
                                         partner_id=partner.id if partner else None)
        return customer, await open_session(customer, 3600)

    return make


@pytest.fixture
def call_as(api_app: Any, db: str) -> Any:
    """Run a GraphQL operation with `token` (None: anonymously); returns the response's JSON."""

    async def run(token: str | None, query: str, **variables: Any) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=api_app),
                                     base_url="http://test", headers=headers) as client:
            response = await client.post("/graphql",
                                         json={"query": query, "variables": variables})
        body: dict[str, Any] = response.json()
        return body

    return run


# --- events: the relay and the in-process bus, as the server's lifespan starts them

@pytest.fixture
async def events(db: str) -> AsyncIterator[Any]:
    """The relay of this test's database, publishing to a fresh in-process bus (made current)."""
    from models.events.relay import Events

    running = await Events(db, None, poll_seconds=0.2).start()
    yield running
    await running.stop()


# --- idempotency keys: a partner that takes a key someone else will use -------------------------

SQUAT = """
mutation($input: [TransferInput!]!) {
  createTransfers(input: $input) {
    __typename
    ... on CreateTransfersSuccess { transfers { id idempotencyKey } }
    ... on UserError { code message }
  }
}
"""


@pytest.fixture
def squat(make_partner: Any, make_partner_key: Any, make_account: Any, call_as: Any) -> Any:
    """A partner holding `ledger:write` posts a transfer between two accounts of its own under
    `key`, as an attacker taking the key a domain will use next would; returns its token."""
    names = iter(range(1, 1000))

    async def run(key: str) -> str:
        partner = await make_partner(f"Squatter {next(names)}")
        token: str = await make_partner_key(partner, (Scope.LEDGER_WRITE,))
        owner = f"partner:{partner.id}"
        a, b = await make_account(owner=owner), await make_account(owner=owner)
        body = await call_as(token, SQUAT, input=[{
            "idempotencyKey": key, "code": "squat", "amount": "1",
            "debitAccountId": str(a.id), "creditAccountId": str(b.id)}])
        assert body["data"]["createTransfers"]["__typename"] == "CreateTransfersSuccess", body
        return token

    return run
