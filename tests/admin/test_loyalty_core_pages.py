"""The loyalty clubs' admin pages: the clubs list and creating a club, a club's settings, its
merchants with their terminals (a key's secret shown once, then revoked), and its members found
by bank card with their cards masked; Persian with Jalali dates."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from nicegui import ui
from nicegui.testing import User

from models.identity.callers import CallerKind, Identity
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffRole, StaffUser
from models.loyalty import clubs, members, merchants, terminals
from models.loyalty.cards import luhn_check_digit
from models.loyalty.clubs import ClubSettings
from models.loyalty.members import Enrolment
from models.loyalty.merchants import MerchantTerms
from models.loyalty.tables import Club, TerminalKey
from tests.admin.support import text_of

T = TypeVar("T")
PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)


def _card(body: int) -> str:
    start = f"603799{body:09d}"
    return start + luhn_check_digit(start)


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def _eventually(probe: Callable[[], Awaitable[T | None]]) -> T | None:
    """What `probe` finds once a click's background work has written it (or None after 5 s)."""
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


async def test_staff_create_a_club_from_the_list(signed_in: User):
    owner = await create_partner("Owner", PartnerKind.CLUB_OWNER)
    await signed_in.open("/dashboard")
    await signed_in.should_see(marker="menu-loyalty/clubs")
    await signed_in.open("/loyalty/clubs")
    await signed_in.should_see(marker="clubs-empty")
    signed_in.find(marker="new-club-owner").type(str(owner.id))
    signed_in.find(marker="new-club-name").type("Narvan Club")
    signed_in.find(marker="create-club").click()
    club = await _eventually(lambda: Club.get_or_none(name="Narvan Club"))
    assert club is not None and club.owner_id == owner.id
    await signed_in.open("/loyalty/clubs")
    [row] = _rows(signed_in, "clubs")
    assert (row["id"], row["name"], row["role"]) == (str(club.id), "Narvan Club", "Owner")


async def test_a_bad_sheba_is_refused_in_the_readers_words(signed_in: User):
    club = await _club()
    await signed_in.open(f"/loyalty/clubs/{club.id}")
    signed_in.find(marker="club-sheba").clear().type("IR00")
    signed_in.find(marker="save-club").click()
    await signed_in.should_see("Sheba")
    assert (await Club.get(id=club.id)).settlement_sheba is None


async def test_a_terminal_key_is_shown_once_and_revoked(signed_in: User):
    club = await _club()
    merchant = await create_partner("Shop", PartnerKind.MERCHANT)
    await merchants.add_merchant(PLATFORM, club.id, merchant.id, MerchantTerms(frozenset()))
    terminal = await terminals.create_terminal(PLATFORM, merchant.id, "T1", "Counter")
    await signed_in.open(f"/loyalty/clubs/{club.id}/merchants")
    [row] = _rows(signed_in, "club-merchants")
    assert (row["id"], row["status"]) == (str(merchant.id), "Active")
    signed_in.find(marker=f"key-terminal-{merchant.id}").type(str(terminal.id))
    signed_in.find(marker=f"issue-key-{merchant.id}").click()
    await signed_in.should_see(marker="issued-secret")
    [secret] = signed_in.find(marker="issued-secret").elements
    key = await TerminalKey.get(terminal_id=terminal.id)
    assert text_of(secret).startswith("etbt_") and key.prefix == text_of(secret)[:10]
    await signed_in.open(f"/loyalty/clubs/{club.id}/merchants")
    await signed_in.should_not_see(marker="issued-secret")
    signed_in.find(marker=f"key-id-{merchant.id}").type(str(key.id))
    signed_in.find(marker=f"revoke-key-{merchant.id}").click()
    assert await _eventually(lambda: TerminalKey.get_or_none(id=key.id,
                                                             revoked_at__not_isnull=True))


async def test_a_member_is_found_by_bank_card_and_shows_it_masked(signed_in: User):
    club = await _club()
    number = _card(77)
    member = await members.enrol_in_panel(PLATFORM, club.id, Enrolment(
        mobile="09121234567", name="Sara", card_number=number))
    await members.enrol_in_panel(PLATFORM, club.id, Enrolment(mobile="09351112233"))
    await signed_in.open(f"/loyalty/clubs/{club.id}/members?q={number}")
    [row] = _rows(signed_in, "members")
    assert (row["id"], row["mobile"]) == (str(member.id), "09121234567")
    await signed_in.open(f"/loyalty/members/{member.id}")
    [card] = _rows(signed_in, "member-cards")
    assert card["card"].endswith(number[-4:]) and number not in card["card"]


async def test_the_pages_speak_persian_with_jalali_dates(signed_in: User, staff: StaffUser):
    club = await _club("باشگاه نارون")
    await members.enrol_in_panel(PLATFORM, club.id, Enrolment(mobile="09121234567"))
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open("/loyalty/clubs")
    await signed_in.should_see(marker="page-title", content="باشگاه‌های وفاداری")
    [row] = _rows(signed_in, "clubs")
    assert row["created_at"].startswith("۱۴")  # a Jalali year
    await signed_in.open(f"/loyalty/clubs/{club.id}/members")
    [member] = _rows(signed_in, "members")
    assert member["enrolled_via"] == "در پنل باشگاه"
    assert member["mobile"] == "۰۹۱۲۱۲۳۴۵۶۷"
