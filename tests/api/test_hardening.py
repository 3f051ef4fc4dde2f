"""Abusive queries are refused quickly; ordinary ones pass; production hides internals."""

import time

import httpx
import pytest

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
