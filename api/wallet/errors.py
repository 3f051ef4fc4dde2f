"""The wallet's codes in the schema. Its shortfall (`InsufficientFunds`) is answered by billing,
the one that pays from a wallet through the API (`api/billing/errors.py`); top-ups, deposits and
cash-outs declare their own types."""

from __future__ import annotations

from api.errors import DomainErrors
from models.wallet.errors import WalletErrorCode

WALLET_ERRORS = DomainErrors(codes=(WalletErrorCode,))
