"""Names for the ids and actor strings the types carry (`customerId`, `declaredBy`,
`reviewedById`), so a client shows "Sara Ahmadi" instead of `customer:12`. One dataloader per
request (`Loaders.actor_names`) looks a whole list's names up with one query per kind."""

from __future__ import annotations

import strawberry

from api.context import Context
from models.identity.callers import CallerKind

# Platform staff read every name; anyone else reads the names of the customers they reach
# (the object was already theirs to read) but never a staff member's.
_READS_STAFF_NAMES = frozenset({CallerKind.STAFF})


async def actor_name(info: strawberry.Info[Context, None], actor: str | None) -> str | None:
    """The name of `actor` (`customer:<id>`, `staff:<id>`, `partner_key:<id>`) for this
    caller; None when there is none or the caller may not read it."""
    if not actor:
        return None
    identity = info.context.identity
    if not actor.startswith("customer:") and (
            identity is None or identity.kind not in _READS_STAFF_NAMES):
        return None
    return await info.context.loaders.actor_names.load(actor)


async def customer_name(info: strawberry.Info[Context, None], customer_id: object) -> str | None:
    return await actor_name(info, f"customer:{customer_id}")


async def staff_name(info: strawberry.Info[Context, None], staff_id: object) -> str | None:
    return await actor_name(info, f"staff:{staff_id}") if staff_id is not None else None
