"""Member groups: several members of a club (a family, a company's staff), with all their cards,
sharing one group credit, each spending at most the group's monthly limit of it.

- The group credit is one lot held by `group:<id>` (`models.lots`; it never expires), filled by
  the club's staff (`grant_group_credit`: the club's rewards funding → the group's lot, once per
  key). A member is in at most one group (`Member.group_id`); any of their cards finds them, and
  through them the group.
- At a purchase (`purchases`) a member of an active group may pay with the group's credit after
  their own: `group_credit` reads it, capped by what is left of their limit this month (the
  club's timezone), and `record_spend` counts what they took. Both run under the group row's
  lock, taken after the member's (the lock order: member, then group), so two members of one
  group paying at once never overspend the group's credit nor a limit; the lot's account, which
  may not go negative, guards the credit a second time.
- A return (`returns`) restores credit to the lots it was drawn from, the group's lot included,
  and `give_back` lowers the member's spend of the month the purchase was made in.
- A group that pools rewards (`pool_rewards`) takes its members' club credit rewards that are
  spendable club-wide and never expire into its credit (`pooled_lot`) instead of their own lots;
  others stay theirs (the group's one lot has no scope or expiry to keep them apart). A return
  claws such a reward back from the group's lot under the group's lock (`lock_groups_of`), and
  what the group no longer holds becomes the member's debt, as for their own lots.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.errors import Conflict, NotFound, ValidationFailed
from models.identity.callers import Identity
from models.keys import check_key
from models.ledger.codes import AMOUNT_MAX, TransferResult
from models.ledger.errors import TransferRejected
from models.ledger.posting import TransferRequest, create_transfers
from models.lots.lots import available, open_lot
from models.lots.tables import Lot, LotKind, ScopeKind
from models.loyalty.accounts import IRR, NAMESPACE, club_account
from models.loyalty.clubs import clean_name
from models.loyalty.codes import AccountPurpose, ClubRole, EffectKind
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.legs import HeldLot, Place, usable_credit
from models.loyalty.members import member_absent
from models.loyalty.network_tables import (
    MemberGroup,
    MemberGroupKind,
    MemberGroupSpend,
    MemberGroupStatus,
)
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club, Member

E = LoyaltyErrorCode
GROUP_HOLDERS = "group:"
GRANT_CODE = "loyalty_group_credit"
REFERENCE_TYPE = "loyalty_member_group"


def group_holder(group_id: int) -> str:
    return f"{GROUP_HOLDERS}{group_id}"


def group_lot_key(club_id: int, group_id: int) -> str:
    return f"loyalty:{club_id}:group:{group_id}:credit"


def month_of(at: datetime, timezone: str) -> str:
    """The calendar month of `at` in the club's timezone, as `2026-12`."""
    return at.astimezone(ZoneInfo(timezone)).strftime("%Y-%m")


def group_absent(group_id: int) -> NotFound:
    return NotFound(E.MEMBER_GROUP_NOT_FOUND, f"no member group {group_id}", field="groupId")


def _check_limit(limit: int | None) -> int | None:
    if limit is not None and not 0 < limit <= AMOUNT_MAX:
        raise ValidationFailed(E.INVALID_GROUP_LIMIT, "a monthly limit is a positive amount of "
                                                      "rials, or none", field="monthlyLimit")
    return limit


async def group_of(club_id: int, group_id: int) -> MemberGroup:
    group = await MemberGroup.get_or_none(club_id=club_id, id=group_id)
    if group is None:
        raise group_absent(group_id)
    return group


# --- the groups and their members ------------------------------------------------------------

async def create_group(actor: Identity, club_id: int, name: str, kind: MemberGroupKind,
                       monthly_limit: int | None = None, *,
                       pool_rewards: bool = False) -> MemberGroup:
    """A new member group of the club (its owner and managers)."""
    club = await club_for(actor, club_id, ClubRole.MANAGER)
    name = clean_name(name, longest=100)
    try:
        async with in_transaction():
            return await MemberGroup.create(club_id=club.id, name=name, kind=kind,
                                            monthly_limit=_check_limit(monthly_limit),
                                            pool_rewards=pool_rewards)
    except IntegrityError:
        raise Conflict(E.MEMBER_GROUP_EXISTS, f"the club has a member group {name}",
                       field="name") from None


@dataclass(frozen=True, slots=True)
class GroupChange:
    """A change of a group: the fields named in `given` take the values here."""

    given: frozenset[str]
    name: str = ""
    monthly_limit: int | None = None
    status: MemberGroupStatus = MemberGroupStatus.ACTIVE
    pool_rewards: bool = False


async def update_group(actor: Identity, club_id: int, group_id: int,
                       change: GroupChange) -> MemberGroup:
    """Rename a group, change its monthly limit (from the next purchase), close or reopen it."""
    club = await club_for(actor, club_id, ClubRole.MANAGER)
    name = clean_name(change.name, longest=100) if "name" in change.given else None
    limit = _check_limit(change.monthly_limit)
    try:
        async with in_transaction():
            group = await MemberGroup.select_for_update().get_or_none(club_id=club.id,
                                                                      id=group_id)
            if group is None:
                raise group_absent(group_id)
            if name is not None:
                group.name = name
            if "monthly_limit" in change.given:
                group.monthly_limit = limit
            if "status" in change.given:
                group.status = change.status
            if "pool_rewards" in change.given:
                group.pool_rewards = change.pool_rewards
            await group.save()
    except IntegrityError:
        raise Conflict(E.MEMBER_GROUP_EXISTS, f"the club has a member group {name}",
                       field="name") from None
    return group


async def add_member(actor: Identity, club_id: int, group_id: int,
                     member_id: int) -> MemberGroup:
    """Put a member of the club in an active group; safe to repeat. A member is in one group
    at a time (`member_in_another_group`)."""
    club = await club_for(actor, club_id, ClubRole.OPERATOR)
    async with in_transaction():
        # the member's lock first, as a purchase takes it, then the group's
        member = await Member.select_for_update().get_or_none(club_id=club.id, id=member_id)
        if member is None:
            raise member_absent(member_id)
        group = await MemberGroup.select_for_update().get_or_none(club_id=club.id, id=group_id)
        if group is None:
            raise group_absent(group_id)
        if group.status is not MemberGroupStatus.ACTIVE:
            raise Conflict(E.MEMBER_GROUP_CLOSED, f"member group {group_id} is closed",
                           field="groupId")
        if member.group_id not in (None, group.id):
            raise Conflict(E.MEMBER_IN_ANOTHER_GROUP, f"member {member_id} is in member group "
                                                      f"{member.group_id}", field="memberId")
        if member.group_id is None:
            member.group_id = group.id
            await member.save(update_fields=["group_id"])
    return group


async def remove_member(actor: Identity, club_id: int, group_id: int,
                        member_id: int) -> MemberGroup:
    """Take a member out of a group; safe to repeat. What they spent stays spent."""
    club = await club_for(actor, club_id, ClubRole.OPERATOR)
    group = await group_of(club.id, group_id)
    async with in_transaction():
        member = await Member.select_for_update().get_or_none(club_id=club.id, id=member_id)
        if member is None:
            raise member_absent(member_id)
        if member.group_id == group.id:
            member.group_id = None
            await member.save(update_fields=["group_id"])
    return group


async def groups_of(club_id: int) -> list[MemberGroup]:
    return await MemberGroup.filter(club_id=club_id).order_by("id").limit(1000)


async def members_of(club_id: int, group_ids: list[int]) -> dict[int, list[Member]]:
    """Each group's members, by group id, in one query."""
    found: dict[int, list[Member]] = {group_id: [] for group_id in group_ids}
    for member in await Member.filter(club_id=club_id, group_id__in=group_ids).order_by("id"):
        assert member.group_id is not None
        found[member.group_id].append(member)
    return found


async def balances(club_id: int, group_ids: list[int]) -> dict[int, int]:
    """What each group's credit holds now, by group id, in one query."""
    found = dict.fromkeys(group_ids, 0)
    for lot in await Lot.filter(club_id=club_id, expired_at=None,
                                holder__in=[group_holder(g) for g in group_ids]) \
            .prefetch_related("account"):
        found[int(lot.holder.removeprefix(GROUP_HOLDERS))] += available(lot.account)
    return found


async def month_spends(club: Club, group_ids: list[int],
                       at: datetime) -> dict[tuple[int, int], int]:
    """What each member spent of each group's credit in the month of `at`, by (group id,
    member id), in one query."""
    rows = await MemberGroupSpend.filter(club_id=club.id, group_id__in=group_ids,
                                         month=month_of(at, club.timezone))
    return {(row.group_id, row.member_id): int(row.spent) for row in rows}


# --- the group's credit ----------------------------------------------------------------------

async def _group_lot(club: Club, group_id: int) -> Lot:
    return await open_lot(holder=group_holder(group_id), ledger=IRR, kind=LotKind.CLUB_CREDIT,
                          key=group_lot_key(club.id, group_id), owner=f"club:{club.id}",
                          namespace=NAMESPACE, account_code="loyalty_lot_group_credit",
                          club_id=club.id, scope_kind=ScopeKind.CLUB, scope_id=club.id,
                          account_name=f"Member group {group_id} credit")


async def grant_group_credit(actor: Identity, club_id: int, group_id: int, amount: int,
                             key: str) -> int:
    """Give a group `amount` rials of club credit, from the club's rewards funding, once per
    `key` (the same key and amount again changes nothing; another amount is
    `idempotency_conflict`). Answers what the group's credit holds after it."""
    check_key(key, field="key")
    if not 0 < amount <= AMOUNT_MAX:
        raise ValidationFailed(E.INVALID_GROUP_CREDIT, "a grant is a positive amount of rials",
                               field="amount")
    club = await club_for(actor, club_id, ClubRole.MANAGER)
    try:
        async with in_transaction():
            group = await MemberGroup.select_for_update().get_or_none(club_id=club.id,
                                                                      id=group_id)
            if group is None:
                raise group_absent(group_id)
            if group.status is not MemberGroupStatus.ACTIVE:
                raise Conflict(E.MEMBER_GROUP_CLOSED, f"member group {group_id} is closed",
                               field="groupId")
            lot = await _group_lot(club, group.id)
            funding = await club_account(club, AccountPurpose.REWARDS_FUNDING)
            await create_transfers([TransferRequest(
                idempotency_key=f"group-grant:{club.id}:{group.id}:{key}", code=GRANT_CODE,
                amount=amount, debit_account_id=funding.account_id,
                credit_account_id=lot.account_id, ledger=IRR, reference_type=REFERENCE_TYPE,
                reference_id=str(group.id), metadata={"lot": lot.id})], namespace=NAMESPACE)
    except TransferRejected as error:
        if error.result is TransferResult.IDEMPOTENCY_CONFLICT:
            raise Conflict(E.IDEMPOTENCY_CONFLICT, "this key was used for another grant",
                           field="key") from None
        raise
    return (await balances(club.id, [group_id]))[group_id]


def poolable(kind: EffectKind, scope_kind: ScopeKind | None, scope_id: int | None,
             expires_at: datetime | None, club_id: int) -> bool:
    """Whether a reward may go to a group's credit: club credit spendable at any merchant of
    the club, never expiring (what the group's one lot is)."""
    return (kind is EffectKind.CLUB_CREDIT and scope_kind in (None, ScopeKind.CLUB)
            and scope_id in (None, club_id) and expires_at is None)


async def pooled_lot(club: Club, group_id: int | None) -> Lot | None:
    """The lot a member's poolable reward goes to: their active group's credit when the group
    pools rewards; None: their own lot."""
    if group_id is None:
        return None
    group = await MemberGroup.get_or_none(club_id=club.id, id=group_id)
    if group is None or not group.pool_rewards or group.status is not MemberGroupStatus.ACTIVE:
        return None
    return await _group_lot(club, group.id)


async def lock_group(club_id: int, group_id: int | None) -> None:
    """A commit locks the (locked) member's group right after the member, before any account
    (its budgets): the order a return takes them in (member, group, accounts), so a purchase
    and a return of one group's members never wait on each other in a circle."""
    if group_id is not None:
        await MemberGroup.select_for_update().filter(club_id=club_id, id=group_id).first()


async def lock_groups_of(club_id: int, lots: Iterable[Lot]) -> None:
    """Lock the groups holding any of `lots` (by id): a return takes them, after the member's
    and the purchase's locks, before it reads what the group's lot holds."""
    held = sorted({int(lot.holder.removeprefix(GROUP_HOLDERS)) for lot in lots
                   if lot.holder.startswith(GROUP_HOLDERS)})
    if held:
        # the rows themselves: a values query drops FOR UPDATE and would lock nothing
        await MemberGroup.select_for_update().filter(club_id=club_id, id__in=held) \
            .order_by("id")


@dataclass(frozen=True, slots=True)
class GroupCredit:
    """A member's group's credit as a purchase may use it: the group's lots, and what is left
    of the member's monthly limit (None: no limit)."""

    group_id: int
    lots: tuple[HeldLot, ...]
    remaining: int | None

    def usable(self, place: Place, now: datetime) -> int:
        usable = usable_credit(self.lots, place, now)
        return usable if self.remaining is None else min(usable, self.remaining)


async def group_credit(club: Club, group_id: int | None, member_id: int, at: datetime, *,
                       lock: bool) -> GroupCredit | None:
    """The credit of the member's group that a purchase at `at` may use, None if they are in
    no active group. A commit (`lock`) takes the group's row lock here, after the member's."""
    if group_id is None:
        return None
    query = MemberGroup.filter(club_id=club.id, id=group_id)
    if lock:
        query = query.select_for_update()
    group = await query.first()
    if group is None or group.status is not MemberGroupStatus.ACTIVE:
        return None
    lots = await Lot.filter(holder=group_holder(group.id), club_id=club.id, expired_at=None) \
        .prefetch_related("account")
    held = tuple(HeldLot(lot.id, lot.account_id, lot.kind, lot.ledger, lot.scope_kind,
                         lot.scope_id, lot.expires_at, available(lot.account)) for lot in lots)
    remaining = None
    if group.monthly_limit is not None:
        spent = await MemberGroupSpend.get_or_none(club_id=club.id, group_id=group.id,
                                                   member_id=member_id,
                                                   month=month_of(at, club.timezone))
        remaining = max(int(group.monthly_limit) - (int(spent.spent) if spent else 0), 0)
    return GroupCredit(group.id, held, remaining)


async def record_spend(club: Club, group_id: int, member_id: int, at: datetime,
                       amount: int) -> None:
    """Count `amount` of the group's credit spent by the member in the month of `at`; the
    caller holds the group's lock."""
    month = month_of(at, club.timezone)
    row, made = await MemberGroupSpend.get_or_create(
        club_id=club.id, group_id=group_id, member_id=member_id, month=month,
        defaults={"spent": amount})
    if not made:
        await MemberGroupSpend.filter(id=row.id).update(spent=F("spent") + amount)


async def give_back(club: Club, member_id: int, purchased_at: datetime,
                    restored: Mapping[int, int]) -> None:
    """A return restored `restored` (lot id -> rials) to the lots a purchase drew: what went
    back to a group's lot lowers the member's spend of the purchase's month (never below 0),
    under the group's lock (after the member's, which the return holds)."""
    if not restored:
        return
    per_group: dict[int, int] = defaultdict(int)
    for lot_id, holder in await Lot.filter(id__in=list(restored), club_id=club.id,
                                           holder__startswith=GROUP_HOLDERS) \
            .values_list("id", "holder"):
        per_group[int(holder.removeprefix(GROUP_HOLDERS))] += restored[lot_id]
    month = None
    for group_id in sorted(per_group):
        await MemberGroup.select_for_update().filter(club_id=club.id, id=group_id).first()
        month = month or month_of(purchased_at, club.timezone)
        row = await MemberGroupSpend.get_or_none(club_id=club.id, group_id=group_id,
                                                 member_id=member_id, month=month)
        if row is not None:
            row.spent = max(int(row.spent) - per_group[group_id], 0)
            await row.save(update_fields=["spent"])
