"""The ledger's typed refusals."""

from __future__ import annotations

from models.errors import DomainError
from models.ledger.codes import TransferResult


class TransferRejected(DomainError):
    """A transfer in a batch was refused; the whole batch wrote nothing."""

    code = "transfer_rejected"

    def __init__(self, result: TransferResult, message: str = "", *, index: int | None = None,
                 field: str | None = None) -> None:
        self.result = result
        self.index = index
        where = f"transfer {index}: " if index is not None else ""
        super().__init__(result.value, where + (message or result.value.replace("_", " ")),
                         field=field)


class AccountRejected(DomainError):
    """An account operation was refused."""

    code = "account_rejected"

    def __init__(self, code: str, message: str = "", *, index: int | None = None,
                 field: str | None = None) -> None:
        self.index = index
        where = f"account {index}: " if index is not None else ""
        super().__init__(code, where + (message or code.replace("_", " ")), field=field)
