"""What production does not show: the catchers' inboxes, field suggestions where introspection is
off, and `/metrics` without its bearer token."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.context import Context
from etebar.domains.compose import build_schema
from etebar.server import build_app
from etebar.settings import Settings

PRODUCTION = {"environment": "production", "secret_key": "p" * 40}
CATCHERS = ("caughtSms", "caughtEmails")


def _query_fields(settings: Settings) -> set[str]:
    schema = build_schema(settings)
    query = schema.get_type_by_name("Query")
    return {schema.config.name_converter.from_field(f) for f in getattr(query, "fields", [])}


def test_production_has_no_catcher_inboxes() -> None:
    assert not set(CATCHERS) & _query_fields(Settings(**PRODUCTION))  # type: ignore[arg-type]  # environment-like strings that pydantic validates


def test_development_keeps_the_catcher_inboxes() -> None:
    assert set(CATCHERS) <= _query_fields(Settings(environment="development"))


async def _post(app: Any, query: str, token: str | None = None,
                **variables: Any) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t",
                                 headers=headers) as client:
        response = await client.post("/graphql", json={"query": query, "variables": variables})
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize("field", CATCHERS)
async def test_an_owner_asking_production_for_caught_messages_gets_an_unknown_field(
        field: str, staff_token: str) -> None:
    app = build_app(Settings(**PRODUCTION), manage_database=False,  # type: ignore[arg-type]  # environment-like strings that pydantic validates
                    with_admin=False)
    body = await _post(app, f"{{ {field} {{ edges {{ cursor }} }} }}", staff_token)
    assert body["errors"][0]["message"] == f"Cannot query field '{field}' on type 'Query'."
    assert "data" not in body or body["data"] is None


# --- "Did you mean …?" goes with introspection

async def _errors(settings: Settings, query: str, **variables: Any) -> list[str]:
    result = await build_schema(settings).execute(
        query, variable_values=variables, context_value=Context(identity=None, settings=settings))
    return [error.message for error in result.errors or []]


MISSPELT = [
    ("an unknown field", "{ ledgerz { code } }", {}),
    ("an unknown type", "query($l: Ledgerr) { ledgers { code } }", {}),
    ("an unknown enum value", "query($s: EmailStatus) { emailMessages(status: $s) "
                              "{ edges { cursor } } }", {"s": "SENTT"}),
]


@pytest.mark.parametrize(("what", "query", "variables"), MISSPELT,
                         ids=[m[0] for m in MISSPELT])
async def test_without_introspection_a_misspelling_gets_no_suggestion(
        what: str, query: str, variables: dict[str, Any]) -> None:
    errors = await _errors(Settings(environment="test", graphql_introspection=False), query,
                           **variables)
    assert errors, what
    assert not any("Did you mean" in message for message in errors), errors


@pytest.mark.parametrize(("what", "query", "variables"), MISSPELT,
                         ids=[m[0] for m in MISSPELT])
async def test_with_introspection_a_misspelling_gets_its_suggestion(
        what: str, query: str, variables: dict[str, Any]) -> None:
    errors = await _errors(Settings(environment="test", graphql_introspection=True), query,
                           **variables)
    assert any("Did you mean" in message for message in errors), (what, errors)


async def test_production_gives_no_suggestion_for_an_unknown_field() -> None:
    errors = await _errors(Settings(**PRODUCTION), "{ ledgerz { code } }")  # type: ignore[arg-type]  # environment-like strings that pydantic validates
    assert errors == ["Cannot query field 'ledgerz' on type 'Query'."]


# --- /metrics

async def _metrics(settings: Settings, authorization: str | None = None) -> httpx.Response:
    app = build_app(settings, manage_database=False, with_admin=False)
    headers = {"Authorization": authorization} if authorization else {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://t") as client:
        return await client.get("/metrics", headers=headers)


TOKEN = "m" * 40


async def test_metrics_with_a_token_set_refuses_a_request_without_it() -> None:
    response = await _metrics(Settings(environment="test", metrics_token=TOKEN))
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert "etebar_http_requests_total" not in response.text


async def test_metrics_refuses_a_wrong_token() -> None:
    response = await _metrics(Settings(environment="test", metrics_token=TOKEN),
                              f"Bearer {TOKEN[:-1]}x")
    assert response.status_code == 401


async def test_metrics_answers_with_the_token() -> None:
    response = await _metrics(Settings(environment="test", metrics_token=TOKEN),
                              f"Bearer {TOKEN}")
    assert response.status_code == 200
    assert "etebar_http_requests_total" in response.text


async def test_production_without_a_metrics_token_does_not_serve_metrics() -> None:
    response = await _metrics(Settings(**PRODUCTION))  # type: ignore[arg-type]  # environment-like strings that pydantic validates
    assert response.status_code == 404


async def test_production_with_a_metrics_token_serves_them_to_its_holder() -> None:
    settings = Settings(**PRODUCTION, metrics_token=TOKEN)  # type: ignore[arg-type]  # environment-like strings that pydantic validates
    assert (await _metrics(settings)).status_code == 401
    assert (await _metrics(settings, f"Bearer {TOKEN}")).status_code == 200


async def test_development_without_a_token_keeps_metrics_open() -> None:
    response = await _metrics(Settings(environment="development"))
    assert response.status_code == 200
