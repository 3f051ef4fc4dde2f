"""Referrals: a club's referral programme (its managers set it), a member's referral code and
link (the person in the app), the club's referrals and its referrers' results. Thin resolvers
over `models.loyalty.referrals`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry

from api.context import Context
from api.errors import InvalidInput, NotAllowedError, NotFoundError
from api.ids import optional_id, parse_id, required_id, to_id
from api.loyalty.clubs import READERS, WRITERS, actor
from api.permissions import requires
from api.scalars import Long
from models.errors import NotAllowed, NotFound
from models.loyalty import referrals
from models.loyalty.codes import RewardKind
from models.loyalty.referral_tables import Referral as ReferralRow
from models.loyalty.referrals import ReferralTerms


@strawberry.type(description="A club's referral programme: what a referrer earns on an "
                             "invitee's enrolment, first purchase and purchases.")
class ReferralSettings:
    enabled: bool
    reward_kind: RewardKind = strawberry.field(description="POINTS or CLUB_CREDIT.")
    enrolment_reward: Long = strawberry.field(description="To the direct referrer, in the "
                                                          "reward's unit (points or rials).")
    first_purchase_reward: Long = strawberry.field(description="To the direct referrer.")
    share_bp: list[int] = strawberry.field(
        description="Levels 1 to 3: each level's share of what an invitee pays in money, in "
                    "hundredths of a percent (points: that value at the club's point value).")
    period_days: int = strawberry.field(description="Shares are earned this many days after "
                                                    "the invitee enrolled.")
    cap: Long | None = strawberry.field(description="At most this much per (referrer, "
                                                    "invitee), in the reward's unit; null: "
                                                    "no cap.")

    @classmethod
    def from_terms(cls, terms: ReferralTerms) -> ReferralSettings:
        return cls(enabled=terms.enabled, reward_kind=terms.reward_kind,
                   enrolment_reward=Long(terms.enrolment_reward),
                   first_purchase_reward=Long(terms.first_purchase_reward),
                   share_bp=list(terms.share_bp), period_days=terms.period_days,
                   cap=Long(terms.cap) if terms.cap is not None else None)


@strawberry.input(description="A club's referral programme, whole.")
class ReferralSettingsInput:
    enabled: bool
    reward_kind: RewardKind = RewardKind.POINTS
    enrolment_reward: Long = Long(0)
    first_purchase_reward: Long = Long(0)
    share_bp: list[int] = strawberry.field(default_factory=list,
                                           description="Up to three levels; one level: [bp].")
    period_days: int = 0
    cap: Long | None = None


@strawberry.type
class ReferralSettingsSuccess:
    club_id: strawberry.ID
    settings: ReferralSettings


ReferralSettingsResult = Annotated[ReferralSettingsSuccess | InvalidInput | NotFoundError
                                   | NotAllowedError, strawberry.union("ReferralSettingsResult")]


@strawberry.type(description="The signed-in person's referral code in a club and the link "
                             "that invites with it.")
class MyReferralCode:
    club_id: strawberry.ID
    member_id: strawberry.ID
    code: str
    link: str


@strawberry.type(description="A referral: `referrer` is `level` steps above `invitee` (1: the "
                             "invitee enrolled with the referrer's code).")
class Referral:
    id: strawberry.ID
    club_id: strawberry.ID
    invitee_id: strawberry.ID
    invitee_name: str
    referrer_id: strawberry.ID
    referrer_name: str
    level: int
    reward_kind: RewardKind
    enrolled_at: datetime
    paid: Long = strawberry.field(description="What it earned the referrer, net of returns, in "
                                              "the reward's unit.")
    first_purchase_id: strawberry.ID | None

    @classmethod
    def from_row(cls, row: ReferralRow) -> Referral:
        invitee: Any = row.invitee
        referrer: Any = row.referrer
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), invitee_id=to_id(row.invitee_id),
                   invitee_name=invitee.customer.name, referrer_id=to_id(row.referrer_id),
                   referrer_name=referrer.customer.name, level=row.level,
                   reward_kind=RewardKind(row.reward_kind), enrolled_at=row.enrolled_at,
                   paid=Long(int(row.paid)), first_purchase_id=optional_id(row.first_purchase_id))


@strawberry.type(description="What one referrer's referrals earned them.")
class ReferrerResult:
    referrer_id: strawberry.ID
    reward_kind: RewardKind
    invitees: int = strawberry.field(description="Members who enrolled with their code.")
    network: int = strawberry.field(description="Invitees on every level (up to three).")
    earned: Long = strawberry.field(description="Net of returns, in the reward's unit.")


@strawberry.type(description="A club's referral results: totals and its best referrers.")
class ReferralResults:
    club_id: strawberry.ID
    invitees: int
    points: Long = strawberry.field(description="Paid to referrers in points, net.")
    credit: Long = strawberry.field(description="Paid to referrers in club credit (rials), net.")
    referrers: list[ReferrerResult]


@strawberry.type
class ReferralQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="A club's referral programme; null out of reach.")
    async def referral_settings(self, info: strawberry.Info[Context, None],
                                club_id: strawberry.ID) -> ReferralSettings | None:
        try:
            terms = await referrals.referral_settings(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return None
        return ReferralSettings.from_terms(terms)

    @strawberry.field(extensions=requires(customer=True),
                      description="The signed-in person's referral code in a club (made the "
                                  "first time) and its link; null if they are not a member.")
    async def my_referral_code(self, info: strawberry.Info[Context, None],
                               club_id: strawberry.ID) -> MyReferralCode | None:
        club = required_id(club_id, "clubId")
        mine = await referrals.my_referral_code(actor(info), club)
        if mine is None:
            return None
        member, code = mine
        return MyReferralCode(club_id=to_id(club), member_id=to_id(member.id), code=code,
                              link=referrals.referral_link(info.context.settings.public_url,
                                                           club, code))

    @strawberry.field(extensions=requires(**READERS),
                      description="A club's referrals in id order: the direct ones (level 1) "
                                  "by default, or one level's, or all (level null); one "
                                  "referrer's with referrerId.")
    async def referrals(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                        referrer_id: strawberry.ID | None = None, level: int | None = 1,
                        first: int = 50, after: strawberry.ID | None = None) -> list[Referral]:
        try:
            rows = await referrals.referrals_in(
                actor(info), required_id(club_id, "clubId"),
                referrer_id=parse_id(referrer_id, "referrerId"), level=level,
                limit=max(1, min(first, 200)), after_id=parse_id(after, "after"))
        except (NotFound, NotAllowed):
            return []
        return [Referral.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**READERS),
                      description="A club's referral results: totals and its `top` referrers "
                                  "by what they earned; null out of reach.")
    async def referral_results(self, info: strawberry.Info[Context, None],
                               club_id: strawberry.ID, top: int = 10) -> ReferralResults | None:
        try:
            found = await referrals.referral_results(actor(info), required_id(club_id, "clubId"),
                                                     top=max(1, min(top, 100)))
        except (NotFound, NotAllowed):
            return None
        return ReferralResults(
            club_id=club_id, invitees=found.invitees, points=Long(found.points),
            credit=Long(found.credit),
            referrers=[ReferrerResult(referrer_id=to_id(r.referrer_id), reward_kind=r.reward_kind,
                                      invitees=r.invitees, network=r.network, earned=Long(r.earned))
                       for r in found.referrers])


@strawberry.type
class ReferralMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Set a club's referral programme (its managers); it "
                                     "applies to rewards from now on.")
    async def set_referral_settings(self, info: strawberry.Info[Context, None],
                                    club_id: strawberry.ID,
                                    settings: ReferralSettingsInput) -> ReferralSettingsResult:
        terms = await referrals.set_referral_settings(
            actor(info), required_id(club_id, "clubId"), ReferralTerms(
                enabled=settings.enabled, reward_kind=settings.reward_kind,
                enrolment_reward=settings.enrolment_reward,
                first_purchase_reward=settings.first_purchase_reward,
                share_bp=tuple(settings.share_bp), period_days=settings.period_days,
                cap=settings.cap))
        return ReferralSettingsSuccess(club_id=club_id,
                                       settings=ReferralSettings.from_terms(terms))
