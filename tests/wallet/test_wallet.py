"""Wallet lots: paid and promotional credit, spending order, refunds and expiry."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import Conflict
from models.identity.customers import create_customer
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import Account, Transfer
from models.ledger.verify import verify_ledger
from models.wallet import wallets
from models.wallet.errors import InsufficientFunds
from models.wallet.tables import LotKind

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
async def setup(db):
    customer = await create_customer("09121234567", "Sara")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    return customer.id, clearing.id, revenue.id


async def _fund(setup, *, paid=0, promos=()):
    customer, clearing, _ = setup
    if paid:
        await wallets.credit_paid(customer, paid, clearing, "top-up-1")
    lots = []
    for i, (amount, days) in enumerate(promos):
        lots.append(await wallets.grant_promotional(
            customer, amount, NOW + timedelta(days=days), clearing, f"bonus-{i}"))
    return lots


async def test_a_paid_credit_lands_in_the_paid_lot(setup):
    await _fund(setup, paid=1000)
    balance = await wallets.balance(setup[0], now=NOW)
    assert (balance.total, balance.paid, balance.promotional) == (1000, 1000, 0)
    assert [(lot.kind, lot.available) for lot in balance.lots] == [(LotKind.PAID, 1000)]
    assert await verify_ledger() == []


async def test_a_paid_credit_with_the_same_key_counts_once(setup):
    customer, clearing, _ = setup
    first = await wallets.credit_paid(customer, 500, clearing, "k")
    again = await wallets.credit_paid(customer, 500, clearing, "k")
    assert (again.id, again.replayed) == (first.id, True)
    assert (await wallets.balance(customer, now=NOW)).paid == 500
    assert await verify_ledger() == []


async def test_each_grant_is_a_lot_of_its_own_with_its_expiry(setup):
    lots = await _fund(setup, promos=[(100, 10), (200, 5)])
    balance = await wallets.balance(setup[0], now=NOW)
    assert balance.promotional == 300
    assert {lot.lot_id: lot.expires_at for lot in balance.lots} == {
        lots[0].id: NOW + timedelta(days=10), lots[1].id: NOW + timedelta(days=5)}
    assert await verify_ledger() == []


async def test_a_spend_draws_promotional_credit_first_soonest_expiring_first(setup):
    customer, _, revenue = setup
    later, sooner = await _fund(setup, paid=1000, promos=[(100, 10), (200, 5)])
    result = await wallets.spend(customer, 450, revenue, "order-1", now=NOW)
    assert [(d.lot_id, d.amount) for d in result.draws] == [
        (sooner.id, 200), (later.id, 100), (result.draws[2].lot_id, 150)]
    assert result.draws[2].kind is LotKind.PAID
    balance = await wallets.balance(customer, now=NOW)
    assert (balance.total, balance.paid, balance.promotional) == (850, 850, 0)
    assert await verify_ledger() == []


async def test_a_spend_with_the_same_key_is_paid_once(setup):
    customer, _, revenue = setup
    await _fund(setup, paid=1000)
    first = await wallets.spend(customer, 300, revenue, "order-1", now=NOW)
    again = await wallets.spend(customer, 300, revenue, "order-1", now=NOW)
    assert (again.spend_id, again.draws, again.replayed) == (first.spend_id, first.draws, True)
    assert (await wallets.balance(customer, now=NOW)).total == 700
    assert await verify_ledger() == []


async def test_a_spend_key_reused_for_another_amount_is_a_conflict(setup):
    customer, _, revenue = setup
    await _fund(setup, paid=1000)
    await wallets.spend(customer, 300, revenue, "order-1", now=NOW)
    with pytest.raises(Conflict):
        await wallets.spend(customer, 301, revenue, "order-1", now=NOW)
    assert await verify_ledger() == []


async def test_a_short_balance_is_insufficient_funds_saying_what_is_missing_and_changes_nothing(
        setup):
    customer, _, revenue = setup
    await _fund(setup, paid=100, promos=[(50, 3)])
    before = await wallets.balance(customer, now=NOW)
    with pytest.raises(InsufficientFunds) as refused:
        await wallets.spend(customer, 200, revenue, "order-1", now=NOW)
    assert (refused.value.code, refused.value.missing) == ("insufficient_funds", 50)
    assert await wallets.balance(customer, now=NOW) == before
    assert (await Account.get(id=revenue)).credits_posted == 0
    assert await verify_ledger() == []


async def test_an_expired_promotional_lot_is_not_spent(setup):
    customer, _, revenue = setup
    await _fund(setup, paid=100, promos=[(50, 3)])
    with pytest.raises(InsufficientFunds) as refused:
        await wallets.spend(customer, 120, revenue, "order-1", now=NOW + timedelta(days=4))
    assert refused.value.missing == 20


async def test_a_refund_restores_exactly_the_lots_the_spend_drew_from(setup):
    customer, _, revenue = setup
    promo, = await _fund(setup, paid=1000, promos=[(100, 10)])
    spent = await wallets.spend(customer, 300, revenue, "order-1", now=NOW)
    await wallets.spend(customer, 100, revenue, "order-2", now=NOW)
    refunded = await wallets.refund("order-1")
    assert refunded.draws == spent.draws
    balance = await wallets.balance(customer, now=NOW)
    assert {lot.lot_id: lot.available for lot in balance.lots} == {
        promo.id: 100, spent.draws[1].lot_id: 900}
    assert await verify_ledger() == []


async def test_a_spend_is_refunded_only_once(setup):
    customer, _, revenue = setup
    await _fund(setup, paid=1000)
    await wallets.spend(customer, 300, revenue, "order-1", now=NOW)
    await wallets.refund("order-1")
    again = await wallets.refund("order-1")
    assert again.replayed
    assert (await wallets.balance(customer, now=NOW)).total == 1000
    assert (await Account.get(id=revenue)).credits_posted == 300
    assert (await Account.get(id=revenue)).debits_posted == 300
    assert await verify_ledger() == []


async def test_only_paid_credit_is_cashable(setup):
    await _fund(setup, paid=700, promos=[(100, 10)])
    assert await wallets.cashable(setup[0]) == 700


async def test_expiry_moves_what_is_left_of_a_lot_to_expired_credit(setup):
    customer, _, revenue = setup
    promo, keep = await _fund(setup, paid=100, promos=[(300, 3), (50, 30)])
    await wallets.spend(customer, 120, revenue, "order-1", now=NOW)  # 120 from the 3-day lot
    swept = await wallets.expire_due(now=NOW + timedelta(days=4))
    assert swept == 1
    expired = await system_account("IRR", SystemAccount.EXPIRED_CREDIT)
    assert expired.credits_posted == 180
    balance = await wallets.balance(customer, now=NOW + timedelta(days=4))
    assert {lot.lot_id: lot.available for lot in balance.lots if lot.kind is LotKind.PROMOTIONAL
            } == {keep.id: 50}
    assert promo.id not in {lot.lot_id for lot in balance.lots}
    assert await verify_ledger() == []


async def test_expiry_runs_once_per_lot(setup):
    promo, = await _fund(setup, promos=[(300, 3)])
    later = NOW + timedelta(days=4)
    assert await wallets.expire_lot(promo.id, now=later) == 300
    assert await wallets.expire_lot(promo.id, now=later) is None
    assert await wallets.expire_due(now=later) == 0
    expired = await system_account("IRR", SystemAccount.EXPIRED_CREDIT)
    assert expired.credits_posted == 300
    assert await verify_ledger() == []


async def test_a_lot_not_yet_due_is_not_expired(setup):
    promo, = await _fund(setup, promos=[(300, 3)])
    assert await wallets.expire_lot(promo.id, now=NOW) is None
    assert (await wallets.balance(setup[0], now=NOW)).promotional == 300


async def test_a_refund_to_an_expired_lot_goes_on_to_expired_credit(setup):
    customer, _, revenue = setup
    promo, = await _fund(setup, paid=100, promos=[(300, 3)])
    await wallets.spend(customer, 200, revenue, "order-1", now=NOW)
    await wallets.expire_lot(promo.id, now=NOW + timedelta(days=4))
    await wallets.refund("order-1")
    expired = await system_account("IRR", SystemAccount.EXPIRED_CREDIT)
    assert expired.credits_posted == 300
    assert (await wallets.balance(customer, now=NOW + timedelta(days=4))).total == 100
    assert await verify_ledger() == []


async def test_concurrent_spends_of_one_wallet_stay_exact(setup):
    customer, _, revenue = setup
    await _fund(setup, paid=1000, promos=[(300, 3), (200, 5)])

    async def pay(i):
        try:
            return await wallets.spend(customer, 70, revenue, f"order-{i}", now=NOW)
        except InsufficientFunds:
            return None

    results = await asyncio.gather(*(pay(i) for i in range(30)))
    paid = [r for r in results if r is not None]
    assert len(paid) == 1500 // 70
    balance = await wallets.balance(customer, now=NOW)
    assert balance.total == 1500 - 70 * len(paid)
    assert (await Account.get(id=revenue)).credits_posted == 70 * len(paid)
    assert sum(d.amount for r in paid for d in r.draws) == 70 * len(paid)
    assert await verify_ledger() == []


async def test_the_wallets_keys_name_its_lots_by_id_as_before_lots_were_shared(setup):
    # given a paid lot and a grant, a payment drawing from both, its refund, and the grant's
    # expiry sweep (replays after the upgrade to shared lots must find these keys)
    customer, _, revenue = setup
    [promo] = await _fund(setup, paid=1_000, promos=[(300, 1)])
    paid = (await wallets.balance(customer, now=NOW)).lots[-1].lot_id
    await wallets.spend(customer, 400, revenue, "order-1", now=NOW)
    await wallets.refund("order-1")
    await wallets.expire_due(now=NOW + timedelta(days=2))
    # then the transfers' keys and the lots' accounts are named as they always were
    keys = {t.idempotency_key for t in await Transfer.filter(namespace="domain:wallet")}
    assert {f"wallet:spend:order-1:{promo.id}", f"wallet:spend:order-1:{paid}",
            f"wallet:refund:order-1:{promo.id}", f"wallet:refund:order-1:{paid}",
            f"wallet:expire:{promo.id}", "wallet:grant:bonus-0",
            "wallet:credit:top-up-1"} == keys
    accounts = {a.external_id: (a.code, a.name) for a in await Account.filter(
        external_id__startswith="wallet-lot:")}
    wallet_id = (await wallets.wallet_of(customer)).id
    assert accounts == {
        f"wallet-lot:wallet:{wallet_id}:paid": ("wallet_paid", f"Wallet {wallet_id} paid credit"),
        "wallet-lot:grant:bonus-0": ("wallet_promotional",
                                     f"Wallet {wallet_id} promotional credit")}
