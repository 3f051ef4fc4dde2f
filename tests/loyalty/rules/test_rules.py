"""Rules and their versions: a draft, an update making a new version, statuses, refusals that
write nothing, and the club's revision moving on every change."""

from __future__ import annotations

import pytest

from models.loyalty.codes import RuleStatus, Stacking
from models.loyalty.conditions import InvalidCondition
from models.loyalty.effects import InvalidEffect, RewardNotUsed
from models.loyalty.rules import (
    InvalidRule,
    RuleArchived,
    RuleDraft,
    create_rule,
    set_rule_status,
    update_rule,
    versions,
)
from models.loyalty.tables import Club, Rule, RuleVersion

TEN_PERCENT = [{"kind": "discount", "percent_bp": 1000}]
AT_MERCHANTS = {"all": [{"field": "merchant", "op": "in", "value": [12, 11]}]}


def draft(**given: object) -> RuleDraft:
    return RuleDraft(**({"name": "Ten off", "effects": TEN_PERCENT} | given))  # type: ignore[arg-type]  # test values


async def revision(club: Club) -> int:
    await club.refresh_from_db(fields=["rules_revision"])
    return club.rules_revision


async def test_a_new_rule_is_a_draft_with_its_first_version(club: Club) -> None:
    rule, version = await create_rule(club, draft(condition=AT_MERCHANTS), actor="staff:1")
    assert (rule.status, rule.version, version.version) == (RuleStatus.DRAFT, 1, 1)
    assert version.merchant_ids == [11, 12]
    assert version.created_by == "staff:1"
    assert await revision(club) == 1


async def test_an_update_makes_a_new_version_and_keeps_the_old(club: Club) -> None:
    rule, _ = await create_rule(club, draft(), actor="staff:1")
    rule, second = await update_rule(club, rule.id, draft(name="Twenty off", priority=5,
                                                          effects=[{"kind": "discount",
                                                                    "percent_bp": 2000}]),
                                     actor="staff:2")
    assert (rule.version, rule.name, second.version) == (2, "Twenty off", 2)
    stored = await versions(rule)
    assert [v.version for v in stored] == [2, 1]
    assert stored[1].effects == [{"kind": "discount", "percent_bp": 1000}]
    assert stored[0].priority == 5
    assert await revision(club) == 2


async def test_a_condition_that_does_not_type_check_is_refused_and_nothing_written(
        club: Club) -> None:
    bad = {"all": [{"expression": "amount + \"rials\" > 3"}]}
    with pytest.raises(InvalidCondition) as refused:
        await create_rule(club, draft(condition=bad), actor="staff:1")
    assert refused.value.field == "condition.all[0]"
    assert await Rule.all().count() == 0
    assert await RuleVersion.all().count() == 0
    assert await revision(club) == 0


async def test_an_update_with_a_bad_condition_leaves_the_rule_as_it_was(club: Club) -> None:
    rule, _ = await create_rule(club, draft(), actor="staff:1")
    with pytest.raises(InvalidCondition):
        await update_rule(club, rule.id, draft(condition={"all": [{"field": "hour"}]}),
                          actor="staff:1")
    await rule.refresh_from_db()
    assert rule.version == 1
    assert await RuleVersion.filter(rule_id=rule.id).count() == 1


async def test_a_reward_kind_the_club_does_not_use_is_refused(club: Club) -> None:
    club.rewards = ["points"]
    with pytest.raises(RewardNotUsed):
        await create_rule(club, draft(), actor="staff:1")


async def test_a_malformed_effect_is_refused_naming_it(club: Club) -> None:
    with pytest.raises(InvalidEffect) as refused:
        await create_rule(club, draft(effects=[{"kind": "discount", "amount": 10, "cap": 5}]),
                          actor="staff:1")
    assert refused.value.field == "effects[0].cap"


async def test_a_window_that_ends_before_it_starts_is_refused(club: Club) -> None:
    from tests.loyalty.rules.conftest import tehran

    with pytest.raises(InvalidRule):
        await create_rule(club, draft(valid_from=tehran("2026-12-05 10:00"),
                                      valid_until=tehran("2026-12-01 10:00")), actor="staff:1")


async def test_a_rule_moves_through_active_paused_and_archived(club: Club) -> None:
    rule, _ = await create_rule(club, draft(stacking=Stacking.EXCLUSIVE), actor="staff:1")
    for status in (RuleStatus.ACTIVE, RuleStatus.PAUSED, RuleStatus.ACTIVE,
                   RuleStatus.ARCHIVED):
        rule = await set_rule_status(club, rule.id, status)
        assert rule.status is status
    assert await revision(club) == 5
    with pytest.raises(RuleArchived):
        await set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    with pytest.raises(RuleArchived):
        await update_rule(club, rule.id, draft(), actor="staff:1")


async def test_a_draft_cannot_be_paused(club: Club) -> None:
    rule, _ = await create_rule(club, draft(), actor="staff:1")
    with pytest.raises(InvalidRule):
        await set_rule_status(club, rule.id, RuleStatus.PAUSED)
