"""Every table a club owns carries the club's id and names it in its unique keys, so that a club
can become the shard key of a distributed PostgreSQL (research notes, section F)."""

from __future__ import annotations

import ast
from pathlib import Path

from tortoise.models import Model

import models.loyalty.network_tables as network_tables
import models.loyalty.tables as tables

# A merchant's own rows (its shops, terminals and their keys) belong to no one club: a terminal
# serves every club its merchant is in. The club is its own key.
NOT_CLUB_OWNED = {"Club", "Branch", "Terminal", "TerminalKey"}

LOYALTY = Path(tables.__file__).parent


def _club_tables() -> list[type[Model]]:
    found = [value for module in (tables, network_tables)
             for name, value in vars(module).items()
             if isinstance(value, type) and issubclass(value, Model) and value is not Model
             and value.__module__ == module.__name__ and name not in NOT_CLUB_OWNED]
    assert found
    return found


def test_every_club_table_has_a_club_id_column() -> None:
    missing = [model.__name__ for model in _club_tables()
               if "club_id" not in model._meta.fields_map and "club" not in model._meta.fk_fields]
    assert not missing


def test_every_unique_key_of_a_club_table_names_the_club() -> None:
    offending = [(model.__name__, keys) for model in _club_tables()
                 for keys in model._meta.unique_together if "club_id" not in keys]
    assert not offending


def test_no_club_table_has_a_unique_column_of_its_own() -> None:
    """A unique column alone would be unique across clubs: the key must include the club."""
    offending = [(model.__name__, name) for model in _club_tables()
                 for name, field in model._meta.fields_map.items()
                 if field.unique and not field.pk and not field.reference
                 and name != "account"]  # a ledger account belongs to one row everywhere
    assert not offending


def test_every_lock_on_a_club_table_filters_by_the_club() -> None:
    """`select_for_update()` chains in the loyalty domain name `club_id` in their filter."""
    offending = []
    for path in sorted(LOYALTY.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                text = ast.unparse(node)
                if "select_for_update()." in text and "club_id" not in text:
                    offending.append(f"{path.name}: {text[:120]}")
    assert not offending
