"""Sub-clubs: they inherit their ancestors' active rules (a rule of their own may override one),
categories and fee tariff, their ancestors' staff reach them (never the other way), and clubs
nest at most three deep."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from models.errors import NotFound, ValidationFailed
from models.identity.tables import PartnerKind, StaffRole
from models.ledger.verify import verify_ledger
from models.loyalty import clubs, rules, sub_clubs
from models.loyalty.clubs import ClubSettings
from models.loyalty.codes import CategoryKind, Channel, ClubRole, RuleStatus
from models.loyalty.evaluation import candidate_rules
from models.loyalty.purchases import PurchaseRequest, commit_purchase
from models.loyalty.rules import RuleDraft
from models.loyalty.staff_roles import club_for, reachable_club_ids
from models.loyalty.tables import Club, ClubStaff
from tests.loyalty.purchases.conftest import Shop

from .conftest import PLATFORM, enrol, join, partner_staff, sub_club_of

TEN_OFF = [{"kind": "discount", "percent_bp": 1000}]
TWENTY_OFF = [{"kind": "discount", "percent_bp": 2000}]
NOW = datetime.now(UTC)


async def active_rule(club: Club, name: str, effects: list[dict[str, Any]],
                      overrides: int | None = None) -> int:
    rule, _ = await rules.create_rule(club, RuleDraft(name=name, effects=effects,
                                                      overrides_rule_id=overrides),
                                      actor="staff:1")
    await rules.set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    return rule.id


async def buy(club: Club, member_id: int, merchant_id: int, reference: str,
              amount: int = 1_000_000) -> Any:
    return await commit_purchase(PurchaseRequest(
        club_id=club.id, member_id=member_id, merchant_id=merchant_id, channel=Channel.POS,
        amount=amount, source=f"merchant:{merchant_id}", reference=reference))


async def test_a_sub_club_overriding_an_inherited_rule_applies_its_own_in_its_place(
        shop: Shop) -> None:
    # given a parent club giving 10% off, and a sub-club whose own rule overrides it with 20%
    parent_rule = await active_rule(shop.club, "Ten off", TEN_OFF)
    branch = await sub_club_of(shop.club)
    await active_rule(branch, "Twenty off here", TWENTY_OFF, overrides=parent_rule)
    merchant = shop.merchants[0]
    await join(branch, merchant)
    member = await enrol(branch, shop.customers[0].id, "7001")

    # when a member buys in the sub-club, and another in the parent
    in_branch = await buy(branch, member.id, merchant.id, "b-1")
    in_parent = await buy(shop.club, shop.members[0].id, merchant.id, "p-1")

    # then the sub-club's own rule applied alone there, and the parent's still applies above
    assert [(r.rule_name, r.amount) for r in in_branch.rewards] == [("Twenty off here", 200_000)]
    assert [(r.rule_name, r.amount) for r in in_parent.rewards] == [("Ten off", 100_000)]
    assert await verify_ledger() == []


async def test_a_sub_club_applies_its_parents_active_rules_besides_its_own(shop: Shop) -> None:
    parent_rule = await active_rule(shop.club, "Ten off", TEN_OFF)
    branch = await sub_club_of(shop.club)
    own = await active_rule(branch, "Twenty off here", TWENTY_OFF)
    found = await candidate_rules(branch.id, shop.merchants[0].id, NOW)
    assert sorted(c.rule_id for c in found) == sorted([parent_rule, own])


async def test_a_rule_changed_in_the_parent_reaches_the_sub_club_at_once(shop: Shop) -> None:
    parent_rule = await active_rule(shop.club, "Ten off", TEN_OFF)
    branch = await sub_club_of(shop.club)
    assert [c.rule_id for c in await candidate_rules(branch.id, 1, NOW)] == [parent_rule]
    await rules.set_rule_status(shop.club, parent_rule, RuleStatus.PAUSED)
    assert await candidate_rules(branch.id, 1, NOW) == []


async def test_an_override_paused_in_the_sub_club_lets_the_inherited_rule_apply(
        shop: Shop) -> None:
    parent_rule = await active_rule(shop.club, "Ten off", TEN_OFF)
    branch = await sub_club_of(shop.club)
    override = await active_rule(branch, "Twenty off here", TWENTY_OFF, overrides=parent_rule)
    await rules.set_rule_status(branch, override, RuleStatus.PAUSED)
    assert [c.rule_id for c in await candidate_rules(branch.id, 1, NOW)] == [parent_rule]


async def test_a_rule_may_override_only_a_rule_of_an_ancestor(shop: Shop) -> None:
    branch = await sub_club_of(shop.club)
    sibling = await sub_club_of(shop.club, "Other branch")
    theirs = await active_rule(sibling, "Theirs", TEN_OFF)
    with pytest.raises(ValidationFailed) as refused:
        await rules.create_rule(branch, RuleDraft(name="Mine", effects=TEN_OFF,
                                                  overrides_rule_id=theirs), actor="staff:1")
    assert (refused.value.code, refused.value.field) == ("invalid_rule_override",
                                                         "overridesRuleId")


async def test_clubs_nest_at_most_three_deep(shop: Shop) -> None:
    child = await sub_club_of(shop.club)
    grandchild = await sub_club_of(child, "Grandchild")
    with pytest.raises(ValidationFailed) as refused:
        await sub_club_of(grandchild, "Too deep")
    assert refused.value.code == "sub_club_too_deep"
    assert await Club.filter(parent_id=grandchild.id).count() == 0


async def test_a_sub_club_takes_its_parents_settings_and_is_listed_under_it(
        shop: Shop) -> None:
    shop.club.timezone = "Asia/Dubai"
    await shop.club.save()
    branch = await sub_club_of(shop.club)
    assert (branch.parent_id, branch.owner_id, branch.timezone, branch.point_value) == (
        shop.club.id, shop.club.owner_id, "Asia/Dubai", shop.club.point_value)
    assert [c.id for c in await sub_clubs.sub_clubs(PLATFORM, shop.club.id)] == [branch.id]


async def test_a_sub_club_without_its_own_tariff_pays_its_parents_fee(shop: Shop) -> None:
    await clubs.set_fee_tariff(PLATFORM, shop.club.id, percent_bp=100, amount=500)
    branch = await sub_club_of(shop.club)
    merchant = shop.merchants[0]
    await join(branch, merchant)
    member = await enrol(branch, shop.customers[0].id, "7001")
    first = await buy(branch, member.id, merchant.id, "b-1")
    await clubs.set_fee_tariff(PLATFORM, branch.id, percent_bp=0, amount=1_000)
    second = await buy(branch, member.id, merchant.id, "b-2")
    assert (first.fee, second.fee) == (10_000 + 500, 1_000)
    assert await verify_ledger() == []


async def test_a_sub_club_uses_its_parents_categories(shop: Shop) -> None:
    category = await clubs.add_category(PLATFORM, shop.club.id, CategoryKind.MERCHANT, "food",
                                        "Food")
    branch = await sub_club_of(shop.club)
    assert (await clubs.category_of(branch.id, category.id)).id == category.id
    assert [c.id for c in await clubs.categories(branch.id)] == [category.id]
    with pytest.raises(NotFound):  # the parent's category is not the sub-club's to rename
        await clubs.rename_category(PLATFORM, branch.id, category.id, "Mine")


async def test_the_parents_staff_reach_a_sub_club_with_their_role_there(
        shop: Shop, make_staff: Any) -> None:
    branch = await sub_club_of(shop.club)
    staff, _ = await make_staff(StaffRole.SUPPORT, partner=shop.owner)
    await ClubStaff.create(club_id=shop.club.id, staff_id=staff.id, role=ClubRole.MANAGER)
    who = partner_staff(shop.owner, staff)
    assert (await club_for(who, branch.id, ClubRole.MANAGER)).id == branch.id


async def test_the_parents_staff_find_its_sub_clubs_among_their_clubs(
        shop: Shop, make_staff: Any) -> None:
    branch = await sub_club_of(shop.club)
    deeper = await sub_club_of(branch, "Deeper")
    staff, _ = await make_staff(StaffRole.SUPPORT, partner=shop.owner)
    await ClubStaff.create(club_id=shop.club.id, staff_id=staff.id, role=ClubRole.VIEWER)
    found = await reachable_club_ids(partner_staff(shop.owner, staff))
    assert sorted(found or []) == sorted([shop.club.id, branch.id, deeper.id])


async def test_a_sub_clubs_own_staff_do_not_reach_its_parent(
        shop: Shop, make_staff: Any) -> None:
    branch = await sub_club_of(shop.club)
    staff, _ = await make_staff(StaffRole.SUPPORT, partner=shop.owner)
    await ClubStaff.create(club_id=branch.id, staff_id=staff.id, role=ClubRole.MANAGER)
    who = partner_staff(shop.owner, staff)
    assert (await club_for(who, branch.id, ClubRole.MANAGER)).id == branch.id
    with pytest.raises(NotFound) as refused:
        await club_for(who, shop.club.id)
    assert refused.value.code == "club_not_found"


async def test_another_owners_staff_cannot_make_a_sub_club(
        shop: Shop, make_partner: Any, make_staff: Any) -> None:
    stranger = await make_partner("Another owner", PartnerKind.CLUB_OWNER)
    staff, _ = await make_staff(StaffRole.OWNER, partner=stranger)
    with pytest.raises(NotFound) as refused:
        await sub_clubs.create_sub_club(partner_staff(stranger, staff, StaffRole.OWNER),
                                        shop.club.id, ClubSettings(given=frozenset({"name"}),
                                                                   name="Mine now"))
    assert refused.value.code == "club_not_found"
    assert await Club.filter(parent_id=shop.club.id).count() == 0
