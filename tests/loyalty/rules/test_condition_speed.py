"""Why a purchase evaluates closures, not rule-engine: the same six-clause condition, measured
both ways, and a purchase's evaluation of 100 candidate rules within the 1 ms budget (p99 ≤ 1 ms
is the benchmark's target; this test holds the median to it, to stay steady on a busy machine)."""

from __future__ import annotations

import random
import time

import rule_engine

from models.loyalty.conditions import compile_condition, condition_facts, engine_context
from models.loyalty.evaluation import evaluate
from tests.loyalty.rules.conftest import TEHRAN, purchase
from tests.loyalty.rules.support import rule

SIX_CLAUSES = [{"field": "weekday", "op": "in", "value": ["fri", "sat"]},
               {"field": "hour", "op": "between", "value": [8, 20]},
               {"field": "amount", "op": "gte", "value": 100_000},
               {"field": "channel", "op": "in", "value": ["pos", "web"]},
               {"field": "merchant_group", "op": "in", "value": [7]},
               {"field": "first_at_club", "op": "is", "value": False}]
FACTS = purchase(merchant_group_ids=frozenset({7}))


def seconds_each(run: object, times: int) -> float:
    assert callable(run)
    start = time.perf_counter()
    for _ in range(times):
        run()
    return (time.perf_counter() - start) / times


def test_closures_evaluate_a_condition_at_least_ten_times_faster_than_rule_engine() -> None:
    compiled = compile_condition({"all": SIX_CLAUSES})
    engine = rule_engine.Rule(compiled.expression, context=engine_context())
    view = condition_facts(FACTS, TEHRAN)
    assert compiled.test(view) and engine.matches(view)
    closure = seconds_each(lambda: compiled.test(view), 5_000)
    engine_seconds = seconds_each(lambda: engine.matches(view), 500)
    assert closure * 10 < engine_seconds


def test_a_purchase_evaluates_100_candidate_rules_within_a_millisecond() -> None:
    chooser = random.Random(1)
    rules = [rule(rule_id, condition={"all": [
        {"field": "merchant_group", "op": "in", "value": [chooser.randint(1, 30)]},
        *SIX_CLAUSES[:5]]}) for rule_id in range(1, 101)]
    samples = sorted(seconds_each(lambda: evaluate(rules, FACTS), 1) for _ in range(2_000))
    assert samples[len(samples) // 2] < 0.001


def test_rules_pinned_to_other_merchant_groups_are_dropped_before_their_conditions_run() -> None:
    chooser = random.Random(2)
    rules = [rule(rule_id, condition={"all": [
        {"field": "merchant_group", "op": "in", "value": [chooser.randint(1, 50)]},
        *SIX_CLAUSES[:4]]}) for rule_id in range(1, 1001)]
    samples = sorted(seconds_each(lambda: evaluate(rules, FACTS), 1) for _ in range(500))
    assert samples[len(samples) // 2] < 0.001
