"""Scalars the schema needs beyond GraphQL's own: a 64-bit integer and JSON."""

from __future__ import annotations

from typing import Any, NewType

import strawberry
from strawberry.types.scalar import ScalarDefinition

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

Long = NewType("Long", int)
JSON = NewType("JSON", object)


def _parse_long(value: Any) -> int:
    # bool is an int in Python; a JSON true must not become 1 rial.
    if isinstance(value, bool):
        raise ValueError("Long expects an integer, not a boolean")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    else:
        raise ValueError("Long expects an integer or a string of decimal digits")
    if not INT64_MIN <= number <= INT64_MAX:
        raise ValueError("Long is a signed 64-bit integer")
    return number


SCALAR_MAP: dict[object, ScalarDefinition] = {
    Long: strawberry.scalar(
        name="Long",
        description=(
            "A signed 64-bit integer (amounts in the ledger's smallest unit). Serialized as a "
            "decimal string so that JavaScript clients never lose precision; accepted as an "
            "integer or a decimal string."
        ),
        serialize=lambda value: str(int(value)),
        parse_value=_parse_long,
    ),
    JSON: strawberry.scalar(
        name="JSON",
        description="Arbitrary JSON (metadata kept with an account or a transfer).",
        serialize=lambda value: value,
        parse_value=lambda value: value,
    ),
}
