"""Whose cash-outs a caller reaches: a customer their own, staff anyone's (naming the customer,
`models.identity.reach.acting_for`)."""

from __future__ import annotations

import strawberry

from api.context import Context
from api.permissions import MANAGERS
from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole

# Who approves and rejects cash-outs and verifies bank accounts.
APPROVERS = MANAGERS | {StaffRole.BACK_OFFICE}


def actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # every field's rule admits only signed-in callers
    return identity


def own_customer(identity: Identity) -> int | None:
    """A customer caller's id (their lists are limited to it); None for staff."""
    return identity.customer_id if identity.kind is CallerKind.CUSTOMER else None
