"""The ledger's typed refusals."""

from __future__ import annotations

from models.errors import DomainError, ErrorCode
from models.ledger.codes import TransferResult


class LedgerErrorCode(ErrorCode):
    """Codes of the ledger's refusals besides a transfer's result (`TransferResult`):
    accounts, ledgers, metadata."""

    ACCOUNT_HAS_BALANCE = "account_has_balance"
    ACCOUNT_HAS_PENDING_TRANSFERS = "account_has_pending_transfers"
    ACCOUNT_REJECTED = "account_rejected"
    CREDIT_LIMIT_BELOW_USAGE = "credit_limit_below_usage"
    CREDIT_LIMIT_MUST_NOT_BE_NEGATIVE = "credit_limit_must_not_be_negative"
    CREDIT_LIMIT_NEEDS_A_BALANCE_FLAG = "credit_limit_needs_a_balance_flag"
    EXTERNAL_ID_CONFLICT = "external_id_conflict"
    EXTERNAL_ID_REPEATED_IN_BATCH = "external_id_repeated_in_batch"
    FLAGS_ARE_MUTUALLY_EXCLUSIVE = "flags_are_mutually_exclusive"
    INVALID_EXTERNAL_ID = "invalid_external_id"
    LEDGER_NOT_FOUND = "ledger_not_found"
    SYSTEM_ACCOUNT_CANNOT_CLOSE = "system_account_cannot_close"
    TRANSFER_REJECTED = "transfer_rejected"


class TransferRejected(DomainError):
    """A transfer in a batch was refused; the whole batch wrote nothing."""

    code = LedgerErrorCode.TRANSFER_REJECTED

    def __init__(self, result: TransferResult, message: str = "", *, index: int | None = None,
                 field: str | None = None) -> None:
        self.result = result
        self.index = index
        where = f"transfer {index}: " if index is not None else ""
        super().__init__(result, where + (message or result.value.replace("_", " ")),
                         field=field)


class AccountRejected(DomainError):
    """An account operation was refused."""

    code = LedgerErrorCode.ACCOUNT_REJECTED

    def __init__(self, code: ErrorCode, message: str = "", *,
                 index: int | None = None,
                 field: str | None = None) -> None:
        self.index = index
        where = f"account {index}: " if index is not None else ""
        super().__init__(code, where + (message or code.replace("_", " ")), field=field)
