"""What a browser meets first: `/` leads to the admin and GraphiQL, GraphiQL's page loads only
from this server, and pages on other origins call the API only when their origin is allowed."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from etebar.server import build_app
from models.platform.settings import ApiSettings, Settings

FRONTEND = "https://app.example"
STRANGER = "https://evil.example"
ASSET = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']""")


@pytest.fixture(scope="module")
def cors_app() -> Any:
    return build_app(Settings(environment="test",
                              api=ApiSettings(graphql_allowed_origins=[FRONTEND])),
                     manage_database=False, with_admin=False)


@pytest.fixture(scope="module")
def production_app() -> Any:
    return build_app(Settings(environment="production", secret_key=SecretStr("x" * 32)),
                     manage_database=False, with_admin=False)


async def _client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://127.0.0.1:8000") as client:
        yield client


@pytest.fixture
async def browser(cors_app: Any, db: str) -> AsyncIterator[httpx.AsyncClient]:
    async for client in _client(cors_app):
        yield client


def _preflight(origin: str) -> dict[str, str]:
    return {"Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type"}


async def test_a_preflight_from_an_allowed_origin_is_answered(browser):
    response = await browser.options("/graphql", headers=_preflight(FRONTEND))
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == FRONTEND
    allowed = response.headers["access-control-allow-headers"].lower()
    assert "authorization" in allowed and "content-type" in allowed
    assert "POST" in response.headers["access-control-allow-methods"]


async def test_a_call_from_an_allowed_origin_may_be_read_by_its_page(browser):
    response = await browser.post("/graphql", headers={"Origin": FRONTEND},
                                  json={"query": "{ __typename }"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == FRONTEND


async def test_a_preflight_from_another_origin_is_refused(browser):
    response = await browser.options("/graphql", headers=_preflight(STRANGER))
    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers


async def test_a_call_from_another_origin_carries_no_cors_header(browser):
    response = await browser.post("/graphql", headers={"Origin": STRANGER},
                                  json={"query": "{ __typename }"})
    assert "access-control-allow-origin" not in response.headers


async def test_the_root_leads_to_the_admin_and_graphiql(anon_client):
    response = await anon_client.get("/")
    assert response.status_code == 200
    links = ASSET.findall(response.text)
    assert "/admin/" in links and "/graphql" in links


async def test_the_root_in_production_leads_to_the_admin_only(production_app, db):
    async for client in _client(production_app):
        links = ASSET.findall((await client.get("/")).text)
        assert links == ["/admin/"]


async def test_graphiql_loads_every_asset_from_this_server(anon_client):
    # when a browser opens GraphiQL
    page = await anon_client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "GraphiQL" in page.text
    # then nothing names another host, and every script and style is served here
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", page.text, re.I)
    assets = ASSET.findall(page.text)
    assert len(assets) == 4
    for asset in assets:
        served = await anon_client.get(asset)
        assert served.status_code == 200, asset
        assert served.headers["content-type"].split(";")[0] in (
            "text/javascript", "application/javascript", "text/css"), asset
