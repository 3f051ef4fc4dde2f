"""Billing's refusals in the schema: its codes (answered as the common types), and the wallet's
shortfall, which billing answers when an order's payment meets a wallet holding too little."""

from __future__ import annotations

import strawberry

from api.errors import DomainErrors, UserError, declare_error, fields
from api.scalars import Long
from models.billing.errors import BillingErrorCode
from models.wallet.errors import InsufficientFunds


@strawberry.type(description="The wallet holds less spendable credit than asked for.")
class InsufficientFundsError(UserError):
    missing: Long = strawberry.field(description="How much more credit is needed, in rials.")
    available: Long = strawberry.field(description="What the wallet can spend now, in rials.")


BILLING_ERRORS = DomainErrors(codes=(BillingErrorCode,), errors=(
    declare_error(InsufficientFunds, InsufficientFundsError,
                  lambda e: InsufficientFundsError(missing=Long(e.missing),
                                                   available=Long(e.available), **fields(e))),
))
