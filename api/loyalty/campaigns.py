"""A club's campaigns (a message to a segment at a time, with its delivery counts) and members'
profiles (birth date, gender: what the event rules read): thin resolvers over
`models.loyalty.campaigns` and `profiles`. Out of reach reads as absent: `campaign_not_found`,
`member_not_found`, an empty list or null."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import strawberry
from strawberry.types.unset import UNSET

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.ids import optional_id, parse_id, required_id, to_id
from api.loyalty.clubs import READERS, WRITERS, actor
from api.loyalty.types import Member
from api.permissions import requires
from models.errors import NotAllowed, NotFound
from models.loyalty import campaigns, profiles
from models.loyalty.campaigns import CampaignDraft, DeliveryCounts
from models.loyalty.codes import CampaignChannel, CampaignStatus
from models.loyalty.events_tables import Campaign as CampaignRow

strawberry.enum(CampaignStatus, name="LoyaltyCampaignStatus",
                description="draft (changed freely) → scheduled → sending → sent; a draft or "
                            "scheduled campaign can be cancelled.")
strawberry.enum(CampaignChannel, name="LoyaltyCampaignChannel")


@strawberry.type(name="LoyaltyDeliveryCounts",
                 description="What became of messages: queued (not yet sent), sent, failed "
                             "(refused, given up, or no address).")
class DeliveryCountsType:
    queued: int
    sent: int
    failed: int

    @classmethod
    def of(cls, counts: DeliveryCounts) -> DeliveryCountsType:
        return cls(queued=counts.queued, sent=counts.sent, failed=counts.failed)


@strawberry.type(name="LoyaltyCampaign",
                 description="A club's message to a segment's members (every member without a "
                             "segment) at sendAt; {name} in its text is the member's name.")
class Campaign:
    id: strawberry.ID
    club_id: strawberry.ID
    name: str
    segment_id: strawberry.ID | None
    channel: CampaignChannel
    text_fa: str
    text_en: str
    send_at: datetime
    status: CampaignStatus
    created_by: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    row: strawberry.Private[CampaignRow]

    @classmethod
    def from_row(cls, row: CampaignRow) -> Campaign:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), name=row.name,
                   segment_id=optional_id(row.segment_id), channel=row.channel,
                   text_fa=row.text_fa, text_en=row.text_en, send_at=row.send_at,
                   status=row.status, created_by=row.created_by, created_at=row.created_at,
                   started_at=row.started_at, finished_at=row.finished_at, row=row)

    @strawberry.field(description="Its messages so far, by what became of them.")
    async def counts(self) -> DeliveryCountsType:
        return DeliveryCountsType.of(await campaigns.delivery_counts(self.row))


@strawberry.input(name="LoyaltyCampaignInput", description="A campaign, stated whole.")
class CampaignInput:
    name: str
    channel: CampaignChannel
    text_fa: str = strawberry.field(description="Persian text; {name}: the member's name.")
    send_at: datetime
    text_en: str = strawberry.field(default="", description="English text, for members who "
                                                            "read English (else the Persian).")
    segment_id: strawberry.ID | None = strawberry.field(
        default=None, description="The club's segment; null: every member.")

    def to_draft(self) -> CampaignDraft:
        return CampaignDraft(name=self.name, channel=self.channel, text_fa=self.text_fa,
                             send_at=self.send_at, text_en=self.text_en,
                             segment_id=parse_id(self.segment_id, "segmentId"))


@strawberry.input(name="LoyaltyMemberProfileInput",
                  description="A member's profile; only the fields given change (null clears).")
class MemberProfileInput:
    birth_date: date | None = strawberry.field(default=UNSET)
    gender: str | None = strawberry.field(default=UNSET, description="female or male.")

    def to_change(self) -> profiles.ProfileChange:
        values: dict[str, Any] = {}
        if self.birth_date is not UNSET:
            values["birth_date"] = self.birth_date
        if self.gender is not UNSET:
            values["gender"] = self.gender or ""
        return profiles.ProfileChange(given=frozenset(values), **values)


@strawberry.type(name="LoyaltyCampaignSuccess")
class CampaignSuccess:
    campaign: Campaign


@strawberry.type(name="LoyaltyMemberProfileSuccess")
class MemberProfileSuccess:
    member: Member


CampaignResult = Annotated[CampaignSuccess | InvalidInput | NotFoundError | ConflictError
                           | NotAllowedError, strawberry.union("LoyaltyCampaignResult")]
MemberProfileResult = Annotated[MemberProfileSuccess | InvalidInput | NotFoundError
                                | NotAllowedError, strawberry.union("LoyaltyMemberProfileResult")]


@strawberry.type
class CampaignQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="A club's campaigns, newest first; empty for a club out of "
                                  "reach.")
    async def campaigns(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                        first: int = 50,
                        before: strawberry.ID | None = None) -> list[Campaign]:
        try:
            rows = await campaigns.club_campaigns(
                actor(info), required_id(club_id, "clubId"), limit=max(1, min(first, 200)),
                before_id=parse_id(before, "before"))
        except (NotFound, NotAllowed):
            return []
        return [Campaign.from_row(row) for row in rows]

    @strawberry.field(extensions=requires(**READERS),
                      description="A campaign with its delivery counts; null out of reach.")
    async def campaign(self, info: strawberry.Info[Context, None],
                       id: strawberry.ID) -> Campaign | None:
        try:
            return Campaign.from_row(await campaigns.campaign_in_reach(actor(info),
                                                                       required_id(id, "id")))
        except NotFound:
            return None


@strawberry.type
class CampaignMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="A draft campaign (the club's owner or managers); "
                                     "schedule it with setCampaignStatus.")
    async def create_campaign(self, info: strawberry.Info[Context, None],
                              club_id: strawberry.ID, input: CampaignInput) -> CampaignResult:
        row = await campaigns.create_campaign(actor(info), required_id(club_id, "clubId"),
                                              input.to_draft())
        return CampaignSuccess(campaign=Campaign.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS), description="Change a draft campaign.")
    async def update_campaign(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                              input: CampaignInput) -> CampaignResult:
        row = await campaigns.update_campaign(actor(info), required_id(id, "id"),
                                              input.to_draft())
        return CampaignSuccess(campaign=Campaign.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Schedule a draft (sent at its sendAt), take a scheduled "
                                     "one back to draft, or cancel either.")
    async def set_campaign_status(self, info: strawberry.Info[Context, None], id: strawberry.ID,
                                  status: CampaignStatus) -> CampaignResult:
        row = await campaigns.set_campaign_status(actor(info), required_id(id, "id"), status)
        return CampaignSuccess(campaign=Campaign.from_row(row))

    @strawberry.mutation(extensions=requires(**WRITERS, customer=True),
                         description="Set a member's birth date and gender (the member "
                                     "themselves, or the club's operators and above); a "
                                     "profile with a name, birth date and gender is complete, "
                                     "which the profile_complete event rules give for, once.")
    async def update_member_profile(self, info: strawberry.Info[Context, None],
                                    member_id: strawberry.ID,
                                    input: MemberProfileInput) -> MemberProfileResult:
        row = await profiles.update_profile(actor(info), required_id(member_id, "memberId"),
                                            input.to_change())
        await row.fetch_related("customer__person")
        return MemberProfileSuccess(member=Member.from_row(row))
