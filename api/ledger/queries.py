"""Ledger queries: thin resolvers over `models.ledger.queries`."""

from __future__ import annotations

import strawberry

from api.ledger.mutations import parse_id
from api.ledger.types import Account, Ledger, Transfer, account_page, transfer_page
from api.pagination import Connection
from api.permissions import staff_only
from models.ledger import queries


@strawberry.type
class LedgerQuery:
    @strawberry.field(extensions=staff_only(), description="Every ledger (asset) there is.")
    async def ledgers(self) -> list[Ledger]:
        return [Ledger.from_row(r) for r in await queries.list_ledgers()]

    @strawberry.field(extensions=staff_only())
    async def account(self, id: strawberry.ID) -> Account | None:
        row = await queries.get_account(parse_id(id, "id") or 0)
        return Account.from_row(row) if row else None

    @strawberry.field(extensions=staff_only(),
                      description="Accounts in id order, filtered by owner, code or ledger.")
    async def accounts(self, first: int = 50, after: str | None = None, owner: str | None = None,
                       code: str | None = None, ledger: str | None = None) -> Connection[Account]:
        return await account_page(first, after, owner=owner, code=code, ledger=ledger)

    @strawberry.field(extensions=staff_only(),
                      description="An account's transfers (either side), newest first.")
    async def transfers(self, account_id: strawberry.ID, first: int = 50,
                        after: str | None = None) -> Connection[Transfer]:
        return await transfer_page(parse_id(account_id, "accountId") or 0, first, after)

    @strawberry.field(extensions=staff_only())
    async def transfer(self, id: strawberry.ID) -> Transfer | None:
        row = await queries.get_transfer(parse_id(id, "id") or 0)
        return Transfer.from_row(row) if row else None
