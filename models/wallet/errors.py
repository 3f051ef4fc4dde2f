"""The wallet's typed refusals."""

from __future__ import annotations

from models.errors import DomainError, ErrorCode


class WalletErrorCode(ErrorCode):
    """Codes of the wallet's refusals: spending, top-ups, deposits, cash-outs and activity."""

    ABOVE_DAILY_LIMIT = "above_daily_limit"
    ABOVE_REQUEST_LIMIT = "above_request_limit"
    AMOUNT_ABOVE_MAXIMUM = "amount_above_maximum"
    AMOUNT_BELOW_MINIMUM = "amount_below_minimum"
    AMOUNT_MUST_BE_POSITIVE = "amount_must_be_positive"
    APPROVER_NOT_INDEPENDENT = "approver_not_independent"
    BALANCE_WOULD_EXCEED_MAXIMUM = "balance_would_exceed_maximum"
    BANK_ACCOUNT_NOT_VERIFIED = "bank_account_not_verified"
    BELOW_MINIMUM_AMOUNT = "below_minimum_amount"
    CASH_OUT_ALREADY_SENT = "cash_out_already_sent"
    CASH_OUT_NOT_FOUND = "cash_out_not_found"
    CASH_OUT_NOT_SENT = "cash_out_not_sent"
    CASH_OUT_REJECTED = "cash_out_rejected"
    DECLARER_CANNOT_APPROVE = "declarer_cannot_approve"
    DEPOSITS_ARE_DECIDED_BY_STAFF = "deposits_are_decided_by_staff"
    DEPOSITS_ARE_FOR_STAFF_AND_CUSTOMERS = "deposits_are_for_staff_and_customers"
    DEPOSIT_ALREADY_DECIDED = "deposit_already_decided"
    DEPOSIT_DATE_IN_FUTURE = "deposit_date_in_future"
    DEPOSIT_NOT_FOUND = "deposit_not_found"
    GATEWAY_NOT_CONFIGURED = "gateway_not_configured"
    GATEWAY_UNAVAILABLE = "gateway_unavailable"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    INSUFFICIENT_CASHABLE_CREDIT = "insufficient_cashable_credit"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    INVALID_CALLBACK = "invalid_callback"
    INVALID_DAYS = "invalid_days"
    INVALID_EXPIRY = "invalid_expiry"
    INVALID_MONTH = "invalid_month"
    INVALID_REASON = "invalid_reason"
    INVALID_RECEIPT = "invalid_receipt"
    INVALID_TRACKING_NUMBER = "invalid_tracking_number"
    INVALID_TRACKING_PREFIX = "invalid_tracking_prefix"
    KEY_CONFLICT = "key_conflict"
    LOT_NOT_FOUND = "lot_not_found"
    REASON_REQUIRED = "reason_required"
    RECEIPT_EMPTY = "receipt_empty"
    RECEIPT_NOT_BASE64 = "receipt_not_base64"
    RECEIPT_TOO_LARGE = "receipt_too_large"
    RECEIPT_TYPE_NOT_ALLOWED = "receipt_type_not_allowed"
    RECEIPT_UNREADABLE = "receipt_unreadable"
    SAME_APPROVER_TWICE = "same_approver_twice"
    SPEND_NOT_FOUND = "spend_not_found"
    TOPUP_NOT_FOUND = "topup_not_found"
    TOPUP_STARTING = "topup_starting"
    TRACKING_NUMBER_ALREADY_CREDITED = "tracking_number_already_credited"
    WALLET_NOT_FOUND = "wallet_not_found"


class InsufficientFunds(DomainError):
    """The wallet holds less spendable credit than asked for; nothing was written."""

    code = WalletErrorCode.INSUFFICIENT_FUNDS

    def __init__(self, requested: int, available: int) -> None:
        self.requested = requested
        self.available = available
        self.missing = requested - available
        super().__init__(message=f"{self.missing} more is needed: {available} of {requested} "
                                 "is available", field="amount")
