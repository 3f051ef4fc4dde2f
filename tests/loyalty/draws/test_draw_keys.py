"""The draws' tables are club tables: each has the club's id and names it in its unique keys
(as `tests/loyalty/test_club_keys.py` checks for `models.loyalty.tables`)."""

from __future__ import annotations

from tortoise.models import Model

import models.loyalty.draws_tables as tables


def _club_tables() -> list[type[Model]]:
    return [value for value in vars(tables).values()
            if isinstance(value, type) and issubclass(value, Model) and value is not Model
            and value.__module__ == tables.__name__]


def test_every_draw_table_has_a_club_id_column():
    assert len(_club_tables()) == 3
    assert all("club_id" in model._meta.fields_map or "club" in model._meta.fk_fields
               for model in _club_tables())


def test_every_unique_key_of_a_draw_table_names_the_club():
    assert [(model.__name__, keys) for model in _club_tables()
            for keys in model._meta.unique_together if "club_id" not in keys] == []
