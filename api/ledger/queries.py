"""Ledger queries: thin resolvers over `models.ledger.queries`."""

from __future__ import annotations

import strawberry

from api.context import Context
from api.ids import parse_id
from api.ledger.types import Account, Ledger, Transfer, account_page, transfer_page
from api.pagination import Connection
from api.permissions import ALL_STAFF, Scope, requires
from models.ledger import queries

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
