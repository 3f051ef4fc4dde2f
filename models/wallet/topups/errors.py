"""The typed refusals of online top-ups."""

from __future__ import annotations

from models.errors import DomainError
from models.wallet.errors import WalletErrorCode


class AmountBelowMinimum(DomainError):
    code = WalletErrorCode.AMOUNT_BELOW_MINIMUM

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum
        super().__init__(message=f"a top-up is at least {minimum} rials", field="amount")


class AmountAboveMaximum(DomainError):
    code = WalletErrorCode.AMOUNT_ABOVE_MAXIMUM

    def __init__(self, maximum: int) -> None:
        self.maximum = maximum
        super().__init__(message=f"a top-up is at most {maximum} rials", field="amount")


class BalanceWouldExceedMaximum(DomainError):
    """The wallet would hold more than the most a wallet may hold."""

    code = WalletErrorCode.BALANCE_WOULD_EXCEED_MAXIMUM

    def __init__(self, maximum: int, balance: int) -> None:
        self.maximum = maximum
        self.balance = balance
        self.room = max(0, maximum - balance)
        super().__init__(message=f"a wallet holds at most {maximum} rials; this one holds "
                                 f"{balance}, so at most {self.room} more can be added",
                         field="amount")


class GatewayUnavailable(DomainError):
    """The bank could not be reached or refused to start a payment; nothing was written."""

    code = WalletErrorCode.GATEWAY_UNAVAILABLE
