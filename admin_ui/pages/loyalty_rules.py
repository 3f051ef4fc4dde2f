"""A club's rules: the list (`/loyalty/rules?club=…`) and the rule builder (`/loyalty/rules/new?
club=…`, `/loyalty/rules/<id>`): the condition as a tree of all/any groups and clauses (a field,
an operator, a value fitting the field: weekday chips, an hour range, Jalali days, merchants,
groups and categories of the club), the effects, priority, stacking, window and budgets; save as
a draft or activate; a preview of one purchase and the last 30 days simulated. Through GraphQL
only (`createRule`, `updateRule`, `setRuleStatus`, `previewRule`, `simulateRule`)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from nicegui import ui

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.guard import protected
from admin_ui.session import StaffSession, mutate, show_api_error
from admin_ui.text import digits, format_day, format_money, format_time, is_rtl, t
from admin_ui.widgets import busy_button, column, date_input, localized, shown_rows
from models.i18n.formatting import from_jalali

CLUBS = """
query AdminLoyaltyClubs { clubs { id name timezone rewards } }
"""
CHOICES = """
query AdminRuleChoices($clubId: ID!) {
  clubMerchants(clubId: $clubId) { merchantId name }
  merchantGroups(clubId: $clubId) { id name }
  clubCategories(clubId: $clubId) { id kind name }
}
"""
RULES = """
query AdminRules($clubId: ID!) {
  rules(clubId: $clubId) { id name status version current { priority stacking } }
}
"""
RULE = """
query AdminRule($id: ID!) {
  rule(id: $id) {
    id clubId name status version
    current { condition effects expression priority stacking validFrom validUntil budgetTotal
              budgetPerMember budgetMemberPeriod budgetPerMerchant trigger triggerParam
              frequency frequencyLimit }
    versions { version createdBy createdAt }
  }
}
"""
RESULT = """
    __typename
    ... on LoyaltyRuleSuccess { rule { id status version } }
    ... on UserError { code message field }
"""
CREATE = ("mutation AdminCreateRule($clubId: ID!, $input: LoyaltyRuleInput!) { "
          "createRule(clubId: $clubId, input: $input) {" + RESULT + "} }")
UPDATE = ("mutation AdminUpdateRule($id: ID!, $input: LoyaltyRuleInput!) { "
          "updateRule(id: $id, input: $input) {" + RESULT + "} }")
STATUS = ("mutation AdminRuleStatus($id: ID!, $status: RuleStatus!) { "
          "setRuleStatus(id: $id, status: $status) {" + RESULT + "} }")
PREVIEW = """
mutation AdminPreviewRule($clubId: ID!, $draft: LoyaltyRuleInput!,
                          $purchase: RulePreviewPurchase!) {
  previewRule(clubId: $clubId, draft: $draft, purchase: $purchase) {
    __typename
    ... on RulePreview { rewards { kind amount ledger scopeKind scopeId expiresAt } }
    ... on UserError { code message field }
  }
}
"""
SIMULATE = """
mutation AdminSimulateRule($clubId: ID!, $draft: LoyaltyRuleInput!) {
  simulateRule(clubId: $clubId, draft: $draft) {
    __typename
    ... on RuleSimulation { purchases purchasesRewarded membersRewarded discount credit points
                            entries cost }
    ... on UserError { code message field }
  }
}
"""

# What each field of a clause takes: the kind of its value and its operators (the API checks
# them again: models.loyalty.conditions).
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "merchant": ("merchants", ("in", "not_in")),
    "merchant_group": ("groups", ("in", "not_in")),
    "merchant_category": ("merchant_categories", ("in", "not_in")),
    "service_category": ("service_categories", ("in", "not_in")),
    "amount": ("amount", ("gte", "lte", "between")),
    "date": ("date", ("gte", "lte", "between")),
    "weekday": ("weekdays", ("in",)),
    "hour": ("hours", ("between",)),
    "channel": ("channels", ("in",)),
    "first_at_club": ("bool", ("is",)),
    "first_at_merchant": ("bool", ("is",)),
    "member_group": ("ids", ("in", "not_in")),
    "segment": ("ids", ("in", "not_in")),
    "tier": ("ids", ("in", "not_in")),
    "tier_rank": ("rank", ("gte", "lte", "eq")),
}
WEEKDAYS = ("sat", "sun", "mon", "tue", "wed", "thu", "fri")  # the Iranian week
CHANNELS = ("pos", "mobile", "web")
EFFECT_KINDS = ("discount", "merchant_credit", "club_credit", "virtual_credit", "points",
                "lottery")
CREDIT_KINDS = ("merchant_credit", "club_credit", "virtual_credit")
SCOPES = ("club", "merchant_group", "service_category", "merchant")
PERIODS = ("", "day", "week", "month")
TRIGGERS = ("PURCHASE", "ENROLLED", "PROFILE_COMPLETE", "BIRTHDAY", "ANNIVERSARY",
            "FIRST_PURCHASE", "NTH_PURCHASE", "INACTIVITY", "TIER_CHANGED", "ORDER_PAID")
PARAM_TRIGGERS = ("NTH_PURCHASE", "INACTIVITY")
FREQUENCIES = ("ONCE", "YEAR", "MONTH")
MAX_DEPTH = 4
FIGURES = ("purchases", "purchasesRewarded", "membersRewarded", "discount", "credit", "points",
           "entries", "cost")
MONEY_FIGURES = ("discount", "credit", "cost")
LIST_COLUMNS = [column(name, f"loyalty.rules.column.{name}")
                for name in ("id", "name", "status", "version", "priority", "stacking")]
REWARD_COLUMNS = [column(name, f"loyalty.rules.column.{name}")
                  for name in ("kind", "amount", "scope", "expires")]


def new_clause(name: str) -> dict[str, Any]:
    """A clause of `name` with its first operator and an empty value of its kind."""
    kind, ops = FIELDS[name]
    values: dict[str, Any] = {"amount": 0, "rank": 1, "hours": [9, 17], "bool": True,
                              "weekdays": ["thu", "fri"], "channels": ["pos"]}
    value = values.get(kind, "" if kind == "date" else [])
    return {"field": name, "op": ops[0], "value": value}


def value_for_op(clause: dict[str, Any], op: str) -> Any:
    """The clause's value reshaped for operator `op`: `between` takes two values, the others
    one."""
    kind = FIELDS[clause["field"]][0]
    value = clause["value"]
    if kind not in ("amount", "date"):
        return value
    empty: Any = 0 if kind == "amount" else ""
    if op == "between":
        return value if isinstance(value, list) else [value, value]
    return value[0] if isinstance(value, list) else (value if value is not None else empty)


def parse_day(text: str | None) -> date | None:
    """A day typed or picked: Jalali `1405/09/14` (Persian or Western digits) or ISO."""
    value = (text or "").strip()
    if not value:
        return None
    return from_jalali(value) if "/" in value else date.fromisoformat(value)


def day_text(iso: str | None) -> str:
    """How a date input shows a stored ISO day: Jalali in a Persian page."""
    if not iso:
        return ""
    return format_day(iso)[:10] if is_rtl() else iso[:10]


def percent_text(percent_bp: int | None) -> float | None:
    return percent_bp / 100 if percent_bp is not None else None


def to_bp(percent: float | None) -> int | None:
    return round(percent * 100) if percent is not None else None


@dataclass
class RuleState:
    """The builder's rule, as the API's `LoyaltyRuleInput` holds it (days as typed)."""

    name: str = ""
    condition: dict[str, Any] = field(default_factory=lambda: {"all": []})
    effects: list[dict[str, Any]] = field(
        default_factory=lambda: [{"kind": "discount", "percent_bp": 1000}])
    priority: int = 100
    stacking: str = "STACK"
    valid_from: str = ""
    valid_until: str = ""
    budget_total: int | None = None
    budget_per_member: int | None = None
    budget_member_period: str = ""
    budget_per_merchant: int | None = None
    trigger: str = "PURCHASE"  # an event trigger makes an event rule (its own limits below)
    trigger_param: int | None = None
    frequency: str = "ONCE"
    frequency_limit: int = 1

    @classmethod
    def from_rule(cls, rule: dict[str, Any], tz: ZoneInfo) -> RuleState:
        current = rule["current"]

        def day(value: str | None) -> str:
            if not value:
                return ""
            return day_text(datetime.fromisoformat(value).astimezone(tz).date().isoformat())

        def number(value: str | None) -> int | None:
            return int(value) if value is not None else None

        return cls(name=rule["name"], condition=copy.deepcopy(current["condition"])
                   or {"all": []}, effects=copy.deepcopy(current["effects"]),
                   priority=current["priority"], stacking=current["stacking"],
                   valid_from=day(current["validFrom"]), valid_until=day(current["validUntil"]),
                   budget_total=number(current["budgetTotal"]),
                   budget_per_member=number(current["budgetPerMember"]),
                   budget_member_period=current["budgetMemberPeriod"],
                   budget_per_merchant=number(current["budgetPerMerchant"]),
                   trigger=current["trigger"], trigger_param=current["triggerParam"],
                   frequency=current["frequency"] or "ONCE",
                   frequency_limit=current["frequencyLimit"])

    def to_input(self, tz: ZoneInfo) -> dict[str, Any]:
        """The rule for the API; a window's days start at midnight in the club's timezone (the
        last day is included: the window ends at the next midnight). ValueError on a bad day."""
        def moment(text: str, next_day: bool = False) -> str | None:
            day = parse_day(text)
            if day is None:
                return None
            if next_day:
                day = date.fromordinal(day.toordinal() + 1)
            return datetime.combine(day, time(0), tz).isoformat()

        def amount(value: int | None) -> str | None:
            return str(int(value)) if value else None

        return {"name": self.name, "condition": self.condition, "effects": self.effects,
                "priority": int(self.priority), "stacking": self.stacking,
                "validFrom": moment(self.valid_from),
                "validUntil": moment(self.valid_until, next_day=True),
                "budgetTotal": amount(self.budget_total),
                "budgetPerMember": amount(self.budget_per_member),
                "budgetMemberPeriod": self.budget_member_period if self.budget_per_member else "",
                "budgetPerMerchant": amount(self.budget_per_merchant)} | self.trigger_input()

    def trigger_input(self) -> dict[str, Any]:
        """The trigger's fields: a purchase rule has none of an event rule's."""
        if self.trigger == "PURCHASE":
            return {"trigger": "PURCHASE"}
        return {"trigger": self.trigger,
                "triggerParam": int(self.trigger_param) if self.trigger in PARAM_TRIGGERS
                and self.trigger_param is not None else None,
                "frequency": self.frequency, "frequencyLimit": int(self.frequency_limit or 1)}


@dataclass(frozen=True, slots=True)
class Choices:
    """The club's merchants, groups and categories, for the value selects."""

    merchants: dict[int, str] = field(default_factory=dict)
    groups: dict[int, str] = field(default_factory=dict)
    merchant_categories: dict[int, str] = field(default_factory=dict)
    service_categories: dict[int, str] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Choices:
        categories = data["clubCategories"]
        return cls(merchants={int(m["merchantId"]): m["name"] for m in data["clubMerchants"]},
                   groups={int(g["id"]): g["name"] for g in data["merchantGroups"]},
                   merchant_categories={int(c["id"]): c["name"] for c in categories
                                        if c["kind"] == "MERCHANT"},
                   service_categories={int(c["id"]): c["name"] for c in categories
                                       if c["kind"] == "SERVICE"})

    def options(self, kind: str) -> dict[int, str]:
        found: dict[int, str] = getattr(self, kind)
        return {key: digits(f"{name} (#{key})") for key, name in found.items()}


def reward_rows(rewards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": str(index), "kind": t(f"loyalty.rules.effect.{r['kind'].lower()}"),
             "amount": format_money(r["amount"], r["ledger"]),
             "scope": t(f"loyalty.rules.scope.{r['scopeKind'].lower()}")
             + (digits(f" #{r['scopeId']}") if r["scopeId"] else ""),
             "expires": format_time(r["expiresAt"]) if r["expiresAt"] else t("none")}
            for index, r in enumerate(rewards)]


def figure_text(name: str, value: int | str) -> str:
    return format_money(value, "IRR") if name in MONEY_FIGURES else digits(f"{int(value):,}")


def rule_rows(rules: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{"id": r["id"], "id_href": prefix + routes.loyalty_rule(r["id"]), "name": r["name"],
             "name_href": prefix + routes.loyalty_rule(r["id"]),
             "status": t(f"loyalty.rules.status.{r['status'].lower()}"),
             "version": digits(str(r["version"])),
             "priority": digits(str(r["current"]["priority"])),
             "stacking": t(f"loyalty.rules.stacking.{r['current']['stacking'].lower()}")}
            for r in rules]


class Builder:
    """The rule builder's widgets over one `RuleState`."""

    def __init__(self, state: RuleState, choices: Choices) -> None:
        self.state = state
        self.choices = choices

    # the condition tree

    @ui.refreshable_method
    def condition(self) -> None:
        with ui.column().classes("w-full gap-2").mark("condition"):
            self._group(self.state.condition, None, 1, "condition")

    def _group(self, node: dict[str, Any], parent: list[dict[str, Any]] | None, depth: int,
               path: str) -> None:
        combinator = "all" if "all" in node else "any"
        children: list[dict[str, Any]] = node[combinator]

        def switch(value: str) -> None:
            node[value] = node.pop(combinator)
            self.condition.refresh()

        with ui.card().classes("w-full gap-2 p-3").props("flat bordered").mark(f"group-{path}"):
            with ui.row().classes("items-center gap-2"):
                ui.toggle({"all": t("loyalty.rules.all"), "any": t("loyalty.rules.any")},
                          value=combinator, on_change=lambda e: switch(str(e.value))) \
                    .props("dense no-caps").mark(f"combinator-{path}")
                ui.button(t("loyalty.rules.add_clause"), icon="add",
                          on_click=lambda: self._add(children, new_clause("weekday"))) \
                    .props("flat dense no-caps").mark(f"add-clause-{path}")
                if depth < MAX_DEPTH:
                    ui.button(t("loyalty.rules.add_group"), icon="account_tree",
                              on_click=lambda: self._add(children, {"any": []})) \
                        .props("flat dense no-caps").mark(f"add-group-{path}")
                if parent is not None:
                    self._remove_button(parent, node, path)
            if not children:
                ui.label(t("loyalty.rules.always" if combinator == "all"
                           else "loyalty.rules.never")).classes("text-sm text-grey-7")
            for index, child in enumerate(children):
                child_path = f"{path}-{index}"
                if "all" in child or "any" in child:
                    self._group(child, children, depth + 1, child_path)
                elif "expression" in child:
                    with ui.row().classes("items-center gap-2 w-full"):
                        ui.input(t("loyalty.rules.expression"), value=child["expression"],
                                 on_change=lambda e, c=child: c.update(expression=e.value)) \
                            .classes("grow").mark(f"expression-{child_path}")
                        self._remove_button(children, child, child_path)
                else:
                    self._clause(child, children, child_path)

    def _add(self, children: list[dict[str, Any]], child: dict[str, Any]) -> None:
        children.append(child)
        self.condition.refresh()

    def _remove_button(self, siblings: list[dict[str, Any]], node: dict[str, Any],
                       path: str) -> None:
        def remove() -> None:
            siblings.remove(node)
            self.condition.refresh()

        ui.button(icon="delete", on_click=remove).props("flat dense round color=negative") \
            .mark(f"remove-{path}")

    def _clause(self, clause: dict[str, Any], siblings: list[dict[str, Any]], path: str) -> None:
        name = clause["field"]
        kind, ops = FIELDS[name]

        def set_field(value: str) -> None:
            clause.clear()
            clause.update(new_clause(value))
            self.condition.refresh()

        def set_op(value: str) -> None:
            clause["value"] = value_for_op(clause, value)
            clause["op"] = value
            self.condition.refresh()

        with ui.row().classes("items-center gap-2 w-full").mark(f"clause-{path}"):
            ui.select({f: t(f"loyalty.rules.field.{f}") for f in FIELDS}, value=name,
                      label=t("loyalty.rules.field"), on_change=lambda e: set_field(e.value)) \
                .classes("w-44").mark(f"field-{path}")
            ui.select({op: t(f"loyalty.rules.op.{op}") for op in ops}, value=clause["op"],
                      label=t("loyalty.rules.operator"), on_change=lambda e: set_op(e.value)) \
                .classes("w-32").mark(f"op-{path}")
            self._value(clause, kind, path)
            self._remove_button(siblings, clause, path)

    def _value(self, clause: dict[str, Any], kind: str, path: str) -> None:
        marker = f"value-{path}"

        def store(value: Any) -> None:
            clause["value"] = value

        if kind in ("merchants", "groups", "merchant_categories", "service_categories"):
            ui.select(self.choices.options(kind), multiple=True, value=list(clause["value"]),
                      label=t(f"loyalty.rules.value.{kind}"),
                      on_change=lambda e: store(sorted(e.value or []))) \
                .props("use-chips").classes("min-w-64 grow").mark(marker)
        elif kind == "ids":
            ui.input(t("loyalty.rules.value.ids"),
                     value=", ".join(str(v) for v in clause["value"]),
                     on_change=lambda e: store(ids_of(e.value))).classes("w-64").mark(marker)
        elif kind == "weekdays":
            def flip(day: str) -> None:
                store(toggled(clause["value"], day, day not in clause["value"], WEEKDAYS))
                self.condition.refresh()

            with ui.row().classes("gap-1").mark(marker):
                for day in WEEKDAYS:
                    chosen = day in clause["value"]
                    ui.chip(t(f"loyalty.rules.weekday.{day}"), icon="check" if chosen else None,
                            on_click=lambda d=day: flip(d)) \
                        .props("" if chosen else "outline").mark(f"{marker}-{day}")
        elif kind == "channels":
            ui.select({c: t(f"loyalty.rules.channel.{c}") for c in CHANNELS}, multiple=True,
                      value=list(clause["value"]), label=t("loyalty.rules.field.channel"),
                      on_change=lambda e: store([c for c in CHANNELS if c in (e.value or [])])) \
                .props("use-chips").classes("min-w-48").mark(marker)
        elif kind == "hours":
            hours = clause["value"]
            with ui.row().classes("items-center gap-1").mark(marker):
                ui.select({h: digits(f"{h:02d}:00") for h in range(24)}, value=hours[0],
                          label=t("loyalty.rules.hour_from"),
                          on_change=lambda e: hours.__setitem__(0, int(e.value))) \
                    .classes("w-28").mark(f"{marker}-from")
                ui.select({h: digits(f"{h:02d}:00") for h in range(1, 25)}, value=hours[1],
                          label=t("loyalty.rules.hour_to"),
                          on_change=lambda e: hours.__setitem__(1, int(e.value))) \
                    .classes("w-28").mark(f"{marker}-to")
        elif kind == "bool":
            ui.switch(t("loyalty.rules.yes"), value=bool(clause["value"]),
                      on_change=lambda e: store(bool(e.value))).mark(marker)
        elif kind == "rank":
            ui.number(t("loyalty.rules.value.rank"), value=clause["value"], min=0, step=1,
                      format="%.0f", on_change=lambda e: store(int(e.value or 0))) \
                .classes("w-32").mark(marker)
        elif kind == "amount":
            self._pair(clause, marker, lambda label, value, on_change: ui.number(
                label, value=value, min=0, step=1000, format="%.0f",
                on_change=lambda e: on_change(int(e.value or 0))))
        else:
            self._pair(clause, marker, self._day)

    def _day(self, label: str, value: str, on_change: Callable[[str], None]) -> ui.input:
        field_ = date_input(label)
        field_.value = day_text(value)

        def changed(text: str) -> None:
            try:
                day = parse_day(text)
            except ValueError:
                return
            on_change(day.isoformat() if day else "")

        field_.on_value_change(lambda e: changed(e.value))
        return field_

    @staticmethod
    def _pair(clause: dict[str, Any], marker: str,
              make: Callable[[str, Any, Callable[[Any], None]], ui.element]) -> None:
        if clause["op"] == "between":
            pair = clause["value"]
            with ui.row().classes("items-center gap-1"):
                make(t("loyalty.rules.from"), pair[0], lambda v: pair.__setitem__(0, v)) \
                    .mark(f"{marker}-from")
                make(t("loyalty.rules.to"), pair[1], lambda v: pair.__setitem__(1, v)) \
                    .mark(f"{marker}-to")
        else:
            make(t("loyalty.rules.value"), clause["value"],
                 lambda v: clause.__setitem__("value", v)).mark(marker)

    # the effects

    @ui.refreshable_method
    def effects(self) -> None:
        effects = self.state.effects
        with ui.column().classes("w-full gap-2").mark("effects"):
            for index, effect in enumerate(effects):
                self._effect(effect, index)
            def add() -> None:
                effects.append(default_effect("points"))
                self.effects.refresh()

            ui.button(t("loyalty.rules.add_effect"), icon="add", on_click=add) \
                .props("flat dense no-caps").mark("add-effect")

    def _effect(self, effect: dict[str, Any], index: int) -> None:
        marker = f"effect-{index}"
        kind = effect["kind"]

        def set_kind(value: str) -> None:
            effect.clear()
            effect.update(default_effect(value))
            self.effects.refresh()

        def number(key: str, label_key: str, *, scale: float = 1, **options: Any) -> None:
            value = effect.get(key)
            shown = value / scale if value is not None and scale != 1 else value

            def changed(raw: float | None) -> None:
                if raw is None:
                    effect.pop(key, None)
                else:
                    effect[key] = round(float(raw) * scale)

            ui.number(t(label_key), value=shown, on_change=lambda e: changed(e.value),
                      **options).classes("w-36").mark(f"{marker}-{key}")

        with ui.row().classes("items-center gap-2 w-full").mark(marker):
            ui.select({k: t(f"loyalty.rules.effect.{k}") for k in EFFECT_KINDS}, value=kind,
                      label=t("loyalty.rules.effect"), on_change=lambda e: set_kind(e.value)) \
                .classes("w-44").mark(f"{marker}-kind")
            if kind in ("points", "lottery"):
                number("per_rials", "loyalty.rules.per_rials", min=1, format="%.0f")
                if kind == "points":
                    number("points", "loyalty.rules.points_each", min=1, format="%.0f")
                    number("multiplier", "loyalty.rules.multiplier", scale=100, min=0.01,
                           step=0.25)
                else:
                    number("entries", "loyalty.rules.entries_each", min=1, format="%.0f")
            else:
                by_percent = "percent_bp" in effect

                def set_mode(percent: bool) -> None:
                    for key in ("percent_bp", "amount", "cap"):
                        effect.pop(key, None)
                    effect["percent_bp" if percent else "amount"] = 1000 if percent else 10_000
                    self.effects.refresh()

                ui.toggle({True: t("loyalty.rules.by_percent"),
                           False: t("loyalty.rules.by_amount")}, value=by_percent,
                          on_change=lambda e: set_mode(bool(e.value))) \
                    .props("dense no-caps").mark(f"{marker}-mode")
                if by_percent:
                    number("percent_bp", "loyalty.rules.percent", scale=100, min=0.01,
                           max=100, step=0.5)
                    number("cap", "loyalty.rules.cap", min=1, format="%.0f")
                else:
                    number("amount", "loyalty.rules.amount", min=1, format="%.0f")
                if kind in CREDIT_KINDS:
                    number("expires_in_days", "loyalty.rules.expires_in_days", min=1,
                           format="%.0f")
                    self._scope(effect, marker)
            def remove() -> None:
                self.state.effects.remove(effect)
                self.effects.refresh()

            ui.button(icon="delete", on_click=remove) \
                .props("flat dense round color=negative").mark(f"{marker}-remove")

    def _scope(self, effect: dict[str, Any], marker: str) -> None:
        scopes = ("merchant",) if effect["kind"] == "merchant_credit" else SCOPES
        scope = effect.get("scope") if effect.get("scope") in scopes else scopes[0]

        def set_scope(value: str) -> None:
            effect["scope"] = value
            effect.pop("scope_id", None)
            self.effects.refresh()

        ui.select({s: t(f"loyalty.rules.scope.{s}") for s in scopes}, value=scope,
                  label=t("loyalty.rules.scope"), on_change=lambda e: set_scope(e.value)) \
            .classes("w-40").mark(f"{marker}-scope")
        if scope in ("merchant_group", "service_category"):
            options = self.choices.options("groups" if scope == "merchant_group"
                                           else "service_categories")
            ui.select(options, value=effect.get("scope_id"), label=t("loyalty.rules.scope_id"),
                      on_change=lambda e: effect.__setitem__("scope_id", e.value)) \
                .classes("w-48").mark(f"{marker}-scope-id")


def default_effect(kind: str) -> dict[str, Any]:
    if kind == "points":
        return {"kind": kind, "per_rials": 10_000, "points": 1, "multiplier": 100}
    if kind == "lottery":
        return {"kind": kind, "per_rials": 1_000_000, "entries": 1}
    effect: dict[str, Any] = {"kind": kind, "percent_bp": 1000}
    if kind in CREDIT_KINDS:
        effect |= {"scope": "merchant" if kind == "merchant_credit" else "club",
                   "expires_in_days": 30}
    return effect


def ids_of(text: str | None) -> list[int]:
    """`1, 2 ۳` as [1, 2, 3]: ids typed in either digits; anything else is dropped."""
    western = (text or "").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    return sorted({int(part) for part in western.replace("،", ",").replace(" ", ",").split(",")
                   if part.isdigit() and int(part) > 0})


def toggled(values: list[str], value: str, chosen: bool, order: tuple[str, ...]) -> list[str]:
    """`values` with `value` in (or out), in `order`."""
    wanted = (set(values) | {value}) if chosen else (set(values) - {value})
    return [item for item in order if item in wanted]


def create(api: AdminApi) -> None:
    @ui.page(routes.LOYALTY_RULES)
    @protected(api, needs="rules")
    async def rules_page(session: StaffSession, club: str | None = None) -> None:
        prefix = routes.prefix(ui.context.client.request)
        try:
            clubs = (await session.run(CLUBS))["clubs"]
        except ApiError as error:
            show_api_error(error)
            clubs = []
        chosen = next((c for c in clubs if c["id"] == club), clubs[0] if clubs else None)
        with frame(t("loyalty.rules.title"), session):
            if chosen is None:
                ui.label(t("loyalty.rules.no_clubs")).classes("text-grey-7").mark("no-clubs")
                return
            with ui.row().classes("items-end gap-4"):
                ui.select({c["id"]: c["name"] for c in clubs}, value=chosen["id"],
                          label=t("loyalty.rules.club"),
                          on_change=lambda e: ui.navigate.to(routes.with_query(
                              routes.LOYALTY_RULES, club=str(e.value)))) \
                    .classes("w-64").mark("club")
                ui.button(t("loyalty.rules.new"), icon="add",
                          on_click=lambda: ui.navigate.to(routes.with_query(
                              routes.LOYALTY_RULE_NEW, club=chosen["id"]))) \
                    .props("no-caps").mark("new-rule")
            try:
                rules = (await session.run(RULES, clubId=chosen["id"]))["rules"]
            except ApiError as error:
                show_api_error(error)
                rules = []
            if not rules:
                ui.label(t("loyalty.rules.empty")).classes("text-grey-7").mark("no-rules")
                return
            table = ui.table(columns=localized(LIST_COLUMNS),
                             rows=shown_rows(rule_rows(rules, prefix)), row_key="id") \
                .classes("w-full").props("flat bordered dense").mark("rules")
            for name in ("id", "name"):
                table.add_slot(f"body-cell-{name}", _link_cell(name))

    @ui.page(routes.LOYALTY_RULE_NEW)
    @protected(api, needs="createRule")
    async def new_rule_page(session: StaffSession, club: str | None = None) -> None:
        await _builder_page(session, club_id=club, rule=None)

    @ui.page(routes.loyalty_rule("{rule_id}"))
    @protected(api, needs="rule")
    async def rule_page(session: StaffSession, rule_id: str) -> None:
        rule = None
        if rule_id.isdigit() and len(rule_id) <= 19:
            try:
                rule = (await session.run(RULE, id=rule_id))["rule"]
            except ApiError as error:
                show_api_error(error)
        if rule is None:
            with frame(t("loyalty.rules.title"), session):
                ui.label(t("loyalty.rules.not_found", id=rule_id)).mark("rule-not-found")
            return
        await _builder_page(session, club_id=rule["clubId"], rule=rule)


def _link_cell(name: str) -> str:
    return (f'<q-td :props="props"><a :href="props.row.{name}_href" class="text-primary">'
            f'{{{{ props.value }}}}</a></q-td>')


async def _builder_page(session: StaffSession, *, club_id: str | None,
                        rule: dict[str, Any] | None) -> None:
    try:
        clubs = {c["id"]: c for c in (await session.run(CLUBS))["clubs"]}
        club = clubs.get(club_id or "")
        choices = Choices.from_data(await session.run(CHOICES, clubId=club_id)) \
            if club is not None else Choices()
    except ApiError as error:
        show_api_error(error)
        club, choices = None, Choices()
    title = t("loyalty.rules.edit", name=rule["name"]) if rule else t("loyalty.rules.new")
    with frame(title, session):
        if club is None:
            ui.label(t("loyalty.rules.no_clubs")).classes("text-grey-7").mark("no-clubs")
            return
        tz = ZoneInfo(club["timezone"])
        state = RuleState.from_rule(rule, tz) if rule else RuleState()
        builder = Builder(state, choices)
        ui.link(t("loyalty.rules.back"), routes.with_query(routes.LOYALTY_RULES,
                                                           club=club["id"])) \
            .mark("back-to-rules")
        if rule is not None:
            ui.label(t("loyalty.rules.state", status=t(
                f"loyalty.rules.status.{rule['status'].lower()}"),
                version=digits(str(rule["version"])))).mark("rule-state")
        _settings(state)
        ui.label(t("loyalty.rules.when")).classes("text-lg font-semibold")
        builder.condition()
        ui.label(t("loyalty.rules.gives")).classes("text-lg font-semibold")
        builder.effects()

        def rule_input() -> dict[str, Any] | None:
            try:
                return state.to_input(tz)
            except ValueError:
                ui.notify(t("loyalty.rules.bad_day"), type="negative")
                return None

        async def save(activate: bool) -> None:
            payload = rule_input()
            if payload is None:
                return
            if rule is None:
                result = await mutate(session, CREATE, "createRule", clubId=club["id"],
                                      input=payload)
            else:
                result = await mutate(session, UPDATE, "updateRule", id=rule["id"],
                                      input=payload)
            if result is None:
                return
            saved = result["rule"]
            if activate and saved["status"] != "ACTIVE" and await mutate(
                    session, STATUS, "setRuleStatus", id=saved["id"], status="ACTIVE") is None:
                return
            ui.notify(t("loyalty.rules.saved", version=digits(str(saved["version"]))),
                      type="positive")
            ui.navigate.to(routes.loyalty_rule(saved["id"]))

        async def set_status(status: str) -> None:
            assert rule is not None
            if await mutate(session, STATUS, "setRuleStatus", id=rule["id"],
                            status=status) is not None:
                ui.navigate.to(routes.loyalty_rule(rule["id"]))

        with ui.row().classes("gap-2"):
            busy_button(t("loyalty.rules.save_draft"), lambda: save(False), icon="save",
                        marker="save-draft")
            busy_button(t("loyalty.rules.activate"), lambda: save(True), icon="play_arrow",
                        marker="activate")
            if rule is not None and rule["status"] == "ACTIVE":
                busy_button(t("loyalty.rules.pause"), lambda: set_status("PAUSED"),
                            icon="pause", marker="pause")
            if rule is not None and rule["status"] != "ARCHIVED":
                busy_button(t("loyalty.rules.archive"), lambda: set_status("ARCHIVED"),
                            icon="archive", marker="archive")
        _preview_panel(session, club, choices, rule_input)
        if rule is not None:
            ui.label(t("loyalty.rules.expression_title")).classes("text-sm text-grey-7")
            ui.code(rule["current"]["expression"], language="python").classes("w-full") \
                .mark("expression")


def _settings(state: RuleState) -> None:
    with ui.row().classes("items-end gap-4 w-full"):
        ui.input(t("loyalty.rules.name")).bind_value(state, "name").classes("w-72") \
            .mark("rule-name")
        ui.number(t("loyalty.rules.priority"), min=0, format="%.0f",
                  value=state.priority,
                  on_change=lambda e: setattr(state, "priority", int(e.value or 0))) \
            .classes("w-28").mark("priority")
        ui.select({s: t(f"loyalty.rules.stacking.{s.lower()}") for s in ("STACK", "EXCLUSIVE")},
                  label=t("loyalty.rules.stacking")).bind_value(state, "stacking") \
            .classes("w-44").mark("stacking")
        date_input(t("loyalty.rules.valid_from")).bind_value(state, "valid_from") \
            .mark("valid-from")
        date_input(t("loyalty.rules.valid_until")).bind_value(state, "valid_until") \
            .mark("valid-until")
    with ui.row().classes("items-end gap-4 w-full"):
        for key in ("budget_total", "budget_per_member", "budget_per_merchant"):
            ui.number(t(f"loyalty.rules.{key}"), min=1, format="%.0f",
                      value=getattr(state, key),
                      on_change=lambda e, k=key: setattr(state, k, int(e.value)
                                                         if e.value else None)) \
                .classes("w-44").mark(key.replace("_", "-"))
        ui.select({p: t(f"loyalty.rules.period.{p or 'ever'}") for p in PERIODS},
                  label=t("loyalty.rules.budget_member_period")) \
            .bind_value(state, "budget_member_period").classes("w-36").mark("budget-period")
    _trigger_settings(state)


def _trigger_settings(state: RuleState) -> None:
    """What makes the rule give: a purchase, or a member's event with how often it gives."""
    with ui.row().classes("items-end gap-4 w-full"):
        ui.select({name: t(f"loyalty.rules.trigger.{name.lower()}") for name in TRIGGERS},
                  label=t("loyalty.rules.trigger")).bind_value(state, "trigger") \
            .classes("w-56").mark("trigger")
        ui.number(t("loyalty.rules.trigger_param"), min=1, format="%.0f",
                  value=state.trigger_param,
                  on_change=lambda e: setattr(state, "trigger_param",
                                              int(e.value) if e.value else None)) \
            .bind_visibility_from(state, "trigger", lambda v: v in PARAM_TRIGGERS) \
            .classes("w-36").mark("trigger-param")
        ui.select({f: t(f"loyalty.rules.frequency.{f.lower()}") for f in FREQUENCIES},
                  label=t("loyalty.rules.frequency")).bind_value(state, "frequency") \
            .bind_visibility_from(state, "trigger", lambda v: v != "PURCHASE") \
            .classes("w-40").mark("frequency")
        ui.number(t("loyalty.rules.frequency_limit"), min=1, format="%.0f",
                  value=state.frequency_limit,
                  on_change=lambda e: setattr(state, "frequency_limit", int(e.value or 1))) \
            .bind_visibility_from(state, "trigger", lambda v: v != "PURCHASE") \
            .classes("w-36").mark("frequency-limit")


@dataclass
class PreviewForm:
    amount: int = 1_000_000
    merchant_id: int | None = None
    day: str = ""
    hour: int = 12
    channel: str = "pos"


def _preview_panel(session: StaffSession, club: dict[str, Any], choices: Choices,
                   rule_input: Callable[[], dict[str, Any] | None]) -> None:
    tz = ZoneInfo(club["timezone"])
    form = PreviewForm(merchant_id=next(iter(choices.merchants), None),
                       day=day_text(datetime.now(tz).date().isoformat()))
    with ui.card().classes("w-full gap-2").props("flat bordered").mark("preview-panel"):
        ui.label(t("loyalty.rules.preview_title")).classes("text-lg font-semibold")
        with ui.row().classes("items-end gap-4"):
            ui.number(t("loyalty.rules.amount"), min=1, format="%.0f", value=form.amount,
                      on_change=lambda e: setattr(form, "amount", int(e.value or 0))) \
                .classes("w-40").mark("preview-amount")
            ui.select(choices.options("merchants"), label=t("loyalty.rules.merchant"),
                      with_input=True).bind_value(form, "merchant_id").classes("w-56") \
                .mark("preview-merchant")
            date_input(t("loyalty.rules.day")).bind_value(form, "day").mark("preview-day")
            ui.select({h: digits(f"{h:02d}:00") for h in range(24)},
                      label=t("loyalty.rules.hour")).bind_value(form, "hour") \
                .classes("w-28").mark("preview-hour")
            ui.select({c: t(f"loyalty.rules.channel.{c}") for c in CHANNELS},
                      label=t("loyalty.rules.field.channel")).bind_value(form, "channel") \
                .classes("w-32").mark("preview-channel")

        @ui.refreshable
        def rewards(found: list[dict[str, Any]] | None = None) -> None:
            if found is None:
                return
            if not found:
                ui.label(t("loyalty.rules.earns_nothing")).mark("preview-nothing")
                return
            ui.table(columns=localized(REWARD_COLUMNS), rows=shown_rows(reward_rows(found)),
                     row_key="id").classes("w-full").props("flat bordered dense") \
                .mark("preview-rewards")

        @ui.refreshable
        def figures(found: dict[str, Any] | None = None) -> None:
            if found is None:
                return
            with ui.grid(columns="auto 1fr auto 1fr").classes("gap-x-6 gap-y-1") \
                    .mark("simulation"):
                for name in FIGURES:
                    ui.label(t(f"loyalty.rules.figure.{name}")).classes("text-sm text-grey-7")
                    ui.label(figure_text(name, found[name])).mark(f"figure-{name}")

        async def preview() -> None:
            draft = rule_input()
            if draft is None:
                return
            try:
                day = parse_day(form.day) or datetime.now(tz).date()
            except ValueError:
                ui.notify(t("loyalty.rules.bad_day"), type="negative")
                return
            if form.merchant_id is None:
                ui.notify(t("loyalty.rules.pick_merchant"), type="warning")
                return
            at = datetime.combine(day, time(int(form.hour)), tz).isoformat()
            purchase = {"merchantId": str(form.merchant_id), "amount": str(int(form.amount)),
                        "at": at, "channel": form.channel.upper()}
            result = await mutate(session, PREVIEW, "previewRule", clubId=club["id"],
                                  draft=draft, purchase=purchase)
            if result is not None:
                rewards.refresh(result["rewards"])

        async def simulate() -> None:
            draft = rule_input()
            if draft is None:
                return
            result = await mutate(session, SIMULATE, "simulateRule", clubId=club["id"],
                                  draft=draft)
            if result is not None:
                figures.refresh(result)

        with ui.row().classes("gap-2"):
            busy_button(t("loyalty.rules.preview"), preview, icon="visibility",
                        marker="preview")
            busy_button(t("loyalty.rules.simulate"), simulate, icon="query_stats",
                        marker="simulate")
        rewards()
        figures()
