"""A club's segments in the admin: the list with sizes, a segment made in the editor (field,
operator and value rows), its members linked to their pages, archiving it; the member page's
statistics and the club dashboard's active members per segment; Persian digits."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from nicegui import ui
from nicegui.testing import User

from models.identity.tables import StaffUser
from models.loyalty.purchases import commit_purchase
from models.loyalty.segment_tables import Segment, SegmentStatus
from models.loyalty.segments import create_segment
from tests.loyalty.purchases.conftest import Rules, make_shop

T = TypeVar("T")
BUYERS = {"all": [{"field": "purchases_lifetime", "op": "gte", "value": 1}]}


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


async def test_a_segment_is_made_in_the_editor(signed_in: User) -> None:
    shop = await make_shop(Rules(), members=2)
    await signed_in.open(f"/loyalty/clubs/{shop.club.id}/segments")
    await signed_in.should_see(marker="segments-empty")
    signed_in.find(marker="segment-name").type("Regulars")
    signed_in.find(marker="add-clause-definition").click()
    await signed_in.should_see(marker="clause-definition-0")
    signed_in.find(marker="value-definition-0").clear().type("1")
    signed_in.find(marker="save-segment").click()
    segment = await _eventually(lambda: Segment.get_or_none(club_id=shop.club.id))
    assert segment is not None and segment.name == "Regulars"
    assert segment.definition == {"all": [{"field": "purchases_30", "op": "gte", "value": 1}]}
    await signed_in.should_see(marker="segment-members-empty")  # its page, holding no one yet


async def test_the_list_shows_sizes_and_the_segment_its_members(signed_in: User) -> None:
    shop = await make_shop(Rules(), members=2)
    await commit_purchase(shop.request(10_000, member=1), evaluator=shop.rules,
                          now=datetime.now(UTC) - timedelta(days=3))
    buyers = await create_segment(shop.club, "Buyers", BUYERS)
    await signed_in.open(f"/loyalty/clubs/{shop.club.id}/segments")
    [row] = _rows(signed_in, "segments")
    assert (row["id"], row["name"], row["size"], row["active"]) == (
        str(buyers.id), "Buyers", "1", "1")
    await signed_in.open(f"/loyalty/segments/{buyers.id}")
    [member] = _rows(signed_in, "segment-members")
    assert member["id"] == str(shop.members[1].id)
    assert member["id_href"].endswith(f"/loyalty/members/{shop.members[1].id}")


async def test_a_segment_is_archived_from_its_page(signed_in: User) -> None:
    shop = await make_shop(Rules(), members=1)
    everyone = await create_segment(shop.club, "Everyone", {})
    await signed_in.open(f"/loyalty/segments/{everyone.id}")
    signed_in.find(marker="archive-segment").click()
    assert await _eventually(lambda: Segment.get_or_none(id=everyone.id,
                                                         status=SegmentStatus.ARCHIVED))


async def test_the_member_page_shows_the_figures_in_persian(signed_in: User,
                                                             staff: StaffUser) -> None:
    shop = await make_shop(Rules(), members=1)
    await commit_purchase(shop.request(120_000), evaluator=shop.rules,
                          now=datetime.now(UTC) - timedelta(days=40))
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/loyalty/members/{shop.members[0].id}")
    await signed_in.should_see(marker="member-stats")
    thirty, ninety, _, lifetime = _rows(signed_in, "member-windows")
    assert (thirty["purchases"], ninety["purchases"], ninety["spend"]) == ("۰", "۱", "۱۲۰٬۰۰۰")
    assert lifetime["window"] == "از آغاز"


async def test_the_dashboard_shows_active_members_per_segment(signed_in: User) -> None:
    shop = await make_shop(Rules(), members=2)
    await commit_purchase(shop.request(10_000), evaluator=shop.rules,
                          now=datetime.now(UTC) - timedelta(days=2))
    await create_segment(shop.club, "Everyone", {})
    await signed_in.open(f"/loyalty/clubs/{shop.club.id}/dashboard")
    [row] = _rows(signed_in, "segment-activity")
    assert (row["name"], row["size"], row["active"]) == ("Everyone", "2", "1")
