"""Ledger fixtures: system accounts, funded wallets and the "refused and wrote nothing" check."""

from __future__ import annotations

from typing import Any

import pytest
from tortoise import connections

from models.ledger.codes import SystemAccount, TransferResult
from models.ledger.errors import TransferRejected
from models.ledger.posting import TransferRequest, create_transfers

from .support import assert_sound, new_key, take_snapshot


@pytest.fixture
async def opening(db: str) -> int:
    """The IRR opening-balances system account: unconstrained, the source of test money."""
    [row] = await connections.get("default").execute_query_dict(
        "SELECT id FROM ledger_account WHERE system_key = $1",
        [f"IRR:{SystemAccount.OPENING_BALANCES.value}"])
    return int(row["id"])


@pytest.fixture
async def revenue(db: str) -> int:
    [row] = await connections.get("default").execute_query_dict(
        "SELECT id FROM ledger_account WHERE system_key = $1",
        [f"IRR:{SystemAccount.REVENUE.value}"])
    return int(row["id"])


@pytest.fixture
def fund(opening: int) -> Any:
    """Credit an account with `amount` from the opening balances (a single-phase transfer)."""

    async def fund(account_id: int, amount: int) -> None:
        await create_transfers([TransferRequest(new_key("fund"), "opening_balance", amount,
                                                opening, account_id)])

    return fund


@pytest.fixture
def wallet(make_account: Any, fund: Any) -> Any:
    """A customer wallet (debits must not exceed credits) holding `balance`."""

    async def wallet(balance: int = 0, *, credit_limit: int = 0) -> int:
        account = await make_account(wallet=True, credit_limit=credit_limit)
        if balance:
            await fund(account.id, balance)
        return int(account.id)

    return wallet


@pytest.fixture
def refused() -> Any:
    """Post `requests`, expect `result` at `index`, and check that nothing at all was written."""

    async def refused(requests: list[TransferRequest], result: TransferResult,
                      index: int | None = 0, **kwargs: Any) -> TransferRejected:
        before = await take_snapshot()
        with pytest.raises(TransferRejected) as caught:
            await create_transfers(requests, **kwargs)
        assert caught.value.result is result
        assert caught.value.code == result.value
        assert caught.value.index == index
        assert await take_snapshot() == before
        await assert_sound()
        return caught.value

    return refused
