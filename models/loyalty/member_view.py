"""What a person sees of their clubs in their own session: each membership with its lots (kind,
scope, expiry, what each holds), points and entries, what they owe after returns, and their
purchases with what each earned.

Points owed after a return (the member debt on POINT) show as a negative points balance when the
club allows negative points; otherwise the balance is what the lots hold and the debt shows apart
(the next rewards repay it first either way)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q

from models.clock import now_or
from models.identity.callers import Identity
from models.ledger.tables import Account
from models.lots.lots import available
from models.lots.tables import Lot, LotKind, ScopeKind
from models.loyalty.accounts import POINT, member_subject
from models.loyalty.codes import AccountPurpose
from models.loyalty.legs import holder
from models.loyalty.members import members_of_person
from models.loyalty.tables import Club, LoyaltyAccount, Member, Purchase


@dataclass(frozen=True, slots=True)
class LotView:
    lot_id: int
    kind: LotKind
    scope_kind: ScopeKind
    scope_id: int | None
    expires_at: datetime | None
    available: int
    expired: bool


@dataclass(frozen=True, slots=True)
class MembershipView:
    member_id: int
    club_id: int
    club_name: str
    card_number: str
    credit: int  # rials of credit in unexpired lots
    points: int  # negative when the club allows it and points are owed
    entries: int
    owed: dict[str, int]  # what the member owes back per ledger after returns
    lots: list[LotView]


async def _owed(club_id: int, member_id: int) -> dict[str, int]:
    rows = await LoyaltyAccount.filter(
        Q(subject=member_subject(member_id))
        | Q(subject__startswith=f"{member_subject(member_id)}:"),
        club_id=club_id, purpose=AccountPurpose.MEMBER_DEBT)  # one per funder
    accounts = {a.id: a for a in await Account.filter(id__in=[r.account_id for r in rows])}
    owed: dict[str, int] = {}
    for row in rows:
        a = accounts[row.account_id]
        if a.debits_posted > a.credits_posted:
            owed[row.ledger] = owed.get(row.ledger, 0) + int(a.debits_posted - a.credits_posted)
    return owed


async def membership_view(member: Member, *, now: datetime | None = None) -> MembershipView:
    """One membership as its person sees it."""
    moment = now_or(now)
    club = await Club.get(id=member.club_id)
    lots = await Lot.filter(holder=holder(member.id), club_id=club.id) \
        .select_related("account").order_by("expires_at", "id")
    views = [LotView(lot.id, lot.kind, lot.scope_kind, lot.scope_id, lot.expires_at,
                     available(lot.account),
                     lot.expired_at is not None or (lot.expires_at is not None
                                                    and lot.expires_at <= moment))
             for lot in lots]
    live = [v for v in views if not v.expired]
    owed = await _owed(club.id, member.id)
    points = sum(v.available for v in live if v.kind is LotKind.POINTS)
    if club.allow_negative_points:
        points -= owed.get(POINT, 0)
    return MembershipView(
        member_id=member.id, club_id=club.id, club_name=club.name,
        card_number=member.card_number,
        credit=sum(v.available for v in live if v.kind not in (LotKind.POINTS, LotKind.ENTRIES)
                   and v.available > 0),
        points=points,
        entries=sum(v.available for v in live if v.kind is LotKind.ENTRIES),
        owed=owed, lots=views)


async def my_memberships(identity: Identity) -> list[MembershipView]:
    """The signed-in person's memberships of clubs, each as they see it."""
    return [await membership_view(m) for m in await members_of_person(identity)]


async def my_purchases(identity: Identity, *, limit: int,
                       before_id: int | None = None) -> list[Purchase]:
    """The signed-in person's purchases in every club, newest first, in keyset pages."""
    member_ids = [m.id for m in await members_of_person(identity)]
    query = Purchase.filter(member_id__in=member_ids)
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    return await query.order_by("-id").limit(limit)


__all__ = ["LotView", "MembershipView", "membership_view", "my_memberships", "my_purchases"]
