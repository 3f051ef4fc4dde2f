"""The typed refusals of a cash-out request."""

from __future__ import annotations

from models.errors import DomainError
from models.wallet.errors import WalletErrorCode


class BankAccountNotVerified(DomainError):
    """The bank account is not one of the customer's verified accounts."""

    code = WalletErrorCode.BANK_ACCOUNT_NOT_VERIFIED

    def __init__(self) -> None:
        super().__init__(message="cash-outs go only to a verified bank account of the customer",
                         field="bankAccountId")


class InsufficientCashableCredit(DomainError):
    """Less paid credit is free than asked for (promotional credit is never cashable)."""

    code = WalletErrorCode.INSUFFICIENT_CASHABLE_CREDIT

    def __init__(self, requested: int, cashable: int) -> None:
        self.requested = requested
        self.cashable = cashable
        super().__init__(message=f"only {cashable} of the {requested} asked for can be cashed "
                                 "out: promotional credit and held amounts are not cashable",
                         field="amount")


class CashOutLimitExceeded(DomainError):
    """The amount is outside the cash-out limits: `code` says which one."""

    code = WalletErrorCode.ABOVE_REQUEST_LIMIT

    def __init__(self, code: WalletErrorCode, limit: int, remaining: int, message: str) -> None:
        self.limit = limit
        self.remaining = remaining
        super().__init__(code, message, field="amount")
