"""A condition's typed JSON: what it matches, in the club's timezone, and what it refuses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from models.loyalty.conditions import InvalidCondition, compile_condition, condition_facts
from models.loyalty.facts import PurchaseFacts
from tests.loyalty.rules.conftest import TEHRAN, purchase, tehran

# Saturday and Friday, 17:00 to 20:00 (Tehran)
WEEKEND_EVENING = {"all": [{"field": "weekday", "op": "in", "value": ["fri", "sat"]},
                           {"field": "hour", "op": "between", "value": [17, 20]}]}


def holds(condition: dict[str, Any], facts: PurchaseFacts) -> bool:
    compiled = compile_condition(condition)
    return compiled.test(condition_facts(facts, TEHRAN))


def test_a_weekday_and_hour_condition_holds_inside_its_window_in_tehran() -> None:
    assert holds(WEEKEND_EVENING, purchase(at=tehran("2026-12-05 17:00")))  # a Saturday
    assert holds(WEEKEND_EVENING, purchase(at=tehran("2026-12-04 19:59")))  # a Friday


def test_a_weekday_and_hour_condition_fails_outside_its_window() -> None:
    assert not holds(WEEKEND_EVENING, purchase(at=tehran("2026-12-05 20:00")))
    assert not holds(WEEKEND_EVENING, purchase(at=tehran("2026-12-06 18:00")))  # a Sunday


def test_the_hour_is_read_in_the_clubs_timezone_not_utc() -> None:
    # 14:00 UTC is 17:30 in Tehran (UTC+3:30, no daylight saving)
    assert holds(WEEKEND_EVENING, purchase(at=datetime(2026, 12, 5, 14, 0, tzinfo=UTC)))
    assert not holds(WEEKEND_EVENING, purchase(at=datetime(2026, 12, 5, 16, 45, tzinfo=UTC)))


def test_an_hour_range_may_wrap_past_midnight() -> None:
    night = {"all": [{"field": "hour", "op": "between", "value": [22, 2]}]}
    assert holds(night, purchase(at=tehran("2026-12-05 23:10")))
    assert holds(night, purchase(at=tehran("2026-12-06 01:59")))
    assert not holds(night, purchase(at=tehran("2026-12-06 02:00")))


def test_all_and_any_combine() -> None:
    condition = {"all": [
        {"field": "amount", "op": "gte", "value": 500_000},
        {"any": [{"field": "merchant", "op": "in", "value": [11, 12]},
                 {"field": "channel", "op": "in", "value": ["web"]}]},
    ]}
    assert holds(condition, purchase())
    assert holds(condition, purchase(merchant_id=99, channel="web"))
    assert not holds(condition, purchase(merchant_id=99))
    assert not holds(condition, purchase(amount=499_999))


def test_a_service_category_clause_holds_when_any_line_is_of_it() -> None:
    condition = {"any": [{"field": "service_category", "op": "in", "value": [5]}]}
    assert holds(condition, purchase(line_categories=[3, 5]))
    assert not holds(condition, purchase(line_categories=[3]))


def test_group_date_first_purchase_and_segment_clauses() -> None:
    condition = {"all": [
        {"field": "merchant_group", "op": "in", "value": [7]},
        {"field": "date", "op": "between", "value": ["2026-12-01", "2026-12-31"]},
        {"field": "first_at_merchant", "op": "is", "value": True},
        {"field": "segment", "op": "not_in", "value": [9]},
    ]}
    good = purchase(merchant_group_ids=frozenset({7, 8}), first_at_merchant=True)
    assert holds(condition, good)
    assert not holds(condition, purchase(merchant_group_ids=frozenset({7}),
                                         first_at_merchant=True, segment_ids=frozenset({9})))
    assert not holds(condition, purchase(merchant_group_ids=frozenset({7}),
                                         at=tehran("2027-01-01 10:00"), first_at_merchant=True))


def test_the_rule_engine_text_and_the_closures_agree() -> None:
    import rule_engine

    from models.loyalty.conditions import engine_context

    condition = {"all": [WEEKEND_EVENING, {"field": "merchant_group", "op": "in", "value": [7]},
                         {"field": "amount", "op": "between", "value": [1, 2_000_000]}]}
    compiled = compile_condition(condition)
    engine = rule_engine.Rule(compiled.expression, context=engine_context())
    for facts in (purchase(at=tehran("2026-12-05 18:00"), merchant_group_ids=frozenset({7})),
                  purchase(at=tehran("2026-12-05 18:00")),
                  purchase(at=tehran("2026-12-05 21:00"), merchant_group_ids=frozenset({7}))):
        view = condition_facts(facts, TEHRAN)
        assert engine.matches(view) == compiled.test(view)


def test_an_expression_clause_is_evaluated_by_rule_engine() -> None:
    condition = {"all": [{"expression": "amount > 900000 and channel == \"pos\""}]}
    assert holds(condition, purchase())
    assert not holds(condition, purchase(amount=900_000))


def test_an_expression_that_fails_on_a_purchase_is_false_for_it_not_an_error() -> None:
    # given an expression that type-checks but overflows on real amounts
    condition = {"any": [{"expression": "amount ** amount > 0"},
                         {"field": "amount", "op": "gte", "value": 5_000_000}]}
    # then it is false for the purchase and the other clauses still decide
    assert not holds(condition, purchase(amount=1_000_000))
    assert holds(condition, purchase(amount=5_000_000))


@pytest.mark.parametrize(("condition", "path"), [
    ({"all": [{"field": "weekday", "op": "in", "value": ["someday"]}]},
     "condition.all[0].value"),
    ({"all": [{"any": [{"field": "colour", "op": "in", "value": [1]}]}]},
     "condition.all[0].any[0].field"),
    ({"all": [{"field": "amount", "op": "in", "value": [1]}]}, "condition.all[0].op"),
    ({"all": [{"field": "amount", "op": "between", "value": [5, 1]}]},
     "condition.all[0].value"),
    ({"all": [{"field": "merchant", "op": "in", "value": ["11"]}]}, "condition.all[0].value"),
    ({"all": [{"field": "date", "op": "gte", "value": "1405-09-14"}]},
     "condition.all[0].value"),
    ({"any": [{"expression": "amount + \"rials\" > 3"}]}, "condition.any[0]"),
    ({"any": [{"expression": "amount"}]}, "condition.any[0]"),
    ({"any": [{"expression": "colour == 3"}]}, "condition.any[0]"),
    ({"all": [{"all": [{"all": [{"all": [{"all": []}]}]}]}]},
     "condition.all[0].all[0].all[0].all[0]"),
])
def test_a_bad_clause_is_refused_naming_its_path(condition: dict[str, Any], path: str) -> None:
    with pytest.raises(InvalidCondition) as refused:
        compile_condition(condition)
    assert refused.value.code == "invalid_condition"
    assert refused.value.field == path


def test_too_many_clauses_are_refused() -> None:
    clause = {"field": "amount", "op": "gte", "value": 1}
    with pytest.raises(InvalidCondition):
        compile_condition({"all": [clause] * 51})


def test_a_condition_pinning_merchants_names_them_for_the_index() -> None:
    pinned = compile_condition({"all": [
        {"field": "merchant", "op": "in", "value": [11, 12]},
        {"any": [{"field": "merchant", "op": "in", "value": [12]},
                 {"field": "merchant", "op": "in", "value": [13]}]}]})
    assert pinned.merchant_ids == {12}
    loose = compile_condition({"any": [{"field": "merchant", "op": "in", "value": [11]},
                                       {"field": "amount", "op": "gte", "value": 1}]})
    assert loose.merchant_ids == frozenset()
