"""A club's tiers page: the ladder with its members per tier, built and changed whole; the
downgrade policy; a manager moving a member; in Persian with Persian digits."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from nicegui import ui
from nicegui.testing import User

from models.identity.callers import CallerKind, Identity
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffRole, StaffUser
from models.loyalty import clubs, members, tiers
from models.loyalty.clubs import ClubSettings
from models.loyalty.codes import RewardKind
from models.loyalty.members import Enrolment
from models.loyalty.tables import Club, Member, RuleVersion
from models.loyalty.tier_tables import Tier, TierPolicy
from models.loyalty.tiers import TierSpec
from tests.admin.support import text_of

T = TypeVar("T")
PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def _eventually(probe: Callable[[], Awaitable[T | None]]) -> T | None:
    """What `probe` finds once a click's background work has written it (or None after 5 s)."""
    for _ in range(100):
        found = await probe()
        if found:
            return found
        await asyncio.sleep(0.05)
    return None


async def _number(user: User, marker: str) -> ui.number | None:
    """The number input marked `marker`, once the page shows one."""
    return next((e for e in user.current_layout.descendants()
                 if isinstance(e, ui.number) and marker in e._markers), None)


async def _club() -> Club:
    owner = await create_partner("Narvan owner", PartnerKind.CLUB_OWNER)
    return await clubs.create_club(PLATFORM, owner.id,
                                   ClubSettings(given=frozenset({"name"}), name="Narvan Club"))


async def test_a_manager_builds_the_ladder(signed_in: User) -> None:
    club = await _club()
    await signed_in.open(f"/loyalty/clubs/{club.id}/tiers")
    await signed_in.should_see(marker="tiers-empty")
    signed_in.find(marker="tier-name-1").type("Silver")
    signed_in.find(marker="tier-threshold-1").type("100000")
    signed_in.find(marker="save-ladder").click()
    saved = await _eventually(lambda: Tier.filter(club_id=club.id).first())
    assert saved is not None
    assert (saved.rank, saved.name, saved.threshold) == (1, "Silver", 100_000)


async def test_a_refused_ladder_says_why_and_changes_nothing(signed_in: User) -> None:
    club = await _club()
    await tiers.set_ladder(PLATFORM, club.id, [TierSpec("Silver", 100_000)])
    await signed_in.open(f"/loyalty/clubs/{club.id}/tiers")
    signed_in.find(marker="tier-name-2").type("Gold")
    signed_in.find(marker="tier-threshold-2").type("50000")
    signed_in.find(marker="save-ladder").click()
    await signed_in.should_see("thresholds rising")
    assert await Tier.filter(club_id=club.id).count() == 1


async def test_a_manager_sets_the_policy_and_moves_a_member(signed_in: User) -> None:
    club = await _club()
    await tiers.set_ladder(PLATFORM, club.id, [TierSpec("Silver", 100_000),
                                               TierSpec("Gold", 500_000)])
    member = await members.enrol_in_panel(PLATFORM, club.id, Enrolment(mobile="09121234567"))
    await signed_in.open(f"/loyalty/clubs/{club.id}/tiers")
    await signed_in.should_see(marker="policy-text", content="never")
    signed_in.find(marker="policy-after").type("90")
    signed_in.find(marker="policy-notice").type("7")
    signed_in.find(marker="save-policy").click()
    policy = await _eventually(lambda: TierPolicy.get_or_none(club_id=club.id,
                                                              downgrade_after_days=90))
    assert policy is not None and policy.notice_days == 7
    await signed_in.open(f"/loyalty/clubs/{club.id}/tiers")
    gold = await Tier.get(club_id=club.id, name="Gold")
    signed_in.find(marker="move-member").type(str(member.id))
    [choice] = signed_in.find(marker="move-tier").elements
    assert isinstance(choice, ui.select)
    choice.value = str(gold.id)
    signed_in.find(marker="move-button").click()
    assert await _eventually(lambda: Member.get_or_none(id=member.id, tier_id=gold.id))


async def test_the_ladder_shows_members_per_tier_in_persian(signed_in: User,
                                                            staff: StaffUser) -> None:
    club = await _club()
    await tiers.set_ladder(PLATFORM, club.id, [TierSpec("Silver", 100_000, name_fa="نقره‌ای"),
                                               TierSpec("Gold", 500_000, name_fa="طلایی",
                                                        points_multiplier_permille=1500)])
    member = await members.enrol_in_panel(PLATFORM, club.id, Enrolment(mobile="09121234567"))
    await members.enrol_in_panel(PLATFORM, club.id, Enrolment(mobile="09121234568"))
    gold = await Tier.get(club_id=club.id, name="Gold")
    await tiers.set_member_tier(PLATFORM, member.id, gold.id)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/loyalty/clubs/{club.id}/tiers")
    await signed_in.should_see(marker="page-title", content="سطح‌های Narvan Club")
    silver, gold_row = _rows(signed_in, "tiers")
    assert (gold_row["rank"], gold_row["name_fa"], gold_row["members"]) == ("۲", "طلایی", "۱")
    assert silver["members"] == "۰" and gold_row["multiplier"] == "×۱٫۵۰"
    assert gold_row["threshold"].startswith("۵۰۰")
    [label] = signed_in.find(marker="members-in-no-tier").elements
    assert text_of(label).endswith("۱")


async def test_another_clubs_page_is_not_found(signed_in: User) -> None:
    await signed_in.open("/loyalty/clubs/999999/tiers")
    await signed_in.should_see(marker="club-not-found")


async def test_the_rule_builder_asks_for_a_tier_rank(signed_in: User) -> None:
    club = await _club()
    club.rewards = [str(kind) for kind in RewardKind]  # the builder starts with a discount
    await club.save(update_fields=["rewards"])
    await signed_in.open(f"/loyalty/rules/new?club={club.id}")
    signed_in.find(marker="rule-name").type("Gold and up")
    signed_in.find(marker="add-clause-condition").click()
    await signed_in.should_see(marker="field-condition-0")
    [field] = signed_in.find(marker="field-condition-0").elements
    assert isinstance(field, ui.select)
    field.value = "tier_rank"
    rank = await _eventually(lambda: _number(signed_in, "value-condition-0"))
    assert rank is not None
    rank.value = 2
    signed_in.find(marker="save-draft").click()
    await signed_in.should_see(marker="rule-state", content="Draft, version 1", retries=40)
    version = await RuleVersion.get(club_id=club.id)
    assert version.condition == {"all": [{"field": "tier_rank", "op": "gte", "value": 2}]}


async def test_the_club_dashboard_counts_members_by_tier(signed_in: User) -> None:
    club = await _club()
    await tiers.set_ladder(PLATFORM, club.id, [TierSpec("Silver", 100_000)])
    member = await members.enrol_in_panel(PLATFORM, club.id, Enrolment(mobile="09121234567"))
    await tiers.set_member_tier(PLATFORM, member.id, (await Tier.get(club_id=club.id)).id)
    await signed_in.open(f"/loyalty/clubs/{club.id}/dashboard")
    await signed_in.should_see(marker="members-by-tier")
    assert [(row["tier"], row["members"]) for row in _rows(signed_in, "members-by-tier")] == [
        ("Silver", "1"), ("No tier", "0")]
