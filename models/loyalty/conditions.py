"""A rule's condition: typed JSON the builder edits, validated and compiled twice, to a
`rule-engine` expression (type-checked when the rule is saved, the auditable text of what the
condition says) and to a tree of Python closures (what a purchase evaluates: about 1.5 µs for a
six-clause condition here, against rule-engine's 30 µs in the research notes and about 270 µs
measured on this shared machine; `tests/loyalty/rules/test_condition_speed.py`).

A condition is a group `{"all": [...]}` or `{"any": [...]}` of clauses and groups. A clause is
`{"field": ..., "op": ..., "value": ...}` over the facts of a purchase (`condition_facts`), or
`{"expression": "..."}`: a rule-engine expression of at most 500 characters over the same facts,
for what the builder cannot say (evaluated by rule-engine, never by `eval`). Dates are ISO
(`2026-03-21`), read with weekdays and hours in the club's timezone; the UI shows them Jalali.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import rule_engine

from models.errors import ValidationFailed
from models.loyalty.clause_trees import check_iso_date, check_tree, is_int
from models.loyalty.codes import Channel
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.facts import PurchaseFacts

MAX_DEPTH = 4
MAX_CLAUSES = 50
MAX_VALUES = 500
MAX_EXPRESSION_CHARS = 500

# the weekdays by Python's `date.weekday()`, Monday first; the week of the UI starts on Saturday
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PURCHASE_CHANNELS = (Channel.POS, Channel.MOBILE, Channel.WEB)

logger = logging.getLogger(__name__)

Facts = Mapping[str, Any]
Test = Callable[[Facts], bool]


class InvalidCondition(ValidationFailed):
    """The condition is malformed or does not type-check; `field` names the bad clause's path."""

    code = LoyaltyErrorCode.INVALID_CONDITION


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A field a clause may test: the fact it reads, its operators and the shape of its values."""

    fact: str
    ops: tuple[str, ...]
    kind: str  # ids, amount, date, weekdays, hours, channels, bool, rank


FIELDS: dict[str, FieldSpec] = {
    "merchant": FieldSpec("merchant_id", ("in", "not_in"), "ids"),
    "merchant_group": FieldSpec("merchant_group_ids", ("in", "not_in"), "ids"),
    "merchant_category": FieldSpec("merchant_category_id", ("in", "not_in"), "ids"),
    "service_category": FieldSpec("line_category_ids", ("in", "not_in"), "ids"),
    "amount": FieldSpec("amount", ("gte", "lte", "between"), "amount"),
    "date": FieldSpec("date", ("gte", "lte", "between"), "date"),
    "weekday": FieldSpec("weekday", ("in",), "weekdays"),
    "hour": FieldSpec("hour", ("between",), "hours"),
    "channel": FieldSpec("channel", ("in",), "channels"),
    "first_at_club": FieldSpec("first_at_club", ("is",), "bool"),
    "first_at_merchant": FieldSpec("first_at_merchant", ("is",), "bool"),
    "member_group": FieldSpec("member_group_id", ("in", "not_in"), "ids"),
    "segment": FieldSpec("segment_ids", ("in", "not_in"), "ids"),
    "tier": FieldSpec("tier_id", ("in", "not_in"), "ids"),
    "tier_rank": FieldSpec("tier_rank", ("gte", "lte", "eq"), "rank"),
}
SET_FACTS = frozenset({"merchant_group_ids", "line_category_ids", "segment_ids"})

FACT_TYPES: dict[str, rule_engine.DataType] = {
    "merchant_id": rule_engine.DataType.FLOAT,
    "merchant_group_ids": rule_engine.DataType.ARRAY(rule_engine.DataType.FLOAT),
    "merchant_category_id": rule_engine.DataType.FLOAT,  # 0: none
    "line_category_ids": rule_engine.DataType.ARRAY(rule_engine.DataType.FLOAT),
    "amount": rule_engine.DataType.FLOAT,
    "date": rule_engine.DataType.STRING,  # ISO, in the club's timezone
    "weekday": rule_engine.DataType.STRING,  # mon ... sun
    "hour": rule_engine.DataType.FLOAT,  # 0-23, in the club's timezone
    "channel": rule_engine.DataType.STRING,
    "first_at_club": rule_engine.DataType.BOOLEAN,
    "first_at_merchant": rule_engine.DataType.BOOLEAN,
    "member_group_id": rule_engine.DataType.FLOAT,  # 0: none
    "segment_ids": rule_engine.DataType.ARRAY(rule_engine.DataType.FLOAT),
    "tier_id": rule_engine.DataType.FLOAT,  # 0: none
    "tier_rank": rule_engine.DataType.FLOAT,  # 1 the lowest tier; 0: none
}


@cache
def engine_context() -> rule_engine.Context:
    """The typed context every expression compiles in: an unknown fact or a type error is
    refused when the rule is saved, not when a purchase meets it."""
    return rule_engine.Context(type_resolver=rule_engine.type_resolver_from_dict(FACT_TYPES))


def condition_facts(facts: PurchaseFacts, tz: ZoneInfo) -> dict[str, Any]:
    """The facts a condition reads, computed once per purchase (`at` in the club's timezone)."""
    local = facts.at.astimezone(tz)
    return {
        "merchant_id": facts.merchant_id,
        "merchant_group_ids": tuple(sorted(facts.merchant_group_ids)),
        "merchant_category_id": facts.merchant_category_id or 0,
        "line_category_ids": tuple(sorted({line.service_category_id for line in facts.lines
                                           if line.service_category_id is not None})),
        "amount": facts.amount,
        "date": local.date().isoformat(),
        "weekday": WEEKDAYS[local.weekday()],
        "hour": local.hour,
        "channel": str(facts.channel),
        "first_at_club": facts.first_at_club,
        "first_at_merchant": facts.first_at_merchant,
        "member_group_id": facts.member_group_id or 0,
        "segment_ids": tuple(sorted(facts.segment_ids)),
        "tier_id": facts.tier_id or 0,
        "tier_rank": facts.tier_rank,
    }


@dataclass(frozen=True, slots=True)
class CompiledCondition:
    """A validated condition: its normal JSON, its rule-engine text, the closure a purchase
    evaluates, and the merchants it is pinned to (empty: any), for the index."""

    condition: dict[str, Any]
    expression: str
    test: Test
    merchant_ids: frozenset[int]
    group_ids: frozenset[int] = frozenset()  # merchant groups it is pinned to: empty: any


def compile_condition(condition: Mapping[str, Any] | None, *,
                      check: bool = True) -> CompiledCondition:
    """Validates the condition (raising `InvalidCondition` naming the bad clause's path) and
    compiles it. `{}` or None is the condition that always holds. `check=False` skips the
    rule-engine type check of the whole (a stored version passed it when it was saved)."""
    tree: Mapping[str, Any] = condition or {"all": []}
    normal = check_tree(
        tree, "condition", max_depth=MAX_DEPTH, max_clauses=MAX_CLAUSES, noun="condition",
        leaf=lambda node, path: (_check_expression(node, path, check) if "expression" in node
                                 else _check_clause(node, path)),
        fail=_fail)
    expression = _expression(normal)
    if check:
        _type_check(expression, "condition")
    return CompiledCondition(condition=normal, expression=expression, test=_closure(normal),
                             merchant_ids=_pinned(normal, "merchant") or frozenset(),
                             group_ids=_pinned(normal, "merchant_group") or frozenset())


def _fail(path: str, message: str) -> InvalidCondition:
    return InvalidCondition(message=f"{path}: {message}", field=path)


def _check_expression(node: Mapping[str, Any], path: str, check: bool) -> dict[str, Any]:
    text = node["expression"]
    if set(node) != {"expression"} or not isinstance(text, str) or not text.strip():
        raise _fail(path, "an expression clause is {\"expression\": text}")
    if len(text) > MAX_EXPRESSION_CHARS:
        raise _fail(path, f"an expression has at most {MAX_EXPRESSION_CHARS} characters")
    if check:
        _type_check(text, path)
    return {"expression": text}


def _check_clause(node: Mapping[str, Any], path: str) -> dict[str, Any]:
    if set(node) != {"field", "op", "value"}:
        raise _fail(path, "a clause has exactly field, op and value")
    name, op, value = node["field"], node["op"], node["value"]
    spec = FIELDS.get(name) if isinstance(name, str) else None
    if spec is None:
        raise _fail(f"{path}.field", f"unknown field {name!r}; one of {', '.join(FIELDS)}")
    if op not in spec.ops:
        raise _fail(f"{path}.op", f"{name} takes {', '.join(spec.ops)}, not {op!r}")
    return {"field": name, "op": op, "value": _check_value(spec, op, value, f"{path}.value")}



def _check_value(spec: FieldSpec, op: str, value: Any, path: str) -> Any:
    if spec.kind in ("ids", "weekdays", "channels"):
        if not isinstance(value, list) or not value or len(value) > MAX_VALUES:
            raise _fail(path, f"a list of 1 to {MAX_VALUES} values")
        allowed: Sequence[str] = (WEEKDAYS if spec.kind == "weekdays"
                                  else [str(channel) for channel in PURCHASE_CHANNELS])
        if spec.kind == "ids":
            if not all(is_int(item) and item > 0 for item in value):
                raise _fail(path, "ids are positive integers")
            return sorted(set(value))
        if not all(item in allowed for item in value):
            raise _fail(path, f"values are among {', '.join(allowed)}")
        return [item for item in allowed if item in value]
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise _fail(path, "true or false")
        return value
    if spec.kind == "rank":
        if not is_int(value) or not 0 <= value <= 1000:
            raise _fail(path, "a tier's rank: 1 the lowest, 0 no tier")
        return int(value)
    if spec.kind == "hours":
        if (not isinstance(value, list) or len(value) != 2 or not all(map(is_int, value))
                or not 0 <= value[0] <= 23 or not 1 <= value[1] <= 24 or value[0] == value[1]):
            raise _fail(path, "[from, to): hours 0-23 and 1-24, from ≠ to (from > to wraps "
                              "past midnight)")
        return list(value)
    check: Callable[[Any, str], Any] = _check_amount if spec.kind == "amount" else _check_date
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            raise _fail(path, "[low, high], both included")
        low, high = check(value[0], path), check(value[1], path)
        if low > high:
            raise _fail(path, "low is above high")
        return [low, high]
    return check(value, path)


def _check_amount(value: Any, path: str) -> int:
    if not is_int(value) or value < 0:
        raise _fail(path, "an amount is a non-negative integer of rials")
    return int(value)


def _check_date(value: Any, path: str) -> str:
    return check_iso_date(value, path, _fail)


def _type_check(text: str, path: str) -> None:
    try:
        rule = rule_engine.Rule(text, context=engine_context())
    except rule_engine.EngineError as error:
        raise _fail(path, f"does not type-check: {getattr(error, 'message', error)}") from error
    result_type = rule.statement.expression.result_type
    if result_type not in (rule_engine.DataType.BOOLEAN, rule_engine.DataType.UNDEFINED):
        raise _fail(path, f"an expression must be true or false, not {result_type.name}")


# the rule-engine text of a validated condition


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value + '"'  # validated: ISO dates, weekday and channel names only
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    return str(value)


def _expression(node: Mapping[str, Any]) -> str:
    if "all" in node or "any" in node:
        combinator = "all" if "all" in node else "any"
        parts = [_expression(child) for child in node[combinator]]
        if not parts:
            return "true" if combinator == "all" else "false"
        joiner = " and " if combinator == "all" else " or "
        return "(" + joiner.join(parts) + ")"
    if "expression" in node:
        return "(" + str(node["expression"]) + ")"
    spec = FIELDS[node["field"]]
    fact, op, value = spec.fact, node["op"], node["value"]
    if spec.kind == "hours":
        low, high = value
        joiner = " and " if low < high else " or "
        return f"({fact} >= {low}{joiner}{fact} < {high})"
    if op in ("in", "not_in"):
        if fact in SET_FACTS:
            text = f"[item for item in {fact} if item in {_literal(value)}].length > 0"
        else:
            text = f"{fact} in {_literal(value)}"
        return f"not ({text})" if op == "not_in" else f"({text})"
    if op in ("is", "eq"):
        return f"({fact} == {_literal(value)})"
    if op == "between":
        return f"({fact} >= {_literal(value[0])} and {fact} <= {_literal(value[1])})"
    return f"({fact} {'>=' if op == 'gte' else '<='} {_literal(value)})"


# the closures a purchase evaluates


def _closure(node: Mapping[str, Any]) -> Test:
    if "all" in node or "any" in node:
        is_all = "all" in node
        parts = tuple(_closure(child) for child in node["all" if is_all else "any"])
        if len(parts) == 1:
            return parts[0]

        def group(facts: Facts) -> bool:  # a plain loop: twice as fast as all(generator)
            for part in parts:
                if part(facts) is not is_all:
                    return not is_all
            return is_all

        return group
    if "expression" in node:
        return _expression_closure(node["expression"])
    return _clause_closure(node)


def _expression_closure(text: str) -> Test:
    """An expression that type-checked may still fail on some purchase's facts (`amount **
    amount` overflows): it is then false for that purchase, never a failed purchase."""
    rule = rule_engine.Rule(text, context=engine_context())

    def test(facts: Facts) -> bool:
        try:
            return bool(rule.matches(facts))
        except rule_engine.EngineError:
            logger.warning("a rule's expression failed on a purchase's facts: %r", text)
            return False

    return test


def _clause_closure(node: Mapping[str, Any]) -> Test:
    spec = FIELDS[node["field"]]
    fact, op, value = spec.fact, node["op"], node["value"]
    if spec.kind == "hours":
        low, high = value
        if low < high:
            return lambda facts: low <= facts[fact] < high
        return lambda facts: facts[fact] >= low or facts[fact] < high
    if op in ("in", "not_in"):
        wanted = frozenset(value)
        if fact in SET_FACTS:
            if op == "in":
                return lambda facts: not wanted.isdisjoint(facts[fact])
            return lambda facts: wanted.isdisjoint(facts[fact])
        if op == "in":
            return lambda facts: facts[fact] in wanted
        return lambda facts: facts[fact] not in wanted
    if op in ("is", "eq"):
        return lambda facts: facts[fact] == value
    if op == "between":
        low, high = value
        return lambda facts: low <= facts[fact] <= high
    if op == "gte":
        return lambda facts: facts[fact] >= value
    return lambda facts: facts[fact] <= value


def _pinned(node: Mapping[str, Any], name: str) -> frozenset[int] | None:
    """The merchants (or merchant groups) one of which a purchase must be at for the condition
    to hold, or None if it may hold anywhere: an `all` is pinned by any pinned part (the
    intersection), an `any` only if every option is (the union)."""
    if "all" in node:
        pinned = [found for child in node["all"]
                  if (found := _pinned(child, name)) is not None]
        if not pinned:
            return None
        result = pinned[0]
        for more in pinned[1:]:
            result = result & more
        return result
    if "any" in node:
        options = [_pinned(child, name) for child in node["any"]]
        if not options or any(option is None for option in options):
            return None
        return frozenset().union(*[option for option in options if option is not None])
    if node.get("field") == name and node["op"] == "in":
        return frozenset(node["value"])
    return None
