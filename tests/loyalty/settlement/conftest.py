"""The rows settlement tests need, made directly: a club and its merchants, and shares as a
purchase's commit writes them (a `Share` row with its ledger leg: the PSP's collection, on the
club's sales clearing account, owed to the beneficiary's share payable account)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.identity.numbers import sheba_check_digits
from models.identity.tables import Partner, PartnerKind
from models.ledger.posting import TransferRequest, create_transfers
from models.loyalty.codes import AccountPurpose, Beneficiary
from models.loyalty.psp.simulator import SettlementSimulator
from models.loyalty.settlement import NAMESPACE, club_account, share_payable_account
from models.loyalty.tables import Club, Share

DAY_ONE = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def sheba(account: int) -> str:
    """A valid Sheba number for a made-up account number."""
    bban = f"{account:022d}"
    return f"IR{sheba_check_digits(bban)}{bban}"


MakeShare = Callable[..., Awaitable[Share]]


@pytest.fixture
async def club(db: str) -> Club:
    # the partner's kind does not matter to the settlement (club_owner needs core's migration)
    owner = await Partner.create(name="Club owner", kind=PartnerKind.MERCHANT)
    return await Club.create(owner=owner, name="Narvan club", fee_percent_bp=100, fee_amount=50,
                             settlement_sheba=sheba(9))


@pytest.fixture
async def merchant(db: str) -> Partner:
    return await Partner.create(name="Narvan Café", kind=PartnerKind.MERCHANT)


@pytest.fixture
def simulator() -> SettlementSimulator:
    return SettlementSimulator()


@pytest.fixture
def make_share(club: Club) -> MakeShare:
    """A share of a purchase (negative: of a return), written at `at`, with its ledger leg."""
    counter = iter(range(1, 1_000_000))

    async def make(amount: int, *, partner_id: int, purchase_id: int | None = None,
                   beneficiary: Beneficiary = Beneficiary.MERCHANT,
                   account: str | None = None, at: datetime = DAY_ONE,
                   as_credit: bool = False, **extra: Any) -> Share:
        n = next(counter)
        share = await Share.create(
            club_id=club.id, purchase_id=purchase_id or n, beneficiary=beneficiary,
            partner_id=partner_id, sheba=account if account is not None else sheba(partner_id),
            amount=amount, as_credit=as_credit, created_at=at, **extra)
        if not as_credit:
            sales = await club_account(club.id, AccountPurpose.SALES_CLEARING, "")
            payable = await share_payable_account(club.id, beneficiary, partner_id)
            debit, credit = (sales, payable) if amount > 0 else (payable, sales)
            await create_transfers([TransferRequest(
                idempotency_key=f"test-share:{share.id}", code="loyalty_share",
                amount=abs(amount), debit_account_id=debit, credit_account_id=credit)],
                namespace=NAMESPACE)
        return share

    return make


def days(n: int) -> timedelta:
    return timedelta(days=n)
