"""Abusive queries are refused quickly; ordinary ones pass; production hides internals."""

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import websockets
from websockets.typing import Subprotocol

from etebar.server import build_app
from etebar.settings import Settings

DEEP = "{ transfer(id: \"1\") { " + "pending { " * 14 + "id" + " }" * 14 + " } }"


async def _post(client, query):
    started = time.perf_counter()
    response = await client.post("/graphql", json={"query": query})
    return response.json(), time.perf_counter() - started


async def test_a_query_deeper_than_the_limit_is_refused(staff_client):
    body, seconds = await _post(staff_client, DEEP)
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]
    assert seconds < 1


async def test_too_many_aliases_are_refused(staff_client):
    query = "{ " + " ".join(f"a{i}: ledgers {{ code }}" for i in range(40)) + " }"
    body, _ = await _post(staff_client, query)
    assert "aliases" in body["errors"][0]["message"].lower()


async def test_aliases_hidden_in_fragments_count_too(staff_client):
    fragment = " ".join(f"a{i}: ledgers {{ code }}" for i in range(40))
    query = "query { ...F } fragment F on Query { " + fragment + " }"
    body, _ = await _post(staff_client, query)
    assert "aliases" in body["errors"][0]["message"].lower()


async def test_too_many_tokens_are_refused(staff_client):
    query = "{ ledgers { " + " ".join(["code"] * 6000) + " } }"
    body, seconds = await _post(staff_client, query)
    assert "token" in body["errors"][0]["message"].lower()
    assert seconds < 1


async def test_an_ordinary_query_passes_the_limits(staff_client):
    query = "{ a: ledgers { code } b: accounts(first: 5) { edges { node { id transfers(first: 2)"\
            " { edges { node { id debitAccount { id } } } } } } } }"
    body, _ = await _post(staff_client, query)
    assert "errors" not in body


@pytest.fixture(scope="module")
def production_app():
    settings = Settings(environment="production", secret_key="x" * 32)
    return build_app(settings, manage_database=False, with_admin=False)


async def test_production_turns_introspection_off(production_app, staff_token):
    transport = httpx.ASGITransport(app=production_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t",
                                 headers={"Authorization": f"Bearer {staff_token}"}) as client:
        body, _ = await _post(client, "{ __schema { types { name } } }")
    assert "introspection" in body["errors"][0]["message"].lower()


async def test_production_keeps_domain_and_auth_errors_readable(production_app, db):
    transport = httpx.ASGITransport(app=production_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        body, _ = await _post(client, "{ ledgers { code } }")
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "Authentication required" in body["errors"][0]["message"]


def test_only_graphql_transport_ws_is_served(api_app):
    from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

    graphql = next(r.app for r in api_app.router.routes if getattr(r, "path", "") == "/graphql")
    assert tuple(graphql.protocols) == (GRAPHQL_TRANSPORT_WS_PROTOCOL,)
    limit = Settings().graphql_max_subscriptions_per_connection
    assert graphql.max_subscriptions_per_connection == limit


SUBSCRIBE = """subscription($ids: [ID!]!) { balanceChanged(accountIds: $ids) { sequence } }"""


@pytest.fixture
def capped_server(db, tmp_path):
    """`etebar serve` on the test database, allowing two subscriptions per connection."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ETEBAR_")}
    env.update(ETEBAR_DATABASE_URL=db, ETEBAR_RUN_WORKER_IN_PROCESS="false",
               ETEBAR_BROKER_URL="stub://", ETEBAR_HOST="127.0.0.1", ETEBAR_PORT=str(port),
               ETEBAR_GRAPHQL_MAX_SUBSCRIPTIONS_PER_CONNECTION="2")
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen([str(Path(sys.executable).with_name("etebar")), "serve"],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "serve did not become healthy"
            time.sleep(0.25)
        yield port
    finally:
        process.terminate()
        process.wait(30)
        log.close()


async def test_a_subscription_past_the_cap_is_refused_and_the_others_go_on(
        capped_server, make_account, staff_token):
    account = await make_account()
    async with websockets.connect(f"ws://127.0.0.1:{capped_server}/graphql",
                                  subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        await ws.send(json.dumps({"type": "connection_init",
                                  "payload": {"authorization": f"Bearer {staff_token}"}}))
        assert json.loads(await asyncio.wait_for(ws.recv(), 15))["type"] == "connection_ack"
        for op in ("1", "2", "3"):
            await ws.send(json.dumps({"id": op, "type": "subscribe", "payload": {
                "query": SUBSCRIBE, "variables": {"ids": [str(account.id)]}}}))
        started = time.perf_counter()
        refusal = json.loads(await asyncio.wait_for(ws.recv(), 15))
        assert (refusal["id"], refusal["type"]) == ("3", "error")
        assert refusal["payload"][0]["message"] == "Subscription limit reached"
        assert time.perf_counter() - started < 1
        assert ws.close_code is None  # the first two subscriptions stay open
