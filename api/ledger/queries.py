"""Ledger queries: thin resolvers over `models.ledger.queries`."""

from __future__ import annotations

from datetime import UTC, date, datetime

import strawberry

from api.context import Context
from api.ids import parse_id
from api.ledger.types import (
    Account,
    Ledger,
    Transfer,
    TransferKind,
    account_page,
    transfer_page,
    transfer_search_page,
)
from api.pagination import Connection
from api.permissions import ALL_STAFF, MANAGERS, Scope, requires
from api.scalars import BigInt
from models.ledger import queries
from models.ledger.verify import verify_ledger


@strawberry.type(description="One ledger's accounts and the sums of their totals (sums of "
                             "64-bit totals, so BigInt).")
class LedgerTotals:
    ledger: str
    accounts: int
    debits_posted: BigInt
    credits_posted: BigInt
    debits_pending: BigInt
    credits_pending: BigInt


@strawberry.type(description="Transfers created on one UTC day in one ledger.")
class TransfersOnDay:
    day: date
    ledger: str
    transfers: int
    amount: BigInt


@strawberry.type(description="Totals per ledger and transfers per day, for the dashboard.")
class LedgerSummary:
    totals: list[LedgerTotals]
    transfers_per_day: list[TransfersOnDay]


@strawberry.type(description="A broken ledger invariant, as `etebar ledger verify` reports it.")
class LedgerProblem:
    what: str
    detail: str


@strawberry.type(description="The ledger's invariants checked now against the stored rows.")
class LedgerHealth:
    ok: bool
    problems: list[LedgerProblem]
    checked_at: datetime


# Reading the ledger: staff, partners with ledger:read, customers; each sees what it reaches.
READERS = requires(staff=ALL_STAFF, partner=Scope.LEDGER_READ, customer=True)


@strawberry.type
class LedgerQuery:
    @strawberry.field(extensions=READERS, description="Every ledger (asset) there is.")
    async def ledgers(self) -> list[Ledger]:
        return [Ledger.from_row(r) for r in await queries.list_ledgers()]

    @strawberry.field(extensions=READERS)
    async def account(self, info: strawberry.Info[Context, None],
                      id: strawberry.ID) -> Account | None:
        row = await info.context.reach.account(parse_id(id, "id") or 0)
        return Account.from_row(row) if row else None

    @strawberry.field(extensions=READERS,
                      description="Accounts in id order, filtered by owner, code or ledger.")
    async def accounts(self, info: strawberry.Info[Context, None], first: int = 50,
                       after: str | None = None, owner: str | None = None,
                       code: str | None = None, ledger: str | None = None) -> Connection[Account]:
        return await account_page(info.context.reach, first, after, owner=owner, code=code,
                                  ledger=ledger)

    @strawberry.field(extensions=READERS,
                      description="An account's transfers (either side), newest first.")
    async def transfers(self, info: strawberry.Info[Context, None], account_id: strawberry.ID,
                        first: int = 50, after: str | None = None) -> Connection[Transfer]:
        return await transfer_page(info.context.reach, parse_id(account_id, "accountId") or 0,
                                   first, after)

    @strawberry.field(extensions=READERS)
    async def transfer(self, info: strawberry.Info[Context, None],
                       id: strawberry.ID) -> Transfer | None:
        row = await info.context.reach.transfer(parse_id(id, "id") or 0)
        return Transfer.from_row(row) if row else None

    @strawberry.field(extensions=READERS,
                      description="The transfer you posted under `key`, looked for in your own "
                                  "namespace only (the staff's, your partner's or yours): ask "
                                  "this when an answer was lost, to learn whether it was "
                                  "posted. Null when nothing was posted under it.")
    async def transfer_by_idempotency_key(self, info: strawberry.Info[Context, None],
                                          key: str) -> Transfer | None:
        row = await info.context.reach.transfer_by_key(info.context.key_namespace, key)
        return Transfer.from_row(row) if row else None

    @strawberry.field(extensions=requires(staff=ALL_STAFF),
                      description="Transfers of every account, newest first, filtered exactly "
                                  "(since inclusive, until exclusive).")
    async def search_transfers(self, first: int = 50, after: str | None = None,
                               ledger: str | None = None, code: str | None = None,
                               kind: TransferKind | None = None,
                               reference_type: str | None = None,
                               reference_id: str | None = None, since: datetime | None = None,
                               until: datetime | None = None) -> Connection[Transfer]:
        return await transfer_search_page(queries.TransferFilter(
            ledger=ledger, code=code, kind=kind, reference_type=reference_type,
            reference_id=reference_id, since=since, until=until), first, after)

    @strawberry.field(extensions=requires(staff=ALL_STAFF),
                      description="Totals per ledger and transfers per day over the last `days`.")
    async def ledger_summary(self, days: int = 14) -> LedgerSummary:
        totals = await queries.ledger_totals()
        per_day = await queries.transfers_per_day(max(1, min(days, 366)))
        return LedgerSummary(
            totals=[LedgerTotals(ledger=t.ledger, accounts=t.accounts,
                                 debits_posted=BigInt(t.debits_posted),
                                 credits_posted=BigInt(t.credits_posted),
                                 debits_pending=BigInt(t.debits_pending),
                                 credits_pending=BigInt(t.credits_pending)) for t in totals],
            transfers_per_day=[TransfersOnDay(day=d.day, ledger=d.ledger, transfers=d.transfers,
                                              amount=BigInt(d.amount)) for d in per_day])

    @strawberry.field(extensions=requires(staff=MANAGERS),
                      description="Every ledger invariant checked now (`etebar ledger verify`).")
    async def ledger_health(self) -> LedgerHealth:
        problems = await verify_ledger()
        return LedgerHealth(ok=not problems, checked_at=datetime.now(UTC),
                            problems=[LedgerProblem(what=p.what, detail=p.detail)
                                      for p in problems])
