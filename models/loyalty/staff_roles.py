"""Who reaches a club, and with which role (`ClubRole`).

- The platform's staff reach every club, as its owner would (what their staff role lets them
  call is decided by each operation's access rule).
- A partner's staff reach the clubs of their partner (the club owner): the partner's owners and
  admins as the club's owner, everyone else with their `ClubStaff` role in that club, if any.
- A merchant's terminal reaches the clubs its merchant is an active member of, as an operator
  (members and purchases at the counter).
- The staff of a club's ancestors (`Club.parent_id`) reach a sub-club with their role in the
  ancestor (the best role along the chain); a sub-club's own staff never reach its parent.
- Anyone else reaches no club.

A club out of reach does not exist for the caller: `club_not_found`, never "forbidden". A club in
reach with too small a role for what is asked: `club_role_required`."""

from __future__ import annotations

from enum import StrEnum

from models.errors import NotAllowed, NotFound
from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.loyalty.club_tree import chain_of, descendant_ids
from models.loyalty.codes import ClubRole, MerchantStatus
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.tables import Club, ClubMerchant, ClubStaff

# Each role may do what the roles after it may.
RANK: dict[ClubRole, int] = {ClubRole.OWNER: 4, ClubRole.MANAGER: 3, ClubRole.OPERATOR: 2,
                             ClubRole.VIEWER: 1}
# A partner's staff who are the club owner's own owners and admins.
PARTNER_OWNERS = frozenset({StaffRole.OWNER, StaffRole.ADMIN})


def club_absent(club_id: int) -> NotFound:
    return NotFound(LoyaltyErrorCode.CLUB_NOT_FOUND, f"no club {club_id}", field="clubId")


def may(role: ClubRole | None, need: ClubRole) -> bool:
    return role is not None and RANK[role] >= RANK[need]


async def role_in(identity: Identity | None, club: Club) -> ClubRole | None:
    """The caller's role in `club`; None: the club is out of their reach."""
    if identity is None:
        return None
    if identity.kind is CallerKind.STAFF:
        return ClubRole.OWNER
    if identity.kind is CallerKind.PARTNER_STAFF:
        # A sub-club is reached by the staff of its ancestors too, with their role there: the
        # best role along the chain counts; an ancestor is never reached from below.
        chain = [club] if club.parent_id is None else await chain_of(club)
        roles = [await _partner_role(identity, c) for c in chain]
        return max((r for r in roles if r is not None), key=RANK.__getitem__, default=None)
    if identity.kind is CallerKind.TERMINAL:
        if await ClubMerchant.exists(club_id=club.id, merchant_id=identity.partner_id,
                                     status=MerchantStatus.ACTIVE):
            return ClubRole.OPERATOR
        return None
    return None


async def _partner_role(identity: Identity, club: Club) -> ClubRole | None:
    """A partner's staff member's own role in `club` (not through an ancestor)."""
    if identity.partner_id != club.owner_id:
        return None
    if identity.role in PARTNER_OWNERS:
        return ClubRole.OWNER
    row = await ClubStaff.get_or_none(club_id=club.id, staff_id=identity.staff_id)
    return row.role if row is not None else None


async def club_for(identity: Identity | None, club_id: int,
                   need: ClubRole = ClubRole.VIEWER) -> Club:
    """The club `club_id` if `identity` reaches it with at least the role `need`.

    Out of reach (or no such club): `club_not_found`; in reach with a lesser role:
    `club_role_required`."""
    club = await Club.get_or_none(id=club_id)
    if club is None:
        raise club_absent(club_id)
    role = await role_in(identity, club)
    if role is None:
        raise club_absent(club_id)
    if not may(role, need):
        raise NotAllowed(LoyaltyErrorCode.CLUB_ROLE_REQUIRED,
                         f"this needs the club role {need.value} or above", field="clubId")
    return club


async def reachable_club_ids(identity: Identity | None) -> list[int] | None:
    """The ids of the clubs `identity` reaches; None: every club (the platform's staff)."""
    if identity is None:
        return []
    if identity.kind is CallerKind.STAFF:
        return None
    if identity.kind is CallerKind.PARTNER_STAFF:
        query = Club.filter(owner_id=identity.partner_id)
        if identity.role not in PARTNER_OWNERS:
            staffed = await ClubStaff.filter(staff_id=identity.staff_id) \
                .values_list("club_id", flat=True)
            query = query.filter(id__in=list(staffed))
        own = [int(row["id"]) for row in await query.values("id")]
        return own + [i for i in await descendant_ids(own) if i not in own]
    if identity.kind is CallerKind.TERMINAL:
        return list(await ClubMerchant.filter(  # type: ignore[arg-type]  # values_list of one column
            merchant_id=identity.partner_id, status=MerchantStatus.ACTIVE)
            .values_list("club_id", flat=True))
    return []


class ClubAction(StrEnum):
    """What a caller may do with a club, by their role in it."""

    VIEW = "view"
    ENROL_MEMBERS = "enrol_members"  # and manage members' cards
    CONFIGURE = "configure"  # settings, categories, merchants, groups, terminals
    MANAGE_STAFF = "manage_staff"


_ACTIONS: dict[ClubAction, ClubRole] = {ClubAction.VIEW: ClubRole.VIEWER,
                                        ClubAction.ENROL_MEMBERS: ClubRole.OPERATOR,
                                        ClubAction.CONFIGURE: ClubRole.MANAGER,
                                        ClubAction.MANAGE_STAFF: ClubRole.MANAGER}


def actions_of(role: ClubRole | None) -> list[ClubAction]:
    """The actions a caller with `role` in a club may take (none out of reach)."""
    return [action for action, need in _ACTIONS.items() if may(role, need)]
