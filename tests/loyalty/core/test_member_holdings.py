"""A member's holdings (`memberHoldings`) as the club's staff read them beside `member(id)`:
credit by lot with its kind, scope and expiry, points, entries and what is owed, the figures a
committed purchase left; out of reach, null as `member(id)` answers, and no purchases."""

from __future__ import annotations

from datetime import UTC, datetime

from models.identity.customers import open_session
from models.identity.tables import PartnerKind, StaffRole
from models.loyalty.codes import EffectKind
from models.loyalty.purchases import commit_purchase
from tests.loyalty.purchases.conftest import Rules, Shop, committed_id, make_shop, reward

MEMBER = """
query($id: ID!) {
  member(id: $id) { id }
  memberHoldings(memberId: $id) {
    memberId credit points entries pointsOwed creditOwed
    lots { kind scope scopeId expiresAt available expired }
  }
}
"""
PURCHASES = """
query($c: ID!, $m: ID!) { clubPurchases(clubId: $c, memberId: $m) { id amount } }
"""
EXPIRES = datetime(2030, 3, 20, 20, 30, tzinfo=UTC)


async def _shop_with_a_purchase() -> tuple[Shop, int]:
    """A club whose rules give 10% in club credit expiring in 2030 and a point per 1,000
    rials; its first member bought for 100,000 rials."""
    rules = Rules()
    rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, f.amount // 10, rule_id=1,
                               expires_at=EXPIRES))
    rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 1000, rule_id=2))
    shop = await make_shop(rules)
    outcome = await commit_purchase(shop.request(100_000), evaluator=rules)
    return shop, committed_id(outcome)


async def test_staff_read_the_credit_lot_points_and_purchase_a_member_holds(db, gql):
    shop, purchase_id = await _shop_with_a_purchase()
    member = shop.members[0]

    body = await gql(MEMBER, id=str(member.id))

    assert "errors" not in body, body
    assert body["data"]["memberHoldings"] == {
        "memberId": str(member.id), "credit": "10000", "points": "100", "entries": "0",
        "pointsOwed": "0", "creditOwed": "0",
        "lots": [{"kind": "CLUB_CREDIT", "scope": "CLUB", "scopeId": str(shop.club.id),
                  "expiresAt": EXPIRES.isoformat(), "available": "10000", "expired": False},
                 {"kind": "POINTS", "scope": "CLUB", "scopeId": str(shop.club.id),
                  "expiresAt": None, "available": "100", "expired": False}]}
    bought = await gql(PURCHASES, c=str(shop.club.id), m=str(member.id))
    assert bought["data"]["clubPurchases"] == [{"id": str(purchase_id), "amount": "100000"}]


async def test_a_member_without_purchases_holds_nothing(db, gql):
    shop = await make_shop(Rules())

    body = await gql(MEMBER, id=str(shop.members[1].id))

    assert body["data"]["memberHoldings"] == {
        "memberId": str(shop.members[1].id), "credit": "0", "points": "0", "entries": "0",
        "pointsOwed": "0", "creditOwed": "0",
        "lots": []}


async def test_another_clubs_staff_get_no_member_and_no_holdings(db, make_partner, make_staff,
                                                                 call_as):
    shop, _ = await _shop_with_a_purchase()
    elsewhere = await make_partner("Another owner", PartnerKind.CLUB_OWNER)
    _, token = await make_staff(StaffRole.OWNER, partner=elsewhere)

    body = await call_as(token, MEMBER, id=str(shop.members[0].id))
    bought = await call_as(token, PURCHASES, c=str(shop.club.id), m=str(shop.members[0].id))

    assert body["data"] == {"member": None, "memberHoldings": None}
    assert bought["data"] == {"clubPurchases": []}


async def test_the_club_owners_staff_read_their_members_holdings(db, make_staff, call_as):
    shop, _ = await _shop_with_a_purchase()
    _, token = await make_staff(StaffRole.OWNER, partner=shop.owner)

    body = await call_as(token, MEMBER, id=str(shop.members[0].id))

    assert body["data"]["memberHoldings"]["credit"] == "10000"


async def test_a_person_reads_their_own_holdings_only(db, call_as):
    shop, _ = await _shop_with_a_purchase()
    token = await open_session(shop.customers[0], 3600)
    body = await call_as(token, MEMBER, id=str(shop.members[0].id))
    theirs = await call_as(token, MEMBER, id=str(shop.members[1].id))

    assert body["data"]["memberHoldings"]["points"] == "100"
    assert theirs["data"] == {"member": None, "memberHoldings": None}

