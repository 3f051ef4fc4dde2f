"""Ids in the schema are `ID` strings holding a database's integer key."""

from __future__ import annotations

import strawberry

from models.errors import CommonErrorCode, ValidationFailed


def parse_id(value: strawberry.ID | None, field: str) -> int | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 19 or int(text) >= 2**63:
        raise ValidationFailed(CommonErrorCode.INVALID_ID,
                               f"{field} must be a numeric id", field=field)
    return int(text)


def required_id(value: strawberry.ID, field: str) -> int:
    parsed = parse_id(value, field)
    assert parsed is not None
    return parsed


def to_id(value: int) -> strawberry.ID:
    return strawberry.ID(str(value))


def optional_id(value: int | None) -> strawberry.ID | None:
    return strawberry.ID(str(value)) if value is not None else None
