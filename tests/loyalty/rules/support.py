"""Compiled rules made in memory, for the pure evaluation's tests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.loyalty.codes import Stacking
from models.loyalty.conditions import compile_condition
from models.loyalty.effects import parse_effects
from models.loyalty.evaluation import CompiledRule
from tests.loyalty.rules.conftest import TEHRAN

TEN_PERCENT = {"kind": "discount", "percent_bp": 1000}


def rule(rule_id: int = 1, *, condition: dict[str, Any] | None = None,
         effects: list[dict[str, Any]] | None = None, priority: int = 100,
         stacking: Stacking = Stacking.STACK, valid_from: datetime | None = None,
         valid_until: datetime | None = None) -> CompiledRule:
    compiled = compile_condition(condition)
    return CompiledRule(
        rule_id=rule_id, version_id=rule_id * 10, version=1, name=f"rule {rule_id}",
        priority=priority, stacking=stacking, valid_from=valid_from, valid_until=valid_until,
        merchant_ids=compiled.merchant_ids, test=compiled.test,
        effects=parse_effects(effects or [TEN_PERCENT]), tz=TEHRAN, group_ids=compiled.group_ids)
