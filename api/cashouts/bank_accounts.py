"""Customers' bank accounts: add one (a customer their own, staff anyone's), verify one (back
office and managers), and list a customer's."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.cashouts.scope import APPROVERS, actor
from api.cashouts.types import BankAccount
from api.context import Context
from api.errors import ConflictError, InvalidInput, NotFoundError
from api.idempotency import key_field
from api.ids import parse_id, required_id
from api.permissions import ALL_STAFF, MOVERS, requires
from models.identity import customers
from models.identity.idempotency import create_once
from models.identity.reach import acting_for
from models.identity.tables import BankAccount as BankAccountRow
from models.wallet.cashouts import cashouts


@strawberry.input(description="A bank account to record; staff name the customer, a customer "
                              "adds their own.")
class BankAccountInput:
    customer_id: strawberry.ID | None = None
    sheba: str = strawberry.field(description="IR and 24 digits; spaces and Persian digits are "
                                              "accepted.")
    holder_name: str
    idempotency_key: str | None = key_field()


@strawberry.type
class BankAccountSuccess:
    bank_account: BankAccount


BankAccountResult = Annotated[BankAccountSuccess | InvalidInput | NotFoundError | ConflictError,
                              strawberry.union("BankAccountResult")]


@strawberry.type
class BankAccountQuery:
    @strawberry.field(extensions=requires(staff=ALL_STAFF, customer=True),
                      description="A customer's bank accounts, verified or not; a customer "
                                  "sees only their own.")
    async def bank_accounts(self, info: strawberry.Info[Context, None],
                            customer_id: strawberry.ID | None = None) -> list[BankAccount]:
        owner = await acting_for(actor(info), parse_id(customer_id, "customerId"))
        return [BankAccount.from_row(r) for r in await cashouts.bank_accounts(owner)]


@strawberry.type
class BankAccountMutation:
    @strawberry.mutation(extensions=requires(staff=MOVERS, customer=True),
                         description="Record a bank account by Sheba number; adding it again "
                                     "returns it. It takes cash-outs once verified.")
    async def add_bank_account(self, info: strawberry.Info[Context, None],
                               input: BankAccountInput) -> BankAccountResult:
        owner = await acting_for(actor(info), parse_id(input.customer_id, "customerId"))
        row = await create_once(
            info.context.key_namespace, input.idempotency_key, "addBankAccount",
            {"customer": owner, "sheba": input.sheba, "holder_name": input.holder_name},
            lambda: customers.add_bank_account(owner, input.sheba, input.holder_name),
            BankAccountRow)
        return BankAccountSuccess(bank_account=BankAccount.from_row(row))

    @strawberry.mutation(extensions=requires(staff=APPROVERS),
                         description="Mark a bank account verified (its holder checked to be "
                                     "the customer); safe to repeat.")
    async def verify_bank_account(self, info: strawberry.Info[Context, None],
                                  id: strawberry.ID) -> BankAccountResult:
        row = await customers.verify_bank_account(required_id(id, "id"), by=actor(info).actor)
        return BankAccountSuccess(bank_account=BankAccount.from_row(row))
