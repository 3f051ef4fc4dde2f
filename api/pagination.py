"""Relay-style cursor connections over keyset pagination: every list that can grow pages."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from enum import Enum
from typing import Generic, TypeVar

import strawberry

from models.errors import CommonErrorCode, ValidationFailed

NodeT = TypeVar("NodeT")
MAX_PAGE = 200
MAX_KEY = 2**63 - 1  # ids are PostgreSQL bigints
_KEY = re.compile(r"[0-9]{1,19}")  # ASCII digits: int() would also read " 7" and "٧"


@strawberry.enum(description="Which end of a list comes first, by when its items were made.")
class ListOrder(Enum):
    NEWEST_FIRST = "newest_first"
    OLDEST_FIRST = "oldest_first"


def ordered_kind(kind: str, order: ListOrder) -> str:
    """The cursor kind of a list read in `order`: a cursor of one order is refused by the other
    (`invalid_cursor`), since the same id means a different place in each."""
    return f"{kind}_newest" if order is ListOrder.NEWEST_FIRST else kind


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Edge(Generic[NodeT]):
    cursor: str
    node: NodeT


@strawberry.type
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]]
    page_info: PageInfo

    @strawberry.field
    def nodes(self) -> list[NodeT]:
        return [edge.node for edge in self.edges]


def encode_cursor(kind: str, key: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{key}".encode()).decode()


def decode_cursor(kind: str, cursor: str | None) -> int | None:
    """The id a cursor of `kind` points after; anything else (another list's cursor, garbage,
    an id beyond the database's 64 bits) is `invalid_cursor`, before any query is made."""
    if cursor is None:
        return None
    try:
        found, _, key = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if found == kind and _KEY.fullmatch(key) and int(key) <= MAX_KEY:
            return int(key)
    except (ValueError, UnicodeError):
        pass
    raise ValidationFailed(CommonErrorCode.INVALID_CURSOR,
                           "the cursor is not one this list gave out",
                           field="after")


def page_size(first: int) -> int:
    if not 1 <= first <= MAX_PAGE:
        raise ValidationFailed(CommonErrorCode.INVALID_PAGE_SIZE,
                               f"first must be between 1 and {MAX_PAGE}",
                               field="first")
    return first


def connection(nodes: list[NodeT], limit: int, kind: str,
               key: Callable[[NodeT], int]) -> Connection[NodeT]:
    """A page of `nodes`, fetched with one more than `limit` to tell whether more follow."""
    edges = [Edge(cursor=encode_cursor(kind, key(n)), node=n) for n in nodes[:limit]]
    return Connection(edges=edges, page_info=PageInfo(
        has_next_page=len(nodes) > limit, end_cursor=edges[-1].cursor if edges else None))
