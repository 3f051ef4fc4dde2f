"""A club's tiers: the ladder, how members climb it and how they come down.

- The ladder: tiers ranked 1 (lowest) up, each reached when the member's figure reaches its
  threshold. One ladder counts one figure: every tier has the same basis (points earned or
  spend, never a balance) and the same window (30, 90 or 365 days, or lifetime), so thresholds
  compare and strictly rise with rank, and progress to the next tier is one number.
- Up at once: a committed purchase (`after_commit`, under the member's lock, after the
  statistics took it in) moves the member to the highest tier their figure now reaches, one tier
  or several; a purchase never moves anyone down.
- A return (`after_return`) of the purchase that lifted the member into their tier takes them
  back to the higher of the tier they had before it and the tier their figure still reaches
  (the figure as of the purchase, without what was returned, or as of the return, whichever
  reaches higher). Progress to the next tier is read from the statistics, which the return
  already lowered.
- Down by inactivity (`review_tiers`, periodic): one tier down once the member has made no
  purchase for the policy's `downgrade_after_days`, counted from their last purchase or their
  last change, whichever is later, and never within `grace_days` of a change. `notice_days`
  before, one email tells them (`queue_email`, keyed by the date it announces); a member who was
  never told is told first and goes down only `notice_days` later. A purchase in between
  withdraws the notice. Each member is reviewed under their lock and the review re-reads
  everything, so two runs at once, or one run twice, move nobody twice.

Every change writes a `TierChange` row and emits `TierChanged`, in the transaction that made it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from tortoise import connections
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.clock import now_or
from models.domain_events.outbox import emit
from models.errors import NotFound, ValidationFailed
from models.identity.callers import Identity
from models.loyalty import stats
from models.loyalty.codes import ClubRole
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.events import TierChanged
from models.loyalty.facts import PurchaseFacts
from models.loyalty.members import member_for
from models.loyalty.staff_roles import club_for
from models.loyalty.stats_tables import MemberStats
from models.loyalty.tables import Club, Member
from models.loyalty.tier_tables import (
    MemberTier,
    Tier,
    TierBasis,
    TierChange,
    TierChangeReason,
    TierPolicy,
)
from models.notify.mail import queue_email

E = LoyaltyErrorCode
WINDOWS = (30, 90, 365, None)
MAX_TIERS = 20
MAX_MULTIPLIER_PERMILLE = 10_000  # ten times the points, at most
MAX_POLICY_DAYS = 3650
NOTICE_TEMPLATE = "loyalty_tier_notice"


# --- the ladder ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TierSpec:
    """One tier of a ladder as a manager gives it, lowest first; `id` keeps an existing tier
    (its members stay in it), None makes a new one."""

    name: str
    threshold: int
    basis: TierBasis = TierBasis.SPEND
    window_days: int | None = None
    points_multiplier_permille: int = 1000
    name_fa: str = ""
    id: int | None = None


def _invalid(message: str, field: str) -> ValidationFailed:
    return ValidationFailed(E.INVALID_TIER_LADDER, message, field=field)


def check_ladder(specs: Sequence[TierSpec]) -> None:
    """Refuse a ladder that cannot be climbed one way: bad names, several bases or windows,
    thresholds not strictly rising, a multiplier below 1000 permille."""
    if len(specs) > MAX_TIERS:
        raise _invalid(f"a ladder has at most {MAX_TIERS} tiers", "tiers")
    ids = [s.id for s in specs if s.id is not None]
    if len(set(ids)) != len(ids):
        raise _invalid("a tier is named twice", "tiers")
    for index, spec in enumerate(specs):
        where = f"tiers[{index}]"
        if not spec.name.strip() or len(spec.name) > 100 or len(spec.name_fa) > 100:
            raise _invalid("a tier's name has 1 to 100 characters", f"{where}.name")
        if spec.window_days not in WINDOWS:
            raise _invalid("a window is 30, 90 or 365 days, or lifetime (null)",
                           f"{where}.windowDays")
        if not 1000 <= spec.points_multiplier_permille <= MAX_MULTIPLIER_PERMILLE:
            raise _invalid(f"a multiplier is 1000 to {MAX_MULTIPLIER_PERMILLE} permille",
                           f"{where}.pointsMultiplierPermille")
        if spec.threshold < 0 or spec.threshold > 2**62:
            raise _invalid("a threshold is a non-negative integer", f"{where}.threshold")
        if index == 0:
            continue
        first = specs[0]
        if (spec.basis, spec.window_days) != (first.basis, first.window_days):
            raise _invalid("every tier of a ladder counts the same figure: one basis, one "
                           "window", f"{where}.basis")
        if spec.threshold <= specs[index - 1].threshold:
            raise _invalid("thresholds rise strictly with rank", f"{where}.threshold")


async def ladder(club_id: int) -> list[Tier]:
    """The club's tiers, lowest first."""
    return await Tier.filter(club_id=club_id).order_by("rank")


async def _policy_row(club_id: int) -> TierPolicy:
    """The club's policy row (made the first time, with no downgrades), locked: it is the lock
    of the club's ladder and policy."""
    await connections.get("default").execute_query(
        "INSERT INTO loyalty_tier_policy (club_id, downgrade_after_days, grace_days, "
        "notice_days, updated_at) VALUES ($1, NULL, 0, 0, now()) ON CONFLICT (club_id) "
        "DO NOTHING", [club_id])
    return await TierPolicy.select_for_update().get(club_id=club_id)


async def set_ladder(identity: Identity, club_id: int, specs: Sequence[TierSpec]) -> list[Tier]:
    """Replace the club's ladder by `specs`, lowest first (a manager's). Tiers named by id are
    kept and changed; those left out are removed, unless a member is in one (`tier_in_use`)."""
    club = await club_for(identity, club_id, ClubRole.MANAGER)
    check_ladder(specs)
    async with in_transaction():
        await _policy_row(club.id)
        existing = {t.id: t for t in await ladder(club.id)}
        unknown = [s.id for s in specs if s.id is not None and s.id not in existing]
        if unknown:
            raise NotFound(E.TIER_NOT_FOUND, f"no tier {unknown[0]} in the club", field="tiers")
        kept = {s.id for s in specs if s.id is not None}
        dropped = [i for i in existing if i not in kept]
        # locked before the members are counted, so no member moves into one meanwhile
        await Tier.select_for_update().filter(club_id=club.id, id__in=dropped).order_by("id")
        if dropped and await Member.exists(club_id=club.id, tier_id__in=dropped):
            raise ValidationFailed(E.TIER_IN_USE, "members are in a tier the ladder leaves "
                                                  "out: move them first", field="tiers")
        await Tier.filter(club_id=club.id, id__in=dropped).delete()
        # ranks are unique per club: the kept tiers step aside before taking their new ranks
        await Tier.filter(club_id=club.id, id__in=list(kept)).update(
            rank=F("rank") + MAX_TIERS * 1000)
        for index, spec in enumerate(specs):
            values: dict[str, Any] = {
                "rank": index + 1, "name": spec.name.strip(), "name_fa": spec.name_fa,
                "basis": spec.basis, "window_days": spec.window_days,
                "threshold": spec.threshold,
                "points_multiplier_permille": spec.points_multiplier_permille}
            if spec.id is None:
                await Tier.create(club_id=club.id, **values)
            else:
                await Tier.filter(club_id=club.id, id=spec.id).update(**values)
    return await ladder(club.id)


async def tiers_as(identity: Identity, club_id: int) -> list[Tier]:
    return await ladder((await club_for(identity, club_id)).id)


# --- the policy ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Policy:
    downgrade_after_days: int | None = None
    grace_days: int = 0
    notice_days: int = 0


def check_policy(policy: Policy) -> None:
    def bad(message: str, field: str) -> ValidationFailed:
        return ValidationFailed(E.INVALID_TIER_POLICY, message, field=field)

    if policy.downgrade_after_days is not None and not (
            1 <= policy.downgrade_after_days <= MAX_POLICY_DAYS):
        raise bad(f"1 to {MAX_POLICY_DAYS} days, or null: never", "downgradeAfterDays")
    if not 0 <= policy.grace_days <= MAX_POLICY_DAYS:
        raise bad(f"0 to {MAX_POLICY_DAYS} days", "graceDays")
    if not 0 <= policy.notice_days <= MAX_POLICY_DAYS:
        raise bad(f"0 to {MAX_POLICY_DAYS} days", "noticeDays")


async def policy_of(club_id: int) -> Policy:
    row = await TierPolicy.get_or_none(club_id=club_id)
    if row is None:
        return Policy()
    return Policy(row.downgrade_after_days, row.grace_days, row.notice_days)


async def set_policy(identity: Identity, club_id: int, policy: Policy) -> Policy:
    """The club's downgrade policy (a manager's)."""
    club = await club_for(identity, club_id, ClubRole.MANAGER)
    check_policy(policy)
    async with in_transaction():
        row = await _policy_row(club.id)
        row.downgrade_after_days = policy.downgrade_after_days
        row.grace_days = policy.grace_days
        row.notice_days = policy.notice_days
        await row.save(update_fields=["downgrade_after_days", "grace_days", "notice_days",
                                      "updated_at"])
    return policy


async def policy_as(identity: Identity, club_id: int) -> Policy:
    return await policy_of((await club_for(identity, club_id)).id)


# --- reaching a tier -------------------------------------------------------------------------

def figure_of(figures: stats.MemberFigures, tier: Tier) -> int:
    """The member's figure a tier's threshold is compared with."""
    window = figures.window(tier.window_days)
    return window.points_earned if tier.basis == TierBasis.POINTS_EARNED else window.spend


def reached(tiers: Sequence[Tier], figures: stats.MemberFigures) -> Tier | None:
    """The highest tier whose threshold the member's figure reaches (None: not the lowest)."""
    found = None
    for tier in tiers:
        if figure_of(figures, tier) >= tier.threshold:
            found = tier
    return found


def _rank(tiers: Sequence[Tier], tier_id: int | None) -> int:
    """The rank of `tier_id` on the ladder; 0 for no tier (or a tier no longer on it)."""
    return next((t.rank for t in tiers if t.id == tier_id), 0)


async def _change(club_id: int, member: Member, tiers: Sequence[Tier], to: Tier | None,
                  reason: TierChangeReason, at: datetime, *, purchase_id: int | None = None,
                  actor: str = "") -> TierChange | None:
    """Move the (locked) member to tier `to`: their row, their state, the history, the event.
    None if they are in it already."""
    before = member.tier_id
    after = to.id if to is not None else None
    if before == after:
        return None
    # The tier's row, locked: a new ladder dropping it waits for this change and then finds
    # the member in it (`tier_in_use`); one that dropped it first leaves nothing to lock.
    if to is not None and not await Tier.select_for_update().filter(club_id=club_id, id=to.id):
        return None
    member.tier_id = after
    await member.save(update_fields=["tier_id"])
    await connections.get("default").execute_query(
        "INSERT INTO loyalty_member_tier (club_id, member_id, since, downgrade_noticed_at) "
        "VALUES ($1, $2, $3, NULL) ON CONFLICT (club_id, member_id) DO UPDATE SET "
        "since = EXCLUDED.since, downgrade_noticed_at = NULL", [club_id, member.id, at])
    change = await TierChange.create(club_id=club_id, member_id=member.id, from_tier_id=before,
                                     to_tier_id=after, reason=reason, purchase_id=purchase_id,
                                     actor=actor, at=at)
    await emit(TierChanged(club_id=club_id, member_id=member.id, from_tier_id=before,
                           to_tier_id=after,
                           upgrade=_rank(tiers, after) > _rank(tiers, before)))
    return change


# --- the purchase's and the return's part (models.loyalty.standing) ---------------------------

async def member_facts(club: Club, member: Member, facts: PurchaseFacts) -> PurchaseFacts:
    """`facts` with the member's tier: its id, rank and points multiplier."""
    if member.tier_id is None:
        return facts
    tier = await Tier.get_or_none(club_id=club.id, id=member.tier_id)
    if tier is None:
        return facts
    return replace(facts, tier_id=tier.id, tier_rank=tier.rank,
                   points_multiplier_permille=tier.points_multiplier_permille)


async def after_commit(club: Club, member: Member, purchase_id: int, at: datetime) -> None:
    """Up at once to the highest tier the member's figure now reaches; a purchase withdraws a
    pending downgrade notice (the member came back)."""
    tiers = await ladder(club.id)
    if not tiers:  # a club without tiers pays one indexed query per purchase
        return
    if member.tier_id is not None:
        await MemberTier.filter(club_id=club.id, member_id=member.id,
                                downgrade_noticed_at__not_isnull=True) \
            .update(downgrade_noticed_at=None)
    target = reached(tiers, await stats.member_figures(club, member.id, at))
    if target is not None and target.rank > _rank(tiers, member.tier_id):
        await _change(club.id, member, tiers, target, TierChangeReason.PURCHASE, at,
                      purchase_id=purchase_id)


async def after_return(club: Club, member: Member, purchase_id: int, purchased_at: datetime,
                       at: datetime) -> None:
    """If purchase `purchase_id` lifted the member into the tier they hold and, without what was
    returned of it, their figure no longer reaches that tier, they go back: to the higher of the
    tier they had before that purchase and the tier their figure still reaches (as of the
    purchase, or as of the return, whichever is higher)."""
    if member.tier_id is None:
        return
    lift = await TierChange.filter(club_id=club.id, member_id=member.id,
                                   to_tier_id=member.tier_id).order_by("-id").first()
    if lift is None or lift.reason != TierChangeReason.PURCHASE or lift.purchase_id != purchase_id:
        return
    tiers = await ladder(club.id)
    rank = _rank(tiers, lift.from_tier_id)
    for moment in (purchased_at, at):
        found = reached(tiers, await stats.member_figures(club, member.id, moment))
        rank = max(rank, found.rank if found is not None else 0)
    if rank >= _rank(tiers, member.tier_id):
        return
    to = next((t for t in tiers if t.rank == rank), None)
    await _change(club.id, member, tiers, to, TierChangeReason.RETURN, at,
                  purchase_id=purchase_id)


# --- a manager's change ----------------------------------------------------------------------

async def set_member_tier(identity: Identity, member_id: int, tier_id: int | None, *,
                          now: datetime | None = None) -> Member:
    """Put a member in tier `tier_id` (None: no tier), by a club manager; recorded as `manual`
    with the manager's name. The member's lock is taken first, as a purchase takes it."""
    found = await member_for(identity, member_id, ClubRole.MANAGER)
    at = now_or(now)
    async with in_transaction():
        member = await Member.select_for_update().get(club_id=found.club_id, id=found.id)
        tiers = await ladder(member.club_id)
        to = None
        if tier_id is not None:
            to = next((t for t in tiers if t.id == tier_id), None)
            if to is None:
                raise NotFound(E.TIER_NOT_FOUND, f"no tier {tier_id} in the club",
                               field="tierId")
        await _change(member.club_id, member, tiers, to, TierChangeReason.MANUAL, at,
                      actor=identity.actor)
    return member


# --- reading a member's tier -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class MemberTierView:
    """A member's tier and their way to the next: `figure` is what the ladder counts (over its
    window, as of now), `needed` what is left to reach `next_tier` (0: reached at the next
    purchase). `downgrade_due_at` is when inactivity takes them one tier down (None: never)."""

    member_id: int
    club_id: int
    tier: Tier | None
    since: datetime | None
    next_tier: Tier | None
    figure: int
    needed: int
    downgrade_due_at: datetime | None
    downgrade_noticed_at: datetime | None
    history: list[TierChange]


def downgrade_due(policy: Policy, since: datetime, last_purchase_at: datetime | None,
                  noticed_at: datetime | None) -> datetime | None:
    """When inactivity takes a member down a tier they have held since `since`: the policy's
    days after their last purchase or their change, whichever is later, and not before the
    grace nor before `notice_days` after the notice went out (None: never)."""
    if policy.downgrade_after_days is None:
        return None
    active = max(last_purchase_at or since, since)
    due = max(active + timedelta(days=policy.downgrade_after_days),
              since + timedelta(days=policy.grace_days))
    if policy.notice_days and noticed_at is not None:
        due = max(due, noticed_at + timedelta(days=policy.notice_days))
    return due


async def member_tier_view(identity: Identity, member_id: int, *,
                           now: datetime | None = None, history: int = 20) -> MemberTierView:
    """A member's tier, progress and recent changes: for the club's staff who reach them and
    for the person themself (`member_for`)."""
    member = await member_for(identity, member_id)
    at = now_or(now)
    club = await Club.get(id=member.club_id)
    tiers = await ladder(club.id)
    current = next((t for t in tiers if t.id == member.tier_id), None)
    rank = current.rank if current else 0
    upper = next((t for t in tiers if t.rank > rank), None)
    figure = 0
    if tiers:
        figure = figure_of(await stats.member_figures(club, member.id, at), tiers[0])
    state = await MemberTier.get_or_none(club_id=club.id, member_id=member.id)
    due = None
    if current is not None and state is not None:
        last = await MemberStats.get_or_none(club_id=club.id, member_id=member.id)
        due = downgrade_due(await policy_of(club.id), state.since,
                            last.last_purchase_at if last else None, state.downgrade_noticed_at)
    changes = await TierChange.filter(club_id=club.id, member_id=member.id) \
        .order_by("-id").limit(history)
    return MemberTierView(
        member_id=member.id, club_id=club.id, tier=current,
        since=state.since if state is not None and current is not None else None,
        next_tier=upper, figure=figure,
        needed=max(upper.threshold - figure, 0) if upper is not None else 0,
        downgrade_due_at=due,
        downgrade_noticed_at=state.downgrade_noticed_at if state is not None else None,
        history=list(changes))


@dataclass(frozen=True, slots=True)
class TierCount:
    tier: Tier | None  # None: members in no tier
    members: int


async def members_by_tier(club_id: int) -> list[TierCount]:
    """How many of the club's members are in each tier, lowest first, then those in none."""
    tiers = await ladder(club_id)
    rows = await connections.get("default").execute_query_dict(
        "SELECT tier_id, count(*) AS n FROM loyalty_member WHERE club_id = $1 GROUP BY tier_id",
        [club_id])
    counts = {row["tier_id"]: int(row["n"]) for row in rows}
    on_ladder = {t.id for t in tiers}
    outside = sum(n for tier_id, n in counts.items() if tier_id not in on_ladder)
    return [*(TierCount(t, counts.get(t.id, 0)) for t in tiers), TierCount(None, outside)]


# --- inactivity ------------------------------------------------------------------------------

_DUE = """
    SELECT m.club_id, m.id
    FROM loyalty_member m
    JOIN loyalty_member_tier mt ON mt.club_id = m.club_id AND mt.member_id = m.id
    JOIN loyalty_tier_policy p ON p.club_id = m.club_id AND p.downgrade_after_days IS NOT NULL
    LEFT JOIN loyalty_member_stats s ON s.club_id = m.club_id AND s.member_id = m.id
    CROSS JOIN LATERAL (SELECT GREATEST(
        GREATEST(COALESCE(s.last_purchase_at, mt.since), mt.since)
            + p.downgrade_after_days * interval '1 day',
        mt.since + p.grace_days * interval '1 day') AS due) d
    WHERE m.tier_id IS NOT NULL AND ($2::bigint IS NULL OR m.club_id = $2)
      AND CASE WHEN mt.downgrade_noticed_at IS NULL
               THEN d.due - p.notice_days * interval '1 day' <= $1
               ELSE d.due <= $1
                    AND mt.downgrade_noticed_at + p.notice_days * interval '1 day' <= $1 END
    ORDER BY m.club_id, m.id
    LIMIT $3"""


@dataclass(frozen=True, slots=True)
class Review:
    noticed: int = 0
    downgraded: int = 0


async def review_tiers(*, now: datetime | None = None, club_id: int | None = None,
                       limit: int = 1000) -> Review:
    """Send the notices and make the downgrades due at `now` (in one club, or all); up to
    `limit` members a run, the next run takes the rest."""
    at = now_or(now)
    rows = await connections.get("default").execute_query_dict(_DUE, [at, club_id, limit])
    noticed = downgraded = 0
    for row in rows:
        done = await review_member(int(row["club_id"]), int(row["id"]), now=at)
        noticed += done == "noticed"
        downgraded += done == "downgraded"
    return Review(noticed, downgraded)


async def review_member(club_id: int, member_id: int, *, now: datetime | None = None) -> str:
    """Under the member's lock, what inactivity does to them at `now`: `downgraded` (one tier
    down), `noticed` (the notice sent) or `nothing`."""
    at = now_or(now)
    async with in_transaction():
        member = await Member.select_for_update().get_or_none(club_id=club_id, id=member_id)
        if member is None or member.tier_id is None:
            return "nothing"
        state = await MemberTier.get_or_none(club_id=club_id, member_id=member_id)
        policy = await policy_of(club_id)
        if state is None or policy.downgrade_after_days is None:
            return "nothing"
        last = await MemberStats.get_or_none(club_id=club_id, member_id=member_id)
        last_purchase_at = last.last_purchase_at if last else None
        tiers = await ladder(club_id)
        rank = _rank(tiers, member.tier_id)
        due = downgrade_due(policy, state.since, last_purchase_at, state.downgrade_noticed_at)
        assert due is not None
        if policy.notice_days and state.downgrade_noticed_at is None:
            if due - timedelta(days=policy.notice_days) > at:
                return "nothing"
            # the member hears of it first: at least `notice_days` before it happens
            announced = max(due, at + timedelta(days=policy.notice_days))
            current = next((t for t in tiers if t.id == member.tier_id), None)
            club = await Club.get(id=club_id)
            name = current.name if current else ""
            await queue_email(
                customer_id=member.customer_id, template=NOTICE_TEMPLATE,
                key=f"loyalty:tier_notice:{club_id}:{member_id}:{announced.isoformat()}",
                params={"club_name": club.name, "tier_en": name,
                        "tier_fa": (current.name_fa if current else "") or name,
                        "due_at": announced})
            state.downgrade_noticed_at = at
            await state.save(update_fields=["downgrade_noticed_at"])
            return "noticed"
        if due > at:
            return "nothing"
        lower = next((t for t in reversed(tiers) if t.rank < rank), None)
        await _change(club_id, member, tiers, lower, TierChangeReason.INACTIVITY, at)
        return "downgraded"
