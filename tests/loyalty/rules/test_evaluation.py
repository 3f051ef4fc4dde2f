"""`evaluate`: windows, priority, stacking against exclusive, and the effects' arithmetic."""

from __future__ import annotations

from datetime import timedelta

from models.lots.tables import ScopeKind
from models.loyalty.codes import EffectKind, Stacking
from models.loyalty.evaluation import evaluate
from models.loyalty.facts import Reward
from tests.loyalty.rules.conftest import purchase, tehran
from tests.loyalty.rules.support import rule

MERCHANT_11 = {"all": [{"field": "merchant", "op": "in", "value": [11]}]}


def kinds_by_rule(rewards: list[Reward]) -> list[tuple[int, EffectKind, int]]:
    return [(reward.rule_id, reward.kind, reward.amount) for reward in rewards]


def test_stacking_rules_all_apply_in_priority_order() -> None:
    rules = [rule(2, priority=20, effects=[{"kind": "points", "per_rials": 10_000}]),
             rule(1, priority=10)]
    assert kinds_by_rule(evaluate(rules, purchase())) == [
        (1, EffectKind.DISCOUNT, 100_000), (2, EffectKind.POINTS, 100)]


def test_the_best_priority_exclusive_rule_applies_alone() -> None:
    rules = [rule(1, priority=10),
             rule(2, priority=30, stacking=Stacking.EXCLUSIVE,
                  effects=[{"kind": "discount", "amount": 5_000}]),
             rule(3, priority=20, stacking=Stacking.EXCLUSIVE,
                  effects=[{"kind": "discount", "amount": 7_000}])]
    assert kinds_by_rule(evaluate(rules, purchase())) == [(3, EffectKind.DISCOUNT, 7_000)]


def test_an_exclusive_rule_whose_condition_fails_leaves_the_stacking_ones() -> None:
    rules = [rule(1), rule(2, stacking=Stacking.EXCLUSIVE, condition=MERCHANT_11)]
    assert [reward.rule_id for reward in evaluate(rules, purchase(merchant_id=12))] == [1]


def test_equal_priorities_order_by_rule_id() -> None:
    rules = [rule(5, stacking=Stacking.EXCLUSIVE), rule(4, stacking=Stacking.EXCLUSIVE)]
    assert [reward.rule_id for reward in evaluate(rules, purchase())] == [4]


def test_a_rule_outside_its_validity_window_gives_nothing() -> None:
    at = tehran("2026-12-05 10:30")
    later = rule(1, valid_from=at + timedelta(seconds=1))
    ended = rule(2, valid_until=at)
    current = rule(3, valid_from=at, valid_until=at + timedelta(days=1))
    assert [reward.rule_id for reward in evaluate([later, ended, current], purchase(at=at))] == [3]


def test_a_percent_discount_stops_at_its_cap() -> None:
    capped = rule(effects=[{"kind": "discount", "percent_bp": 1500, "cap": 120_000}])
    assert evaluate([capped], purchase())[0].amount == 120_000
    assert evaluate([capped], purchase(amount=500_000))[0].amount == 75_000


def test_a_percent_floors_to_whole_rials() -> None:
    assert evaluate([rule(effects=[{"kind": "discount", "percent_bp": 333}])],
                    purchase(amount=1_001))[0].amount == 33


def test_discounts_together_never_exceed_the_purchase() -> None:
    rules = [rule(1, effects=[{"kind": "discount", "amount": 700}]),
             rule(2, effects=[{"kind": "discount", "amount": 700}])]
    assert kinds_by_rule(evaluate(rules, purchase(amount=1_000))) == [
        (1, EffectKind.DISCOUNT, 700), (2, EffectKind.DISCOUNT, 300)]


def test_points_per_n_rials_with_a_multiplier_floor() -> None:
    one_and_half = rule(effects=[{"kind": "points", "per_rials": 10_000, "points": 3,
                                  "multiplier": 150}])
    # 1,234,567 rials: 123 steps of 10,000, × 3 points = 369, × 1.5 = 553.5 → 553
    assert evaluate([one_and_half], purchase(amount=1_234_567))[0].amount == 553


def test_a_purchase_below_one_step_earns_no_points_or_entries() -> None:
    entries = rule(effects=[{"kind": "lottery", "per_rials": 2_000_000}])
    assert evaluate([entries], purchase()) == []
    reward = evaluate([entries], purchase(amount=4_100_000))[0]
    assert (reward.kind, reward.amount, reward.ledger) == (EffectKind.LOTTERY, 2, "LOTTERY")


def test_merchant_credit_is_scoped_to_the_purchases_merchant_and_expires() -> None:
    credit = rule(effects=[{"kind": "merchant_credit", "percent_bp": 200,
                            "expires_in_days": 30}])
    at = tehran("2026-12-05 10:30")
    reward = evaluate([credit], purchase(at=at))[0]
    assert (reward.kind, reward.amount, reward.ledger) == (EffectKind.MERCHANT_CREDIT, 20_000,
                                                           "IRR")
    assert (reward.scope_kind, reward.scope_id) == (ScopeKind.MERCHANT, 11)
    assert reward.expires_at == at + timedelta(days=30)


def test_club_credit_for_a_merchant_group_names_the_group() -> None:
    credit = rule(effects=[{"kind": "club_credit", "amount": 50_000, "scope": "merchant_group",
                            "scope_id": 7}])
    reward = evaluate([credit], purchase())[0]
    assert (reward.scope_kind, reward.scope_id, reward.expires_at) == (
        ScopeKind.MERCHANT_GROUP, 7, None)


def test_a_reward_names_its_rule_version_and_carries_its_budgets() -> None:
    reward = evaluate([rule(3)], purchase())[0]
    assert (reward.rule_id, reward.rule_version_id, reward.rule_name) == (3, 30, "rule 3")
