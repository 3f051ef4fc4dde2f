"""The reconciliation actors, run by a real dramatiq Worker on a stub broker: the periodic sweep
enqueues the stale top-ups, and each is settled with its bank."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker

from models.ledger.verify import verify_ledger
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.wallets import balance
from tests.services import TEST_SETTINGS, use_services
from tests.services import stub_broker as build_stub_broker
from workers.actors.topups import reconcile_stale_topups

from .conftest import Driver

AMOUNT = 700_000


@pytest.fixture
def worker(db: str) -> Iterator[StubBroker]:
    broker = build_stub_broker(db)
    running = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    running.start()
    yield broker
    running.stop()
    broker.close()


@pytest.fixture
def stale_now(worker: StubBroker) -> None:
    """Every open top-up counts as stale (below the setting's least, so past its validation)."""
    wallet = TEST_SETTINGS.wallet.model_copy(update={"topup_stale_seconds": 0})
    use_services(TEST_SETTINGS.model_copy(update={"wallet": wallet}))


async def test_the_sweep_credits_a_lost_callback_and_expires_a_cancelled_one(
        start, driver: Driver, customer, worker: StubBroker, stale_now: None):
    # given one customer who paid and one top-up cancelled, neither came back
    paid = await start(AMOUNT, "paid")
    assert await driver.pay(paid["redirect"], "lost_callback") is None
    cancelled = await start(AMOUNT, "cancelled")
    assert await driver.cancel(cancelled["redirect"], "lost_callback") is None
    # when the scheduler's sweep runs, and the worker settles what it enqueued
    reconcile_stale_topups.send()
    await asyncio.to_thread(worker.join, "default", timeout=20_000)
    # then the paid one is credited and the cancelled one expired
    assert (await TopUp.get(id=int(paid["topUp"]["id"]))).status is TopUpStatus.CREDITED
    assert (await TopUp.get(id=int(cancelled["topUp"]["id"]))).status is TopUpStatus.EXPIRED
    assert (await balance(customer[0].id)).total == AMOUNT
    # and a second sweep finds nothing left to do
    reconcile_stale_topups.send()
    await asyncio.to_thread(worker.join, "default", timeout=20_000)
    assert (await balance(customer[0].id)).total == AMOUNT
    assert await verify_ledger() == []
