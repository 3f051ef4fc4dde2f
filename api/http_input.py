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


def strict_json(data: str | bytes) -> object:
    """The decoded body, or an `HTTPException(400)` saying what is wrong with it."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    except UnicodeDecodeError as error:
        raise HTTPException(400, "The request body is not valid UTF-8") from error
    try:
        value = json.loads(text)
    except RecursionError as error:
        raise HTTPException(400, f"The request body nests deeper than {MAX_JSON_DEPTH} "
                                 "levels") from error
    except ValueError as error:  # JSONDecodeError, and integers beyond Python's digit limit
        raise HTTPException(400, "Unable to parse request body as JSON") from error
    if json_depth(value) > MAX_JSON_DEPTH:
        raise HTTPException(400, f"The request body nests deeper than {MAX_JSON_DEPTH} levels")
    return value


class StrictJsonBody:
    """Mixed into the GraphQL view, ahead of Strawberry's own decoding."""

    def decode_json(self, data: str | bytes) -> object:
        return strict_json(data)

    def parse_json(self, data: str | bytes) -> Any:
        value = strict_json(data)
        if not isinstance(value, dict | list):
            raise HTTPException(400, "The request body must be a JSON object")
        return value
