"""The event rules' and campaigns' actors: the daily job as of a given moment, and the campaign
sender with the configured SMS adapter (the local catcher in tests), each safe to run twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from models.loyalty.codes import CampaignChannel, CampaignStatus, Trigger
from models.loyalty.events_tables import Campaign
from models.loyalty.tables import Club
from models.notify.tables import CaughtSms
from tests.actors import body_of
from tests.loyalty.events.conftest import MakeMember, event_rule, points, points_of
from workers.actors.loyalty_events import run_loyalty_daily, send_loyalty_campaigns


async def test_the_daily_actor_gives_birthdays_once(actor_services: None, club: Club,
                                                    make_member: MakeMember,
                                                    clean_ledger: None) -> None:
    await event_rule(club, Trigger.BIRTHDAY, points(100), frequency="year")
    member = await make_member(birth_date=date(1990, 12, 5))
    for _ in range(2):
        await body_of(run_loyalty_daily)(now="2026-12-05T08:00:00+03:30")
    assert await points_of(member) == 100


async def test_the_campaign_actor_sends_a_due_campaign_once(actor_services: None, club: Club,
                                                            make_member: MakeMember) -> None:
    member = await make_member()
    await Campaign.create(club_id=club.id, name="Now", channel=CampaignChannel.SMS,
                          text_fa="سلام {name}", send_at=datetime.now(UTC) - timedelta(minutes=1),
                          status=CampaignStatus.SCHEDULED)
    for _ in range(2):
        await body_of(send_loyalty_campaigns)()
    customer = await member.customer
    await customer.fetch_related("person")
    texts = [row.text for row in await CaughtSms.filter(mobile=customer.person.mobile)]
    assert texts == [f"سلام {customer.name}"]
    assert (await Campaign.get(club_id=club.id)).status is CampaignStatus.SENT
