"""Tortoise drops FOR UPDATE from a `values()` or `values_list()` query, so a lock written that
way locks nothing (a review found two): no domain module chains them."""

from __future__ import annotations

import ast
from pathlib import Path

MODELS = Path(__file__).resolve().parents[1] / "models"


def test_no_select_for_update_is_chained_with_values() -> None:
    offending = []
    for path in sorted(MODELS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("values", "values_list") \
                    and "select_for_update()" in ast.unparse(node.func.value):
                offending.append(f"{path.relative_to(MODELS)}:{node.lineno}")
    assert offending == []
