"""A club's network in the admin: the sub-clubs section of a club's page makes a sub-club, and
the member groups page makes a group, adds members and grants its credit; Persian and English."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from nicegui import ui
from nicegui.testing import User

from models.identity.callers import CallerKind, Identity
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffRole, StaffUser
from models.loyalty import clubs, members
from models.loyalty.clubs import ClubSettings
from models.loyalty.member_groups import balances
from models.loyalty.members import Enrolment
from models.loyalty.network_tables import MemberGroup
from models.loyalty.tables import Club, Member

T = TypeVar("T")
PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def _eventually(probe: Callable[[], Awaitable[T | None]]) -> T | None:
    for _ in range(100):
        found = await probe()
        if found is not None:
            return found
        await asyncio.sleep(0.05)
    return None


async def _club(name: str = "Narvan Club") -> Club:
    owner = await create_partner(f"{name} owner", PartnerKind.CLUB_OWNER)
    return await clubs.create_club(PLATFORM, owner.id,
                                   ClubSettings(given=frozenset({"name"}), name=name))


async def test_staff_make_a_sub_club_from_the_clubs_page(signed_in: User) -> None:
    club = await _club()
    await signed_in.open(f"/loyalty/clubs/{club.id}")
    await signed_in.should_see(marker="sub-clubs-empty")
    signed_in.find(marker="sub-club-name").type("Kish branch")
    signed_in.find(marker="create-sub-club").click()
    made = await _eventually(lambda: Club.get_or_none(parent_id=club.id))
    assert made is not None and made.name == "Kish branch"
    await signed_in.open(f"/loyalty/clubs/{club.id}")
    [row] = _rows(signed_in, "sub-clubs")
    assert (row["id"], row["name"]) == (str(made.id), "Kish branch")


async def test_staff_run_a_member_group_and_grant_its_credit(signed_in: User) -> None:
    club = await _club()
    member = await members.enrol_in_panel(PLATFORM, club.id, Enrolment(mobile="09121234567"))
    await signed_in.open(f"/loyalty/clubs/{club.id}/groups")
    await signed_in.should_see(marker="member-groups-empty")
    signed_in.find(marker="group-name").type("Rezaei family")
    signed_in.find(marker="create-group").click()
    group = await _eventually(lambda: MemberGroup.get_or_none(club_id=club.id))
    assert group is not None
    await signed_in.open(f"/loyalty/clubs/{club.id}/groups")
    signed_in.find(marker="group-member").type(str(member.id))
    signed_in.find(marker="add-group-member").click()

    async def joined() -> Member | None:
        return await Member.get_or_none(id=member.id, group_id=group.id)

    assert await _eventually(joined) is not None
    await signed_in.open(f"/loyalty/clubs/{club.id}/groups")
    signed_in.find(marker="grant-amount").type("50000")
    signed_in.find(marker="grant-group-credit").click()

    async def granted() -> int | None:
        return (await balances(club.id, [group.id]))[group.id] or None

    assert await _eventually(granted) == 50_000
    await signed_in.open(f"/loyalty/clubs/{club.id}/groups")
    [row] = _rows(signed_in, "member-groups")
    assert (row["name"], row["kind"], row["limit"], row["pool"]) == (
        "Rezaei family", "Family", "No limit", "No")


async def test_the_groups_page_speaks_persian(signed_in: User, staff: StaffUser) -> None:
    club = await _club("باشگاه نارون")
    await MemberGroup.create(club_id=club.id, name="خانوادهٔ رضایی", kind="company",
                             monthly_limit=400_000)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/loyalty/clubs/{club.id}/groups")
    await signed_in.should_see(marker="page-title", content="گروه‌های اعضای باشگاه نارون")
    [row] = _rows(signed_in, "member-groups")
    assert (row["kind"], row["status"]) == ("کارکنان شرکت", "فعال")
    assert "۴۰۰" in row["limit"]
