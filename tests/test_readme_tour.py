"""README.md's tour of the API, pasted as a newcomer would: every ```graphql block, in order,
against a freshly seeded demo, with the demo token, through the real ASGI app.

The convention the README states before its first block:
- a ```graphql block is one operation; a ```json block right after it (blank lines between at
  most) is its variables;
- `# keep: NAME = path` at the top of a block names a value of its answer: the path walks
  `data` by field names and list positions (`0` is the first), `[field=value]` picks the first
  item of a list whose field has that value, and `~ regex` keeps the first match in a text;
- `"$NAME"` as a whole string in a later block's variables stands for that kept value;
- `# as: NAME` runs the block with the kept secret NAME as its bearer token instead of the
  demo token, `# as: nobody` with none;
- `# over: websocket` marks a subscription: it runs through the schema and its first event
  is checked.
A block fails the tour when its answer has top-level errors, a null root field, a root field
without its `__typename`, an empty object (a union member the selection forgot), or any object
whose type is an error (implements UserError).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncGenerator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import graphql
import httpx
import pytest

from api.context import context_for_token
from etebar.domains.compose import build_schema, seed_demo_steps
from models.demo import seed_demo
from models.platform.settings import Settings
from tests.conftest import PUBLIC_ADDRESS
from tests.services import services_for
from tests.topups.conftest import banks  # noqa: F401  (a fixture: the banks reached in process)

README = Path(__file__).resolve().parent.parent / "README.md"
FENCE = re.compile(r"^```(\w*)[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)
DIRECTIVE = re.compile(r"^\s*#\s*(keep|as|over):\s*(.+?)\s*$")
KEEP = re.compile(r"^([A-Z][A-Z0-9_]*)\s*=\s*(.+?)(?:\s+~\s+(.+))?$")
PATH_STEP = re.compile(r"\[([^=\]]+)=([^\]]*)\]|([^.\[]+)")
PLACEHOLDER = re.compile(r"^\$([A-Z][A-Z0-9_]*)$")
NOBODY = "nobody"
SCHEMA = build_schema(Settings(environment="test"))
SERVICES = services_for()


class TourError(AssertionError):
    """A block of the tour that does not work as pasted."""


@dataclass(slots=True)
class Keep:
    name: str
    path: str
    pattern: str | None = None


@dataclass(slots=True)
class Block:
    line: int
    text: str
    variables: dict[str, Any] = field(default_factory=dict)
    keeps: list[Keep] = field(default_factory=list)
    caller: str | None = None
    websocket: bool = False

    @property
    def where(self) -> str:
        return f"README.md line {self.line}"


def tour_blocks(markdown: str) -> list[Block]:
    """Every ```graphql block with its variables and directives, in the README's order."""
    fences = list(FENCE.finditer(markdown))
    blocks = []
    for index, fence in enumerate(fences):
        if fence.group(1) != "graphql":
            continue
        block = Block(line=markdown.count("\n", 0, fence.start()) + 1, text=fence.group(2))
        following = fences[index + 1] if index + 1 < len(fences) else None
        if (following is not None and following.group(1) == "json"
                and not markdown[fence.end():following.start()].strip()):
            block.variables = json.loads(following.group(2))
        for line in block.text.splitlines():
            directive = DIRECTIVE.match(line)
            if directive is None:
                continue
            kind, value = directive.groups()
            if kind == "keep":
                keep = KEEP.match(value)
                if keep is None:
                    raise TourError(f"{block.where}: cannot read `# keep: {value}`")
                block.keeps.append(Keep(*keep.groups()))
            elif kind == "as":
                block.caller = value
            else:
                block.websocket = value == "websocket"
        blocks.append(block)
    return blocks


def one_operation(block: Block) -> graphql.OperationDefinitionNode:
    document = graphql.parse(block.text)
    operations = [d for d in document.definitions
                  if isinstance(d, graphql.OperationDefinitionNode)]
    if len(operations) != 1 or len(document.definitions) != 1:
        raise TourError(f"{block.where}: a block is one operation, this one has "
                        f"{len(document.definitions)} definitions")
    return operations[0]


def resolve(data: Any, keep: Keep, where: str) -> str:
    """The value `keep.path` names in `data` (see the module's docstring)."""
    value = data
    for step in PATH_STEP.finditer(keep.path):
        by_field, wanted, name = step.groups()
        try:
            if by_field is not None:
                value = next(item for item in value if _text(item.get(by_field)) == wanted)
            elif name.isdigit():
                value = value[int(name)]
            else:
                value = value[name]
        except (KeyError, IndexError, TypeError, StopIteration):
            raise TourError(f"{where}: `{keep.path}` names nothing in {data}") from None
    if keep.pattern is not None:
        found = re.search(keep.pattern, str(value))
        if found is None:
            raise TourError(f"{where}: `{keep.pattern}` finds nothing in {value!r}")
        return found.group(0)
    return _text(value)


def _text(value: Any) -> str:
    """A value as the README writes it: strings bare, the rest as JSON (`true`, `7`)."""
    return value if isinstance(value, str) else json.dumps(value)


def substitute(value: Any, kept: dict[str, str], where: str) -> Any:
    if isinstance(value, dict):
        return {k: substitute(v, kept, where) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, kept, where) for v in value]
    if isinstance(value, str) and (placeholder := PLACEHOLDER.match(value)):
        name = placeholder.group(1)
        if name not in kept:
            raise TourError(f"{where}: ${name} is kept by no earlier block")
        return kept[name]
    return value


def error_types() -> frozenset[str]:
    schema = SCHEMA._schema
    interface = schema.get_type("UserError")
    assert isinstance(interface, graphql.GraphQLInterfaceType)
    return frozenset(t.name for t in schema.get_implementations(interface).objects)


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)


def check_answer(block: Block, body: dict[str, Any], errors: frozenset[str]) -> dict[str, Any]:
    """The answer's data, if it is a success all the way down; else TourError saying why."""
    if body.get("errors"):
        raise TourError(f"{block.where}: errors {body['errors']}")
    data = body.get("data")
    if not isinstance(data, dict) or not data:
        raise TourError(f"{block.where}: no data in {body}")
    for name, value in data.items():
        roots = value if isinstance(value, list) else [value]
        if value is None or any(not isinstance(r, dict) or "__typename" not in r for r in roots):
            raise TourError(f"{block.where}: `{name}` answers without its __typename: {value}")
    for obj in _objects(data):
        if not obj:
            raise TourError(f"{block.where}: an empty object (an arm is missing) in {data}")
        if obj.get("__typename") in errors:
            raise TourError(f"{block.where}: refused with {obj}")
    return data


@dataclass(slots=True)
class Tour:
    client: httpx.AsyncClient
    demo_token: str
    errors: frozenset[str]
    kept: dict[str, str] = field(default_factory=dict)

    def token(self, block: Block) -> str | None:
        if block.caller is None:
            return self.demo_token
        if block.caller == NOBODY:
            return None
        if block.caller not in self.kept:
            raise TourError(f"{block.where}: `# as: {block.caller}` is kept by no earlier block")
        return self.kept[block.caller]

    async def run(self, block: Block) -> None:
        operation = one_operation(block)
        variables = substitute(block.variables, self.kept, block.where)
        token = self.token(block)
        if operation.operation is graphql.OperationType.SUBSCRIPTION:
            if not block.websocket:
                raise TourError(f"{block.where}: a subscription says `# over: websocket`")
            body = await self._first_event(block, token, variables)
        else:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await self.client.post("/graphql", headers=headers, json={
                "query": block.text, "variables": variables})
            if response.status_code != 200:
                raise TourError(f"{block.where}: HTTP {response.status_code} {response.text}")
            body = response.json()
        data = check_answer(block, body, self.errors)
        for keep in block.keeps:
            self.kept[keep.name] = resolve(data, keep, block.where)

    async def _first_event(self, block: Block, token: str | None,
                           variables: dict[str, Any]) -> dict[str, Any]:
        context = await context_for_token(token, SERVICES)
        stream = await SCHEMA.subscribe(block.text, context_value=context,
                                        variable_values=variables)
        if not isinstance(stream, AsyncGenerator):
            return {"data": stream.data, "errors": stream.errors}
        try:
            result = await asyncio.wait_for(anext(stream), 10)
        finally:
            await stream.aclose()
        return {"data": result.data,
                "errors": [e.formatted for e in result.errors] if result.errors else None}


# --- the convention itself ---------------------------------------------------------------------

def test_a_block_keeps_values_and_takes_its_variables_from_the_json_after_it():
    markdown = ('```graphql\n# keep: WALLET = a.nodes[code=x].id\n'
                '# keep: CODE = b.text ~ [0-9]{6}\n# as: nobody\n'
                'query Q($id: ID!) { a(id: $id) { __typename } }\n```\n\n'
                '```json\n{"id": "$EARLIER"}\n```\n')
    [block] = tour_blocks(markdown)
    assert block.variables == {"id": "$EARLIER"} and block.caller == NOBODY
    data = {"a": {"nodes": [{"code": "y", "id": "1"}, {"code": "x", "id": "2"}]},
            "b": {"text": "Your code: 042917\nDo not share it."}}
    assert [resolve(data, k, block.where) for k in block.keeps] == ["2", "042917"]
    assert substitute(block.variables, {"EARLIER": "7"}, block.where) == {"id": "7"}


def test_a_placeholder_no_earlier_block_kept_fails_the_tour():
    with pytest.raises(TourError, match=r"\$MISSING is kept by no earlier block"):
        substitute({"id": "$MISSING"}, {}, "README.md line 1")


def test_a_block_with_two_operations_fails_the_tour():
    [block] = tour_blocks("```graphql\nquery A { a }\nquery B { b }\n```\n")
    with pytest.raises(TourError, match="one operation"):
        one_operation(block)


@pytest.mark.parametrize(("body", "why"), [
    ({"data": None, "errors": [{"message": "boom"}]}, "errors"),
    ({"data": {"pay": {}}}, "without its __typename"),
    ({"data": {"pay": {"__typename": "OrderPaid", "order": {}}}}, "empty object"),
    ({"data": {"pay": {"__typename": "NotFoundError", "code": "not_found"}}}, "refused"),
    ({"data": {"ledgers": [{"code": "IRR"}]}}, "without its __typename"),
])
def test_an_answer_that_is_not_a_success_fails_the_tour(body: dict[str, Any], why: str):
    block = Block(line=1, text="{ x }")
    with pytest.raises(TourError, match=why):
        check_answer(block, body, error_types())


# --- the tour ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("banks")
async def test_every_graphql_block_of_the_readme_works_in_order_on_the_demo(
        api_app: Any, db: str, events: Any, dns: Any, tmp_path: Path):
    # given a freshly seeded demo, the token the README tells a newcomer to use, and the
    # webhook block's host resolving to its public address as it does on the internet
    dns.names["example.com"] = [PUBLIC_ADDRESS]
    seeded = await seed_demo(password="a demo password", stored_token=None)
    await seed_demo_steps(Settings(data_dir=tmp_path))  # each domain's step, as seed-demo runs
    blocks = tour_blocks(README.read_text(encoding="utf-8"))
    assert len(blocks) >= 20, "the tour lost its blocks"
    transport = httpx.ASGITransport(app=api_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
        tour = Tour(client=client, demo_token=seeded.token, errors=error_types())
        # when every block runs in order, then each answers a success
        for block in blocks:
            await tour.run(block)
