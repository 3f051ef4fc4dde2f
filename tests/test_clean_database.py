"""Each test starts from empty tables whose ids count from 1 again, plus the standard ledgers and
their system accounts at zero (tests/conftest.py `db`)."""

from __future__ import annotations

from typing import Any

from tortoise import connections

from models.identity.customers import create_customer
from models.identity.tables import Customer, Person
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account, Ledger
from models.wallet.tables import Wallet
from tests.conftest import _empty_the_tables


async def test_emptying_leaves_no_row_and_ids_start_again_at_one(db: str) -> None:
    # given customers, with their persons and wallets
    await create_customer("09120000001", "Sara")
    await create_customer("09120000002", "Reza")
    # when the tables are emptied
    await _empty_the_tables()
    # then none holds a row
    assert (await Customer.all().count(), await Person.all().count(),
            await Wallet.all().count()) == (0, 0, 0)
    # and the next customer is number 1 again
    assert (await create_customer("09120000003", "Mina")).id == 1


async def _ledgers_and_accounts() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return (await Ledger.all().order_by("code").values(),
            await Account.all().order_by("id").values())


async def test_the_standard_state_is_the_standard_ledgers_at_zero_and_nothing_else(
        db: str, standard_state: str, make_account: Any) -> None:
    # given the state a test starts in: only the standard ledgers and their system accounts
    ledgers, accounts = await _ledgers_and_accounts()
    assert ledgers and accounts and all(a["system_key"] for a in accounts)
    assert all(a["debits_posted"] == a["credits_posted"] == 0 for a in accounts)
    # when a test adds customers and accounts and moves money out of a system account
    await create_customer("09120000001", "Sara")
    account = await make_account()
    [opening] = [a["id"] for a in accounts
                 if a["system_key"] == f"IRR:{SystemAccount.OPENING_BALANCES.value}"]
    await create_transfers([TransferRequest("clean-1", "opening_balance", 500, opening,
                                            account.id)])
    # and the next test's state is restored
    await connections.get("default").execute_script(standard_state)
    # then the ledgers and system accounts are as they were, at zero, with the same ids
    assert await _ledgers_and_accounts() == (ledgers, accounts)
    # and no other row is left
    assert (await Customer.all().count(), await Person.all().count(),
            await Wallet.all().count()) == (0, 0, 0)
    # and ids count on from where the standard state left them
    assert (await create_customer("09120000003", "Mina")).id == 1
    assert (await make_account()).id == account.id
