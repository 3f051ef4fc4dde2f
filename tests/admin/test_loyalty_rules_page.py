"""The rule builder page: a club's rules listed, a rule built from the builder's buttons and
saved as a draft, a saved rule updated into a new version, a purchase previewed and the last 30
days simulated, all through GraphQL; and the builder's pure parts (days, ids, weekdays)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from nicegui import ui
from nicegui.testing import User

from admin_ui.pages.loyalty_rules import RuleState, ids_of, new_clause, toggled, value_for_op
from admin_ui.text import speaking
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind
from models.loyalty.codes import RewardKind, RuleStatus
from models.loyalty.rules import RuleDraft, create_rule, set_rule_status
from models.loyalty.tables import Club, ClubMerchant, Rule, RuleVersion

TEHRAN = ZoneInfo("Asia/Tehran")
TEN_PERCENT = [{"kind": "discount", "percent_bp": 1000}]


@pytest.fixture
async def club(db: str) -> Club:
    owner = await create_partner("Baran Club", PartnerKind.CLUB_OWNER)
    club = await Club.create(owner=owner, name="Baran", rewards=[str(k) for k in RewardKind])
    cafe = await create_partner("Narvan Café", PartnerKind.MERCHANT)
    await ClubMerchant.create(club=club, merchant=cafe)
    return club


def tables(user: User) -> dict[str, list[dict[str, Any]]]:
    return {(element._markers[0] if element._markers else "table"): element.rows
            for element in user.current_layout.descendants() if isinstance(element, ui.table)}


async def test_the_list_shows_a_clubs_rules(signed_in: User, club: Club) -> None:
    rule, _ = await create_rule(club, RuleDraft(name="Ten off", effects=TEN_PERCENT),
                                actor="staff:1")
    await set_rule_status(club, rule.id, RuleStatus.ACTIVE)
    await signed_in.should_see(marker="menu-loyalty/rules")
    await signed_in.open(f"/loyalty/rules?club={club.id}")
    [row] = tables(signed_in)["rules"]
    assert (row["id"], row["name"], row["status"], row["stacking"]) == (
        str(rule.id), "Ten off", "Active", "Stacks with others")


async def test_a_rule_built_with_the_builder_is_saved_as_a_draft(signed_in: User,
                                                                 club: Club) -> None:
    # given the builder of a new rule
    await signed_in.open(f"/loyalty/rules/new?club={club.id}")
    signed_in.find(marker="rule-name").type("Weekend evenings")
    # when a weekday clause and an hour clause are added (a clause starts as weekdays Thu-Fri)
    signed_in.find(marker="add-clause-condition").click()
    await signed_in.should_see(marker="clause-condition-0")
    signed_in.find(marker="value-condition-0-sat").click()  # Saturday too
    signed_in.find(marker="add-group-condition").click()
    await signed_in.should_see(marker="group-condition-1")
    signed_in.find(marker="add-clause-condition-1").click()
    await signed_in.should_see(marker="clause-condition-1-0")
    signed_in.find(marker="save-draft").click()
    # then the page of the saved draft opens
    await signed_in.should_see(marker="rule-state", content="Draft, version 1", retries=40)
    # and the draft holds the tree as built (weekdays stored Monday first), with the default
    # 10 % discount
    rule = await Rule.get(club_id=club.id)
    version = await RuleVersion.get(rule_id=rule.id)
    assert (rule.name, rule.status) == ("Weekend evenings", RuleStatus.DRAFT)
    assert version.condition == {"all": [
        {"field": "weekday", "op": "in", "value": ["thu", "fri", "sat"]},
        {"any": [{"field": "weekday", "op": "in", "value": ["thu", "fri"]}]}]}
    assert version.effects == TEN_PERCENT


async def test_saving_a_rule_again_makes_a_new_version(signed_in: User, club: Club) -> None:
    rule, _ = await create_rule(club, RuleDraft(name="Ten off", effects=TEN_PERCENT),
                                actor="staff:1")
    await signed_in.open(f"/loyalty/rules/{rule.id}")
    await signed_in.should_see(marker="rule-state", content="Draft, version 1", retries=40)
    signed_in.find(marker="rule-name").clear().type("Ten off, renamed")
    signed_in.find(marker="activate").click()
    await signed_in.should_see(marker="rule-state", content="Active, version 2", retries=40)
    await rule.refresh_from_db()
    assert (rule.name, rule.version, rule.status) == ("Ten off, renamed", 2, RuleStatus.ACTIVE)
    assert await RuleVersion.filter(rule_id=rule.id).count() == 2


async def test_the_preview_shows_what_a_purchase_earns_and_the_simulation_its_figures(
        signed_in: User, club: Club) -> None:
    rule, _ = await create_rule(club, RuleDraft(
        name="Points", effects=[{"kind": "points", "per_rials": 10_000, "multiplier": 200}]),
        actor="staff:1")
    await signed_in.open(f"/loyalty/rules/{rule.id}")
    signed_in.find(marker="preview").click()
    await signed_in.should_see(marker="preview-rewards", retries=40)
    [reward] = tables(signed_in)["preview-rewards"]
    assert (reward["kind"], reward["amount"]) == ("Points", "200")  # 1,000,000 / 10,000 × 2
    signed_in.find(marker="simulate").click()
    await signed_in.should_see(marker="figure-purchases", content="0", retries=40)


async def test_a_rule_of_a_club_out_of_reach_is_not_found(signed_in: User) -> None:
    await signed_in.open("/loyalty/rules/999999")
    await signed_in.should_see(marker="rule-not-found")


def test_a_window_typed_in_jalali_starts_and_ends_at_tehran_midnight() -> None:
    state = RuleState(name="Nowruz", valid_from="۱۴۰۵/۰۱/۰۱", valid_until="1405/01/13")
    body = state.to_input(TEHRAN)
    assert datetime.fromisoformat(body["validFrom"]) == datetime(2026, 3, 21, tzinfo=TEHRAN)
    # 1405/01/13 is 2026-04-02, included: the window ends at the next midnight
    assert datetime.fromisoformat(body["validUntil"]) == datetime(2026, 4, 3, tzinfo=TEHRAN)


def test_a_bad_day_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(ValueError, match="month"):
        RuleState(name="x", valid_from="1405/13/40").to_input(TEHRAN)


def test_ids_are_read_in_either_digits() -> None:
    assert ids_of("3, ۱۲ 7،7") == [3, 7, 12]


def test_weekday_chips_keep_the_iranian_week_order() -> None:
    week = ("sat", "sun", "mon", "tue", "wed", "thu", "fri")
    assert toggled(["thu", "fri"], "sat", True, week) == ["sat", "thu", "fri"]
    assert toggled(["sat", "thu"], "thu", False, week) == ["sat"]


def test_switching_to_between_keeps_the_value_as_both_ends() -> None:
    clause = new_clause("amount") | {"value": 500_000}
    assert value_for_op(clause, "between") == [500_000, 500_000]
    assert value_for_op(clause | {"value": [1, 9]}, "gte") == 1


def test_the_builder_speaks_persian() -> None:
    from admin_ui.text import t

    with speaking("fa"):
        assert t("loyalty.rules.weekday.fri") == "جمعه"
        assert t("loyalty.rules.save_draft") == "ذخیرهٔ پیش‌نویس"
