"""Which rules a purchase meets and what they give: the in-process index of a club's active rule
versions (`candidate_rules`) and the pure `evaluate`.

The index holds, per club, the current version of every active rule that applies there (a
sub-club's own and its ancestors', less those its own override: `_inherited`), compiled, by the
merchants its condition pins (or under "anywhere"). It is reloaded when the club's
`rules_revision` (or an ancestor's) moved: `candidate_rules` reads that integer on every call
(one indexed query by primary key, one more per ancestor), so a rule activated, paused or
changed applies from the next purchase in every process, with no TTL
to wait out. Versions never change, so a reload compiles only versions it has not seen (known by
id and creation time: ids come back after a test empties the database).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from models.loyalty.club_tree import MAX_DEPTH
from models.loyalty.codes import EffectKind, RuleStatus, Stacking, Trigger
from models.loyalty.conditions import Test, compile_condition, condition_facts
from models.loyalty.effects import Effect, give, parse_effects
from models.loyalty.facts import PurchaseFacts, Reward
from models.loyalty.tables import Club, Rule, RuleVersion


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule version ready to evaluate: its condition's closure, its effects and limits."""

    rule_id: int
    version_id: int
    version: int
    name: str
    priority: int
    stacking: Stacking
    valid_from: datetime | None
    valid_until: datetime | None
    merchant_ids: frozenset[int]
    test: Test
    effects: tuple[Effect, ...]
    tz: ZoneInfo
    budget_total: int | None = None
    budget_per_member: int | None = None
    budget_member_period: str = ""
    budget_per_merchant: int | None = None
    group_ids: frozenset[int] = frozenset()  # the merchant groups it is pinned to: empty: any

    def in_window(self, at: datetime) -> bool:
        return ((self.valid_from is None or self.valid_from <= at)
                and (self.valid_until is None or at < self.valid_until))

    @property
    def order(self) -> tuple[int, int]:
        return self.priority, self.rule_id


def compile_rule(version: RuleVersion, name: str, tz: ZoneInfo, *,
                 check: bool = True) -> CompiledRule:
    """A stored version compiled. `check=False` skips the rule-engine type check the version
    passed when it was saved (the index's reload)."""
    condition = compile_condition(version.condition, check=check)
    return CompiledRule(
        rule_id=version.rule_id, version_id=version.id, version=version.version, name=name,
        priority=version.priority, stacking=Stacking(version.stacking),
        valid_from=version.valid_from, valid_until=version.valid_until,
        merchant_ids=frozenset(version.merchant_ids), test=condition.test,
        effects=parse_effects(version.effects), tz=tz, group_ids=condition.group_ids,
        budget_total=version.budget_total, budget_per_member=version.budget_per_member,
        budget_member_period=version.budget_member_period,
        budget_per_merchant=version.budget_per_merchant)


def evaluate(rules: Sequence[CompiledRule], facts: PurchaseFacts) -> list[Reward]:
    """What the rules give for the purchase: those whose window holds `facts.at` and whose
    condition holds, by priority then id. The best-priority exclusive rule among them applies
    alone; if none is exclusive, every one applies. Discounts together never exceed the amount.
    Points are multiplied by the member's tier multiplier (`facts.points_multiplier_permille`,
    rounded down), before the budgets cap them: the quote shows what the commit gives.
    Budgets are not checked here: each reward carries its version's limits."""
    if not rules:
        return []
    view = condition_facts(facts, rules[0].tz)
    at, groups = facts.at, facts.merchant_group_ids
    matching = sorted((rule for rule in rules
                       # a rule pinned to merchant groups the merchant is in none of is out at
                       # the cost of one set operation, before its condition runs
                       if not (rule.group_ids and rule.group_ids.isdisjoint(groups))
                       and (rule.valid_from is None or rule.valid_from <= at)
                       and (rule.valid_until is None or at < rule.valid_until)
                       and rule.test(view)), key=lambda rule: rule.order)
    exclusive = next((rule for rule in matching if rule.stacking == Stacking.EXCLUSIVE), None)
    applied = [exclusive] if exclusive is not None else matching
    rewards: list[Reward] = []
    discount_left = facts.amount
    for rule in applied:
        for effect in rule.effects:
            given = give(effect, amount=facts.amount, at=facts.at, club_id=facts.club_id,
                         merchant_id=facts.merchant_id)
            if given is None:
                continue
            amount = given.amount
            details = given.details
            if given.kind == EffectKind.POINTS and facts.points_multiplier_permille != 1000:
                amount = amount * facts.points_multiplier_permille // 1000
                details = {**details, "tier_multiplier_permille":
                           facts.points_multiplier_permille}
            if given.kind == EffectKind.DISCOUNT:
                amount = min(amount, discount_left)
                discount_left -= amount
                if amount == 0:
                    continue
            rewards.append(Reward(
                rule_id=rule.rule_id, rule_version_id=rule.version_id, rule_name=rule.name,
                kind=given.kind, amount=amount, ledger=given.ledger,
                scope_kind=given.scope_kind, scope_id=given.scope_id,
                expires_at=given.expires_at, budget_total=rule.budget_total,
                budget_per_member=rule.budget_per_member,
                budget_member_period=rule.budget_member_period,
                budget_per_merchant=rule.budget_per_merchant, details=details))
    return rewards


@dataclass(slots=True)
class ClubRules:
    """One club's active rules, as of `revision` of the club made at `club_created_at` (the
    club's id alone could name another club after a database is emptied, as tests do)."""

    revision: int
    club_created_at: datetime
    tz: ZoneInfo
    ancestors: tuple[tuple[int, int, datetime], ...] = ()  # (id, rules revision, created at)
    anywhere: list[CompiledRule] = field(default_factory=list)
    by_merchant: dict[int, list[CompiledRule]] = field(default_factory=dict)

    def candidates(self, merchant_id: int, at: datetime) -> list[CompiledRule]:
        """Both lists are kept in order (`sort`), so this only merges two sorted runs."""
        pinned = self.by_merchant.get(merchant_id)
        found = [rule for rule in (self.anywhere if not pinned else (*pinned, *self.anywhere))
                 if rule.in_window(at)]
        if pinned:
            found.sort(key=lambda rule: rule.order)
        return found

    def sort(self) -> None:
        self.anywhere.sort(key=lambda rule: rule.order)
        for rules in self.by_merchant.values():
            rules.sort(key=lambda rule: rule.order)


_INDEX: dict[int, ClubRules] = {}
_COMPILED: dict[tuple[int, datetime, str], CompiledRule] = {}


async def candidate_rules(club_id: int, merchant_id: int, at: datetime) -> Sequence[CompiledRule]:
    """The club's active rule versions that may apply at this merchant at `at` (their window
    holds it), by priority then id; `evaluate` decides which do."""
    row = await Club.filter(id=club_id).values_list("rules_revision", "timezone", "created_at",
                                                    "parent_id")
    if not row:
        return []
    revision, timezone, created_at, parent_id = row[0]
    ancestors = await _ancestors(parent_id)
    index = _INDEX.get(club_id)
    if (index is None or index.revision != revision or index.tz.key != timezone
            or index.club_created_at != created_at or index.ancestors != ancestors):
        index = await _load(club_id, revision, created_at, ZoneInfo(timezone), ancestors)
        _INDEX[club_id] = index
    return index.candidates(merchant_id, at)


async def _ancestors(parent_id: int | None) -> tuple[tuple[int, int, datetime], ...]:
    """A sub-club's ancestors, nearest first, as the index is keyed by them: a rule changed in
    an ancestor moves its revision, and every sub-club's index below it reloads."""
    found: list[tuple[int, int, datetime]] = []
    while parent_id is not None and len(found) < MAX_DEPTH - 1:
        row = await Club.filter(id=parent_id).values_list("id", "rules_revision", "created_at",
                                                          "parent_id")
        if not row:
            break
        ancestor_id, revision, created_at, parent_id = row[0]
        found.append((ancestor_id, revision, created_at))
    return tuple(found)


async def _inherited(club_ids: list[int]) -> dict[int, tuple[int, str]]:
    """The active rules that apply in the first of `club_ids` (a club, then its ancestors):
    its own and its ancestors', less those a nearer club's active rule overrides. Overrides
    follow each other up (a rule overriding a rule that overrides a third takes the third's
    place too), and the nearest club's active rules of one place win. Rule id -> (version,
    name)."""
    depth = {club_id: index for index, club_id in enumerate(club_ids)}
    active = await Rule.filter(club_id__in=club_ids, status=RuleStatus.ACTIVE).values_list(
        "id", "version", "name", "club_id")
    if len(club_ids) == 1:
        return {rule_id: (version, name) for rule_id, version, name, _ in active}
    replaces = dict(await Rule.filter(club_id__in=club_ids, overrides_rule_id__isnull=False)
                    .values_list("id", "overrides_rule_id"))

    def place(rule_id: int) -> int:
        for _ in range(MAX_DEPTH):
            if rule_id not in replaces:
                break
            rule_id = replaces[rule_id]
        return rule_id

    nearest: dict[int, int] = {}
    for rule_id, _, _, club_id in active:
        nearest[place(rule_id)] = min(nearest.get(place(rule_id), MAX_DEPTH), depth[club_id])
    return {rule_id: (version, name) for rule_id, version, name, club_id in active
            if depth[club_id] == nearest[place(rule_id)]}


async def _load(club_id: int, revision: int, club_created_at: datetime, tz: ZoneInfo,
                ancestors: tuple[tuple[int, int, datetime], ...] = ()) -> ClubRules:
    clubs = [club_id, *(a[0] for a in ancestors)]
    applying = await _inherited(clubs)
    rules = {rule_id: version for rule_id, (version, _) in applying.items()}
    names = {rule_id: name for rule_id, (_, name) in applying.items()}
    index = ClubRules(revision=revision, club_created_at=club_created_at, tz=tz,
                      ancestors=ancestors)
    if not rules:
        return index
    versions = await RuleVersion.filter(club_id__in=clubs, rule_id__in=list(rules))
    for version in versions:
        # an event rule gives on its events (models.loyalty.event_rules), never at a purchase
        if rules.get(version.rule_id) != version.version or version.trigger != Trigger.PURCHASE:
            continue
        key = (version.id, version.created_at, tz.key)
        compiled = _COMPILED.get(key)
        if compiled is None or compiled.name != names[version.rule_id]:
            compiled = compile_rule(version, names[version.rule_id], tz, check=False)
            _COMPILED[key] = compiled
        if compiled.merchant_ids:
            for merchant_id in compiled.merchant_ids:
                index.by_merchant.setdefault(merchant_id, []).append(compiled)
        else:
            index.anywhere.append(compiled)
    index.sort()
    return index


def forget_index() -> None:
    """Drops every club's index and compiled version."""
    _INDEX.clear()
    _COMPILED.clear()
