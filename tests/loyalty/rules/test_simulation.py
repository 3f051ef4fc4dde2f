"""A preview of one purchase and a simulation over the last 30 days of seeded purchases."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from models.identity.tables import PartnerKind
from models.loyalty.codes import Channel, PurchaseState
from models.loyalty.rules import RuleDraft, check_draft, create_rule, draft_version
from models.loyalty.simulation import compiled, preview, preview_facts, simulate
from models.loyalty.tables import (
    Category,
    Club,
    ClubMerchant,
    Member,
    MerchantGroup,
    MerchantGroupMember,
    Purchase,
    PurchaseLine,
)
from tests.loyalty.rules.conftest import tehran

NOW = tehran("2026-12-05 12:00")


async def seed(club: Club, make_partner: Any, make_customer: Any) -> dict[str, Any]:
    """Two merchants (the café in group "Food", category "Cafés"), two members and purchases:
    in the window 3 at the café and 1 at the bookshop, one voided, and one 40 days old."""
    cafe = await make_partner("Café", PartnerKind.MERCHANT)
    books = await make_partner("Books", PartnerKind.MERCHANT)
    cafes = await Category.create(club=club, kind="merchant", code="cafe", name="کافه")
    drinks = await Category.create(club=club, kind="service", code="drinks", name="نوشیدنی")
    await ClubMerchant.create(club=club, merchant=cafe, category_id=cafes.id)
    await ClubMerchant.create(club=club, merchant=books)
    food = await MerchantGroup.create(club=club, name="Food")
    await MerchantGroupMember.create(club_id=club.id, group=food, merchant_id=cafe.id)
    members = []
    for number in range(2):
        customer, _ = await make_customer()
        members.append(await Member.create(club=club, customer=customer, card_number=f"60{number}",
                                           enrolled_via=Channel.POS))
    sara, omid = members
    made = iter(range(1, 100))

    async def bought(member: Member, merchant_id: int, amount: int, days_ago: float,
                     state: PurchaseState = PurchaseState.COMMITTED,
                     categories: tuple[int, ...] = ()) -> None:
        purchase = await Purchase.create(
            club=club, member=member, merchant_id=merchant_id, channel=Channel.POS,
            source="terminal:1", reference=str(next(made)), request_digest="-",
            amount=amount, payable=amount, state=state,
            occurred_at=NOW - timedelta(days=days_ago))
        for line_no, category_id in enumerate(categories, start=1):
            await PurchaseLine.create(club_id=club.id, purchase=purchase, line_no=line_no,
                                      amount=amount // len(categories),
                                      service_category_id=category_id)

    await bought(sara, cafe.id, 1_000_000, 40)  # before the window: her first at the café
    await bought(sara, cafe.id, 2_000_000, 10, categories=(drinks.id,))
    await bought(omid, cafe.id, 500_000, 3)
    await bought(omid, cafe.id, 300_000, 2, state=PurchaseState.VOIDED)
    await bought(omid, books.id, 4_000_000, 1)
    await bought(sara, cafe.id, 800_000, 0.5)
    return {"cafe": cafe.id, "books": books.id, "food": food.id, "drinks": drinks.id,
            "cafes": cafes.id}


async def run(club: Club, draft: RuleDraft) -> Any:
    checked = check_draft(draft, club)
    return await simulate(club, compiled(club, draft_version(checked, club.id, 0, 0, ""),
                                         draft.name), now=NOW)


async def test_a_simulation_counts_what_the_rule_would_have_given_in_30_days(
        club: Club, make_partner: Any, make_customer: Any) -> None:
    ids = await seed(club, make_partner, make_customer)
    club.point_value = 10
    figures = await run(club, RuleDraft(
        name="Food", condition={"all": [{"field": "merchant_group", "op": "in",
                                         "value": [ids["food"]]}]},
        effects=[{"kind": "discount", "percent_bp": 1000, "cap": 150_000},
                 {"kind": "points", "per_rials": 100_000}]))
    # in the window at the café: 2,000,000 (sara), 500,000 (omid), 800,000 (sara); voided left out
    assert (figures.purchases, figures.purchases_rewarded, figures.members_rewarded) == (4, 3, 2)
    assert figures.discount == 150_000 + 50_000 + 80_000
    assert figures.points == 20 + 5 + 8
    assert (figures.credit, figures.entries) == (0, 0)
    assert figures.cost == 280_000 + 33 * 10


async def test_a_simulation_reads_first_purchases_across_the_whole_history(
        club: Club, make_partner: Any, make_customer: Any) -> None:
    await seed(club, make_partner, make_customer)
    figures = await run(club, RuleDraft(
        name="Welcome", condition={"all": [{"field": "first_at_merchant", "op": "is",
                                            "value": True}]},
        effects=[{"kind": "club_credit", "amount": 70_000, "expires_in_days": 30}]))
    # omid's first at the café and at the bookshop; sara's first at the café is 40 days old
    assert (figures.purchases_rewarded, figures.members_rewarded, figures.credit) == (
        2, 1, 140_000)


async def test_a_simulation_reads_line_categories_and_merchant_categories(
        club: Club, make_partner: Any, make_customer: Any) -> None:
    ids = await seed(club, make_partner, make_customer)
    drinks = await run(club, RuleDraft(
        name="Drinks", condition={"all": [{"field": "service_category", "op": "in",
                                           "value": [ids["drinks"]]}]},
        effects=[{"kind": "lottery", "per_rials": 1_000_000}]))
    assert (drinks.purchases_rewarded, drinks.entries) == (1, 2)
    cafes = await run(club, RuleDraft(
        name="Cafés", condition={"all": [{"field": "merchant_category", "op": "in",
                                          "value": [ids["cafes"]]}]},
        effects=[{"kind": "discount", "amount": 1_000}]))
    assert cafes.purchases_rewarded == 3


async def test_a_preview_gives_what_one_purchase_would_earn(
        club: Club, make_partner: Any, make_customer: Any) -> None:
    ids = await seed(club, make_partner, make_customer)
    rule, version = await create_rule(club, RuleDraft(
        name="Food evenings", condition={"all": [
            {"field": "merchant_group", "op": "in", "value": [ids["food"]]},
            {"field": "hour", "op": "between", "value": [18, 22]}]},
        effects=[{"kind": "merchant_credit", "percent_bp": 500, "expires_in_days": 14}]),
        actor="staff:1")
    rule_ = compiled(club, version, rule.name)
    evening = await preview_facts(club, merchant_id=ids["cafe"], amount=600_000,
                                  at=tehran("2026-12-05 19:00"), channel=Channel.POS)
    [reward] = preview(rule_, evening)
    assert (reward.amount, reward.scope_id, reward.rule_name) == (30_000, ids["cafe"],
                                                                  "Food evenings")
    morning = await preview_facts(club, merchant_id=ids["cafe"], amount=600_000,
                                  at=tehran("2026-12-05 09:00"), channel=Channel.POS)
    assert preview(rule_, morning) == []
    bookshop = await preview_facts(club, merchant_id=ids["books"], amount=600_000,
                                   at=tehran("2026-12-05 19:00"), channel=Channel.POS)
    assert preview(rule_, bookshop) == []
