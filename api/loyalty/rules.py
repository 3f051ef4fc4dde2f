"""A club's rules in GraphQL: list and read them with their versions, create, update (a new
version), activate / pause / archive, preview one purchase and simulate the last 30 days.
Who reaches a club is `models.loyalty.staff_roles.club_for`'s rule; configuring rules needs the
owner's or a manager's role there. Out of reach reads as absent: `club_not_found`,
`rule_not_found`, an empty list or null."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Context
from api.errors import InvalidInput, NotFoundError
from api.ids import parse_id, required_id
from api.loyalty.errors import InvalidConditionError, InvalidEffectError
from api.loyalty.rule_types import (
    RewardType,
    Rule,
    RuleInput,
    RulePreview,
    RulePreviewPurchase,
    RuleSimulation,
)
from api.permissions import ALL_STAFF, requires
from models.clock import now_or
from models.errors import NotFound
from models.identity.access import MOVERS
from models.identity.callers import Identity
from models.loyalty import rules, simulation
from models.loyalty.codes import RuleStatus
from models.loyalty.tables import Rule as RuleRow

# A partner's staff pass here; their role in the club decides (`club_for`), as for core's fields.
READERS = requires(staff=ALL_STAFF, partner_staff=ALL_STAFF)
WRITERS = requires(staff=MOVERS, partner_staff=ALL_STAFF)


@strawberry.type(name="LoyaltyRuleSuccess")
class RuleSuccess:
    rule: Rule


RuleResult = Annotated[RuleSuccess | InvalidConditionError | InvalidEffectError | InvalidInput
                       | NotFoundError, strawberry.union("LoyaltyRuleResult")]
PreviewRuleResult = Annotated[RulePreview | InvalidConditionError | InvalidEffectError
                              | InvalidInput | NotFoundError,
                              strawberry.union("PreviewRuleResult")]
SimulateRuleResult = Annotated[RuleSimulation | InvalidConditionError | InvalidEffectError
                               | InvalidInput | NotFoundError,
                               strawberry.union("SimulateRuleResult")]


def caller(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # every field's rule admits only signed-in callers
    return identity


async def answer(rule: RuleRow) -> RuleSuccess:
    return RuleSuccess(rule=Rule.from_rows(rule, await rules.current_version(rule)))


@strawberry.type
class RuleQuery:
    @strawberry.field(extensions=READERS,
                      description="A club's rules (at most 1,000), oldest first; empty for a "
                                  "club out of reach.")
    async def rules(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                    status: RuleStatus | None = None) -> list[Rule]:
        try:
            club = await rules.club_in_reach(caller(info), required_id(club_id, "clubId"))
        except NotFound:
            return []
        found = await rules.club_rules(club.id, status)
        current = await rules.current_versions(found)
        return [Rule.from_rows(row, current[row.id]) for row in found]

    @strawberry.field(extensions=READERS, description="A rule with all its versions.")
    async def rule(self, info: strawberry.Info[Context, None], id: strawberry.ID) -> Rule | None:
        try:
            _, row = await rules.rule_in_reach(caller(info), required_id(id, "id"))
        except NotFound:
            return None
        history = await rules.versions(row)
        return Rule.from_rows(row, history[0], history)


@strawberry.type
class RuleMutation:
    @strawberry.mutation(extensions=WRITERS,
                         description="A new rule, a draft: activate it with setRuleStatus.")
    async def create_rule(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                          input: RuleInput) -> RuleResult:
        identity = caller(info)
        club = await rules.club_in_reach(identity, required_id(club_id, "clubId"),
                                         configure=True)
        rule, _ = await rules.create_rule(club, input.to_draft(), actor=identity.actor)
        return await answer(rule)

    @strawberry.mutation(extensions=WRITERS,
                         description="A new version of the rule; the old ones stay, and an "
                                     "active rule applies the new one from the next purchase.")
    async def update_rule(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                          input: RuleInput) -> RuleResult:
        identity = caller(info)
        club, rule = await rules.rule_in_reach(identity, required_id(id, "id"), configure=True)
        rule, _ = await rules.update_rule(club, rule.id, input.to_draft(),
                                          actor=identity.actor)
        return await answer(rule)

    @strawberry.mutation(extensions=WRITERS,
                         description="Activate, pause or archive a rule (archived stays).")
    async def set_rule_status(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                              status: RuleStatus) -> RuleResult:
        club, rule = await rules.rule_in_reach(caller(info), required_id(id, "id"),
                                               configure=True)
        return await answer(await rules.set_rule_status(club, rule.id, status))

    @strawberry.mutation(extensions=READERS,
                         description="What a rule alone would give for a purchase: a stored "
                                     "rule (`ruleId`, its newest version unless `version`), or "
                                     "a draft of a club not yet saved. Writes nothing.")
    async def preview_rule(self, info: strawberry.Info[Context, None],
                           purchase: RulePreviewPurchase, rule_id: strawberry.ID | None = None,
                           version: int | None = None, club_id: strawberry.ID | None = None,
                           draft: RuleInput | None = None) -> PreviewRuleResult:
        club, rule = await simulation.rule_to_try(
            caller(info), rule_id=parse_id(rule_id, "ruleId"), version=version,
            club_id=parse_id(club_id, "clubId"),
            draft=draft.to_draft() if draft is not None else None)
        facts = await simulation.preview_facts(
            club, merchant_id=required_id(purchase.merchant_id, "purchase.merchantId"),
            amount=_amount(purchase), at=now_or(purchase.at), channel=purchase.channel,
            line_category_ids=[required_id(category, "purchase.serviceCategoryIds")
                               for category in purchase.service_category_ids],
            first_at_club=purchase.first_at_club, first_at_merchant=purchase.first_at_merchant,
            member_group_id=parse_id(purchase.member_group_id, "purchase.memberGroupId"))
        return RulePreview(rewards=[RewardType.from_reward(reward)
                                    for reward in simulation.preview(rule, facts)])

    @strawberry.mutation(extensions=READERS,
                         description="A rule alone over the club's committed purchases of the "
                                     "last 30 days: how many purchases and members it would "
                                     "reward, what it would give and cost. Writes nothing.")
    async def simulate_rule(self, info: strawberry.Info[Context, None],
                            rule_id: strawberry.ID | None = None, version: int | None = None,
                            club_id: strawberry.ID | None = None,
                            draft: RuleInput | None = None) -> SimulateRuleResult:
        club, rule = await simulation.rule_to_try(
            caller(info), rule_id=parse_id(rule_id, "ruleId"), version=version,
            club_id=parse_id(club_id, "clubId"),
            draft=draft.to_draft() if draft is not None else None)
        figures = await simulation.simulate(club, rule, now=now_or(None))
        return RuleSimulation.from_simulation(figures)


def _amount(purchase: RulePreviewPurchase) -> int:
    amount = int(purchase.amount)
    if amount <= 0:
        raise rules.InvalidRule(message="a purchase of a positive amount", field="purchase.amount")
    return amount
