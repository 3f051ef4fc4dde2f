"""The campaigns page and the event rules in the builder: a club's campaigns with their counts,
a campaign made from the form and scheduled from its button, the dashboard's campaign results,
and an event rule's trigger saved from the builder; all through GraphQL."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from nicegui import ui
from nicegui.testing import User

from admin_ui.pages.loyalty_rules import RuleState
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind
from models.loyalty.codes import CampaignChannel, CampaignStatus, RewardKind
from models.loyalty.events_tables import Campaign
from models.loyalty.tables import Club

T = TypeVar("T")
TEHRAN = ZoneInfo("Asia/Tehran")


@pytest.fixture
async def club(db: str) -> Club:
    owner = await create_partner("Baran Club", PartnerKind.CLUB_OWNER)
    return await Club.create(owner=owner, name="Baran", rewards=[str(k) for k in RewardKind])


def table_rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def eventually(probe: Callable[[], Awaitable[T | None]]) -> T | None:
    for _ in range(100):
        found = await probe()
        if found is not None:
            return found
        await asyncio.sleep(0.05)
    return None


async def test_a_campaign_made_on_the_page_is_a_draft_at_its_tehran_time(signed_in: User,
                                                                          club: Club) -> None:
    await signed_in.open(f"/loyalty/clubs/{club.id}/campaigns")
    await signed_in.should_see(marker="campaigns-empty")
    signed_in.find(marker="campaign-name").type("Yalda")
    signed_in.find(marker="campaign-day").type("2026-12-21")
    signed_in.find(marker="campaign-time").clear().type("18:30")
    signed_in.find(marker="campaign-text-fa").type("{name} عزیز، یلدا مبارک")
    signed_in.find(marker="create-campaign").click()
    campaign = await eventually(lambda: Campaign.get_or_none(club_id=club.id))
    assert campaign is not None
    assert (campaign.name, campaign.status, campaign.channel) == (
        "Yalda", CampaignStatus.DRAFT, CampaignChannel.SMS)
    assert campaign.send_at == datetime(2026, 12, 21, 18, 30, tzinfo=TEHRAN)


async def test_the_list_shows_counts_and_schedules_a_draft(signed_in: User, club: Club) -> None:
    campaign = await Campaign.create(club_id=club.id, name="Nowruz", channel="sms",
                                     text_fa="نوروز", send_at=datetime(2027, 3, 20, tzinfo=TEHRAN))
    await signed_in.open(f"/loyalty/clubs/{club.id}/campaigns")
    [row] = table_rows(signed_in, "campaigns")
    assert (row["name"], row["status"], row["sent"]) == ("Nowruz", "Draft", "0")
    signed_in.find(marker=f"scheduled-{campaign.id}").click()

    async def scheduled() -> Campaign | None:
        found = await Campaign.get(id=campaign.id)
        return found if found.status is CampaignStatus.SCHEDULED else None

    assert await eventually(scheduled) is not None


async def test_the_dashboard_shows_campaign_results(signed_in: User, club: Club) -> None:
    await signed_in.open(f"/loyalty/clubs/{club.id}/dashboard")
    await signed_in.should_see(marker="campaign-results-sent", content="0 sent")


def test_the_builders_event_trigger_goes_to_the_api() -> None:
    state = RuleState(name="Birthday", trigger="INACTIVITY", trigger_param=30, frequency="YEAR",
                      frequency_limit=2)
    sent = state.to_input(TEHRAN)
    assert (sent["trigger"], sent["triggerParam"], sent["frequency"], sent["frequencyLimit"]) == (
        "INACTIVITY", 30, "YEAR", 2)
    assert RuleState(name="Plain").to_input(TEHRAN)["trigger"] == "PURCHASE"
    assert "frequency" not in RuleState(name="Plain").to_input(TEHRAN)
