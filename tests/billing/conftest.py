"""Fixtures for billing: a clean slate of orders and emails, products, customers with an email
address, and credit in their wallets."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from typing import Any

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker
from tortoise import connections

from models.identity.tables import Customer
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import wallets
from tests.services import stub_broker as build_stub_broker

from .support import NOW, PRODUCT


@pytest.fixture(autouse=True)
async def clean_billing(db: str) -> None:
    """Billing's tables and the email log start empty (natural keys repeat from test to test)."""
    await connections.get("default").execute_script(
        "TRUNCATE billing_order_payment, billing_order, billing_product, notify_email_message "
        "RESTART IDENTITY CASCADE")


@pytest.fixture
def make_product(gql: Any) -> Callable[..., Awaitable[str]]:
    """A product made through createProduct (as the owner); its id."""

    async def make(price: int = 1_000_000, cycle: str = "MONTHLY",
                   name: str = "Hosting") -> str:
        body = await gql(PRODUCT, input={"nameFa": f"{name} فا", "nameEn": name,
                                         "price": price, "cycle": cycle})
        return str(body["data"]["createProduct"]["product"]["id"])

    return make


@pytest.fixture
async def customer(make_customer: Any) -> tuple[Customer, str]:
    """A customer with an email address, and their session token."""
    row, token = await make_customer()
    row.email = "sara@example.com"
    await row.save(update_fields=["email"])
    return row, token


@pytest.fixture
def fund(db: str) -> Callable[..., Awaitable[None]]:
    """Credit a wallet as a verified top-up would (paid credit), or grant promotional credit."""

    async def credit(customer_id: int, amount: int, key: str, *,
                     promotional_days: int | None = None) -> None:
        clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
        if promotional_days is None:
            await wallets.credit_paid(customer_id, amount, clearing.id, key)
        else:
            await wallets.grant_promotional(customer_id, amount,
                                            NOW + timedelta(days=promotional_days),
                                            clearing.id, key)

    return credit


@pytest.fixture
def run_actors(db: str) -> Iterator[Callable[[], Awaitable[None]]]:
    """A stub broker with a real worker, as in production; the callable waits until every
    message sent so far ran (re-raising the first failure)."""
    broker: StubBroker = build_stub_broker(db)
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    worker.start()

    def join() -> None:
        broker.join("default", timeout=20_000)
        worker.join()

    async def run() -> None:
        await asyncio.to_thread(join)

    yield run
    worker.stop()
    broker.close()
