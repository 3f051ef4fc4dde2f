"""What a rule gives: its effects as JSON, validated into `Effect`s, and their amounts for a
purchase. Integers only, every division floors, a discount never exceeds the purchase.

    {"kind": "discount", "percent_bp": 1000, "cap": 50000}       10 %, at most 50,000 rials
    {"kind": "discount", "amount": 20000}
    {"kind": "club_credit", "percent_bp": 500, "expires_in_days": 30,
     "scope": "merchant_group", "scope_id": 7}                     also merchant_/virtual_credit
    {"kind": "points", "per_rials": 10000, "points": 1, "multiplier": 150}   ×1.5, in hundredths
    {"kind": "lottery", "per_rials": 1000000, "entries": 1}

A credit's scope is where its lot may be spent: `merchant` (the purchase's merchant: the only
scope of merchant credit), `merchant_group` or `service_category` (`scope_id` names it), or
`club`; it expires `expires_in_days` after the purchase (never, if absent).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from models.errors import ValidationFailed
from models.lots.tables import ScopeKind
from models.loyalty.codes import EffectKind
from models.loyalty.errors import LoyaltyErrorCode

MAX_EFFECTS = 6
MAX_PERCENT_BP = 10_000
MAX_EXPIRY_DAYS = 3_650
MAX_MULTIPLIER = 10_000  # ×100
CREDIT_KINDS = (EffectKind.MERCHANT_CREDIT, EffectKind.CLUB_CREDIT, EffectKind.VIRTUAL_CREDIT)
REWARD_KINDS = (EffectKind.DISCOUNT, *CREDIT_KINDS, EffectKind.POINTS, EffectKind.LOTTERY)
LEDGERS = {EffectKind.POINTS: "POINT", EffectKind.LOTTERY: "LOTTERY"}  # else IRR
CREDIT_SCOPES = (ScopeKind.MERCHANT, ScopeKind.MERCHANT_GROUP, ScopeKind.CLUB,
                 ScopeKind.SERVICE_CATEGORY)


class InvalidEffect(ValidationFailed):
    """An effect is malformed; `field` names it (`effects[1].cap`)."""

    code = LoyaltyErrorCode.INVALID_EFFECT


class RewardNotUsed(ValidationFailed):
    """An effect gives a kind of reward the club does not use (`Club.rewards`)."""

    code = LoyaltyErrorCode.REWARD_NOT_USED


@dataclass(frozen=True, slots=True)
class Effect:
    kind: EffectKind
    percent_bp: int | None = None
    amount: int | None = None
    cap: int | None = None
    expires_in_days: int | None = None
    scope: ScopeKind = ScopeKind.CLUB
    scope_id: int | None = None
    per_rials: int | None = None
    units: int = 1  # points or entries per `per_rials`
    multiplier: int = 100  # hundredths

    @property
    def ledger(self) -> str:
        return LEDGERS.get(self.kind, "IRR")

    def as_json(self) -> dict[str, Any]:
        if self.kind in (EffectKind.POINTS, EffectKind.LOTTERY):
            body: dict[str, Any] = {"kind": str(self.kind), "per_rials": self.per_rials}
            if self.kind == EffectKind.POINTS:
                return body | {"points": self.units, "multiplier": self.multiplier}
            return body | {"entries": self.units}
        body = {"kind": str(self.kind)}
        if self.percent_bp is not None:
            body["percent_bp"] = self.percent_bp
            if self.cap is not None:
                body["cap"] = self.cap
        else:
            body["amount"] = self.amount
        if self.kind in CREDIT_KINDS:
            body |= {"scope": str(self.scope), "scope_id": self.scope_id,
                     "expires_in_days": self.expires_in_days}
        return body


@dataclass(frozen=True, slots=True)
class Given:
    """An effect's amount for one purchase, with the lot's scope and expiry for a credit."""

    kind: EffectKind
    amount: int
    ledger: str
    scope_kind: ScopeKind
    scope_id: int | None
    expires_at: datetime | None
    details: dict[str, int | str]


def parse_effects(raw: Any, rewards: Sequence[str] | None = None) -> tuple[Effect, ...]:
    """Validates a rule's effects; `rewards` (the club's `rewards`) refuses kinds it does not
    use. A rule gives at least one thing."""
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_EFFECTS:
        raise InvalidEffect(message=f"effects: a list of 1 to {MAX_EFFECTS} effects",
                            field="effects")
    effects = tuple(parse_effect(item, f"effects[{index}]") for index, item in enumerate(raw))
    if rewards is not None:
        for index, effect in enumerate(effects):
            if str(effect.kind) not in rewards:
                raise RewardNotUsed(message=f"effects[{index}]: the club does not give "
                                            f"{effect.kind}", field=f"effects[{index}].kind")
    return effects


def _fail(path: str, message: str) -> InvalidEffect:
    return InvalidEffect(message=f"{path}: {message}", field=path)


def _int(body: Mapping[str, Any], key: str, path: str, *, low: int, high: int | None = None,
         default: int | None = None) -> int | None:
    value = body.get(key, default)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < low or (
            high is not None and value > high):
        bound = f"{low} to {high}" if high is not None else f"at least {low}"
        raise _fail(f"{path}.{key}", f"an integer, {bound}")
    return int(value)


def parse_effect(body: Any, path: str) -> Effect:
    if not isinstance(body, Mapping):
        raise _fail(path, "an effect is an object")
    try:
        kind = EffectKind(str(body.get("kind")))
    except ValueError as error:
        raise _fail(f"{path}.kind", f"one of {', '.join(REWARD_KINDS)}") from error
    if kind not in REWARD_KINDS:
        raise _fail(f"{path}.kind", f"one of {', '.join(REWARD_KINDS)}")
    if kind in (EffectKind.POINTS, EffectKind.LOTTERY):
        units_key = "points" if kind == EffectKind.POINTS else "entries"
        allowed = {"kind", "per_rials", units_key} | (
            {"multiplier"} if kind == EffectKind.POINTS else set())
        _only(body, allowed, path)
        per_rials = _int(body, "per_rials", path, low=1)
        if per_rials is None:
            raise _fail(f"{path}.per_rials", "required: rials per point or entry")
        units = _int(body, units_key, path, low=1, high=1_000_000, default=1) or 1
        multiplier = _int(body, "multiplier", path, low=1, high=MAX_MULTIPLIER, default=100)
        return Effect(kind=kind, per_rials=per_rials, units=units, multiplier=multiplier or 100)
    is_credit = kind in CREDIT_KINDS
    allowed = {"kind", "percent_bp", "amount", "cap"} | (
        {"expires_in_days", "scope", "scope_id"} if is_credit else set())
    _only(body, allowed, path)
    percent_bp = _int(body, "percent_bp", path, low=1, high=MAX_PERCENT_BP)
    amount = _int(body, "amount", path, low=1)
    cap = _int(body, "cap", path, low=1)
    if (percent_bp is None) == (amount is None):
        raise _fail(path, "either percent_bp or amount")
    if cap is not None and percent_bp is None:
        raise _fail(f"{path}.cap", "a cap applies to a percentage only")
    if not is_credit:
        return Effect(kind=kind, percent_bp=percent_bp, amount=amount, cap=cap)
    expires_in_days = _int(body, "expires_in_days", path, low=1, high=MAX_EXPIRY_DAYS)
    default_scope = ScopeKind.MERCHANT if kind == EffectKind.MERCHANT_CREDIT else ScopeKind.CLUB
    try:
        scope = ScopeKind(body.get("scope") or default_scope)
    except ValueError as error:
        raise _fail(f"{path}.scope", f"one of {', '.join(CREDIT_SCOPES)}") from error
    if scope not in CREDIT_SCOPES:
        raise _fail(f"{path}.scope", f"one of {', '.join(CREDIT_SCOPES)}")
    if kind == EffectKind.MERCHANT_CREDIT and scope != ScopeKind.MERCHANT:
        raise _fail(f"{path}.scope", "merchant credit is spent at its merchant only")
    scope_id = _int(body, "scope_id", path, low=1)
    needs_id = scope in (ScopeKind.MERCHANT_GROUP, ScopeKind.SERVICE_CATEGORY)
    if needs_id != (scope_id is not None):
        raise _fail(f"{path}.scope_id", f"{'required' if needs_id else 'not taken'} for "
                                        f"scope {scope}")
    return Effect(kind=kind, percent_bp=percent_bp, amount=amount, cap=cap,
                  expires_in_days=expires_in_days, scope=scope, scope_id=scope_id)


def _only(body: Mapping[str, Any], allowed: set[str], path: str) -> None:
    extra = sorted(set(body) - allowed)
    if extra:
        raise _fail(f"{path}.{extra[0]}", f"{body.get('kind')} takes {', '.join(sorted(allowed))}")


def give(effect: Effect, *, amount: int, at: datetime, club_id: int,
         merchant_id: int) -> Given | None:
    """The effect's amount for a purchase of `amount` rials at `at`, or None if it gives nothing
    (a per-N-rials effect on a smaller purchase)."""
    details: dict[str, int | str] = {"base": amount}
    if effect.kind in (EffectKind.POINTS, EffectKind.LOTTERY):
        per_rials = effect.per_rials or 1
        value = amount // per_rials * effect.units
        details |= {"per_rials": per_rials, "units": effect.units}
        if effect.kind == EffectKind.POINTS:
            value = value * effect.multiplier // 100
            details["multiplier"] = effect.multiplier
    elif effect.percent_bp is not None:
        value = amount * effect.percent_bp // MAX_PERCENT_BP
        details["percent_bp"] = effect.percent_bp
        if effect.cap is not None:
            details["cap"] = effect.cap
            value = min(value, effect.cap)
    else:
        value = effect.amount or 0
    if effect.kind == EffectKind.DISCOUNT:
        value = min(value, amount)
    if value <= 0:
        return None
    scope_kind = ScopeKind.CLUB  # a discount, points and entries are the club's
    scope_id: int | None = club_id
    expires_at = None
    if effect.kind in CREDIT_KINDS:
        scope_kind = effect.scope
        scope_id = {ScopeKind.MERCHANT: merchant_id, ScopeKind.CLUB: club_id}.get(
            scope_kind) or effect.scope_id
        if effect.expires_in_days is not None:
            expires_at = at + timedelta(days=effect.expires_in_days)
    return Given(kind=effect.kind, amount=value, ledger=effect.ledger, scope_kind=scope_kind,
                 scope_id=scope_id, expires_at=expires_at, details=details)
