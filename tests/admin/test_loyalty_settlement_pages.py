"""The settlements and club dashboard pages: closing a period from a club's batches, a batch with
its shares and file, and the dashboard's charts and top merchants; Persian with Jalali dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from nicegui import ui
from nicegui.testing import User

from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffUser
from models.loyalty.codes import Beneficiary, SettlementState
from models.loyalty.tables import Club, SettlementBatch, Share


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def _club_with_a_share() -> tuple[Club, int]:
    owner = await create_partner("Owner", PartnerKind.CLUB_OWNER)
    merchant = await create_partner("Narvan Café", PartnerKind.MERCHANT)
    club = await Club.create(owner_id=owner.id, name="Narvan Club")
    await Share.create(club_id=club.id, purchase_id=41, beneficiary=Beneficiary.MERCHANT,
                       partner_id=merchant.id, sheba="IR062960000000100324200001", amount=7_000,
                       created_at=datetime.now(UTC) - timedelta(days=2))
    return club, merchant.id


async def test_staff_close_a_period_and_open_its_batch(signed_in: User) -> None:
    club, _ = await _club_with_a_share()
    await signed_in.open("/loyalty/settlements")
    await signed_in.should_see(marker=f"settlements-of-{club.id}")
    await signed_in.open(f"/loyalty/clubs/{club.id}/settlements")
    await signed_in.should_see(marker="settlement-batches-empty")
    signed_in.find(marker="close-period").click()
    await signed_in.should_see("1 batches made")
    batch = await SettlementBatch.get(club_id=club.id)
    assert (batch.total, batch.state) == (7_000, SettlementState.ACCEPTED)
    await signed_in.open(f"/loyalty/clubs/{club.id}/settlements")
    [row] = _rows(signed_in, "settlement-batches")
    assert (row["id"], row["beneficiary"], row["state"]) == (str(batch.id), "Merchant",
                                                              "Accepted")
    await signed_in.open(f"/loyalty/settlements/{batch.id}")
    await signed_in.should_see(marker="download-file")
    [share] = _rows(signed_in, "batch-shares")
    assert share["purchase"] == "41"


async def test_the_dashboard_draws_its_charts_in_persian(signed_in: User,
                                                         staff: StaffUser) -> None:
    club, _ = await _club_with_a_share()
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/loyalty/clubs/{club.id}/dashboard")
    await signed_in.should_see(marker="chart-credit")
    await signed_in.should_see(marker="top-merchants-empty")
    await signed_in.should_see(marker="statement-fees")
    chart = next(e for e in signed_in.current_layout.descendants()
                 if isinstance(e, ui.echart) and "chart-credit" in e._markers)
    assert len(chart.options["xAxis"]["data"]) == 30
    assert chart.options["xAxis"]["data"][-1].startswith("۱۴")  # a Jalali day
    assert chart.options["xAxis"]["inverse"] is True  # days run from the right


async def test_a_club_out_of_reach_is_not_found(signed_in: User) -> None:
    await signed_in.open("/loyalty/clubs/999999/settlements")
    await signed_in.should_see(marker="club-not-found")
