"""Sub-clubs: a club made under another (its parent) by the platform's staff or the parent's
owner and managers, at most `club_tree.MAX_DEPTH` clubs deep.

What a sub-club inherits, each read where it is used: its ancestors' active rules, except those
its own rules override (`evaluation`, `Rule.overrides_rule_id`); their categories
(`clubs.category_of`); the nearest ancestor's fee tariff until the platform approves one of its
own (`club_tree.tariff_club`); and its ancestors' staff, who reach it with their role there
(`staff_roles`), so the parent's owner sees its members and merchants. Its rewards are funded
from its own accounts, as every club's: a purchase is recorded in the sub-club."""

from __future__ import annotations

from dataclasses import replace

from models.errors import NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.errors import IdentityErrorCode
from models.loyalty.club_tree import MAX_DEPTH, chain_of
from models.loyalty.clubs import ClubSettings, _apply, _club_owner
from models.loyalty.codes import ClubRole
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.staff_roles import club_for
from models.loyalty.tables import Club


async def create_sub_club(actor: Identity, parent_id: int, settings: ClubSettings, *,
                          owner_id: int | None = None) -> Club:
    """A new club under `parent_id`, with the parent's timezone, rewards and point value unless
    `settings` says otherwise. It belongs to the parent's owner; the platform's staff may give
    it another club owner (`owner_id`), whose staff then reach it beside the parent's."""
    parent = await club_for(actor, parent_id, ClubRole.MANAGER)
    if len(await chain_of(parent)) >= MAX_DEPTH:
        raise ValidationFailed(LoyaltyErrorCode.SUB_CLUB_TOO_DEEP,
                               f"clubs nest at most {MAX_DEPTH} deep", field="parentId")
    owner = parent.owner_id
    if owner_id is not None and owner_id != parent.owner_id:
        if actor.kind is not CallerKind.STAFF:
            raise NotFound(IdentityErrorCode.PARTNER_NOT_FOUND, f"no partner {owner_id}",
                           field="ownerId")
        owner = (await _club_owner(owner_id)).id
    club = Club(owner_id=owner, parent_id=parent.id, name="", timezone=parent.timezone,
                rewards=list(parent.rewards), point_value=parent.point_value,
                allow_negative_points=parent.allow_negative_points)
    _apply(club, replace(settings, given=settings.given | {"name"}))
    await club.save()
    return club


async def sub_clubs(actor: Identity, club_id: int) -> list[Club]:
    """The clubs made directly under `club_id` (in the caller's reach), in id order."""
    club = await club_for(actor, club_id)
    return await Club.filter(parent_id=club.id).order_by("id").limit(500)
