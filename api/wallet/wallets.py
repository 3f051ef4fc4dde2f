"""Wallets in GraphQL: a customer's wallet and activity (a customer their own, staff anyone's,
a partner its members'), promotional credit granted by managers, and the business summary
for staff."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotFoundError
from api.ids import parse_id, required_id, to_id
from api.ledger.errors import TransferRejected
from api.permissions import ALL_STAFF, MANAGERS, Scope, requires
from api.scalars import Long
from api.wallet.summary import BusinessSummary
from api.wallet.types import CustomerActivity, Wallet, wallet_or_none
from models.errors import NotFound
from models.identity.callers import Identity
from models.identity.reach import acting_for
from models.wallet import wallets
from models.wallet.activity.figures import activity_of


@strawberry.input(description="Promotional credit for one customer, granted once per key.")
class GrantPromotionalCreditInput:
    customer_id: strawberry.ID
    amount: Long = strawberry.field(description="Rials, more than zero.")
    expires_at: datetime = strawberry.field(description="When what is left of it expires.")
    idempotency_key: str = strawberry.field(description="The same key grants once.")
    reason: str = strawberry.field(description="Why it is granted; kept with the transfer.")


@strawberry.type
class GrantPromotionalCreditSuccess:
    lot_id: strawberry.ID
    wallet: Wallet


GrantPromotionalCreditResult = Annotated[
    GrantPromotionalCreditSuccess | InvalidInput | NotFoundError | ConflictError
    | TransferRejected, strawberry.union("GrantPromotionalCreditResult")]


def _actor(info: strawberry.Info[Context, None]) -> Identity:
    identity = info.context.identity
    assert identity is not None  # the field's rule admits only signed-in callers
    return identity


async def reachable_customer(actor: Identity, customer_id: int | None) -> int | None:
    """The customer whose wallet the caller asks for (`acting_for`), or None out of reach."""
    try:
        return await acting_for(actor, customer_id)
    except NotFound:
        return None


@strawberry.type
class WalletQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, partner=Scope.CUSTOMERS_READ,
                                          customer=True),
                      description="A customer's wallet: a customer's own (customerId may be "
                                  "left out), anyone's for staff, a member's for a partner.")
    async def wallet(self, info: strawberry.Info[Context, None],
                     customer_id: strawberry.ID | None = None) -> Wallet | None:
        found = await reachable_customer(_actor(info), parse_id(customer_id, "customerId"))
        return await wallet_or_none(found) if found is not None else None

    @strawberry.field(extensions=requires(staff=ALL_STAFF, partner=Scope.CUSTOMERS_READ,
                                          customer=True),
                      description="A customer's activity and level, reached as `wallet` is.")
    async def customer_activity(self, info: strawberry.Info[Context, None],
                                customer_id: strawberry.ID | None = None,
                                ) -> CustomerActivity | None:
        found = await reachable_customer(_actor(info), parse_id(customer_id, "customerId"))
        if found is None:
            return None
        return CustomerActivity.from_activity(
            await activity_of(found, info.context.policies.activity))

    @strawberry.field(extensions=requires(staff=ALL_STAFF),
                      description="The business at a glance: deposits and cash-outs awaiting a "
                                  "decision, outstanding wallet credit, payments and top-ups "
                                  "per Tehran day.")
    async def business_summary(self) -> BusinessSummary:
        return BusinessSummary()


@strawberry.type
class WalletMutation:
    @strawberry.mutation(extensions=requires(staff=MANAGERS),
                         description="Grant a customer promotional credit from the promotions "
                                     "account, spent before paid credit and expiring at "
                                     "expiresAt; once per idempotencyKey.")
    async def grant_promotional_credit(self, info: strawberry.Info[Context, None],
                                       input: GrantPromotionalCreditInput,
                                       ) -> GrantPromotionalCreditResult:
        customer_id = await acting_for(_actor(info), required_id(input.customer_id,
                                                                 "customerId"))
        lot = await wallets.grant_by_staff(customer_id, int(input.amount), input.expires_at,
                                           input.idempotency_key, input.reason,
                                           _actor(info).actor)
        return GrantPromotionalCreditSuccess(lot_id=to_id(lot.id),
                                             wallet=await Wallet.of_customer(customer_id))
