"""Fixtures of the wallet tests: customers with funded wallets, spends at chosen times, and the
GraphQL documents they read their wallet with."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections

from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import wallets
from models.wallet.codes import Source, SourceKind
from models.wallet.tables import Spend


@pytest.fixture(autouse=True)
async def no_emails(db: str) -> None:
    """Emails have no foreign key to the customers the shared fixture truncates: empty them."""
    await connections.get("default").execute_script("TRUNCATE notify_email_message")


@pytest.fixture
def top_up(db: str) -> Callable[..., Awaitable[None]]:
    """Add paid credit to a customer's wallet, from the gateway clearing account."""

    async def run(customer_id: int, amount: int) -> None:
        clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
        await wallets.credit_paid(customer_id, amount, clearing.id, f"top-up:{uuid.uuid4().hex}")

    return run


@pytest.fixture
def pay(db: str) -> Callable[..., Awaitable[str]]:
    """A payment from a customer's wallet to revenue with `key` (for `order`, when given, as
    billing pays one), made `days_ago` days back (the spend's time is moved back the way it
    would have been recorded then); returns the key."""

    async def run(customer_id: int, amount: int, key: str | None = None, *,
                  days_ago: float = 0, at: datetime | None = None,
                  order: int | None = None) -> str:
        key = key or f"test:{uuid.uuid4().hex}"
        revenue = await system_account("IRR", SystemAccount.REVENUE)
        await wallets.spend(customer_id, amount, revenue.id, key,
                            source=Source(SourceKind.ORDER, order) if order is not None else None)
        when = at or datetime.now(UTC) - timedelta(days=days_ago)
        if at is not None or days_ago:
            await Spend.filter(key=key).update(created_at=when)
        return key

    return run
