"""The wallet's refusals in the schema: too little spendable credit."""

from __future__ import annotations

import strawberry

from api.errors import DomainErrors, UserError, declare_error, fields
from api.scalars import Long
from models.wallet.errors import InsufficientFunds, WalletErrorCode


@strawberry.type(description="The wallet holds less spendable credit than asked for.")
class InsufficientFundsError(UserError):
    missing: Long = strawberry.field(description="How much more credit is needed, in rials.")
    available: Long = strawberry.field(description="What the wallet can spend now, in rials.")


# Top-ups, deposits and cash-outs raise WalletErrorCode's codes too; their packages declare
# their own types.
WALLET_ERRORS = DomainErrors(codes=(WalletErrorCode,), errors=(
    declare_error(InsufficientFunds, InsufficientFundsError,
                  lambda e: InsufficientFundsError(missing=Long(e.missing),
                                                   available=Long(e.available), **fields(e))),
))
