"""A segment's definition is checked when it is saved: a typed refusal names the bad part's
path, and a refused definition writes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.segment_tables import Segment
from models.loyalty.segments import InvalidSegment, check_definition, create_segment
from tests.loyalty.purchases.conftest import Shop


def clause(field: str, op: str, value: Any) -> dict[str, Any]:
    return {"field": field, "op": op, "value": value}


def test_an_empty_definition_is_every_member() -> None:
    assert check_definition({}) == {"all": []}
    assert check_definition(None) == {"all": []}


def test_a_valid_definition_is_kept_in_its_normal_form() -> None:
    given = {"any": [clause("tier", "in", [3, 1, 3]),
                     {"all": [clause("spend_90", "between", [0, 5_000]),
                              clause("never_purchased", "is", False)]}]}
    assert check_definition(given) == {"any": [clause("tier", "in", [1, 3]), given["any"][1]]}


@pytest.mark.parametrize(("definition", "path"), [
    ([], "definition"),
    ({"all": [], "any": []}, "definition"),
    ({"all": {}}, "definition.all"),
    ({"all": [clause("favourite_colour", "in", [1])]}, "definition.all[0].field"),
    ({"all": [clause("spend_30", "in", [1])]}, "definition.all[0].op"),
    ({"all": [{"field": "spend_30", "op": "gte"}]}, "definition.all[0]"),
    ({"all": [clause("spend_30", "gte", "1000")]}, "definition.all[0].value"),
    ({"all": [clause("spend_30", "gte", -1)]}, "definition.all[0].value"),
    ({"all": [clause("spend_30", "gte", 10**16)]}, "definition.all[0].value"),
    ({"all": [clause("purchases_90", "gte", True)]}, "definition.all[0].value"),
    ({"all": [clause("purchases_90", "between", [5, 1])]}, "definition.all[0].value"),
    ({"all": [clause("enrolled_days", "lte", 40_000)]}, "definition.all[0].value"),
    ({"all": [clause("enrolled_before", "is", "1404-01-01")]}, "definition.all[0].value"),
    ({"all": [clause("enrolled_after", "is", "2026-02-30")]}, "definition.all[0].value"),
    ({"all": [clause("tier", "in", [])]}, "definition.all[0].value"),
    ({"all": [clause("member_group", "in", [0])]}, "definition.all[0].value"),
    ({"all": [clause("never_purchased", "is", 1)]}, "definition.all[0].value"),
    ({"all": [{"all": [{"all": [{"all": []}]}]}]}, "definition.all[0].all[0].all[0]"),
])
def test_a_bad_definition_is_refused_naming_the_bad_part(definition: Any, path: str) -> None:
    with pytest.raises(InvalidSegment) as refused:
        check_definition(definition)
    assert refused.value.code == LoyaltyErrorCode.INVALID_SEGMENT
    assert refused.value.field == path


def test_a_definition_of_more_than_fifty_clauses_is_refused() -> None:
    check_definition({"all": [clause("purchases_30", "gte", 1)] * 50})
    with pytest.raises(InvalidSegment) as refused:
        check_definition({"all": [clause("purchases_30", "gte", 1)] * 51})
    assert refused.value.field == "definition.all[50]"


async def test_a_refused_definition_writes_nothing(shop: Shop) -> None:
    with pytest.raises(InvalidSegment):
        await create_segment(shop.club, "Broken", {"all": [clause("spend", "gte", 1)]})
    assert await Segment.filter(club_id=shop.club.id).count() == 0
