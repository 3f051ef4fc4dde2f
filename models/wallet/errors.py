"""The wallet's typed refusals."""

from __future__ import annotations

from models.errors import DomainError


class InsufficientFunds(DomainError):
    """The wallet holds less spendable credit than asked for; nothing was written."""

    code = "insufficient_funds"

    def __init__(self, requested: int, available: int) -> None:
        self.requested = requested
        self.available = available
        self.missing = requested - available
        super().__init__(message=f"{self.missing} more is needed: {available} of {requested} "
                                 "is available", field="amount")
