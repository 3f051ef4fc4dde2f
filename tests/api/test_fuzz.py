"""Schemathesis fuzzes every query and mutation; no request may end in an internal error.

Schemathesis (GraphQL mode) generates the operations from the schema, valid and invalid values
alike, and this test sends them in-process to the app as a staff owner, so mutations get past
their access rules. An internal error is a 5xx or a top-level error at a field (`path`) without
an `extensions.code`: refusals, permission errors and domain errors all carry a code, bugs do not.
The examples are derandomized and bounded so the run takes well under a minute; raise
`ETEBAR_FUZZ_EXAMPLES` for a longer hunt.
"""

import asyncio
import json
import logging
import os
from typing import Any

import graphql
import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.generation.modes import GenerationMode
from schemathesis.graphql import nodes

from etebar.domains.compose import export_sdl

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("ETEBAR_FUZZ_EXAMPLES", "200"))
# These end the fuzzer's own access (its token, its account, its role), not the server's.
OWN_CREDENTIALS = ["Mutation.signOut", "Mutation.deactivateStaff", "Mutation.changeStaffRole"]


def _object(fields: dict[str, Any]) -> graphql.ObjectValueNode:
    return nodes.Object([graphql.ObjectFieldNode(name=graphql.NameNode(value=key), value=value)
                         for key, value in fields.items()])


def json_literals() -> st.SearchStrategy[graphql.ObjectValueNode]:
    """JSON objects (metadata) as GraphQL literals, holding text, numbers, booleans, lists and
    objects; keys are GraphQL names, as a literal requires."""
    keys = st.from_regex(r"[_A-Za-z][_0-9A-Za-z]{0,8}", fullmatch=True)
    leaves = st.one_of(st.text().map(nodes.String), st.integers().map(nodes.Int),
                       st.booleans().map(nodes.Boolean))
    values = st.recursive(leaves, lambda children: st.one_of(
        st.dictionaries(keys, children, max_size=4).map(_object),
        st.lists(children, max_size=4).map(nodes.List)), max_leaves=12)
    return st.dictionaries(keys, values, max_size=4).map(_object)


schemathesis.graphql.scalar("JSON", json_literals())


def _collector(bodies: list[dict[str, Any]], *, poison: bool) -> Any:
    def collect(case: Any) -> None:
        body = case.as_transport_kwargs(base_url="http://test/graphql")["json"]
        bodies.append(body)
        if poison:
            bodies.extend(poisoned(body))

    return collect


def generate_cases() -> list[dict[str, Any]]:
    """`EXAMPLES` valid operations (each also poisoned) and as many invalid ones, as the JSON
    bodies to post."""
    schema = schemathesis.graphql.from_file(export_sdl()).exclude(name=OWN_CREDENTIALS)
    bodies: list[dict[str, Any]] = []
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        collect = given(case=schema.as_strategy(generation_mode=mode))(
            _collector(bodies, poison=mode is GenerationMode.POSITIVE))
        settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                 phases=[Phase.generate], suppress_health_check=list(HealthCheck))(collect)()
    return bodies


# What fuzzing found reaching PostgreSQL: appended to every string of the valid cases, since
# random text holds them too rarely for a short run to find them.
POISONS = ["\x00", "\ud800", "\u202e", "x" * 5000]


class _Poison(graphql.Visitor):
    def __init__(self, poison: str) -> None:
        super().__init__()
        self.poison = poison

    def enter_string_value(self, node: graphql.StringValueNode, *_: Any) -> Any:
        return graphql.StringValueNode(value=node.value + self.poison)


def poisoned(body: dict[str, Any]) -> list[dict[str, Any]]:
    """`body` once per poison, with the poison appended to each of its strings."""
    document = graphql.parse(body["query"])
    variants = []
    for poison in POISONS:
        changed = graphql.print_ast(graphql.visit(document, _Poison(poison)))
        if changed != body["query"]:
            variants.append({**body, "query": changed})
    return variants


def internal_errors(response: httpx.Response) -> list[Any]:
    if response.status_code >= 500:
        return [f"HTTP {response.status_code}: {response.text[:300]}"]
    body = response.json() if response.headers.get("content-type", "").endswith("json") else {}
    errors = (body.get("errors") if isinstance(body, dict) else None) or []
    return [e for e in errors if e.get("path") and not (e.get("extensions") or {}).get("code")]


async def test_fuzzed_operations_never_end_in_an_internal_error(api_app, staff_token, db,
                                                               caplog):
    # given the operations schemathesis generates from the schema
    caplog.set_level(logging.INFO)
    bodies = await asyncio.to_thread(generate_cases)
    assert {b["query"].split()[0] for b in bodies} >= {"mutation", "{"}
    # when each is sent as a staff owner
    failures = []
    transport = httpx.ASGITransport(app=api_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test", timeout=30,
                                 headers={"Authorization": f"Bearer {staff_token}"}) as client:
        for body in bodies:
            # ASCII JSON: a generated string may hold a lone surrogate, sent escaped
            response = await client.post("/graphql", content=json.dumps(body).encode(),
                                         headers={"content-type": "application/json"})
            if found := internal_errors(response):
                failures.append((json.dumps(body)[:500], found))
    # then none ends in an internal error, and none of the client's mistakes is logged as one
    assert failures == []
    assert [r.getMessage()[:300] for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_the_fuzzers_judge_flags_server_errors_and_uncoded_field_errors():
    request = httpx.Request("POST", "http://test/graphql")
    bug = {"message": "boom", "path": ["ledgers"]}
    refusal = {"message": "no", "path": ["ledgers"], "extensions": {"code": "FORBIDDEN"}}
    invalid_document = {"message": "Syntax Error"}
    assert internal_errors(httpx.Response(500, request=request))
    assert internal_errors(httpx.Response(200, json={"errors": [bug]}, request=request))
    assert not internal_errors(httpx.Response(200, json={"errors": [refusal, invalid_document]},
                                              request=request))
