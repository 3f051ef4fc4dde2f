"""GraphQL types of the ledger: ledgers, accounts, transfers and their pending states."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from api.context import Context
from api.pagination import Connection, Edge, PageInfo, decode_cursor, encode_cursor, page_size
from api.scalars import JSON, Long
from models.identity.reach import Reach
from models.ledger import queries
from models.ledger.codes import PendingState as PendingStateEnum
from models.ledger.codes import TransferKind as TransferKindEnum
from models.ledger.posting import TransferRecord
from models.ledger.tables import Account as AccountRow
from models.ledger.tables import Ledger as LedgerRow
from models.ledger.tables import PendingTransfer as PendingRow
from models.ledger.tables import Transfer as TransferRow

# The domain's enums, registered with Strawberry as they are (one definition of each).
TransferKind = TransferKindEnum
PendingState = PendingStateEnum
strawberry.enum(TransferKind, description="How a transfer moves money.")
strawberry.enum(PendingState, description="Where a pending transfer stands.")


@strawberry.type(description="An asset with its own unit. Accounts never mix two ledgers.")
class Ledger:
    code: str
    name: str
    unit: str

    @classmethod
    def from_row(cls, row: LedgerRow) -> Ledger:
        return cls(code=row.code, name=row.name, unit=row.unit)


@strawberry.type(description="An account in one ledger with its four running totals.")
class Account:
    row: strawberry.Private[AccountRow]
    id: strawberry.ID
    ledger: str
    code: str = strawberry.field(description="What kind of account, e.g. customer_wallet.")
    owner: str | None
    name: str
    external_id: str | None
    system_key: str | None
    debits_must_not_exceed_credits: bool
    credits_must_not_exceed_debits: bool
    credit_limit: Long
    closed: bool
    debits_pending: Long
    debits_posted: Long
    credits_pending: Long
    credits_posted: Long
    version: Long = strawberry.field(description="Sequence number of the account's last event.")
    metadata: JSON
    created_at: datetime

    @classmethod
    def from_row(cls, row: AccountRow) -> Account:
        return cls(
            row=row, id=strawberry.ID(str(row.id)), ledger=row.ledger_id,
            code=row.code, owner=row.owner, name=row.name, external_id=row.external_id,
            system_key=row.system_key,
            debits_must_not_exceed_credits=row.debits_must_not_exceed_credits,
            credits_must_not_exceed_debits=row.credits_must_not_exceed_debits,
            credit_limit=Long(row.credit_limit), closed=row.closed,
            debits_pending=Long(row.debits_pending), debits_posted=Long(row.debits_posted),
            credits_pending=Long(row.credits_pending), credits_posted=Long(row.credits_posted),
            version=Long(row.version), metadata=JSON(row.metadata), created_at=row.created_at,
        )

    @strawberry.field(description="credits_posted - debits_posted: what a liability holds.")
    def balance(self) -> Long:
        return Long(self.row.credits_posted - self.row.debits_posted)

    @strawberry.field(description="What may still be debited: the credit balance less holds, "
                                  "plus the credit limit. Null for accounts without that flag.")
    def available(self) -> Long | None:
        r = self.row
        if not r.debits_must_not_exceed_credits:
            return None
        return Long(r.credits_posted + r.credit_limit - r.debits_posted - r.debits_pending)

    @strawberry.field(description="Transfers on either side of this account, newest first.")
    async def transfers(self, info: strawberry.Info[Context, None], first: int = 20,
                        after: str | None = None) -> Connection[Transfer]:
        return await transfer_page(info.context.reach, int(self.id), first, after)


@strawberry.type(description="The state of a pending transfer.")
class PendingStatus:
    state: PendingState
    expires_at: datetime | None
    resolved_by_id: strawberry.ID | None

    @classmethod
    def from_row(cls, row: PendingRow) -> PendingStatus:
        resolved = row.resolved_by_id
        return cls(state=row.state, expires_at=row.expires_at,
                   resolved_by_id=strawberry.ID(str(resolved)) if resolved else None)


@strawberry.type(description="One immutable movement of money between two accounts.")
class Transfer:
    id: strawberry.ID
    idempotency_key: str
    ledger: str
    debit_account_id: strawberry.ID
    credit_account_id: strawberry.ID
    amount: Long
    code: str = strawberry.field(description="Why the money moved.")
    kind: TransferKind
    pending_id: strawberry.ID | None
    timeout_seconds: int | None
    reference_type: str | None
    reference_id: str | None
    metadata: JSON
    created_at: datetime
    replayed: bool = strawberry.field(
        default=False, description="True when an idempotency key returned a stored transfer.")

    @classmethod
    def from_row(cls, row: TransferRow) -> Transfer:
        pending = row.pending_id
        return cls(
            id=strawberry.ID(str(row.id)), idempotency_key=row.idempotency_key,
            ledger=row.ledger_id,
            debit_account_id=strawberry.ID(str(row.debit_account_id)),
            credit_account_id=strawberry.ID(str(row.credit_account_id)),
            amount=Long(row.amount), code=row.code, kind=row.kind,
            pending_id=strawberry.ID(str(pending)) if pending else None,
            timeout_seconds=row.timeout_seconds, reference_type=row.reference_type,
            reference_id=row.reference_id, metadata=JSON(row.metadata), created_at=row.created_at,
        )

    @classmethod
    def from_record(cls, r: TransferRecord) -> Transfer:
        return cls(
            id=strawberry.ID(str(r.id)), idempotency_key=r.idempotency_key, ledger=r.ledger,
            debit_account_id=strawberry.ID(str(r.debit_account_id)),
            credit_account_id=strawberry.ID(str(r.credit_account_id)),
            amount=Long(r.amount), code=r.code, kind=r.kind,
            pending_id=strawberry.ID(str(r.pending_id)) if r.pending_id else None,
            timeout_seconds=r.timeout_seconds, reference_type=r.reference_type,
            reference_id=r.reference_id, metadata=JSON(r.metadata), created_at=r.created_at,
            replayed=r.replayed,
        )

    @strawberry.field(description="Null when the caller does not reach that account.")
    async def debit_account(self, info: strawberry.Info[Context, None]) -> Account | None:
        return await _reached_account(info, int(self.debit_account_id))

    @strawberry.field(description="Null when the caller does not reach that account.")
    async def credit_account(self, info: strawberry.Info[Context, None]) -> Account | None:
        return await _reached_account(info, int(self.credit_account_id))

    @strawberry.field(description="For a post or void: the pending transfer it resolved.")
    async def pending(self) -> Transfer | None:
        if self.pending_id is None:
            return None
        row = await queries.get_transfer(int(self.pending_id))
        return Transfer.from_row(row) if row else None

    @strawberry.field(description="For a pending transfer: its state and expiry.")
    async def pending_status(self) -> PendingStatus | None:
        if self.kind is not TransferKindEnum.PENDING:
            return None
        row = await queries.get_pending_state(int(self.id))
        return PendingStatus.from_row(row) if row else None

    @strawberry.field(description="For a pending transfer: the post, void or expiry of it.")
    async def resolutions(self) -> list[Transfer]:
        if self.kind is not TransferKindEnum.PENDING:
            return []
        return [Transfer.from_row(r) for r in await queries.resolutions_of(int(self.id))]


async def _reached_account(info: strawberry.Info[Context, None],
                           account_id: int) -> Account | None:
    row = await info.context.accounts.load(account_id)
    return Account.from_row(row) if row and await info.context.reach.sees(row) else None


async def transfer_page(reach: Reach, account_id: int, first: int,
                        after: str | None) -> Connection[Transfer]:
    limit = page_size(first)
    before = decode_cursor("transfer", after)
    rows = await reach.account_transfers(account_id, limit=limit + 1, before_id=before)
    return _page([Transfer.from_row(r) for r in rows[:limit]], len(rows) > limit, "transfer")


async def transfer_search_page(transfer_filter: queries.TransferFilter, first: int,
                               after: str | None) -> Connection[Transfer]:
    limit = page_size(first)
    rows = await queries.search_transfers(transfer_filter, limit=limit + 1,
                                          before_id=decode_cursor("transfer", after))
    return _page([Transfer.from_row(r) for r in rows[:limit]], len(rows) > limit, "transfer")


async def account_page(reach: Reach, first: int, after: str | None,
                       **filters: Any) -> Connection[Account]:
    limit = page_size(first)
    after_id = decode_cursor("account", after)
    rows = await reach.accounts(limit=limit + 1, after_id=after_id, **filters)
    return _page([Account.from_row(r) for r in rows[:limit]], len(rows) > limit, "account")


def _page(nodes: list[Any], more: bool, kind: str) -> Connection[Any]:
    edges = [Edge(cursor=encode_cursor(kind, int(n.id)), node=n) for n in nodes]
    return Connection(edges=edges, page_info=PageInfo(
        has_next_page=more, end_cursor=edges[-1].cursor if edges else None))
