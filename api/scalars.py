"""Scalars the schema needs beyond GraphQL's own: a 64-bit integer, a sum of any size, JSON."""

from __future__ import annotations

import re
from typing import Any, NewType

import strawberry
from strawberry.types.scalar import ScalarDefinition

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

# ASCII digits only: `str.isdigit` and `int()` also take "٧", "７" and surrounding spaces, so a
# value could be read differently here than by the client or a log reader. 20 characters hold
# any 64-bit value and keep `int()` from ever seeing a long string.
_LONG_TEXT = re.compile(r"-?[0-9]{1,19}")

Long = NewType("Long", int)
BigInt = NewType("BigInt", int)
JSON = NewType("JSON", object)


def _parse_long(value: Any) -> int:
    # bool is an int in Python; a JSON true must not become 1 rial.
    if isinstance(value, bool):
        raise ValueError("Long expects an integer, not a boolean")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _LONG_TEXT.fullmatch(value):
        number = int(value)
    else:
        raise ValueError("Long expects an integer or a string of ASCII digits, "
                         "optionally after a minus sign")
    if not INT64_MIN <= number <= INT64_MAX:
        raise ValueError("Long is a signed 64-bit integer")
    return number


def _output_only(value: Any) -> int:
    raise ValueError("BigInt is output only")


SCALAR_MAP: dict[object, ScalarDefinition] = {
    Long: strawberry.scalar(
        name="Long",
        description=(
            "A signed 64-bit integer (amounts in the ledger's smallest unit). Serialized as a "
            "decimal string so that JavaScript clients never lose precision; accepted as a JSON "
            "integer or a string of ASCII digits with an optional leading minus sign (no spaces, "
            "no other digits, no booleans, no fractions)."
        ),
        serialize=lambda value: str(int(value)),
        parse_value=_parse_long,
    ),
    BigInt: strawberry.scalar(
        name="BigInt",
        description=(
            "An integer of any size: a sum over many accounts or transfers, which may exceed "
            "64 bits. Serialized as a string of ASCII decimal digits, with a leading minus sign "
            "when negative; read it into an arbitrary-precision integer (JavaScript's BigInt, "
            "Python's int, Java's BigInteger). Output only."
        ),
        serialize=lambda value: str(int(value)),
        parse_value=_output_only,
    ),
    JSON: strawberry.scalar(
        name="JSON",
        description="Arbitrary JSON (metadata kept with an account or a transfer).",
        serialize=lambda value: value,
        parse_value=lambda value: value,
    ),
}
