"""The tree of clubs and sub-clubs, as reading it needs: a club's chain of ancestors, its
descendants, and what a sub-club inherits from them (the fee tariff).

A sub-club names its parent once, when it is made (`Club.parent_id` never changes), so the tree
has no cycles; it is at most `MAX_DEPTH` clubs deep. Reach (`staff_roles`), rules
(`evaluation`), categories (`clubs.category_of`) and the fee tariff read the chain here."""

from __future__ import annotations

from collections.abc import Sequence

from models.loyalty.tables import Club

MAX_DEPTH = 3  # a club, its sub-club and theirs


async def chain_of(club: Club) -> list[Club]:
    """`club` and its ancestors, nearest first (one query by primary key per ancestor)."""
    chain = [club]
    while chain[-1].parent_id is not None and len(chain) < MAX_DEPTH:
        parent = await Club.get_or_none(id=chain[-1].parent_id)
        if parent is None:
            break
        chain.append(parent)
    return chain


async def ancestor_ids(club: Club) -> list[int]:
    """The ids of `club`'s ancestors, nearest first."""
    return [c.id for c in (await chain_of(club))[1:]]


async def descendant_ids(club_ids: Sequence[int]) -> list[int]:
    """The ids of every sub-club under `club_ids`, at any depth (not those clubs themselves)."""
    found: list[int] = []
    level = list(club_ids)
    for _ in range(MAX_DEPTH - 1):
        if not level:
            break
        level = [int(row["id"]) for row in await Club.filter(parent_id__in=level).values("id")]
        found.extend(level)
    return found


def own_tariff(club: Club) -> bool:
    """Whether the platform approved a fee tariff for `club` itself."""
    return bool(club.fee_approved_by)


async def tariff_club(club: Club) -> Club:
    """The club whose fee tariff `club`'s purchases pay: its own once approved, else its
    nearest ancestor's that has one, else its own (the defaults)."""
    if own_tariff(club) or club.parent_id is None:
        return club
    for ancestor in (await chain_of(club))[1:]:
        if own_tariff(ancestor):
            return ancestor
    return club
