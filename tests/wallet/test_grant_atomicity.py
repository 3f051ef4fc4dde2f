"""A grant's lot and its transfer are one transaction: a failed transfer leaves no lot, and an
expiry sweep running in between cannot leave credit stranded in a lot it swept already."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.identity.customers import create_customer
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import create_transfers
from models.ledger.tables import Account
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot, LotKind
from models.wallet import wallets

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
EXPIRES = NOW + timedelta(hours=1)
SWEEP_AT = NOW + timedelta(hours=2)


@pytest.fixture
async def customer_id(db: str) -> int:
    return (await create_customer("09121234567", "Sara")).id


async def _grant(customer_id: int) -> Lot:
    return await wallets.grant_by_staff(customer_id, 500_000, EXPIRES, "welcome", "welcome back",
                                        "staff:1", now=NOW)


async def test_a_grant_whose_transfer_fails_leaves_no_lot(customer_id, monkeypatch):
    # given a ledger that refuses the grant's transfer
    async def refused(*_: Any, **__: Any) -> Any:
        raise RuntimeError("the ledger is unavailable")

    monkeypatch.setattr(wallets, "create_transfers", refused)
    # when staff grant promotional credit
    with pytest.raises(RuntimeError):
        await _grant(customer_id)
    # then neither the lot nor its ledger account was kept
    assert await Lot.filter(kind=LotKind.PROMOTIONAL).count() == 0
    assert await Account.filter(code="wallet_promotional").count() == 0


async def test_an_expiry_sweep_between_lot_and_transfer_strands_no_credit(
        customer_id, monkeypatch):
    # given an expiry sweep that runs (from a task of its own) once the grant's lot exists and
    # before its transfer is posted
    started = asyncio.Event()

    async def sweep_when_started() -> int:
        await started.wait()
        return await wallets.expire_due(now=SWEEP_AT)

    sweep = asyncio.create_task(sweep_when_started())
    real = create_transfers

    async def transfer_after_a_sweep(*args: Any, **kwargs: Any) -> Any:
        started.set()
        await asyncio.wait({sweep}, timeout=2)
        return await real(*args, **kwargs)

    monkeypatch.setattr(wallets, "create_transfers", transfer_after_a_sweep)
    # when staff grant credit that expires before the sweep's moment
    lot = await _grant(customer_id)
    await sweep
    monkeypatch.setattr(wallets, "create_transfers", real)
    # then the lot is either untouched by that sweep, or was swept with its credit
    await lot.refresh_from_db()
    account = await Account.get(id=lot.account_id)
    held = account.credits_posted - account.debits_posted
    assert lot.expired_at is None or held == 0, "credit stranded in a swept lot"
    # and the next sweep moves every rial granted to expired credit
    await wallets.expire_due(now=SWEEP_AT)
    expired = await system_account("IRR", SystemAccount.EXPIRED_CREDIT)
    assert expired.credits_posted == 500_000
    assert (await wallets.balance(customer_id, now=SWEEP_AT)).total == 0
    assert await verify_ledger() == []
