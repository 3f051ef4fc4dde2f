"""Purchases through GraphQL: a terminal's key and a shop's partner key commit at their own
merchant only, the club's active rules reward (stacking and exclusivity), quotes equal commits,
replays answer the first commit, returns and voids, the member's own view and the club's list.
The ledger verifies clean after every test."""

from __future__ import annotations

from typing import Any

import pytest

from models.identity.callers import CallerKind, Identity, Scope
from models.identity.customers import open_session
from models.identity.tables import StaffRole
from models.loyalty.codes import RewardKind, RuleStatus, Stacking
from models.loyalty.rules import RuleDraft, create_rule, set_rule_status
from models.loyalty.terminals import create_terminal, issue_key
from tests.loyalty.purchases.conftest import Rules, Shop, make_shop

pytestmark = pytest.mark.usefixtures("clean_ledger")

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)

OUTCOME = """
  __typename
  ... on PurchaseOutcomeType {
    purchaseId amount discount payable usableCredit creditUsed pointsUsed pointsValue fee
    replayed rewards { ruleId ruleVersion ruleName kind amount ledger capped }
    draws { lotId amount }
  }
  ... on UserError { code message }
"""
QUOTE = f"mutation($input: PurchaseInput!) {{ quotePurchase(input: $input) {{ {OUTCOME} }} }}"
COMMIT = f"mutation($input: PurchaseInput!) {{ commitPurchase(input: $input) {{ {OUTCOME} }} }}"
RETURN = """
mutation($input: ReturnPurchaseInput!) {
  returnPurchase(input: $input) {
    __typename
    ... on PurchaseReturnType { amount returnedTotal state pointsOwed replayed }
    ... on UserError { code message }
  }
}
"""
VOID = """
mutation($id: ID!, $key: String!) {
  voidPurchase(purchaseId: $id, key: $key) {
    __typename
    ... on PurchaseReturnType { amount state }
    ... on UserError { code }
  }
}
"""


async def _rule(shop: Shop, name: str, effects: list[dict[str, Any]], **more: Any) -> int:
    rule, _ = await create_rule(shop.club, RuleDraft(name=name, effects=effects, **more),
                                actor="tests")
    await set_rule_status(shop.club, rule.id, RuleStatus.ACTIVE)
    rule_id: int = rule.id
    return rule_id


@pytest.fixture
async def counter(db: str) -> Shop:
    shop = await make_shop(Rules())
    shop.club.rewards = [kind.value for kind in RewardKind]
    await shop.club.save()
    return shop


@pytest.fixture
async def terminal(counter: Shop) -> str:
    """A terminal key of the first merchant."""
    made = await create_terminal(PLATFORM, counter.merchants[0].id, "T-1")
    secret, _ = await issue_key(PLATFORM, made.id)
    return secret


def _input(shop: Shop, amount: int, reference: str, **more: Any) -> dict[str, Any]:
    return {"clubId": str(shop.club.id), "member": "09120000000", "amount": str(amount),
            "reference": reference, **more}


async def test_a_terminal_commits_and_the_clubs_rules_reward_with_their_versions(
        counter: Shop, terminal: str, call_as: Any) -> None:
    await _rule(counter, "Ten percent off", [{"kind": "discount", "percent_bp": 1000}])
    await _rule(counter, "Points", [{"kind": "points", "per_rials": 1000, "points": 1}])

    body = await call_as(terminal, COMMIT, input=_input(counter, 50_000, "pos-1"))

    out = body["data"]["commitPurchase"]
    assert out["__typename"] == "PurchaseOutcomeType", body
    assert (out["discount"], out["payable"]) == ("5000", "45000")
    assert sorted((r["ruleName"], r["kind"], r["amount"], r["ruleVersion"])
                  for r in out["rewards"]) == [
        ("Points", "POINTS", "50", 1), ("Ten percent off", "DISCOUNT", "5000", 1)]


async def test_an_exclusive_rule_applies_alone_at_commit(counter: Shop, terminal: str,
                                                        call_as: Any) -> None:
    await _rule(counter, "Stacks", [{"kind": "points", "per_rials": 1000, "points": 1}])
    await _rule(counter, "Also stacks", [{"kind": "discount", "amount": 1_000}])
    await _rule(counter, "Alone", [{"kind": "club_credit", "amount": 7_000}],
                stacking=Stacking.EXCLUSIVE, priority=10)

    out = (await call_as(terminal, COMMIT, input=_input(counter, 50_000, "pos-2"))
           )["data"]["commitPurchase"]

    assert [(r["ruleName"], r["amount"]) for r in out["rewards"]] == [("Alone", "7000")]


async def test_stacking_rules_apply_together(counter: Shop, terminal: str,
                                             call_as: Any) -> None:
    await _rule(counter, "One", [{"kind": "discount", "amount": 1_000}])
    await _rule(counter, "Two", [{"kind": "discount", "amount": 2_000}])
    out = (await call_as(terminal, COMMIT, input=_input(counter, 50_000, "pos-3"))
           )["data"]["commitPurchase"]
    assert out["discount"] == "3000"


async def test_quote_equals_commit_and_a_replay_answers_the_first(counter: Shop, terminal: str,
                                                                 call_as: Any) -> None:
    await _rule(counter, "Credit", [{"kind": "club_credit", "percent_bp": 1000}])
    await call_as(terminal, COMMIT, input=_input(counter, 80_000, "pos-a"))
    given = _input(counter, 30_000, "pos-b", allCredit=True)

    quoted = (await call_as(terminal, QUOTE, input=given))["data"]["quotePurchase"]
    committed = (await call_as(terminal, COMMIT, input=given))["data"]["commitPurchase"]
    again = (await call_as(terminal, COMMIT, input=given))["data"]["commitPurchase"]

    keys = ("discount", "payable", "usableCredit", "creditUsed", "fee", "rewards", "draws")
    assert {k: quoted[k] for k in keys} == {k: committed[k] for k in keys}
    assert committed["creditUsed"] == "8000" and not committed["replayed"]
    assert again["replayed"] and again["purchaseId"] == committed["purchaseId"]
    changed = (await call_as(terminal, COMMIT, input={**given, "amount": "30001"})
               )["data"]["commitPurchase"]
    assert changed["code"] == "idempotency_conflict"


async def test_a_terminal_key_cannot_act_for_another_merchant(
        counter: Shop, terminal: str, call_as: Any, make_partner_key: Any) -> None:
    shop_key = await make_partner_key(counter.merchants[1], (Scope.LOYALTY_PURCHASES,))
    elsewhere = (await call_as(shop_key, COMMIT, input=_input(counter, 10_000, "web-1")))[
        "data"]["commitPurchase"]
    assert elsewhere["__typename"] == "PurchaseOutcomeType", elsewhere

    body = await call_as(terminal, RETURN, input={"purchaseId": elsewhere["purchaseId"],
                                                  "key": "r"})
    assert body["data"]["returnPurchase"]["code"] == "purchase_not_found"
    other = await make_shop(Rules())
    body = await call_as(terminal, COMMIT, input={**_input(counter, 1_000, "x"),
                                                  "clubId": str(other.club.id)})
    assert body["data"]["commitPurchase"]["code"] == "club_not_found"


async def test_a_shop_commits_web_purchases_with_its_partner_key_and_scope(
        counter: Shop, call_as: Any, make_partner_key: Any) -> None:
    with_scope = await make_partner_key(counter.merchants[1], (Scope.LOYALTY_PURCHASES,))
    without = await make_partner_key(counter.merchants[1], (Scope.LEDGER_READ,))

    body = await call_as(with_scope, COMMIT, input=_input(counter, 10_000, "web-9",
                                                          channel="MOBILE"))
    assert body["data"]["commitPurchase"]["payable"] == "10000"
    refused = await call_as(without, COMMIT, input=_input(counter, 10_000, "web-10"))
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    pos = await call_as(with_scope, COMMIT, input=_input(counter, 10_000, "web-11",
                                                         channel="POS"))
    assert pos["data"]["commitPurchase"]["code"] == "invalid_channel"


async def test_a_return_and_a_void_through_graphql(counter: Shop, terminal: str,
                                                   call_as: Any) -> None:
    await _rule(counter, "Points", [{"kind": "points", "per_rials": 100, "points": 1}])
    first = (await call_as(terminal, COMMIT, input=_input(counter, 10_000, "r-1"))
             )["data"]["commitPurchase"]
    second = (await call_as(terminal, COMMIT, input=_input(counter, 10_000, "r-2"))
              )["data"]["commitPurchase"]

    body = await call_as(terminal, RETURN, input={"purchaseId": first["purchaseId"],
                                                  "key": "half", "amount": "5000"})
    assert body["data"]["returnPurchase"] == {
        "__typename": "PurchaseReturnType", "amount": "5000", "returnedTotal": "5000",
        "state": "PARTLY_RETURNED", "pointsOwed": "0", "replayed": False}
    too_much = await call_as(terminal, RETURN, input={"purchaseId": first["purchaseId"],
                                                      "key": "more", "amount": "5001"})
    assert too_much["data"]["returnPurchase"]["code"] == "return_exceeds_purchase"
    void = await call_as(terminal, VOID, id=second["purchaseId"], key="v")
    assert void["data"]["voidPurchase"] == {"__typename": "PurchaseReturnType",
                                            "amount": "10000", "state": "VOIDED"}
    assert await counter.points() == 50


async def test_the_member_sees_their_clubs_lots_and_purchases(counter: Shop, terminal: str,
                                                              call_as: Any) -> None:
    await _rule(counter, "Credit", [{"kind": "merchant_credit", "amount": 2_000,
                                     "expires_in_days": 30}])
    await _rule(counter, "Points", [{"kind": "points", "per_rials": 1000, "points": 1}])
    await call_as(terminal, COMMIT, input=_input(counter, 40_000, "m-1"))
    session = await open_session(counter.customers[0], 3600)

    body = await call_as(session, """
      { myClubs { clubName credit points entries lots { kind scope scopeId available expiresAt } }
        myPurchases { amount rewards { ruleName kind amount } } }""")

    [club] = body["data"]["myClubs"]
    assert (club["credit"], club["points"]) == ("2000", "40")
    assert sorted(lot["kind"] for lot in club["lots"]) == ["MERCHANT_CREDIT", "POINTS"]
    credit = next(lot for lot in club["lots"] if lot["kind"] == "MERCHANT_CREDIT")
    assert (credit["scope"], credit["scopeId"]) == ("MERCHANT", str(counter.merchants[0].id))
    assert credit["expiresAt"] is not None
    [bought] = body["data"]["myPurchases"]
    assert sorted(r["ruleName"] for r in bought["rewards"]) == ["Credit", "Points"]


async def test_staff_list_a_clubs_purchases_and_read_one_with_its_legs(
        counter: Shop, terminal: str, call_as: Any, staff_token: str) -> None:
    await _rule(counter, "Points", [{"kind": "points", "per_rials": 1000, "points": 1}])
    made = (await call_as(terminal, COMMIT, input=_input(counter, 12_000, "s-1"))
            )["data"]["commitPurchase"]

    body = await call_as(staff_token, """
      query($club: ID!, $id: ID!, $merchant: ID!) {
        clubPurchases(clubId: $club, merchantId: $merchant) { id amount }
        purchase(id: $id) { reference legs { kind ledger amount transferId } }
      }""", club=str(counter.club.id), id=made["purchaseId"],
        merchant=str(counter.merchants[0].id))

    assert body["data"]["clubPurchases"] == [{"id": made["purchaseId"], "amount": "12000"}]
    legs = body["data"]["purchase"]["legs"]
    assert [(leg["kind"], leg["ledger"], leg["amount"]) for leg in legs] == [
        ("POINTS", "POINT", "12")]
    assert all(leg["transferId"] for leg in legs)
