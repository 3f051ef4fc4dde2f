"""The business summary in GraphQL: thin fields over `models.wallet.summary`, each figure computed
only when asked for. Amounts are BigInt: sums over every wallet may pass 64 bits."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from api.scalars import BigInt
from models.wallet import summary

Days = Annotated[int, strawberry.argument(
    description="How many Tehran days, today included (1 to 366).")]


@strawberry.type(description="How many, and their amount in rials.")
class Tally:
    count: int
    amount: BigInt

    @classmethod
    def of(cls, tally: summary.Tally) -> Tally:
        return cls(count=tally.count, amount=BigInt(tally.amount))


@strawberry.type(description="How many on one Tehran day, and their amount in rials.")
class DayTally:
    day: date
    count: int
    amount: BigInt

    @classmethod
    def of(cls, tally: summary.DayTally) -> DayTally:
        return cls(day=tally.day, count=tally.count, amount=BigInt(tally.amount))


@strawberry.type(description="The business at a glance, for the admin's dashboard. Series have "
                             "every day of their window, oldest first, a quiet day as zero.")
class BusinessSummary:
    @strawberry.field(description="Deposits waiting for a first or a second approval.")
    async def deposits_awaiting(self) -> Tally:
        return Tally.of(await summary.deposits_awaiting())

    @strawberry.field(description="Cash-outs requested and not yet approved or rejected.")
    async def cash_outs_awaiting(self) -> Tally:
        return Tally.of(await summary.cash_outs_awaiting())

    @strawberry.field(description="What every customer's wallet together can spend now, in "
                                  "rials (the sum of the wallets' totals).")
    async def outstanding_wallet_credit(self) -> BigInt:
        return BigInt(await summary.outstanding_wallet_credit())

    @strawberry.field(description="Wallet payments per Tehran day.")
    async def payments_by_day(self, days: Days = 14) -> list[DayTally]:
        return [DayTally.of(d) for d in await summary.payments_by_day(days)]

    @strawberry.field(description="Online top-ups credited per Tehran day.")
    async def top_ups_by_day(self, days: Days = 14) -> list[DayTally]:
        return [DayTally.of(d) for d in await summary.top_ups_by_day(days)]
