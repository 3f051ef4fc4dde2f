"""Fixtures for the workers: stub brokers and workers, and pending transfers."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker

from models.ledger.codes import TransferKind
from models.ledger.posting import TransferRequest, create_transfers
from tests.services import stub_broker as build_stub_broker


@pytest.fixture
def make_pending(make_account: Any) -> Callable[..., Awaitable[int]]:
    """Create a pending transfer of 100 between two fresh accounts; its id.

    `expired=True` places its creation an hour back, so its 60 s timeout has passed."""

    async def make(*, expired: bool) -> int:
        debit = await make_account()
        credit = await make_account()
        now = datetime.now(UTC)
        created = now - timedelta(hours=1) if expired else now
        [record] = await create_transfers([TransferRequest(
            f"hold:{uuid.uuid4().hex}", "test_hold", 100, debit.id, credit.id,
            kind=TransferKind.PENDING, timeout_seconds=60 if expired else 3600)], now=created)
        return record.id

    return make


@pytest.fixture
def stub_broker(db: str) -> Iterator[StubBroker]:
    broker = build_stub_broker(db)
    yield broker
    broker.close()


@pytest.fixture
def stub_worker(stub_broker: StubBroker) -> Iterator[dramatiq.Worker]:
    worker = dramatiq.Worker(stub_broker, worker_threads=2, worker_timeout=100)
    worker.start()
    yield worker
    worker.stop()


@pytest.fixture
def run_stub(stub_broker: StubBroker,
             stub_worker: dramatiq.Worker) -> Callable[[], Awaitable[None]]:
    """Wait until the stub worker has processed everything; re-raise the first failure."""

    def join() -> None:
        stub_broker.join("default", timeout=20_000)
        stub_worker.join()

    async def run() -> None:
        await asyncio.to_thread(join)

    return run
