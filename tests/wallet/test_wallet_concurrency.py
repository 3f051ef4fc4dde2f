"""Many payments, top-ups and refunds of one wallet at once leave it exact (PostgreSQL)."""

import asyncio
import random
from datetime import UTC, datetime, timedelta

from models.identity.customers import create_customer
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import Account
from models.ledger.verify import verify_ledger
from models.wallet import wallets
from models.wallet.errors import InsufficientFunds

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


async def test_mixed_payments_top_ups_and_refunds_of_one_wallet_leave_it_exact(db):
    customer = (await create_customer("09127770000", "Sara")).id
    clearing = (await system_account("IRR", SystemAccount.GATEWAY_CLEARING)).id
    revenue = (await system_account("IRR", SystemAccount.REVENUE)).id
    await wallets.credit_paid(customer, 2_000, clearing, "opening")
    await wallets.grant_promotional(customer, 500, NOW + timedelta(days=3), clearing, "promo")
    # Payments made before the storm, to be refunded during it.
    for i in range(10):
        await wallets.spend(customer, 50, revenue, f"early-{i}", now=NOW)
    rng = random.Random(4)

    async def pay(i: int) -> int:
        try:
            result = await wallets.spend(customer, rng.randint(10, 200), revenue, f"pay-{i}",
                                         now=NOW)
        except InsufficientFunds:
            return 0
        return -result.amount

    async def top_up(i: int) -> int:
        await wallets.credit_paid(customer, 100, clearing, f"top-up-{i}")
        return 100

    async def give_back(i: int) -> int:
        result = await wallets.refund(f"early-{i}")
        return 0 if result.replayed else result.amount

    calls = ([pay(i) for i in range(40)] + [top_up(i) for i in range(20)]
             + [give_back(i % 10) for i in range(20)])  # each early payment refunded twice
    rng.shuffle(calls)
    changes = await asyncio.gather(*calls)

    expected = 2_000 + 500 - 10 * 50 + sum(changes)
    balance = await wallets.balance(customer, now=NOW)
    assert balance.total == expected
    assert sum(1 for c in changes if c > 0 and c != 100) == 10  # every refund once
    revenue_account = await Account.get(id=revenue)  # the early payments all came back
    assert revenue_account.credits_posted - revenue_account.debits_posted == -sum(
        c for c in changes if c < 0)
    assert await verify_ledger() == []


async def test_a_refund_racing_the_expiry_sweep_leaves_nothing_in_the_expired_lot(db):
    clearing = (await system_account("IRR", SystemAccount.GATEWAY_CLEARING)).id
    revenue = (await system_account("IRR", SystemAccount.REVENUE)).id
    for i in range(10):
        # given promotional credit, part of it spent, and the lot now due for expiry
        customer = (await create_customer(f"0912888{i:04d}", "Sara")).id
        lot = await wallets.grant_promotional(customer, 500, NOW + timedelta(hours=1), clearing,
                                              f"promo-{i}")
        await wallets.spend(customer, 200, revenue, f"pay-{i}", now=NOW)
        # when the payment is refunded while the sweep expires the lot
        await asyncio.gather(wallets.refund(f"pay-{i}"),
                             wallets.expire_lot(lot.id, now=NOW + timedelta(hours=2)))
        # then all 500 went on to expired credit, none of it stranded in the swept lot
        account = await Account.get(id=lot.account_id)
        assert account.credits_posted - account.debits_posted == 0
    expired = await system_account("IRR", SystemAccount.EXPIRED_CREDIT)
    assert expired.credits_posted == 10 * 500
    assert await verify_ledger() == []
