"""Whose cash-outs a caller reaches: a customer their own, staff anyone's (naming the customer)."""

from __future__ import annotations

import strawberry

from api.context import Context
from api.permissions import MANAGERS
from models.errors import NotFound, ValidationFailed
from models.identity.callers import CallerKind, Identity
from models.identity.errors import IdentityErrorCode
from models.identity.tables import StaffRole

# Who approves and rejects cash-outs and verifies bank accounts.
APPROVERS = MANAGERS | {StaffRole.BACK_OFFICE}


def actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # every field's rule admits only signed-in callers
    return identity


def customer_in_scope(identity: Identity, customer_id: int | None) -> int:
    """The customer an operation acts for: a customer always themselves (naming another is
    `customer_not_found`), staff the one they name (`customerId` is then required)."""
    if identity.kind is CallerKind.CUSTOMER:
        assert identity.customer_id is not None
        if customer_id not in (None, identity.customer_id):
            raise NotFound(IdentityErrorCode.CUSTOMER_NOT_FOUND, f"no customer {customer_id}",
                           field="customerId")
        return identity.customer_id
    if customer_id is None:
        raise ValidationFailed(IdentityErrorCode.CUSTOMER_ID_REQUIRED, "staff name the customer",
                               field="customerId")
    return customer_id


def own_customer(identity: Identity) -> int | None:
    """A customer caller's id (their lists are limited to it); None for staff."""
    return identity.customer_id if identity.kind is CallerKind.CUSTOMER else None
