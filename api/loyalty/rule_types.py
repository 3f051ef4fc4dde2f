"""GraphQL types of a club's rules: a rule, its versions, what a preview gives and a
simulation's figures, and the inputs that describe a rule and a purchase to preview."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

import api.loyalty.types  # noqa: F401  # registers Channel in the schema (once: core's)
from api.ids import optional_id, parse_id, to_id
from api.scalars import JSON, Long
from models.lots.tables import ScopeKind
from models.loyalty.codes import Channel, EffectKind, Frequency, RuleStatus, Stacking, Trigger
from models.loyalty.conditions import compile_condition
from models.loyalty.facts import Reward
from models.loyalty.rules import RuleDraft
from models.loyalty.simulation import Simulation
from models.loyalty.tables import Rule as RuleRow
from models.loyalty.tables import RuleVersion as RuleVersionRow

strawberry.enum(RuleStatus, description="Where a rule stands: a draft, active, paused or "
                                        "archived (kept for the purchases that name it).")
strawberry.enum(Stacking, description="Whether a rule applies with the other stacking rules, or "
                                      "alone when it is the best-priority exclusive one.")
strawberry.enum(EffectKind, description="What a purchase's leg is: a reward a rule gave, or "
                                        "what the member spent.")
strawberry.enum(ScopeKind, description="Where a lot of credit may be spent.")
strawberry.enum(Trigger, name="LoyaltyTrigger",
                description="What makes a rule give: a purchase, or one of the member's events "
                            "(enrolment, a completed profile, a birthday, the anniversary of "
                            "enrolment, the first or N-th purchase, N days without a purchase, "
                            "a tier change, a paid wallet order).")
strawberry.enum(Frequency, name="LoyaltyFrequency",
                description="How often an event rule gives a member: once ever, or at most "
                            "`frequencyLimit` times per Jalali year or month (club's timezone).")


@strawberry.type(name="LoyaltyRuleVersion",
                 description="One version of a rule, never changed: purchases name the version "
                             "that rewarded them.")
class RuleVersion:
    id: strawberry.ID
    rule_id: strawberry.ID
    version: int
    condition: JSON = strawberry.field(
        description="The builder's tree: {all|any: [clause | group]}, a clause {field, op, "
                    "value} or {expression}.")
    expression: str = strawberry.field(
        description="The condition as a rule-engine expression, type-checked when saved.")
    effects: JSON
    priority: int = strawberry.field(description="Lower first.")
    stacking: Stacking
    valid_from: datetime | None
    valid_until: datetime | None
    merchant_ids: list[strawberry.ID] = strawberry.field(
        description="The merchants (partner ids) the condition pins it to; empty: any.")
    budget_total: Long | None
    budget_per_member: Long | None
    budget_member_period: str = strawberry.field(description="day, week, month or empty: ever.")
    budget_per_merchant: Long | None
    trigger: Trigger
    trigger_param: int | None = strawberry.field(
        description="N of nth_purchase; the days of inactivity.")
    frequency: Frequency | None = strawberry.field(description="An event rule's; null for a "
                                                               "purchase rule.")
    frequency_limit: int
    created_by: str
    created_at: datetime

    @classmethod
    def from_row(cls, row: RuleVersionRow) -> RuleVersion:
        def long(value: int | None) -> Long | None:
            return Long(value) if value is not None else None

        return cls(
            id=to_id(row.id), rule_id=to_id(row.rule_id), version=row.version,
            condition=JSON(row.condition),
            expression=compile_condition(row.condition, check=False).expression,
            effects=JSON(row.effects), priority=row.priority, stacking=Stacking(row.stacking),
            valid_from=row.valid_from, valid_until=row.valid_until,
            merchant_ids=[to_id(merchant) for merchant in row.merchant_ids],
            budget_total=long(row.budget_total), budget_per_member=long(row.budget_per_member),
            budget_member_period=row.budget_member_period,
            budget_per_merchant=long(row.budget_per_merchant), trigger=Trigger(row.trigger),
            trigger_param=row.trigger_param,
            frequency=Frequency(row.frequency) if row.frequency else None,
            frequency_limit=row.frequency_limit, created_by=row.created_by,
            created_at=row.created_at)


@strawberry.type(name="LoyaltyRule", description="A club's rule; what it says is in its "
                                                 "versions, the newest is `current`.")
class Rule:
    id: strawberry.ID
    club_id: strawberry.ID
    name: str
    status: RuleStatus
    version: int = strawberry.field(description="The newest version's number.")
    current: RuleVersion
    overrides_rule_id: strawberry.ID | None = strawberry.field(
        description="A rule of a parent club this rule replaces in its club.")
    created_at: datetime
    updated_at: datetime
    history: strawberry.Private[list[RuleVersionRow] | None] = None

    @strawberry.field(description="Every version, newest first (only on `rule(id)`).")
    def versions(self) -> list[RuleVersion]:
        return [RuleVersion.from_row(row) for row in self.history or ()]

    @classmethod
    def from_rows(cls, row: RuleRow, current: RuleVersionRow,
                  history: list[RuleVersionRow] | None = None) -> Rule:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), name=row.name,
                   status=RuleStatus(row.status), version=row.version,
                   current=RuleVersion.from_row(current),
                   overrides_rule_id=optional_id(row.overrides_rule_id), created_at=row.created_at,
                   updated_at=row.updated_at, history=history)


@strawberry.input(name="LoyaltyRuleInput", description="Everything one version of a rule says; "
                                                       "an update states it whole.")
class RuleInput:
    name: str
    effects: JSON = strawberry.field(
        description="A list: {kind: discount, percent_bp, cap} or {kind: discount, amount}; "
                    "{kind: merchant_credit|club_credit|virtual_credit, percent_bp|amount, "
                    "expires_in_days, scope: merchant|merchant_group|club|service_category, "
                    "scope_id}; {kind: points, per_rials, points, multiplier (hundredths)}; "
                    "{kind: lottery, per_rials, entries}.")
    condition: JSON | None = strawberry.field(
        default=None, description="{all|any: [...]} of {field, op, value} clauses or "
                                  "{expression}; empty: always.")
    priority: int = 100
    stacking: Stacking = Stacking.STACK
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    budget_total: Long | None = None
    budget_per_member: Long | None = None
    budget_member_period: str = ""
    budget_per_merchant: Long | None = None
    trigger: Trigger = strawberry.field(
        default=Trigger.PURCHASE,
        description="An event trigger makes an event rule: its condition reads only "
                    "member_group, segment, date, weekday, hour (and amount, of a paid order); "
                    "it gives credit of a fixed amount, points or entries (a rate only of a "
                    "paid order's amount); it needs a frequency.")
    trigger_param: int | None = strawberry.field(
        default=None, description="nth_purchase: N (2 and up); inactivity: days.")
    frequency: Frequency | None = None
    frequency_limit: int = strawberry.field(default=1, description="Grants per member per "
                                                                   "period (1 for once).")
    overrides_rule_id: strawberry.ID | None = strawberry.field(
        default=None, description="A sub-club's rule replacing a rule of a parent club there.")

    def to_draft(self) -> RuleDraft:
        def optional(value: Long | None) -> int | None:
            return int(value) if value is not None else None

        condition: Any = self.condition if self.condition is not None else {}
        effects: Any = self.effects
        return RuleDraft(
            name=self.name, effects=effects,  # shapes checked by parse_effects
            condition=condition,  # and by compile_condition
            priority=self.priority, stacking=self.stacking, valid_from=self.valid_from,
            valid_until=self.valid_until, budget_total=optional(self.budget_total),
            budget_per_member=optional(self.budget_per_member),
            budget_member_period=self.budget_member_period,
            budget_per_merchant=optional(self.budget_per_merchant), trigger=self.trigger,
            trigger_param=self.trigger_param,
            frequency=str(self.frequency) if self.frequency is not None else "",
            frequency_limit=self.frequency_limit,
            overrides_rule_id=parse_id(self.overrides_rule_id, "overridesRuleId"))


@strawberry.input(description="A purchase described by hand, for a preview.")
class RulePreviewPurchase:
    merchant_id: strawberry.ID = strawberry.field(description="The merchant's partner id.")
    amount: Long = strawberry.field(description="Rials.")
    at: datetime | None = strawberry.field(default=None, description="When; now if absent.")
    channel: Channel = Channel.POS
    service_category_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="The service categories of its lines.")
    first_at_club: bool = False
    first_at_merchant: bool = False
    member_group_id: strawberry.ID | None = None


@strawberry.type(name="LoyaltyReward", description="One thing a rule version gives for a "
                                                   "purchase.")
class RewardType:
    rule_id: strawberry.ID
    rule_version_id: strawberry.ID
    rule_name: str
    kind: EffectKind
    amount: Long = strawberry.field(description="In `ledger`: rials, points or entries.")
    ledger: str
    scope_kind: ScopeKind
    scope_id: strawberry.ID | None
    expires_at: datetime | None

    @classmethod
    def from_reward(cls, reward: Reward) -> RewardType:
        return cls(rule_id=to_id(reward.rule_id), rule_version_id=to_id(reward.rule_version_id),
                   rule_name=reward.rule_name, kind=reward.kind, amount=Long(reward.amount),
                   ledger=reward.ledger, scope_kind=reward.scope_kind,
                   scope_id=optional_id(reward.scope_id), expires_at=reward.expires_at)


@strawberry.type(description="What the rule alone would give for the purchase.")
class RulePreview:
    rewards: list[RewardType]


@strawberry.type(description="The rule alone over the club's committed purchases of the last "
                             "30 days (voided ones left out). `cost` is in rials: discounts, "
                             "credit and points at the club's point value.")
class RuleSimulation:
    since: datetime
    until: datetime
    purchases: int
    purchases_rewarded: int
    members_rewarded: int
    discount: Long
    credit: Long
    points: Long
    entries: Long
    cost: Long

    @classmethod
    def from_simulation(cls, figures: Simulation) -> RuleSimulation:
        return cls(since=figures.since, until=figures.until, purchases=figures.purchases,
                   purchases_rewarded=figures.purchases_rewarded,
                   members_rewarded=figures.members_rewarded, discount=Long(figures.discount),
                   credit=Long(figures.credit), points=Long(figures.points),
                   entries=Long(figures.entries), cost=Long(figures.cost))
