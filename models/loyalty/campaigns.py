"""Campaigns: a message a club sends, by SMS or email through the notify domain, to the members of
a segment (or to every member) at a time. `{name}` in its text is the member's name; a member
reads the Persian or the English text by their language (the Persian one when there is no
English one).

A campaign is a `draft` (changed freely) until it is `scheduled`; at `send_at` the periodic
sender (`send_due`) claims it (`sending`), sends one message per member and marks it `sent`; a
draft or scheduled campaign can be `cancelled`. Each message is recorded before it is sent, once
per (campaign, member) (`CampaignMessage`'s unique key), so a send that stopped half-way and
runs again, or two senders at once, tell nobody twice: an SMS is sent after its row commits
(a crash between the two loses that member's message rather than sending it twice); an email is
queued with notify in the row's transaction, under the key `loyalty:campaign:<id>:<member>`.
Delivery counts are the messages' outcomes: an SMS's from the provider's answer, an email's from
notify's status of it (`queued` until sent, `failed` when notify gave up or the member has no
email address)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.callers import Identity
from models.identity.tables import Customer
from models.loyalty.codes import CampaignChannel, CampaignStatus, ClubRole, MessageOutcome
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.events_tables import Campaign, CampaignMessage
from models.loyalty.segments import get_segment, segment_member_ids
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club, Member
from models.notify.mail import outcomes, queue_email
from models.notify.sms import SmsNotSent, SmsSender
from models.notify.tables import MessageStatus

log = logging.getLogger(__name__)

MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 1_000
SEND_BATCH = 200
EMAIL_TEMPLATE = "loyalty_campaign"
NAME_FIELD = "{name}"


class CampaignNotFound(NotFound):
    code = LoyaltyErrorCode.CAMPAIGN_NOT_FOUND


class InvalidCampaign(ValidationFailed):
    code = LoyaltyErrorCode.INVALID_CAMPAIGN


class CampaignNotEditable(Conflict):
    """The campaign has moved on from where the change is possible (sent, cancelled, ...)."""

    code = LoyaltyErrorCode.CAMPAIGN_NOT_EDITABLE


@dataclass(frozen=True, slots=True)
class CampaignDraft:
    name: str
    channel: CampaignChannel
    text_fa: str
    send_at: datetime
    text_en: str = ""
    segment_id: int | None = None


@dataclass(frozen=True, slots=True)
class DeliveryCounts:
    """What became of a campaign's messages so far."""

    queued: int = 0
    sent: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.queued + self.sent + self.failed


def check_draft(draft: CampaignDraft) -> CampaignDraft:
    name = draft.name.strip()
    if not name or len(name) > MAX_NAME_CHARS:
        raise InvalidCampaign(message=f"a name of 1 to {MAX_NAME_CHARS} characters",
                              field="name")
    if not draft.text_fa.strip() or len(draft.text_fa) > MAX_TEXT_CHARS:
        raise InvalidCampaign(message=f"a Persian text of 1 to {MAX_TEXT_CHARS} characters",
                              field="textFa")
    if len(draft.text_en) > MAX_TEXT_CHARS:
        raise InvalidCampaign(message=f"an English text of at most {MAX_TEXT_CHARS} characters",
                              field="textEn")
    if draft.send_at.tzinfo is None:
        raise InvalidCampaign(message="send_at names its timezone", field="sendAt")
    if draft.segment_id is not None and draft.segment_id <= 0:
        raise InvalidCampaign(message="a segment's id, or none for every member",
                              field="segmentId")
    return CampaignDraft(name=name, channel=CampaignChannel(draft.channel),
                         text_fa=draft.text_fa.strip(), send_at=draft.send_at,
                         text_en=draft.text_en.strip(), segment_id=draft.segment_id)


async def create_campaign(actor: Identity, club_id: int, draft: CampaignDraft) -> Campaign:
    """A draft campaign of the club (its owner and managers)."""
    club = await club_for(actor, club_id, ClubRole.MANAGER)
    checked = check_draft(draft)
    if checked.segment_id is not None:
        await get_segment(club.id, checked.segment_id)
    return await Campaign.create(
        club_id=club.id, name=checked.name, channel=checked.channel, text_fa=checked.text_fa,
        text_en=checked.text_en, send_at=checked.send_at, segment_id=checked.segment_id,
        created_by=actor.actor[:64])


async def campaign_in_reach(actor: Identity, campaign_id: int,
                            need: ClubRole = ClubRole.VIEWER) -> Campaign:
    """The campaign, if the caller reaches its club with `need`; else `campaign_not_found`."""
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None:
        raise CampaignNotFound(message=f"no campaign {campaign_id}", field="id")
    try:
        await club_for(actor, campaign.club_id, need)
    except NotFound:
        raise CampaignNotFound(message=f"no campaign {campaign_id}", field="id") from None
    return campaign


async def _locked(campaign: Campaign) -> Campaign:
    return await Campaign.filter(club_id=campaign.club_id, id=campaign.id) \
        .select_for_update().get()


async def update_campaign(actor: Identity, campaign_id: int, draft: CampaignDraft) -> Campaign:
    """Change a draft campaign."""
    found = await campaign_in_reach(actor, campaign_id, ClubRole.MANAGER)
    checked = check_draft(draft)
    if checked.segment_id is not None:
        await get_segment(found.club_id, checked.segment_id)
    async with in_transaction():
        campaign = await _locked(found)
        if campaign.status is not CampaignStatus.DRAFT:
            raise CampaignNotEditable(message=f"campaign {campaign_id} is {campaign.status}",
                                      field="id")
        campaign.name, campaign.channel = checked.name, checked.channel
        campaign.text_fa, campaign.text_en = checked.text_fa, checked.text_en
        campaign.send_at, campaign.segment_id = checked.send_at, checked.segment_id
        await campaign.save(update_fields=["name", "channel", "text_fa", "text_en", "send_at",
                                           "segment_id"])
    return campaign


_MOVES = {
    CampaignStatus.SCHEDULED: frozenset({CampaignStatus.DRAFT}),
    CampaignStatus.CANCELLED: frozenset({CampaignStatus.DRAFT, CampaignStatus.SCHEDULED}),
    CampaignStatus.DRAFT: frozenset({CampaignStatus.SCHEDULED}),  # unscheduled to edit again
}


async def set_campaign_status(actor: Identity, campaign_id: int,
                              status: CampaignStatus) -> Campaign:
    """Schedule a draft, take a scheduled campaign back to draft, or cancel either; asking for
    the status it has changes nothing."""
    found = await campaign_in_reach(actor, campaign_id, ClubRole.MANAGER)
    async with in_transaction():
        campaign = await _locked(found)
        if campaign.status is status:
            return campaign
        if campaign.status not in _MOVES.get(status, frozenset()):
            raise CampaignNotEditable(message=f"a {campaign.status} campaign cannot become "
                                              f"{status}", field="status")
        campaign.status = status
        await campaign.save(update_fields=["status"])
    return campaign


async def club_campaigns(actor: Identity, club_id: int, *, limit: int = 100,
                         before_id: int | None = None) -> list[Campaign]:
    """The club's campaigns, newest first."""
    club = await club_for(actor, club_id, ClubRole.VIEWER)
    query = Campaign.filter(club_id=club.id)
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    return await query.order_by("-id").limit(limit)


async def delivery_counts(campaign: Campaign) -> DeliveryCounts:
    """The campaign's messages by outcome; an email's is notify's status of it."""
    rows = await CampaignMessage.filter(club_id=campaign.club_id, campaign_id=campaign.id) \
        .values_list("outcome", "email_message_id")
    emailed = [int(email_id) for outcome, email_id in rows
               if email_id is not None and outcome == MessageOutcome.QUEUED]
    statuses = await outcomes(emailed)
    counts = {MessageOutcome.QUEUED: 0, MessageOutcome.SENT: 0, MessageOutcome.FAILED: 0}
    for outcome, email_id in rows:
        found = MessageOutcome(outcome)
        if email_id is not None and found is MessageOutcome.QUEUED:
            found = _email_outcome(statuses.get(int(email_id)))
        counts[found] += 1
    return DeliveryCounts(queued=counts[MessageOutcome.QUEUED], sent=counts[MessageOutcome.SENT],
                          failed=counts[MessageOutcome.FAILED])


def _email_outcome(status: MessageStatus | None) -> MessageOutcome:
    if status is MessageStatus.SENT:
        return MessageOutcome.SENT
    if status in (MessageStatus.FAILED, MessageStatus.SKIPPED):
        return MessageOutcome.FAILED
    return MessageOutcome.QUEUED


async def club_results(club_id: int) -> DeliveryCounts:
    """Every campaign of the club's messages by outcome (the club's dashboard)."""
    total = DeliveryCounts()
    for campaign in await Campaign.filter(club_id=club_id).exclude(
            status__in=[CampaignStatus.DRAFT, CampaignStatus.CANCELLED]).order_by("id"):
        counts = await delivery_counts(campaign)
        total = DeliveryCounts(total.queued + counts.queued, total.sent + counts.sent,
                               total.failed + counts.failed)
    return total


async def audience(club_id: int, segment_id: int | None, at: datetime, *, after: int | None,
                   first: int) -> list[int]:
    """The ids of the members a campaign is for as of `at`, ascending, a page at a time (the
    ids above `after`, at most `first`): the segment's, or every member's."""
    if segment_id is not None:
        return await segment_member_ids(club_id, segment_id, at, after=after, first=first)
    query = Member.filter(club_id=club_id)
    if after is not None:
        query = query.filter(id__gt=after)
    return [int(row["id"]) for row in await query.order_by("id").limit(first).values("id")]


def personal_text(campaign: Campaign, customer: Customer) -> str:
    """The campaign's text in the member's language, with their name."""
    text = campaign.text_en if customer.language == "en" and campaign.text_en \
        else campaign.text_fa
    return text.replace(NAME_FIELD, customer.name.strip())


async def due_campaigns(now: datetime | None = None) -> list[int]:
    """Scheduled campaigns whose time came, and those left sending (a sender stopped)."""
    at = now_or(now)
    due = await Campaign.filter(status=CampaignStatus.SCHEDULED, send_at__lte=at) \
        .order_by("send_at", "id").values("id")
    stuck = await Campaign.filter(status=CampaignStatus.SENDING).order_by("id").values("id")
    return [int(row["id"]) for row in (*due, *stuck)]


async def send_campaign(campaign_id: int, sms: SmsSender, *,
                        now: datetime | None = None) -> DeliveryCounts | None:
    """Send a due campaign to its members not told yet; answers its counts, or None when it is
    not due (not scheduled, cancelled, sent, or its time not come)."""
    at = now_or(now)
    found = await Campaign.get_or_none(id=campaign_id)
    if found is None:
        return None
    async with in_transaction():
        campaign = await _locked(found)
        if campaign.status is CampaignStatus.SCHEDULED and campaign.send_at <= at:
            campaign.status, campaign.started_at = CampaignStatus.SENDING, at
            await campaign.save(update_fields=["status", "started_at"])
        elif campaign.status is not CampaignStatus.SENDING:
            return None
    club = await Club.get(id=campaign.club_id)
    after: int | None = None
    while batch := await audience(club.id, campaign.segment_id, at, after=after,
                                  first=SEND_BATCH):
        told = {int(row["member_id"]) for row in await CampaignMessage.filter(
            club_id=club.id, campaign_id=campaign.id, member_id__in=batch).values("member_id")}
        for member_id in batch:
            if member_id not in told:
                await _tell(campaign, member_id, sms)
        after = batch[-1]
    async with in_transaction():
        campaign = await _locked(campaign)
        if campaign.status is CampaignStatus.SENDING:
            campaign.status, campaign.finished_at = CampaignStatus.SENT, now_or(None)
            await campaign.save(update_fields=["status", "finished_at"])
    return await delivery_counts(campaign)


async def _tell(campaign: Campaign, member_id: int, sms: SmsSender) -> None:
    """One member's message, recorded first: a member with a row is never told again."""
    member = await Member.get(club_id=campaign.club_id, id=member_id)
    customer = await Customer.get(id=member.customer_id).prefetch_related("person")
    text = personal_text(campaign, customer)
    try:
        async with in_transaction():
            row = await CampaignMessage.create(club_id=campaign.club_id,
                                               campaign_id=campaign.id, member_id=member_id)
            if campaign.channel is CampaignChannel.EMAIL:
                email = await queue_email(
                    customer_id=customer.id, template=EMAIL_TEMPLATE,
                    params={"campaign_subject": campaign.name, "campaign_text": text},
                    key=f"loyalty:campaign:{campaign.id}:{member_id}")
                row.email_message_id = email.id
                await row.save(update_fields=["email_message_id"])
    except IntegrityError:  # another sender recorded this member's message first
        return
    if campaign.channel is CampaignChannel.EMAIL:
        return
    try:
        await sms.send(customer.person.mobile, text, local_id=row.id)
    except SmsNotSent as error:
        row.outcome, row.error = MessageOutcome.FAILED, str(error)[:300]
    else:
        row.outcome = MessageOutcome.SENT
    await row.save(update_fields=["outcome", "error"])
