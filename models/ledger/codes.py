"""Names the ledger speaks in: transfer kinds, pending states, result codes and system accounts."""

from __future__ import annotations

from enum import StrEnum

from models.errors import ErrorCode

AMOUNT_MAX = 2**63 - 1
BATCH_MAX = 1000


class TransferKind(StrEnum):
    SINGLE_PHASE = "single_phase"
    PENDING = "pending"
    POST_PENDING = "post_pending"
    VOID_PENDING = "void_pending"


class PendingState(StrEnum):
    PENDING = "pending"
    POSTED = "posted"
    VOIDED = "voided"
    EXPIRED = "expired"


class TransferResult(ErrorCode):
    """Why a transfer was refused: exact facts, as TigerBeetle names them."""

    BATCH_EMPTY = "batch_empty"
    BATCH_TOO_LARGE = "batch_too_large"
    IDEMPOTENCY_KEY_REQUIRED = "idempotency_key_required"
    IDEMPOTENCY_KEY_REPEATED_IN_BATCH = "idempotency_key_repeated_in_batch"
    AMOUNT_MUST_BE_POSITIVE = "amount_must_be_positive"
    AMOUNT_TOO_LARGE = "amount_too_large"
    ACCOUNTS_MUST_BE_DIFFERENT = "accounts_must_be_different"
    ACCOUNTS_REQUIRED = "accounts_required"
    CODE_REQUIRED = "code_required"
    LEDGER_MISMATCH = "ledger_mismatch"
    ACCOUNT_NOT_FOUND = "account_not_found"
    ACCOUNT_CLOSED = "account_closed"
    EXCEEDS_CREDITS = "exceeds_credits"
    EXCEEDS_DEBITS = "exceeds_debits"
    EXCEEDS_CREDIT_LIMIT = "exceeds_credit_limit"
    OVERFLOWS_TOTALS = "overflows_totals"
    TIMEOUT_MUST_BE_POSITIVE = "timeout_must_be_positive"
    TIMEOUT_ONLY_FOR_PENDING = "timeout_only_for_pending"
    PENDING_ID_REQUIRED = "pending_id_required"
    PENDING_ID_ONLY_FOR_POST_OR_VOID = "pending_id_only_for_post_or_void"
    PENDING_TRANSFER_NOT_FOUND = "pending_transfer_not_found"
    PENDING_TRANSFER_ALREADY_POSTED = "pending_transfer_already_posted"
    PENDING_TRANSFER_ALREADY_VOIDED = "pending_transfer_already_voided"
    PENDING_TRANSFER_EXPIRED = "pending_transfer_expired"
    PENDING_TRANSFER_NOT_EXPIRED = "pending_transfer_not_expired"
    PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS = "pending_transfer_has_different_accounts"
    PENDING_TRANSFER_RESOLVED_TWICE_IN_BATCH = "pending_transfer_resolved_twice_in_batch"
    POST_AMOUNT_EXCEEDS_PENDING = "post_amount_exceeds_pending"
    VOID_AMOUNT_MUST_MATCH_PENDING = "void_amount_must_match_pending"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    ACCOUNT_MANAGED = "account_managed"  # a domain's account: only its own operations move it
    CONTENDED_TRY_AGAIN = "contended_try_again"


class SystemAccount(StrEnum):
    """Accounts every ledger has, owned by the business itself."""

    GATEWAY_CLEARING = "gateway_clearing"
    REVENUE = "revenue"
    FEES = "fees"
    EXPIRED_CREDIT = "expired_credit"
    OPENING_BALANCES = "opening_balances"
    BANK_DEPOSITS = "bank_deposits"  # offline top-ups: money paid into our bank accounts
    PROMOTIONS = "promotions"  # promotional credit granted (bonuses): what it cost the business
    PAYOUTS_CLEARING = "payouts_clearing"  # cash-outs on their way to customers' banks


def system_key(ledger: str, account: SystemAccount) -> str:
    return f"{ledger}:{account.value}"
