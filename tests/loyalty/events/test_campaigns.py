"""Campaigns: a club's message sent at its time to a segment's members (every member without
one), once per member however often the sender runs, with delivery counts."""

from __future__ import annotations

from typing import Any

import pytest

from models.errors import NotFound
from models.identity.callers import CallerKind, Identity
from models.identity.tables import Language, PartnerKind, StaffRole
from models.loyalty.campaigns import (
    CampaignDraft,
    CampaignNotEditable,
    DeliveryCounts,
    InvalidCampaign,
    club_results,
    create_campaign,
    delivery_counts,
    due_campaigns,
    send_campaign,
    set_campaign_status,
)
from models.loyalty.codes import CampaignChannel, CampaignStatus
from models.loyalty.events_tables import Campaign, CampaignMessage
from models.loyalty.segments import create_segment
from models.loyalty.stats_tables import MemberStats
from models.loyalty.tables import Club
from models.notify.tables import EmailMessage, MessageStatus
from tests.loyalty.events.conftest import STAFF, MakeMember, Texts, tehran

SEND_AT = tehran("2026-12-05 10:00")


def draft(**given: Any) -> CampaignDraft:
    base: dict[str, Any] = {"name": "Yalda", "channel": CampaignChannel.SMS,
                            "text_fa": "{name} عزیز، یلدا مبارک",
                            "text_en": "Happy Yalda, {name}", "send_at": SEND_AT}
    return CampaignDraft(**(base | given))


async def scheduled(club: Club, **given: Any) -> Campaign:
    campaign = await create_campaign(STAFF, club.id, draft(**given))
    return await set_campaign_status(STAFF, campaign.id, CampaignStatus.SCHEDULED)


async def test_a_campaign_is_sent_to_every_member_in_their_language(
        club: Club, make_member: MakeMember, texts: Texts) -> None:
    # given: two members, one reading English, and a scheduled SMS campaign
    fa = await make_member(name="Sara")
    en = await make_member(name="John", language=Language.EN)
    campaign = await scheduled(club)
    # when: the sender runs at its time
    counts = await send_campaign(campaign.id, texts, now=SEND_AT)
    # then: one message each, with their name, and the campaign is sent
    assert counts == DeliveryCounts(sent=2)
    assert sorted(text for _, text in texts.sent) == ["Happy Yalda, John 2",
                                                      "Sara 1 عزیز، یلدا مبارک"]
    assert (await Campaign.get(id=campaign.id)).status is CampaignStatus.SENT
    assert {fa.id, en.id} == set(await CampaignMessage.filter(campaign_id=campaign.id)
                                 .values_list("member_id", flat=True))


async def test_a_campaign_is_sent_to_a_segment(club: Club, make_member: MakeMember,
                                               texts: Texts) -> None:
    # given: a segment of the members who bought at least once, one member in it
    buyer = await make_member(name="Buyer")
    await make_member(name="Browser")
    await MemberStats.create(club_id=club.id, member_id=buyer.id, purchases=1, spend=10_000,
                             first_purchase_at=tehran("2026-11-01 10:00"),
                             last_purchase_at=tehran("2026-11-01 10:00"))
    buyers = await create_segment(club, "Buyers", {"all": [
        {"field": "purchases_lifetime", "op": "gte", "value": 1}]})
    campaign = await scheduled(club, segment_id=buyers.id)
    # when: it is sent
    counts = await send_campaign(campaign.id, texts, now=SEND_AT)
    # then: only the segment's member was told
    assert counts == DeliveryCounts(sent=1)
    assert [text for _, text in texts.sent] == ["Buyer 1 عزیز، یلدا مبارک"]
    assert await CampaignMessage.filter(campaign_id=campaign.id).values_list(
        "member_id", flat=True) == [buyer.id]


async def test_a_campaign_for_an_unknown_segment_is_refused(club: Club) -> None:
    with pytest.raises(NotFound) as refused:
        await create_campaign(STAFF, club.id, draft(segment_id=999_999))
    assert refused.value.code == "segment_not_found"


async def test_a_campaign_is_not_sent_before_its_time(club: Club, make_member: MakeMember,
                                                      texts: Texts) -> None:
    await make_member()
    campaign = await scheduled(club)
    assert await due_campaigns(tehran("2026-12-05 09:59")) == []
    assert await send_campaign(campaign.id, texts, now=tehran("2026-12-05 09:59")) is None
    assert texts.sent == []
    assert await due_campaigns(SEND_AT) == [campaign.id]


async def test_a_sender_that_stopped_half_way_tells_nobody_twice(
        club: Club, make_member: MakeMember, texts: Texts) -> None:
    # given: a campaign a sender stopped after recording its message to the first member
    first = await make_member()
    await make_member()
    campaign = await scheduled(club)
    await Campaign.filter(id=campaign.id).update(status=CampaignStatus.SENDING)
    await CampaignMessage.create(club_id=club.id, campaign_id=campaign.id, member_id=first.id)
    # when: the sender resumes it, and runs again
    assert await due_campaigns(SEND_AT) == [campaign.id]
    await send_campaign(campaign.id, texts, now=SEND_AT)
    await send_campaign(campaign.id, texts, now=SEND_AT)
    # then: only the second member was texted now; the first stays as it was recorded
    assert len(texts.sent) == 1
    assert await delivery_counts(await Campaign.get(id=campaign.id)) == DeliveryCounts(
        queued=1, sent=1)


async def test_a_refused_text_is_counted_failed(club: Club, make_member: MakeMember,
                                                texts: Texts) -> None:
    await make_member()
    texts.refuse.add("09120000001")
    campaign = await scheduled(club)
    assert await send_campaign(campaign.id, texts, now=SEND_AT) == DeliveryCounts(failed=1)


async def test_an_email_campaign_counts_what_notify_did(club: Club, make_member: MakeMember,
                                                        texts: Texts) -> None:
    # given: an email campaign to a member with an address and one without
    with_email = await make_member(email="sara@example.com")
    await make_member()
    campaign = await scheduled(club, channel=CampaignChannel.EMAIL)
    # when: it is sent, and notify then sends the queued email
    assert await send_campaign(campaign.id, texts, now=SEND_AT) == DeliveryCounts(queued=1,
                                                                                  failed=1)
    email = await EmailMessage.get(key=f"loyalty:campaign:{campaign.id}:{with_email.id}")
    await EmailMessage.filter(id=email.id).update(status=MessageStatus.SENT)
    # then: the counts follow notify's outcome; nothing went by SMS
    assert await delivery_counts(campaign) == DeliveryCounts(sent=1, failed=1)
    assert await club_results(club.id) == DeliveryCounts(sent=1, failed=1)
    assert email.subject == "Yalda" and "Sara 1" in email.body
    assert texts.sent == []


async def test_a_cancelled_campaign_is_not_sent(club: Club, make_member: MakeMember,
                                                texts: Texts) -> None:
    await make_member()
    campaign = await scheduled(club)
    await set_campaign_status(STAFF, campaign.id, CampaignStatus.CANCELLED)
    assert await send_campaign(campaign.id, texts, now=SEND_AT) is None
    assert texts.sent == []
    with pytest.raises(CampaignNotEditable):
        await set_campaign_status(STAFF, campaign.id, CampaignStatus.SCHEDULED)


async def test_a_campaign_without_persian_text_is_refused(club: Club) -> None:
    with pytest.raises(InvalidCampaign) as refused:
        await create_campaign(STAFF, club.id, draft(text_fa=" "))
    assert refused.value.field == "textFa"


async def test_another_clubs_staff_cannot_reach_a_campaign(club: Club, make_partner: Any) -> None:
    campaign = await create_campaign(STAFF, club.id, draft())
    other = await make_partner("Other club", PartnerKind.CLUB_OWNER)
    stranger = Identity(kind=CallerKind.PARTNER_STAFF, name="other", staff_id=99,
                        partner_id=other.id, role=StaffRole.OWNER)
    with pytest.raises(NotFound):
        await set_campaign_status(stranger, campaign.id, CampaignStatus.SCHEDULED)
    with pytest.raises(NotFound):
        await create_campaign(stranger, club.id, draft())
