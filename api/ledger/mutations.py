"""Ledger mutations: thin resolvers that parse input and call `models.ledger`."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.context import Context
from api.errors import InvalidInput, NotFoundError
from api.ids import parse_id, required_id
from api.ledger.errors import AccountRejected, TransferRejected
from api.ledger.types import Account, Transfer, TransferKind
from api.permissions import MOVERS, Scope, requires
from api.scalars import JSON, Long
from models.errors import CommonErrorCode, ValidationFailed
from models.ledger import accounts as ledger_accounts
from models.ledger import managed
from models.ledger.codes import TransferKind as Kind
from models.ledger.posting import TransferRequest


@strawberry.input(description="A new account. Same externalId again (in your own namespace, "
                               "as keys are) returns that account.")
class AccountInput:
    ledger: str
    code: str
    owner: str | None = None
    name: str = ""
    external_id: str | None = None
    debits_must_not_exceed_credits: bool = False
    credits_must_not_exceed_debits: bool = False
    credit_limit: Long = Long(0)
    metadata: JSON | None = None


@strawberry.input(description="One transfer of a batch.")
class TransferInput:
    idempotency_key: str = strawberry.field(
        description="Your unique key, kept in your own namespace (staff share one, each partner "
                    "and each customer has its own): the same key and content returns the stored "
                    "transfer, other content is idempotency_conflict.")
    code: str = strawberry.field(description="Why the money moves, e.g. top_up.")
    amount: Long | None = strawberry.field(
        default=None, description="Required for single_phase and pending; for post_pending it "
                                  "may be less than the pending amount.")
    debit_account_id: strawberry.ID | None = None
    credit_account_id: strawberry.ID | None = None
    kind: TransferKind = TransferKind.SINGLE_PHASE
    ledger: str | None = None
    pending_id: strawberry.ID | None = None
    timeout_seconds: int | None = strawberry.field(
        default=None, description="For pending transfers: voided automatically after this.")
    reference_type: str | None = None
    reference_id: str | None = None
    metadata: JSON | None = None

    def to_request(self) -> TransferRequest:
        if self.metadata is not None and not isinstance(self.metadata, dict):
            raise ValidationFailed(CommonErrorCode.INVALID_METADATA,
                                   "metadata must be a JSON object",
                                   field="metadata")
        return TransferRequest(
            idempotency_key=self.idempotency_key, code=self.code,
            amount=int(self.amount) if self.amount is not None else None,
            debit_account_id=parse_id(self.debit_account_id, "debitAccountId"),
            credit_account_id=parse_id(self.credit_account_id, "creditAccountId"),
            kind=self.kind, ledger=self.ledger,
            pending_id=parse_id(self.pending_id, "pendingId"),
            timeout_seconds=self.timeout_seconds, reference_type=self.reference_type,
            reference_id=self.reference_id, metadata=self.metadata,
        )


@strawberry.input(description="Post a pending transfer, in full or in part.")
class PostPendingInput:
    pending_id: strawberry.ID
    idempotency_key: str
    amount: Long | None = strawberry.field(
        default=None, description="Omit to post the full pending amount; less releases the rest.")
    code: str = "post_pending"


@strawberry.input(description="Release a pending transfer's hold.")
class VoidPendingInput:
    pending_id: strawberry.ID
    idempotency_key: str
    code: str = "void_pending"


@strawberry.type
class CreateAccountsSuccess:
    accounts: list[Account]


@strawberry.type
class CreateTransfersSuccess:
    transfers: list[Transfer]


@strawberry.type
class TransferSuccess:
    transfer: Transfer


@strawberry.type
class AccountSuccess:
    account: Account


CreateAccountsResult = Annotated[
    CreateAccountsSuccess | AccountRejected | InvalidInput,
    strawberry.union("CreateAccountsResult")]
CreateTransfersResult = Annotated[
    CreateTransfersSuccess | TransferRejected | InvalidInput,
    strawberry.union("CreateTransfersResult")]
ResolvePendingResult = Annotated[
    TransferSuccess | TransferRejected | InvalidInput, strawberry.union("ResolvePendingResult")]
AccountChangeResult = Annotated[
    AccountSuccess | AccountRejected | NotFoundError | InvalidInput,
    strawberry.union("AccountChangeResult")]


async def _resolve(context: Context, pending_id: strawberry.ID, key: str, code: str, kind: Kind,
                   amount: int | None) -> TransferSuccess:
    request = TransferRequest(idempotency_key=key, code=code, kind=kind, amount=amount,
                              pending_id=required_id(pending_id, "pendingId"))
    await context.reach.check_transfer_requests([request])
    [record] = await managed.general_transfers([request], context.key_namespace)
    return TransferSuccess(transfer=Transfer.from_record(record))


@strawberry.type
class LedgerMutation:
    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.LEDGER_WRITE),
                         description="Create up to 1,000 accounts, all or none. A partner's "
                                     "are owned by itself (the default) or its members.")
    async def create_accounts(self, info: strawberry.Info[Context, None],
                              input: list[AccountInput]) -> CreateAccountsResult:
        requests = []
        for item in input:
            if item.metadata is not None and not isinstance(item.metadata, dict):
                raise ValidationFailed(CommonErrorCode.INVALID_METADATA,
                                       "metadata must be a JSON object",
                                       field="metadata")
            requests.append(ledger_accounts.AccountRequest(
                ledger=item.ledger, code=item.code, owner=item.owner, name=item.name,
                external_id=item.external_id,
                debits_must_not_exceed_credits=item.debits_must_not_exceed_credits,
                credits_must_not_exceed_debits=item.credits_must_not_exceed_debits,
                credit_limit=int(item.credit_limit), metadata=item.metadata or {},
            ))
        rows = await managed.general_accounts(
            await info.context.reach.own_account_requests(requests), info.context.key_namespace)
        return CreateAccountsSuccess(accounts=[Account.from_row(r) for r in rows])

    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.LEDGER_WRITE),
                         description="Post up to 1,000 transfers atomically: all or none. A "
                                     "partner moves money only between accounts it reaches.")
    async def create_transfers(self, info: strawberry.Info[Context, None],
                               input: list[TransferInput]) -> CreateTransfersResult:
        requests = [item.to_request() for item in input]
        await info.context.reach.check_transfer_requests(requests)
        records = await managed.general_transfers(requests, info.context.key_namespace)
        return CreateTransfersSuccess(transfers=[Transfer.from_record(r) for r in records])

    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.LEDGER_WRITE))
    async def post_pending_transfer(self, info: strawberry.Info[Context, None],
                                    input: PostPendingInput) -> ResolvePendingResult:
        amount = int(input.amount) if input.amount is not None else None
        return await _resolve(info.context, input.pending_id, input.idempotency_key,
                              input.code, Kind.POST_PENDING, amount)

    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.LEDGER_WRITE))
    async def void_pending_transfer(self, info: strawberry.Info[Context, None],
                                    input: VoidPendingInput) -> ResolvePendingResult:
        return await _resolve(info.context, input.pending_id, input.idempotency_key,
                              input.code, Kind.VOID_PENDING, None)

    @strawberry.mutation(extensions=requires(staff=MOVERS),
                         description="Change how far a flagged account may go past its balance.")
    async def set_account_credit_limit(self, account_id: strawberry.ID,
                                       credit_limit: Long) -> AccountChangeResult:
        row = await managed.set_general_credit_limit(required_id(account_id, "accountId"),
                                                     int(credit_limit))
        return AccountSuccess(account=Account.from_row(row))

    @strawberry.mutation(extensions=requires(staff=MOVERS, partner=Scope.LEDGER_WRITE),
                         description="Close an account with no balance and no pending holds.")
    async def close_account(self, info: strawberry.Info[Context, None],
                            account_id: strawberry.ID) -> AccountChangeResult:
        account = await info.context.reach.require_account(required_id(account_id, "accountId"))
        row = await managed.close_general_account(account.id)
        return AccountSuccess(account=Account.from_row(row))
