"""The typed refusals of bank deposits; each leaves everything as it was."""

from __future__ import annotations

from models.errors import DomainError
from models.wallet.errors import WalletErrorCode


class InvalidReceipt(DomainError):
    """The receipt is not a JPEG, PNG or WebP image that opens, is too large, or is not of the
    content type it was sent as."""

    code = WalletErrorCode.INVALID_RECEIPT

    def __init__(self, code: WalletErrorCode, message: str) -> None:
        super().__init__(code, message, field="receipt")


class TrackingNumberAlreadyCredited(DomainError):
    """A deposit with this bank and tracking number has been credited already."""

    code = WalletErrorCode.TRACKING_NUMBER_ALREADY_CREDITED

    def __init__(self) -> None:
        super().__init__(message="a deposit with this bank and tracking number was credited "
                                 "already", field="trackingNumber")


class DepositAlreadyDecided(DomainError):
    """The deposit was approved or rejected before; a decision is final."""

    code = WalletErrorCode.DEPOSIT_ALREADY_DECIDED

    def __init__(self, status: str) -> None:
        self.status = status
        super().__init__(message=f"the deposit is {status} already", field="id")


class DeclarerCannotApprove(DomainError):
    """The one who declared a deposit never approves it, first or second, at any amount."""

    code = WalletErrorCode.DECLARER_CANNOT_APPROVE

    def __init__(self) -> None:
        super().__init__(message="a deposit is approved by someone other than the one who "
                                 "declared it", field="id")


class SameApproverTwice(DomainError):
    """The first approver cannot give the second approval too."""

    code = WalletErrorCode.SAME_APPROVER_TWICE

    def __init__(self) -> None:
        super().__init__(message="the second approval must come from someone other than the "
                                 "first approver", field="id")
