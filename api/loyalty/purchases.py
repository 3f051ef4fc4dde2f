"""Purchases over GraphQL: quote, commit, return and void at a terminal (its key) or a shop (its
merchant's partner key with scope `loyalty:purchases`); the club's purchases for its staff; the
member's own clubs and purchases in their session. Thin resolvers over
`models.loyalty.purchases`, `returns` and `member_view`."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import strawberry

from api.context import Context
from api.errors import ConflictError, InvalidInput, NotAllowedError, NotFoundError
from api.ids import parse_id, required_id
from api.loyalty.clubs import READERS, actor
from api.loyalty.purchase_types import (
    MyClub,
    Purchase,
    PurchaseInput,
    PurchaseOutcomeType,
    PurchaseReturnType,
    ReturnPurchaseInput,
)
from api.permissions import ALL_STAFF, MOVERS, Scope, requires
from models.errors import NotFound
from models.loyalty import lookup, member_view, purchases, returns
from models.loyalty.codes import ClubRole
from models.loyalty.purchases import LineInput, PurchaseFilter, PurchaseRequest

# A terminal, or a merchant's shop by its partner key.
COUNTER: dict[str, Any] = {"terminal": True, "partner": Scope.LOYALTY_PURCHASES}
# Returns and voids: the counter, and the club's staff (operators and above).
RETURNERS: dict[str, Any] = {**COUNTER, "staff": MOVERS, "partner_staff": ALL_STAFF}

QuoteResult = Annotated[PurchaseOutcomeType | InvalidInput | NotFoundError | ConflictError
                        | NotAllowedError, strawberry.union("PurchaseResult")]
ReturnResult = Annotated[PurchaseReturnType | InvalidInput | NotFoundError | ConflictError
                         | NotAllowedError, strawberry.union("ReturnPurchaseResult")]


async def _request(info: strawberry.Info[Context, None], given: PurchaseInput) -> PurchaseRequest:
    counter = await purchases.counter_for(actor(info), required_id(given.club_id, "clubId"),
                                          given.channel)
    member = await lookup.find_member(counter.club_id, given.member)
    return PurchaseRequest(
        club_id=counter.club_id, member_id=member.id, merchant_id=counter.merchant_id,
        channel=counter.channel, amount=given.amount, source=counter.source,
        reference=given.reference, terminal_id=counter.terminal_id,
        lines=tuple(LineInput(line.line_no, line.amount,
                              parse_id(line.service_category_id, "serviceCategoryId"),
                              line.quantity) for line in given.lines),
        credit=given.credit, all_credit=given.all_credit, points=given.points)


@strawberry.type
class PurchaseQuery:
    @strawberry.field(extensions=requires(**READERS),
                      description="A club's purchases, newest first: by member, merchant and "
                                  "days (`since` and `until` inclusive, in the club's timezone).")
    async def club_purchases(self, info: strawberry.Info[Context, None], club_id: strawberry.ID,
                             member_id: strawberry.ID | None = None,
                             merchant_id: strawberry.ID | None = None,
                             since: date | None = None, until: date | None = None,
                             first: int = 50,
                             before: strawberry.ID | None = None) -> list[Purchase]:
        where = PurchaseFilter(member_id=parse_id(member_id, "memberId"),
                               merchant_id=parse_id(merchant_id, "merchantId"),
                               since=since, until=until)
        try:
            rows = await purchases.club_purchases(actor(info), required_id(club_id, "clubId"),
                                                  where, limit=max(1, min(first, 200)),
                                                  before_id=parse_id(before, "before"))
        except NotFound:
            return []
        return [Purchase.of(row) for row in rows]

    @strawberry.field(extensions=requires(**READERS, **COUNTER, customer=True),
                      description="A purchase in reach with its legs; null otherwise.")
    async def purchase(self, info: strawberry.Info[Context, None],
                       id: strawberry.ID) -> Purchase | None:
        try:
            row = await purchases.purchase_for(actor(info), required_id(id, "id"))
        except NotFound:
            return None
        legs = await purchases.effects_of([row.id])
        return Purchase.of(row, legs[row.id])

    @strawberry.field(extensions=requires(customer=True),
                      description="The signed-in person's clubs: credit by lot with its scope "
                                  "and expiry, points and entries.")
    async def my_clubs(self, info: strawberry.Info[Context, None]) -> list[MyClub]:
        return [MyClub.of(v) for v in await member_view.my_memberships(actor(info))]

    @strawberry.field(extensions=requires(customer=True),
                      description="The signed-in person's purchases, newest first, with what "
                                  "each earned.")
    async def my_purchases(self, info: strawberry.Info[Context, None], first: int = 50,
                           before: strawberry.ID | None = None) -> list[Purchase]:
        rows = await member_view.my_purchases(actor(info), limit=max(1, min(first, 200)),
                                              before_id=parse_id(before, "before"))
        return [Purchase.of(row) for row in rows]


@strawberry.type
class PurchaseMutation:
    @strawberry.mutation(extensions=requires(**COUNTER),
                         description="What committing this purchase now would give and take; "
                                     "stores nothing.")
    async def quote_purchase(self, info: strawberry.Info[Context, None],
                             input: PurchaseInput) -> QuoteResult:
        return PurchaseOutcomeType.of(await purchases.quote_purchase(await _request(info, input)))

    @strawberry.mutation(extensions=requires(**COUNTER),
                         description="Record the purchase: every leg in one ledger batch. Once "
                                     "per reference: a replay answers the first commit "
                                     "(`replayed`), another purchase under the same reference "
                                     "is idempotency_conflict.")
    async def commit_purchase(self, info: strawberry.Info[Context, None],
                              input: PurchaseInput) -> QuoteResult:
        return PurchaseOutcomeType.of(
            await purchases.commit_purchase(await _request(info, input)))

    @strawberry.mutation(extensions=requires(**RETURNERS),
                         description="Return part or all of a purchase: every effect reversed "
                                     "pro rata, credit and points back to their lots, what was "
                                     "spent clawed back or owed. Once per key.")
    async def return_purchase(self, info: strawberry.Info[Context, None],
                              input: ReturnPurchaseInput) -> ReturnResult:
        row = await purchases.purchase_for(actor(info), required_id(input.purchase_id,
                                                                    "purchaseId"),
                                           ClubRole.OPERATOR)
        return PurchaseReturnType.of(await returns.return_purchase(returns.ReturnRequest(
            club_id=row.club_id, purchase_id=row.id, key=input.key, amount=input.amount,
            lines=tuple(returns.ReturnLine(line.line_no, line.amount) for line in input.lines))))

    @strawberry.mutation(extensions=requires(**RETURNERS),
                         description="Cancel a whole purchase on the day it was made (the "
                                     "club's timezone). Once per key.")
    async def void_purchase(self, info: strawberry.Info[Context, None],
                            purchase_id: strawberry.ID, key: str) -> ReturnResult:
        row = await purchases.purchase_for(actor(info), required_id(purchase_id, "purchaseId"),
                                           ClubRole.OPERATOR)
        return PurchaseReturnType.of(await returns.void_purchase(row.club_id, row.id, key))
