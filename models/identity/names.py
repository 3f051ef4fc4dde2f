"""Who a recorded caller is, by name: the actors that decisions and the audit log keep as
`staff:<id>`, `customer:<id>` or `partner_key:<id>`, looked up with one query per kind for a
whole list, so a page shows "Sara Ahmadi" where it kept `customer:12`."""

from __future__ import annotations

from collections.abc import Sequence

from models.identity.tables import Customer, PartnerKey, StaffUser

_TABLES: dict[str, type[Customer] | type[StaffUser] | type[PartnerKey]] = {
    "customer": Customer, "staff": StaffUser, "partner_key": PartnerKey}


def _parsed(actor: str) -> tuple[str, int] | None:
    kind, _, number = actor.partition(":")
    if kind not in _TABLES or not number.isascii() or not number.isdigit() or len(number) > 19:
        return None
    return kind, int(number)


async def names_of(actors: Sequence[str]) -> list[str | None]:
    """The name of each actor, in order; None for one not found, unnamed or not an actor."""
    wanted: dict[str, set[int]] = {}
    for actor in actors:
        parsed = _parsed(actor)
        if parsed is not None:
            wanted.setdefault(parsed[0], set()).add(parsed[1])
    found: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        rows = await _TABLES[kind].filter(id__in=sorted(ids)).values_list("id", "name")
        found.update(((kind, row_id), name) for row_id, name in rows if name)
    return [found.get(parsed) if (parsed := _parsed(actor)) else None for actor in actors]
