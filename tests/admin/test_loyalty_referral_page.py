"""A club's referrals page: its managers set the programme, the page shows the referral tree
(one referrer's invitees at a time) and the referrers' results, and the club's dashboard shows
the results too; in Persian with Persian digits."""

from __future__ import annotations

import asyncio
from typing import Any

from nicegui import ui
from nicegui.testing import User

from models.identity.callers import CallerKind, Identity
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffRole, StaffUser
from models.loyalty import clubs, members, referrals
from models.loyalty.clubs import ClubSettings
from models.loyalty.members import Enrolment
from models.loyalty.referral_tables import ReferralSettings
from models.loyalty.referrals import ReferralTerms
from models.loyalty.tables import Club, Member

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def _club() -> Club:
    owner = await create_partner("Owner", PartnerKind.CLUB_OWNER)
    return await clubs.create_club(PLATFORM, owner.id, ClubSettings(
        given=frozenset({"name", "point_value"}), name="Narvan Club", point_value=10))


async def _chain(club: Club) -> tuple[Member, Member, Member]:
    """a invites b, b invites c; 100 points for each enrolment."""
    await referrals.set_referral_settings(PLATFORM, club.id, ReferralTerms(
        enabled=True, enrolment_reward=100))
    a = await members.enrol_in_panel(PLATFORM, club.id, Enrolment("09120000001", name="Ali"))
    b = await members.enrol_in_panel(PLATFORM, club.id, Enrolment(
        "09120000002", name="Bita", referral_code=await referrals.code_of(a)))
    c = await members.enrol_in_panel(PLATFORM, club.id, Enrolment(
        "09120000003", name="Cyrus", referral_code=await referrals.code_of(b)))
    return a, b, c


async def test_a_manager_sets_the_referral_programme(signed_in: User) -> None:
    club = await _club()
    await signed_in.open(f"/loyalty/clubs/{club.id}")
    signed_in.find(marker="club-referrals-link").click()
    await signed_in.should_see(marker="save-referrals")
    signed_in.find(marker="referral-enabled").click()
    signed_in.find(marker="referral-enrolment").clear().type("150")
    signed_in.find(marker="referral-share-1").clear().type("500")
    signed_in.find(marker="referral-period").clear().type("30")
    signed_in.find(marker="save-referrals").click()
    row = None
    for _ in range(100):
        row = await ReferralSettings.get_or_none(club_id=club.id, enabled=True)
        if row is not None:
            break
        await asyncio.sleep(0.05)
    assert row is not None
    assert (row.enrolment_reward, row.share_bp_1, row.period_days, row.cap) == (150, 500, 30,
                                                                                None)


async def test_the_page_shows_the_tree_one_referrer_at_a_time_and_the_results(
        signed_in: User) -> None:
    club = await _club()
    a, b, c = await _chain(club)
    await signed_in.open(f"/loyalty/clubs/{club.id}/referrals")
    tree = _rows(signed_in, "referrals")
    assert [(r["referrer"], r["invitee"], r["paid"]) for r in tree] == [
        (f"Ali #{a.id}", f"Bita #{b.id}", "100 points"),
        (f"Bita #{b.id}", f"Cyrus #{c.id}", "100 points")]
    results = _rows(signed_in, "referral-referrers")
    assert [(r["referrer"], r["invitees"], r["network"]) for r in results] == [
        (f"#{a.id}", "1", "2"), (f"#{b.id}", "1", "1")]
    await signed_in.open(f"/loyalty/clubs/{club.id}/referrals?referrer={b.id}")
    [only] = _rows(signed_in, "referrals")
    assert only["invitee"] == f"Cyrus #{c.id}"


async def test_the_dashboard_shows_the_referral_results_in_persian(
        signed_in: User, staff: StaffUser) -> None:
    club = await _club()
    await _chain(club)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/loyalty/clubs/{club.id}/dashboard")
    await signed_in.should_see(marker="referral-total-invitees", content="۲")
    await signed_in.should_see(marker="referral-total-points", content="۲۰۰ امتیاز")
