"""Each test starts from empty tables whose ids count from 1 again (tests/conftest.py `db`)."""

from __future__ import annotations

from models.identity.customers import create_customer
from models.identity.tables import Customer, Person
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
