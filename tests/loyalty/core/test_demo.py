"""The demo club: a club owner's club with categories, two merchants with a terminal each, a
group and two members with cards; seeding twice writes nothing new and keeps the terminal key
while it still signs in."""

from __future__ import annotations

from models.loyalty.codes import RuleStatus
from models.loyalty.demo import MEMBERS, RULE, seed_loyalty_demo
from models.loyalty.lookup import find_member
from models.loyalty.tables import (
    Category,
    Club,
    ClubMerchant,
    Member,
    MemberCard,
    MerchantGroupMember,
    Rule,
    Terminal,
    TerminalKey,
)

FIND = "query($c: ID!, $i: String!) { findMember(clubId: $c, identifier: $i) { mobile } }"


async def _counts() -> list[int]:
    return [await model.all().count() for model in (Club, Category, ClubMerchant, Terminal,
                                                   TerminalKey, MerchantGroupMember, Member,
                                                   MemberCard)]


async def test_the_demo_club_is_seeded_once(db):
    first = await seed_loyalty_demo(None)
    assert await _counts() == [1, 3, 2, 2, 1, 1, 2, 2]
    again = await seed_loyalty_demo(first.terminal_key)
    assert (again.key_issued, again.terminal_key) == (False, first.terminal_key)
    assert await _counts() == [1, 3, 2, 2, 1, 1, 2, 2]


async def test_the_demo_terminal_key_finds_a_member_by_card(db, call_as):
    seeded = await seed_loyalty_demo(None)
    mobile, _, _, card = MEMBERS[0]
    assert (await find_member(seeded.club_id, card)).customer.person.mobile == mobile
    body = await call_as(seeded.terminal_key, FIND, c=str(seeded.club_id), i=card)
    assert body["data"]["findMember"] == {"mobile": mobile}


QUOTE = """mutation($c: ID!, $m: String!) {
  quotePurchase(input: {clubId: $c, member: $m, amount: "250000", reference: "demo-1"}) {
    __typename ... on PurchaseOutcomeType { rewards { ruleName kind amount } } } }"""


async def test_the_demo_club_rewards_a_purchase_with_points_once_seeded_twice(db, call_as):
    # given the demo seeded twice (its rules are made once)
    first = await seed_loyalty_demo(None)
    await seed_loyalty_demo(first.terminal_key)
    assert await Rule.filter(club_id=first.club_id, status=RuleStatus.ACTIVE).count() == 2
    # when its terminal quotes a purchase of 250,000 rials for a member
    body = await call_as(first.terminal_key, QUOTE, c=str(first.club_id), m=MEMBERS[0][0])
    # then the points rule gives a point per 10,000 rials
    rewards = body["data"]["quotePurchase"]["rewards"]
    assert {"ruleName": RULE, "kind": "POINTS", "amount": "25"} in rewards
