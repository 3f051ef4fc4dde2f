"""A club's rules: create (a draft), update (a new version: versions never change, a purchase
names the ones that rewarded it), activate, pause, archive. Every change raises the club's
`rules_revision`, which tells every process's index (`models.loyalty.evaluation`) to reload.

Budgets are stored on the version; the purchase enforces them on the ledger. A sub-club's rule
may override a rule of an ancestor (`overrides_rule_id`): the sub-club then applies its own rule
in that one's place (`models.loyalty.evaluation`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.errors import NotFound, ValidationFailed
from models.identity.callers import Identity
from models.loyalty.club_tree import ancestor_ids
from models.loyalty.codes import ClubRole, RuleStatus, Stacking, Trigger
from models.loyalty.conditions import CompiledCondition, compile_condition
from models.loyalty.effects import Effect, parse_effects
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.event_rules import check_trigger
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club, Rule, RuleVersion

MAX_NAME_CHARS = 200
MAX_PRIORITY = 1_000_000
MEMBER_PERIODS = ("", "day", "week", "month")
# the moves a rule's status may make; an archived rule stays archived
STATUS_MOVES: dict[RuleStatus, frozenset[RuleStatus]] = {
    RuleStatus.DRAFT: frozenset({RuleStatus.ACTIVE, RuleStatus.ARCHIVED}),
    RuleStatus.ACTIVE: frozenset({RuleStatus.PAUSED, RuleStatus.ARCHIVED}),
    RuleStatus.PAUSED: frozenset({RuleStatus.ACTIVE, RuleStatus.ARCHIVED}),
    RuleStatus.ARCHIVED: frozenset(),
}


class InvalidRule(ValidationFailed):
    code = LoyaltyErrorCode.INVALID_RULE


class RuleArchived(ValidationFailed):
    """An archived rule is kept for the purchases that name it, and no longer changes."""

    code = LoyaltyErrorCode.RULE_ARCHIVED


class RuleNotFound(NotFound):
    code = LoyaltyErrorCode.RULE_NOT_FOUND


@dataclass(frozen=True, slots=True)
class RuleDraft:
    """Everything one version of a rule says (an update states it whole)."""

    name: str
    effects: list[dict[str, Any]]
    condition: dict[str, Any] = field(default_factory=dict)
    priority: int = 100
    stacking: Stacking = Stacking.STACK
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    budget_total: int | None = None
    budget_per_member: int | None = None
    budget_member_period: str = ""
    budget_per_merchant: int | None = None
    # an event rule's (models.loyalty.event_rules): its trigger, N, how often a member gets it
    trigger: Trigger = Trigger.PURCHASE
    trigger_param: int | None = None
    frequency: str = ""
    frequency_limit: int = 1
    overrides_rule_id: int | None = None  # a rule of an ancestor club this one replaces here


@dataclass(frozen=True, slots=True)
class CheckedDraft:
    draft: RuleDraft
    condition: CompiledCondition
    effects: tuple[Effect, ...]


async def club_in_reach(identity: Identity, club_id: int, *, configure: bool = False) -> Club:
    """The club, if the caller reaches it (`models.loyalty.staff_roles.club_for`): reading
    rules needs any role there, configuring them the owner's or a manager's."""
    return await club_for(identity, club_id, ClubRole.MANAGER if configure else ClubRole.VIEWER)


def check_draft(draft: RuleDraft, club: Club) -> CheckedDraft:
    """Validates a version before anything is written: its condition type-checks, its effects
    are well formed and of kinds the club uses, its window and budgets make sense."""
    name = draft.name.strip()
    if not name or len(name) > MAX_NAME_CHARS:
        raise InvalidRule(message=f"a name of 1 to {MAX_NAME_CHARS} characters", field="name")
    if not 0 <= draft.priority <= MAX_PRIORITY:
        raise InvalidRule(message=f"priority is 0 to {MAX_PRIORITY}, lower first",
                          field="priority")
    if (draft.valid_from is not None and draft.valid_until is not None
            and draft.valid_from >= draft.valid_until):
        raise InvalidRule(message="the window ends before it starts", field="validUntil")
    for name_, value in (("budgetTotal", draft.budget_total),
                         ("budgetPerMember", draft.budget_per_member),
                         ("budgetPerMerchant", draft.budget_per_merchant)):
        if value is not None and value <= 0:
            raise InvalidRule(message="a budget is a positive amount, or none", field=name_)
    if draft.budget_member_period not in MEMBER_PERIODS:
        raise InvalidRule(message="the member's budget period is day, week, month or ever",
                          field="budgetMemberPeriod")
    if draft.budget_member_period and draft.budget_per_member is None:
        raise InvalidRule(message="a period needs a per-member budget",
                          field="budgetMemberPeriod")
    condition = compile_condition(draft.condition)
    effects = parse_effects(draft.effects, club.rewards)
    check_trigger(draft, condition, effects)
    return CheckedDraft(draft=draft, condition=condition, effects=effects)


def draft_version(checked: CheckedDraft, club_id: int, rule_id: int, version: int,
                  actor: str) -> RuleVersion:
    """The version row a checked draft makes (unsaved: a preview evaluates it as it is)."""
    draft = checked.draft
    return RuleVersion(
        club_id=club_id, rule_id=rule_id, version=version,
        condition=checked.condition.condition,
        effects=[effect.as_json() for effect in checked.effects],
        priority=draft.priority, stacking=draft.stacking, valid_from=draft.valid_from,
        valid_until=draft.valid_until, merchant_ids=sorted(checked.condition.merchant_ids),
        budget_total=draft.budget_total, budget_per_member=draft.budget_per_member,
        budget_member_period=draft.budget_member_period,
        budget_per_merchant=draft.budget_per_merchant, trigger=draft.trigger,
        trigger_param=draft.trigger_param, frequency=draft.frequency,
        frequency_limit=draft.frequency_limit, created_by=actor)


async def _raise_revision(club_id: int) -> None:
    await Club.filter(id=club_id).update(rules_revision=F("rules_revision") + 1)


async def check_override(club: Club, overridden_id: int | None) -> None:
    """A rule overrides only a rule of one of its club's ancestors (`invalid_rule_override`)."""
    if overridden_id is None:
        return
    if not await Rule.exists(id=overridden_id, club_id__in=await ancestor_ids(club)):
        raise ValidationFailed(LoyaltyErrorCode.INVALID_RULE_OVERRIDE,
                               f"rule {overridden_id} is not a rule of a parent club",
                               field="overridesRuleId")


async def create_rule(club: Club, draft: RuleDraft, *, actor: str) -> tuple[Rule, RuleVersion]:
    """A new rule, a draft, with its first version."""
    checked = check_draft(draft, club)
    await check_override(club, draft.overrides_rule_id)
    async with in_transaction():
        rule = await Rule.create(club_id=club.id, name=draft.name.strip(),
                                 status=RuleStatus.DRAFT, version=1,
                                 overrides_rule_id=draft.overrides_rule_id)
        version = draft_version(checked, club.id, rule.id, 1, actor)
        await version.save()
        await _raise_revision(club.id)
    return rule, version


async def _locked_rule(club_id: int, rule_id: int) -> Rule:
    rule = await Rule.filter(club_id=club_id, id=rule_id).select_for_update().first()
    if rule is None:
        raise RuleNotFound(message=f"no rule {rule_id}", field="id")
    return rule


async def update_rule(club: Club, rule_id: int, draft: RuleDraft, *,
                      actor: str) -> tuple[Rule, RuleVersion]:
    """A new version of the rule saying `draft`; the rule's `version` moves to it (an active
    rule applies it from the next purchase), the old versions stay."""
    checked = check_draft(draft, club)
    await check_override(club, draft.overrides_rule_id)
    async with in_transaction():
        rule = await _locked_rule(club.id, rule_id)
        if rule.status is RuleStatus.ARCHIVED:
            raise RuleArchived(message=f"rule {rule_id} is archived", field="id")
        rule.version += 1
        rule.name = draft.name.strip()
        rule.overrides_rule_id = draft.overrides_rule_id
        version = draft_version(checked, club.id, rule.id, rule.version, actor)
        await version.save()
        await rule.save(update_fields=("version", "name", "overrides_rule_id", "updated_at"))
        await _raise_revision(club.id)
    return rule, version


async def set_rule_status(club: Club, rule_id: int, status: RuleStatus) -> Rule:
    """Activates, pauses or archives the rule; setting the status it has changes nothing."""
    async with in_transaction():
        rule = await _locked_rule(club.id, rule_id)
        if rule.status is status:
            return rule
        if status not in STATUS_MOVES[rule.status]:
            if rule.status is RuleStatus.ARCHIVED:
                raise RuleArchived(message=f"rule {rule_id} is archived", field="id")
            raise InvalidRule(message=f"a {rule.status} rule cannot become {status}",
                              field="status")
        rule.status = status
        await rule.save(update_fields=("status", "updated_at"))
        await _raise_revision(club.id)
    return rule


async def get_rule(club_id: int, rule_id: int) -> Rule:
    rule = await Rule.get_or_none(club_id=club_id, id=rule_id)
    if rule is None:
        raise RuleNotFound(message=f"no rule {rule_id}", field="id")
    return rule


async def current_version(rule: Rule) -> RuleVersion:
    return await RuleVersion.get(club_id=rule.club_id, rule_id=rule.id, version=rule.version)


async def versions(rule: Rule) -> list[RuleVersion]:
    """The rule's versions, newest first."""
    return await RuleVersion.filter(club_id=rule.club_id, rule_id=rule.id).order_by("-version")


async def club_rules(club_id: int, status: RuleStatus | None = None) -> list[Rule]:
    query = Rule.filter(club_id=club_id)
    if status is not None:
        query = query.filter(status=status)
    return await query.order_by("id").limit(1000)


async def rule_in_reach(identity: Identity, rule_id: int, *,
                        configure: bool = False) -> tuple[Club, Rule]:
    """The rule and its club, if the caller reaches the club; else `rule_not_found`."""
    rule = await Rule.get_or_none(id=rule_id)
    if rule is None:
        raise RuleNotFound(message=f"no rule {rule_id}", field="id")
    try:
        club = await club_in_reach(identity, rule.club_id, configure=configure)
    except NotFound as error:  # its club is out of reach: so is the rule
        raise RuleNotFound(message=f"no rule {rule_id}", field="id") from error
    return club, rule


async def version_of(rule: Rule, version: int | None) -> RuleVersion:
    """The rule's version numbered `version`, or its newest."""
    found = await RuleVersion.get_or_none(club_id=rule.club_id, rule_id=rule.id,
                                          version=version if version is not None
                                          else rule.version)
    if found is None:
        raise RuleNotFound(message=f"rule {rule.id} has no version {version}", field="version")
    return found


async def current_versions(found: list[Rule]) -> dict[int, RuleVersion]:
    """Each rule's newest version, by rule id, in one query."""
    if not found:
        return {}
    newest = {rule.id: rule.version for rule in found}
    rows = await RuleVersion.filter(club_id=found[0].club_id, rule_id__in=list(newest))
    return {row.rule_id: row for row in rows if newest[row.rule_id] == row.version}
