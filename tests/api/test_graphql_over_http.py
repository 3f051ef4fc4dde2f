"""GraphQL over HTTP (the GraphQL foundation's spec): `application/graphql-response+json` when the
client asks for it, with 400 and no `data` for request errors; `application/json`, 200 for every
well-formed request, for the others."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.media import wants_graphql_response_json

NEW = "application/graphql-response+json"
OLD = "application/json"
UNPARSABLE = "{"
INVALID = "{ noSuchFieldAnywhere }"
COERCION = "query Coerce($id: ID!) { __typename }"


async def _post(client: httpx.AsyncClient, accept: str | None, query: str,
                variables: dict[str, Any] | None = None) -> httpx.Response:
    headers = {"accept": accept} if accept is not None else {}
    return await client.post("/graphql", headers=headers,
                             json={"query": query, "variables": variables})


async def test_a_client_accepting_graphql_response_json_gets_that_media_type(anon_client):
    # when a client says it accepts the new media type
    response = await _post(anon_client, NEW, "{ __typename }")
    # then the answer is of that type, in UTF-8
    assert response.status_code == 200
    assert response.headers["content-type"] == f"{NEW}; charset=utf-8"
    assert response.json() == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize("accept", [OLD, "*/*", None, f"{OLD}, {NEW};q=0.5"])
async def test_other_clients_get_application_json(anon_client, accept):
    response = await _post(anon_client, accept, "{ __typename }")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(OLD)


@pytest.mark.parametrize(("query", "variables"), [
    (UNPARSABLE, None), (INVALID, None), (COERCION, {"id": None})],
    ids=["parse", "validation", "variable-coercion"])
async def test_a_request_error_is_a_400_without_data_for_graphql_response_json(
        anon_client, query, variables):
    # when the document does not parse, does not validate or its variables do not coerce
    response = await _post(anon_client, NEW, query, variables)
    # then nothing ran: 400, errors and no data entry
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(NEW)
    body = response.json()
    assert "data" not in body and body["errors"]


@pytest.mark.parametrize(("query", "variables"), [
    (UNPARSABLE, None), (INVALID, None), (COERCION, {"id": None})],
    ids=["parse", "validation", "variable-coercion"])
async def test_a_request_error_stays_200_with_null_data_for_application_json(
        anon_client, query, variables):
    response = await _post(anon_client, OLD, query, variables)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(OLD)
    body = response.json()
    assert body["data"] is None and body["errors"]


async def test_a_field_error_during_execution_stays_200_with_its_data(anon_client):
    # given an anonymous caller, whom reading the ledgers is refused by a resolver
    response = await _post(anon_client, NEW, "{ ledgers { code } }")
    # then the request executed: 200 with the data entry and the field's error
    assert response.status_code == 200
    body = response.json()
    assert "data" in body and body["errors"][0]["path"] == ["ledgers"]


@pytest.mark.parametrize(("accept", "wanted"), [
    (NEW, True),
    (f"{NEW}, {OLD}", True),
    (f"{OLD};q=0.9, {NEW}", True),
    (f"{NEW};q=0.5, {OLD}", False),
    (f"{NEW};q=0", False),
    ("*/*", False),
    ("", False),
    (None, False),
])
def test_the_accept_header_decides_the_media_type(accept, wanted):
    assert wants_graphql_response_json(accept) is wanted
