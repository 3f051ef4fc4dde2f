"""The rules over GraphQL: create, a refused condition, update, status, read with versions,
preview and simulate; a partner outside the club finds nothing."""

from __future__ import annotations

from typing import Any

from models.identity.tables import PartnerKind, StaffRole
from models.loyalty.tables import Club, Rule

CREATE = """
mutation Create($clubId: ID!, $input: LoyaltyRuleInput!) {
  createRule(clubId: $clubId, input: $input) {
    __typename
    ... on LoyaltyRuleSuccess { rule { id name status version
                                       current { version expression priority merchantIds } } }
    ... on UserError { code message field }
  }
}"""
UPDATE = """
mutation Update($id: ID!, $input: LoyaltyRuleInput!) {
  updateRule(id: $id, input: $input) {
    __typename
    ... on LoyaltyRuleSuccess { rule { version current { priority effects } } }
    ... on UserError { code field }
  }
}"""
STATUS = """
mutation Status($id: ID!, $status: RuleStatus!) {
  setRuleStatus(id: $id, status: $status) {
    __typename ... on LoyaltyRuleSuccess { rule { status } } ... on UserError { code }
  }
}"""
READ = """
query Read($id: ID!, $clubId: ID!) {
  rule(id: $id) { name versions { version priority } }
  rules(clubId: $clubId, status: ACTIVE) { id }
}"""
PREVIEW = """
mutation Preview($ruleId: ID, $clubId: ID, $draft: LoyaltyRuleInput,
                 $purchase: RulePreviewPurchase!) {
  previewRule(ruleId: $ruleId, clubId: $clubId, draft: $draft, purchase: $purchase) {
    __typename
    ... on RulePreview { rewards { ruleName kind amount ledger scopeKind } }
    ... on UserError { code field }
  }
}"""
SIMULATE = """
mutation Simulate($ruleId: ID!) {
  simulateRule(ruleId: $ruleId) {
    __typename ... on RuleSimulation { purchases purchasesRewarded cost } ... on UserError { code }
  }
}"""
EVENINGS = {"name": "عصرهای آخر هفته", "priority": 10,
            "condition": {"all": [{"field": "weekday", "op": "in", "value": ["thu", "fri"]},
                                  {"field": "hour", "op": "between", "value": [17, 22]},
                                  {"field": "merchant", "op": "in", "value": [11]}]},
            "effects": [{"kind": "discount", "percent_bp": 1000, "cap": 50000}]}


async def created(gql: Any, club: Club, rule: dict[str, Any] = EVENINGS) -> dict[str, Any]:
    body = await gql(CREATE, clubId=str(club.id), input=rule)
    result: dict[str, Any] = body["data"]["createRule"]
    return result


async def test_create_rule_answers_the_draft_and_its_expression(gql: Any, club: Club) -> None:
    result = await created(gql, club)
    assert result["__typename"] == "LoyaltyRuleSuccess"
    rule = result["rule"]
    assert (rule["name"], rule["status"], rule["version"]) == ("عصرهای آخر هفته", "DRAFT", 1)
    assert rule["current"]["merchantIds"] == ["11"]
    assert 'weekday in ["thu", "fri"]' in rule["current"]["expression"]


async def test_a_condition_that_does_not_type_check_is_a_typed_error(gql: Any,
                                                                      club: Club) -> None:
    bad = EVENINGS | {"condition": {"any": [{"expression": "amount + \"x\" > 1"}]}}
    result = await created(gql, club, bad)
    assert (result["__typename"], result["code"], result["field"]) == (
        "InvalidConditionError", "invalid_condition", "condition.any[0]")
    assert await Rule.all().count() == 0


async def test_a_malformed_effect_is_a_typed_error(gql: Any, club: Club) -> None:
    result = await created(gql, club, EVENINGS | {"effects": [{"kind": "points"}]})
    assert (result["__typename"], result["field"]) == ("InvalidEffectError",
                                                       "effects[0].per_rials")


async def test_update_status_and_read_with_versions(gql: Any, club: Club) -> None:
    rule_id = (await created(gql, club))["rule"]["id"]
    updated = (await gql(UPDATE, id=rule_id, input=EVENINGS | {"priority": 5}))["data"]
    assert updated["updateRule"]["rule"]["version"] == 2
    status = (await gql(STATUS, id=rule_id, status="ACTIVE"))["data"]["setRuleStatus"]
    assert status["rule"]["status"] == "ACTIVE"
    read = (await gql(READ, id=rule_id, clubId=str(club.id)))["data"]
    assert [v["version"] for v in read["rule"]["versions"]] == [2, 1]
    assert [v["priority"] for v in read["rule"]["versions"]] == [5, 10]
    assert read["rules"] == [{"id": rule_id}]


async def test_preview_a_saved_rule_and_an_unsaved_draft(gql: Any, club: Club) -> None:
    rule_id = (await created(gql, club))["rule"]["id"]
    thursday_evening = {"merchantId": "11", "amount": "800000",
                        "at": "2026-12-03T18:30:00+03:30", "channel": "POS"}
    saved = (await gql(PREVIEW, ruleId=rule_id, purchase=thursday_evening))["data"]
    assert saved["previewRule"]["rewards"] == [
        {"ruleName": "عصرهای آخر هفته", "kind": "DISCOUNT", "amount": "50000",
         "ledger": "IRR", "scopeKind": "CLUB"}]
    morning = thursday_evening | {"at": "2026-12-03T09:00:00+03:30"}
    assert (await gql(PREVIEW, ruleId=rule_id, purchase=morning))["data"]["previewRule"] == {
        "__typename": "RulePreview", "rewards": []}
    draft = EVENINGS | {"effects": [{"kind": "points", "per_rials": 10000}]}
    unsaved = (await gql(PREVIEW, clubId=str(club.id), draft=draft,
                         purchase=thursday_evening))["data"]["previewRule"]
    assert [(r["kind"], r["amount"]) for r in unsaved["rewards"]] == [("POINTS", "80")]


async def test_simulate_a_rule_over_no_purchases(gql: Any, club: Club) -> None:
    rule_id = (await created(gql, club))["rule"]["id"]
    result = (await gql(SIMULATE, ruleId=rule_id))["data"]["simulateRule"]
    assert result == {"__typename": "RuleSimulation", "purchases": 0, "purchasesRewarded": 0,
                      "cost": "0"}


async def test_a_partner_outside_the_club_finds_nothing(
        gql: Any, club: Club, call_as: Any, make_partner: Any, make_staff: Any) -> None:
    rule_id = (await created(gql, club))["rule"]["id"]
    other = await make_partner("Other", PartnerKind.MERCHANT)
    _, token = await make_staff(StaffRole.OWNER, partner=other)
    body = await call_as(token, CREATE, clubId=str(club.id), input=EVENINGS)
    assert body["data"]["createRule"]["code"] == "club_not_found"
    read = await call_as(token, READ, id=rule_id, clubId=str(club.id))
    assert read["data"] == {"rule": None, "rules": []}


async def test_the_club_owners_staff_configure_its_rules(
        club: Club, call_as: Any, make_staff: Any) -> None:
    owner = await club.owner
    _, token = await make_staff(StaffRole.OWNER, partner=owner)
    body = await call_as(token, CREATE, clubId=str(club.id), input=EVENINGS)
    assert body["data"]["createRule"]["__typename"] == "LoyaltyRuleSuccess"
