"""What a rule's condition (`conditions`) and a segment's definition (`segments`) share: a tree
of `{"all" | "any": [...]}` groups over clauses, checked group by group to a depth and a count of
clauses, each refusal naming the path of the bad part; and the checks of the values their clauses
share (integers, ISO dates)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

Fail = Callable[[str, str], Exception]  # (path, message) -> the refusal to raise
Leaf = Callable[[Mapping[str, Any], str], dict[str, Any]]  # a clause at a path, checked

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_tree(tree: Any, path: str, *, max_depth: int, max_clauses: int, noun: str,
               leaf: Leaf, fail: Fail) -> dict[str, Any]:
    """`tree` in its normal form: groups of one key (all or any) holding lists, at most
    `max_depth` deep, at most `max_clauses` clauses in all (a `noun` has at most ...), each
    clause as `leaf` checks it; otherwise `fail`'s refusal, naming the path."""
    counter = [0]

    def node_at(node: Any, path: str, depth: int) -> dict[str, Any]:
        if not isinstance(node, Mapping):
            raise fail(path, "a group or a clause must be an object")
        if "all" in node or "any" in node:
            if depth > max_depth:
                raise fail(path, f"groups nest at most {max_depth} deep")
            if len(node) != 1:
                raise fail(path, "a group has one key, all or any")
            (combinator, children), = node.items()
            if not isinstance(children, list):
                raise fail(f"{path}.{combinator}", "a group holds a list")
            return {combinator: [node_at(child, f"{path}.{combinator}[{index}]", depth + 1)
                                 for index, child in enumerate(children)]}
        counter[0] += 1
        if counter[0] > max_clauses:
            raise fail(path, f"a {noun} has at most {max_clauses} clauses")
        return leaf(node, path)

    return node_at(tree, path, 1)


def is_int(value: Any) -> bool:
    """An integer, and not a boolean (which Python counts as one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def check_iso_date(value: Any, path: str, fail: Fail) -> str:
    """A Gregorian ISO date of this era (a Jalali year sent as if Gregorian is refused)."""
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise fail(path, "a date is ISO, YYYY-MM-DD (Gregorian)")
    try:
        parsed = date.fromisoformat(value)
    except ValueError as error:
        raise fail(path, f"not a date: {value}") from error
    if not 1900 <= parsed.year <= 2999:  # a Jalali year (14xx) sent as if Gregorian
        raise fail(path, f"{value} is not a Gregorian date of this era (Jalali is the UI's)")
    return value
