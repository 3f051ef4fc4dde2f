"""A club's tiers: its ladder and downgrade policy, a member's tier with their progress to the
next, a manager's change of it. Thin resolvers over `models.loyalty.tiers`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.context import Context
from api.errors import InvalidInput, NotAllowedError, NotFoundError
from api.ids import optional_id, parse_id, required_id, to_id
from api.loyalty.clubs import READERS, WRITERS, actor
from api.permissions import requires
from api.scalars import Long
from models.errors import NotAllowed, NotFound
from models.loyalty import tiers
from models.loyalty.tier_tables import Tier as TierRow
from models.loyalty.tier_tables import TierBasis, TierChangeReason
from models.loyalty.tier_tables import TierChange as TierChangeRow

strawberry.enum(TierBasis, description="What a tier's threshold counts over its window: points "
                                       "earned or rials spent, net of returns (never a "
                                       "balance).")
strawberry.enum(TierChangeReason, description="Why a member's tier changed.")


@strawberry.type(description="A rung of a club's ladder; rank 1 is the lowest.")
class Tier:
    id: strawberry.ID
    club_id: strawberry.ID
    rank: int
    name: str
    name_fa: str
    basis: TierBasis
    window_days: int | None = strawberry.field(description="30, 90 or 365; null: lifetime.")
    threshold: Long = strawberry.field(description="Rials spent or points earned in the "
                                                   "window to reach it.")
    points_multiplier_permille: int = strawberry.field(
        description="Its members' points from rules × this / 1000 (1000: as the rules give).")

    @classmethod
    def from_row(cls, row: TierRow) -> Tier:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), rank=row.rank, name=row.name,
                   name_fa=row.name_fa, basis=TierBasis(row.basis),
                   window_days=row.window_days, threshold=Long(row.threshold),
                   points_multiplier_permille=row.points_multiplier_permille)


@strawberry.input(description="A tier of a new ladder, lowest first: every tier counts the same "
                              "figure (basis and window) and thresholds rise strictly.")
class TierInput:
    id: strawberry.ID | None = strawberry.field(
        default=None, description="An existing tier to keep (its members stay); null: new.")
    name: str
    name_fa: str = ""
    basis: TierBasis = TierBasis.SPEND
    window_days: int | None = None
    threshold: Long
    points_multiplier_permille: int = 1000


@strawberry.type(description="When a club's members go down a tier.")
class TierPolicy:
    downgrade_after_days: int | None = strawberry.field(
        description="One tier down after this many days without a purchase (counted from the "
                    "last purchase or the last change); null: never.")
    grace_days: int = strawberry.field(description="No downgrade within this many days of a "
                                                   "change.")
    notice_days: int = strawberry.field(description="The member is emailed this many days "
                                                    "before a downgrade, once.")

    @classmethod
    def of(cls, policy: tiers.Policy) -> TierPolicy:
        return cls(downgrade_after_days=policy.downgrade_after_days,
                   grace_days=policy.grace_days, notice_days=policy.notice_days)


@strawberry.type(description="A change of a member's tier.")
class TierChange:
    from_tier_id: strawberry.ID | None
    to_tier_id: strawberry.ID | None
    reason: TierChangeReason
    purchase_id: strawberry.ID | None = strawberry.field(
        description="The purchase, or the returned purchase, that caused it.")
    at: datetime

    @classmethod
    def from_row(cls, row: TierChangeRow) -> TierChange:
        return cls(from_tier_id=optional_id(row.from_tier_id),
                   to_tier_id=optional_id(row.to_tier_id),
                   reason=TierChangeReason(row.reason), purchase_id=optional_id(row.purchase_id),
                   at=row.at)


@strawberry.type(description="A member's tier and their way to the next.")
class MemberTier:
    member_id: strawberry.ID
    club_id: strawberry.ID
    tier: Tier | None
    since: datetime | None
    next_tier: Tier | None
    figure: Long = strawberry.field(description="What the ladder counts, over its window, now.")
    needed: Long = strawberry.field(description="What is left to reach the next tier (0: the "
                                                "next purchase reaches it, or no next tier).")
    downgrade_due_at: datetime | None = strawberry.field(
        description="When inactivity takes them one tier down; null: never.")
    downgrade_noticed_at: datetime | None
    history: list[TierChange] = strawberry.field(description="The latest changes, newest "
                                                             "first.")

    @classmethod
    def of(cls, v: tiers.MemberTierView) -> MemberTier:
        return cls(member_id=to_id(v.member_id), club_id=to_id(v.club_id),
                   tier=Tier.from_row(v.tier) if v.tier else None, since=v.since,
                   next_tier=Tier.from_row(v.next_tier) if v.next_tier else None,
                   figure=Long(v.figure), needed=Long(v.needed),
                   downgrade_due_at=v.downgrade_due_at,
                   downgrade_noticed_at=v.downgrade_noticed_at,
                   history=[TierChange.from_row(c) for c in v.history])


@strawberry.type(description="How many of a club's members are in a tier (tier null: in none).")
class TierCount:
    tier: Tier | None
    members: int


async def tier_counts(club_id: int) -> list[TierCount]:
    return [TierCount(tier=Tier.from_row(c.tier) if c.tier else None, members=c.members)
            for c in await tiers.members_by_tier(club_id)]


@strawberry.type
class TierLadderSuccess:
    tiers: list[Tier]


@strawberry.type
class TierPolicySuccess:
    policy: TierPolicy


@strawberry.type
class MemberTierSuccess:
    member_tier: MemberTier


TierLadderResult = Annotated[TierLadderSuccess | InvalidInput | NotFoundError | NotAllowedError,
                             strawberry.union("TierLadderResult")]
TierPolicyResult = Annotated[TierPolicySuccess | InvalidInput | NotFoundError | NotAllowedError,
                             strawberry.union("TierPolicyResult")]
MemberTierResult = Annotated[MemberTierSuccess | InvalidInput | NotFoundError | NotAllowedError,
                             strawberry.union("MemberTierResult")]


def spec_of(given: TierInput) -> tiers.TierSpec:
    return tiers.TierSpec(name=given.name, name_fa=given.name_fa, basis=given.basis,
                          window_days=given.window_days, threshold=int(given.threshold),
                          points_multiplier_permille=given.points_multiplier_permille,
                          id=parse_id(given.id, "id"))


@strawberry.type
class TierQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="A club's ladder of tiers, lowest first; empty when out of "
                                  "reach.")
    async def tiers(self, info: strawberry.Info[Context, None],
                    club_id: strawberry.ID) -> list[Tier]:
        try:
            rows = await tiers.tiers_as(actor(info), required_id(club_id, "clubId"))
        except (NotFound, NotAllowed):
            return []
        return [Tier.from_row(r) for r in rows]

    @strawberry.field(extensions=requires(**READERS),
                      description="A club's downgrade policy; null when out of reach.")
    async def tier_policy(self, info: strawberry.Info[Context, None],
                          club_id: strawberry.ID) -> TierPolicy | None:
        try:
            return TierPolicy.of(await tiers.policy_as(actor(info),
                                                       required_id(club_id, "clubId")))
        except (NotFound, NotAllowed):
            return None

    @strawberry.field(extensions=requires(**READERS, customer=True),
                      description="A member's tier, progress to the next and latest changes, as "
                                  "`member(id)` reaches them (a person: their own); null "
                                  "otherwise.")
    async def member_tier(self, info: strawberry.Info[Context, None],
                          member_id: strawberry.ID) -> MemberTier | None:
        try:
            return MemberTier.of(await tiers.member_tier_view(
                actor(info), required_id(member_id, "memberId")))
        except NotFound:
            return None


@strawberry.type
class TierMutation:
    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Set a club's ladder, lowest first (its managers): tiers "
                                     "named by id are kept, those left out removed unless "
                                     "members are in them (tier_in_use).")
    async def set_tier_ladder(self, info: strawberry.Info[Context, None],
                              club_id: strawberry.ID,
                              tiers_: Annotated[list[TierInput],
                                                strawberry.argument(name="tiers")],
                              ) -> TierLadderResult:
        rows = await tiers.set_ladder(actor(info), required_id(club_id, "clubId"),
                                      [spec_of(t) for t in tiers_])
        return TierLadderSuccess(tiers=[Tier.from_row(r) for r in rows])

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Set when a club's members go down a tier (its managers).")
    async def set_tier_policy(self, info: strawberry.Info[Context, None],
                              club_id: strawberry.ID, downgrade_after_days: int | None,
                              grace_days: int = 0, notice_days: int = 0) -> TierPolicyResult:
        policy = await tiers.set_policy(actor(info), required_id(club_id, "clubId"),
                                        tiers.Policy(downgrade_after_days, grace_days,
                                                     notice_days))
        return TierPolicySuccess(policy=TierPolicy.of(policy))

    @strawberry.mutation(extensions=requires(**WRITERS),
                         description="Put a member in a tier of their club, or in none (tierId "
                                     "null), by a club manager; recorded as a manual change.")
    async def set_member_tier(self, info: strawberry.Info[Context, None],
                              member_id: strawberry.ID,
                              tier_id: strawberry.ID | None) -> MemberTierResult:
        member = required_id(member_id, "memberId")
        await tiers.set_member_tier(actor(info), member, parse_id(tier_id, "tierId"))
        return MemberTierSuccess(member_tier=MemberTier.of(
            await tiers.member_tier_view(actor(info), member)))
