"""The index of a club's active rules: it sees a rule once activated, follows its newest
version, drops it when paused, and offers a pinned rule only at its merchants."""

from __future__ import annotations

from datetime import timedelta

from models.loyalty.codes import RuleStatus
from models.loyalty.evaluation import candidate_rules, evaluate
from models.loyalty.rules import RuleDraft, create_rule, set_rule_status, update_rule
from models.loyalty.tables import Club, Rule
from tests.loyalty.rules.conftest import purchase, tehran

AT = tehran("2026-12-05 10:30")
TEN_PERCENT = [{"kind": "discount", "percent_bp": 1000}]


async def test_the_index_sees_a_newly_activated_rule(club: Club) -> None:
    rule, _ = await create_rule(club, RuleDraft(name="Ten off", effects=TEN_PERCENT),
                                actor="staff:1")
    assert await candidate_rules(club.id, 11, AT) == []
    await set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    found = await candidate_rules(club.id, 11, AT)
    assert [candidate.rule_id for candidate in found] == [rule.id]
    rewards = evaluate(found, purchase(club_id=club.id, at=AT))
    assert [(reward.rule_name, reward.amount) for reward in rewards] == [("Ten off", 100_000)]


async def test_the_index_follows_an_update_and_a_pause(club: Club) -> None:
    rule, _ = await create_rule(club, RuleDraft(name="Ten off", effects=TEN_PERCENT),
                                actor="staff:1")
    await set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    assert [c.version for c in await candidate_rules(club.id, 11, AT)] == [1]
    await update_rule(club, rule.id, RuleDraft(name="Ten off", effects=TEN_PERCENT,
                                               priority=1), actor="staff:1")
    assert [c.version for c in await candidate_rules(club.id, 11, AT)] == [2]
    await set_rule_status(club, rule.id, RuleStatus.PAUSED)
    assert await candidate_rules(club.id, 11, AT) == []


async def test_a_rule_pinned_to_merchants_is_a_candidate_only_there(club: Club) -> None:
    pinned, _ = await create_rule(club, RuleDraft(
        name="At 12", effects=TEN_PERCENT,
        condition={"all": [{"field": "merchant", "op": "in", "value": [12]}]}), actor="staff:1")
    anywhere, _ = await create_rule(club, RuleDraft(name="Anywhere", effects=TEN_PERCENT),
                                    actor="staff:1")
    for rule in (pinned, anywhere):
        await set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    assert [c.rule_id for c in await candidate_rules(club.id, 11, AT)] == [anywhere.id]
    assert sorted(c.rule_id for c in await candidate_rules(club.id, 12, AT)) == sorted(
        [pinned.id, anywhere.id])


async def test_the_index_does_not_mistake_a_new_club_for_an_old_one_of_the_same_id(
        club: Club) -> None:
    rule, _ = await create_rule(club, RuleDraft(name="Ten off", effects=TEN_PERCENT),
                                actor="staff:1")
    await set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    assert len(await candidate_rules(club.id, 11, AT)) == 1
    # the same id and revision, another club (as after a database is emptied): no rules
    await club.refresh_from_db()
    revision = club.rules_revision
    await Rule.filter(club_id=club.id).delete()
    await Club.filter(id=club.id).update(created_at=club.created_at + timedelta(seconds=1))
    await club.refresh_from_db()
    assert club.rules_revision == revision
    assert await candidate_rules(club.id, 11, AT) == []
