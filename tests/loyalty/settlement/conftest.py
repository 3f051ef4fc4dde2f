"""The rows settlement tests need, made directly: a club and its merchants, and shares as a
purchase's commit writes them (a `Share` row with its ledger leg: the PSP's collection, on the
club's sales clearing account, owed to the beneficiary's share payable account)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.identity.customers import create_customer
from models.identity.numbers import sheba_check_digits
from models.identity.tables import Partner, PartnerKind
from models.ledger.accounts import AccountRequest, create_accounts, system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.lots.tables import Lot, LotKind, ScopeKind
from models.loyalty.accounts import NAMESPACE, club_account
from models.loyalty.codes import AccountPurpose, Beneficiary, Channel, EffectKind, PurchaseState
from models.loyalty.fees import platform_fee
from models.loyalty.psp.simulator import SettlementSimulator
from models.loyalty.settlement import share_payable_account
from models.loyalty.tables import Club, Member, Purchase, PurchaseEffect, Share

DAY_ONE = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def sheba(account: int) -> str:
    """A valid Sheba number for a made-up account number."""
    bban = f"{account:022d}"
    return f"IR{sheba_check_digits(bban)}{bban}"


MakeShare = Callable[..., Awaitable[Share]]


@pytest.fixture
async def club(db: str) -> Club:
    owner = await Partner.create(name="Club owner", kind=PartnerKind.CLUB_OWNER)
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
            sales = (await club_account(club, AccountPurpose.SALES_CLEARING)).account_id
            payable = await share_payable_account(club, beneficiary, partner_id)
            debit, credit = (sales, payable) if amount > 0 else (payable, sales)
            await create_transfers([TransferRequest(
                idempotency_key=f"test-share:{share.id}", code="loyalty_share",
                amount=abs(amount), debit_account_id=debit, credit_account_id=credit)],
                namespace=NAMESPACE)
        return share

    return make


def days(n: int) -> timedelta:
    return timedelta(days=n)


MakePurchase = Callable[..., Awaitable[Purchase]]


@pytest.fixture
async def member(club: Club) -> Member:
    customer = await create_customer("09121234567", "Sara", partner_id=club.owner_id)
    return await Member.create(club=club, customer=customer, card_number="6000000000000001",
                               enrolled_via=Channel.PANEL)


@pytest.fixture
def make_purchase(club: Club, member: Member) -> MakePurchase:
    """A committed purchase as the purchase's commit records it, with its effects
    (`{EffectKind: amount}`, rials or points) and the platform's fee as an effect."""
    counter = iter(range(1, 1_000_000))

    async def make(amount: int, *, merchant_id: int, at: datetime = DAY_ONE,
                   effects: dict[EffectKind, int] | None = None, returned: int = 0,
                   state: PurchaseState = PurchaseState.COMMITTED) -> Purchase:
        purchase = await Purchase.create(
            club=club, member=member, merchant_id=merchant_id, channel=Channel.POS,
            source=f"terminal:{merchant_id}", reference=f"ref-{next(counter)}",
            request_digest="-", amount=amount, payable=amount, returned_amount=returned,
            state=state, occurred_at=at)
        for kind, value in {**(effects or {}),
                            EffectKind.FEE: platform_fee(club, amount)}.items():
            points = kind in (EffectKind.POINTS, EffectKind.REDEEM_POINTS)
            await PurchaseEffect.create(club_id=club.id, purchase=purchase, kind=kind,
                                        ledger="POINT" if points else "IRR", amount=value)
            if kind is EffectKind.REDEEM_POINTS:  # and the rial value the points paid
                await PurchaseEffect.create(club_id=club.id, purchase=purchase, kind=kind,
                                            ledger="IRR", amount=value * 100)
        return purchase

    return make


@pytest.fixture
def expire_lot(club: Club, member: Member) -> Callable[..., Awaitable[None]]:
    """A lot of the member's that expired at `at` with `amount` left (swept to expired credit)."""
    counter = iter(range(1, 1_000_000))

    async def expire(amount: int, *, kind: LotKind = LotKind.CLUB_CREDIT, at: datetime) -> None:
        ledger = "POINT" if kind is LotKind.POINTS else "IRR"
        n = next(counter)
        [account] = await create_accounts([AccountRequest(ledger=ledger, code="test_lot")])
        await Lot.create(holder=f"member:{member.id}", club_id=club.id, account_id=account.id,
                         ledger=ledger, kind=kind, scope_kind=ScopeKind.CLUB, scope_id=club.id,
                         key=f"test-lot:{n}", expires_at=at, expired_at=at)
        funding = await system_account(ledger, SystemAccount.PROMOTIONS)
        expired = await system_account(ledger, SystemAccount.EXPIRED_CREDIT)
        await create_transfers([TransferRequest(f"test-lot:{n}:grant", "test_grant", amount,
                                                funding.id, account.id)], namespace=NAMESPACE)
        await create_transfers([TransferRequest(f"test-lot:{n}:expire", "test_expire", amount,
                                                account.id, expired.id)],
                               namespace=NAMESPACE, now=at)

    return expire
