"""The club's draws page: creating a draw (its commitment shown at once), running one past its
cut-off (its seed and winners shown, cards masked), in English and in Persian with Jalali
dates."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from nicegui import ui
from nicegui.testing import User

from models.identity.callers import CallerKind, Identity
from models.identity.customers import create_customer
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffRole, StaffUser
from models.ledger.posting import create_transfers
from models.loyalty import clubs
from models.loyalty.accounts import NAMESPACE
from models.loyalty.clubs import ClubSettings
from models.loyalty.codes import Channel, EffectKind
from models.loyalty.draws import Prize, create_draw
from models.loyalty.draws_tables import Draw, DrawStatus, PrizeKind
from models.loyalty.grants import Grant, grant_transfer
from models.loyalty.tables import Club, Member
from tests.admin.support import text_of

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


async def _club_with_entries() -> tuple[Club, Member]:
    owner = await create_partner("Owner", PartnerKind.CLUB_OWNER)
    club = await clubs.create_club(PLATFORM, owner.id,
                                   ClubSettings(given=frozenset({"name"}), name="Narvan Club"))
    customer = await create_customer("09121234567", "Sara", partner_id=owner.id)
    member = await Member.create(club_id=club.id, customer_id=customer.id,
                                 card_number="6037700000001234", enrolled_via=Channel.PANEL)
    request = await grant_transfer(club, member, Grant(EffectKind.LOTTERY, 3, key="test:e"),
                                   reference_type="test", reference_id="1")
    await create_transfers([request], namespace=NAMESPACE,
                           now=datetime.now(UTC) - timedelta(hours=2))
    return club, member


async def _past_draw(club: Club) -> Draw:
    start = datetime.now(UTC) - timedelta(hours=3)
    return await create_draw(PLATFORM, club.id, name="Yalda", cutoff_at=start + timedelta(hours=2),
                             prizes=(Prize("Credit", PrizeKind.CLUB_CREDIT, 1_000_000),),
                             now=start)


async def test_staff_create_a_draw_and_see_its_commitment(signed_in: User):
    club, _ = await _club_with_entries()
    await signed_in.open(f"/loyalty/clubs/{club.id}/draws")
    await signed_in.should_see(marker="draws-empty")
    signed_in.find(marker="draw-name").type("Nowruz")
    signed_in.find(marker="draw-cutoff-day").type("2030-03-20")
    signed_in.find(marker="draw-cutoff-time").clear().type("20:00")
    signed_in.find(marker="draw-prizes").clear().type('[{"title": "Mug"}]')
    signed_in.find(marker="create-draw").click()
    draw = await _eventually(lambda: Draw.get_or_none(club_id=club.id, name="Nowruz"))
    assert draw is not None
    assert draw.cutoff_at == datetime(2030, 3, 20, 16, 30, tzinfo=UTC)  # 20:00 in Tehran
    await signed_in.open(f"/loyalty/clubs/{club.id}/draws")
    [row] = _rows(signed_in, "draws")
    assert (row["name"], row["status"]) == ("Nowruz", "Scheduled")
    [commitment] = signed_in.find(marker=f"draw-{draw.id}-commitment").elements
    assert text_of(commitment) == draw.commitment


async def test_staff_run_a_draw_and_see_its_seed_and_winners(signed_in: User):
    club, member = await _club_with_entries()
    draw = await _past_draw(club)
    await signed_in.open(f"/loyalty/clubs/{club.id}/draws")
    signed_in.find(marker="draw-id").type(str(draw.id))
    signed_in.find(marker="run-draw").click()
    assert await _eventually(lambda: Draw.get_or_none(id=draw.id, status=DrawStatus.DRAWN))
    await signed_in.open(f"/loyalty/clubs/{club.id}/draws")
    [seed] = signed_in.find(marker=f"draw-{draw.id}-seed").elements
    assert text_of(seed) == draw.seed_hex
    [winner] = _rows(signed_in, f"draw-{draw.id}-winners")
    assert (winner["member"], winner["card"]) == (str(member.id), "************1234")


async def test_the_draws_page_speaks_persian_with_jalali_dates(signed_in: User,
                                                               staff: StaffUser):
    club, _ = await _club_with_entries()
    await _past_draw(club)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/loyalty/clubs/{club.id}/draws")
    await signed_in.should_see(marker="page-title", content="قرعه‌کشی‌های Narvan Club")
    [row] = _rows(signed_in, "draws")
    assert row["status"] == "زمان‌بندی‌شده"
    assert row["cutoff"].startswith("۱۴")  # a Jalali year
