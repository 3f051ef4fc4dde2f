"""Reading a GraphQL request's JSON body strictly: a client's malformed body is a 400, never a 500.

Strawberry decodes the body with `json.loads`, which lets three kinds of client mistake escape as
server errors: bytes that are not UTF-8 (`UnicodeDecodeError`), nesting deep enough to exhaust
the decoder's recursion (`RecursionError`) and a body that is JSON but not an object (its `.get`
fails). Nesting below that is limited too, so that no later walk over the variables (coercion,
the input checks, the audit log, the database's JSON encoder) meets a thousand levels.
"""

from __future__ import annotations

import json
from typing import Any

from cross_web import HTTPException

# Deeper than any request this API needs (metadata has its own, smaller limit), far below the
# depth at which a recursive walk over the value would fail.
MAX_JSON_DEPTH = 64


def json_depth(value: Any) -> int:
    """How deeply `value` nests (a scalar is 0), found without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        else:
            deepest = max(deepest, depth)
            continue
        deepest = max(deepest, depth + 1)
        if deepest > MAX_JSON_DEPTH:
            break
    return deepest


class UnreadableJson(json.JSONDecodeError):
    """A body or websocket message that cannot be read as JSON (Strawberry's websocket handler
    closes the connection on a `JSONDecodeError`, its HTTP view answers 400)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, "", 0)


def strict_json(data: str | bytes) -> object:
    """The decoded JSON, or `UnreadableJson` saying what is wrong with it."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    except UnicodeDecodeError as error:
        raise UnreadableJson("The request body is not valid UTF-8") from error
    too_deep = f"The request body nests deeper than {MAX_JSON_DEPTH} levels"
    try:
        value = json.loads(text)
    except RecursionError as error:
        raise UnreadableJson(too_deep) from error
    except json.JSONDecodeError as error:
        raise UnreadableJson("Unable to parse request body as JSON") from error
    except ValueError as error:  # an integer beyond Python's digit limit
        raise UnreadableJson("Unable to parse request body as JSON") from error
    if json_depth(value) > MAX_JSON_DEPTH:
        raise UnreadableJson(too_deep)
    return value


class StrictJsonBody:
    """Mixed into the GraphQL view, ahead of Strawberry's own decoding: `decode_json` for
    websocket messages, `parse_json` for HTTP bodies."""

    def decode_json(self, data: str | bytes) -> object:
        return strict_json(data)

    def parse_json(self, data: str | bytes) -> Any:
        try:
            value = strict_json(data)
        except UnreadableJson as error:
            raise HTTPException(400, error.msg) from error
        if not isinstance(value, dict | list):
            raise HTTPException(400, "The request body must be a JSON object")
        return value
