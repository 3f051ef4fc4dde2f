"""Migration 19 (lots) must move every wallet lot into the lots' table with its id, so the spends'
parts still name the lots they drew from and keys made of lot ids stay the same: nobody may lose
credit, an expiry or a refund on the upgrade.

Each test takes the database back to before the migration, migrates again, looks, and rolls
everything back (PostgreSQL's DDL is transactional).
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from asyncpg.exceptions import RaiseError
from tortoise.transactions import in_transaction

from etebar.database import MIGRATIONS_DIR
from models.identity.customers import create_customer
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.lots.tables import Lot, LotKind, ScopeKind
from models.wallet import wallets

[_PATH] = (MIGRATIONS_DIR / "models").glob("19_*_lots.py")
_SPEC = importlib.util.spec_from_file_location("lots", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
MIGRATION: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(MIGRATION)

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
LOTS = """
    SELECT id, holder, club_id, ledger, kind, scope_kind, scope_id, key, expires_at, expired_at,
           created_at, account_id FROM lots_lot ORDER BY id
"""


class _RolledBack(Exception):
    def __init__(self, result: Any) -> None:
        super().__init__("rolled back")
        self.result = result


async def _after_upgrade(*queries: str) -> list[list[dict[str, Any]]]:
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            raise _RolledBack([await tx.execute_query_dict(query) for query in queries])
    except _RolledBack as done:
        result: list[list[dict[str, Any]]] = done.result
        return result


async def _customer_with_lots(mobile: str) -> int:
    """A customer with paid credit, a promotional grant, one swept grant, and a payment that
    drew from the grant and the paid lot."""
    customer = (await create_customer(mobile, "Sara")).id
    clearing = (await system_account("IRR", SystemAccount.GATEWAY_CLEARING)).id
    revenue = (await system_account("IRR", SystemAccount.REVENUE)).id
    await wallets.credit_paid(customer, 1_000, clearing, f"top-up:{mobile}")
    await wallets.grant_promotional(customer, 300, NOW + timedelta(days=7), clearing,
                                    f"promo:{mobile}")
    await wallets.grant_promotional(customer, 50, NOW - timedelta(days=1), clearing,
                                    f"old:{mobile}")
    await wallets.expire_due(now=NOW)
    await wallets.spend(customer, 500, revenue, f"pay:{mobile}", now=NOW)
    return customer


async def test_every_wallet_lot_keeps_its_id_holder_kind_expiry_and_account(db):
    # given two wallets' lots, one swept
    await _customer_with_lots("09121111111")
    await _customer_with_lots("09122222222")
    before = [dict(row) for row in await Lot.all().order_by("id").values(
        "id", "holder", "club_id", "ledger", "kind", "scope_kind", "scope_id", "key",
        "expires_at", "expired_at", "created_at", "account_id")]
    assert len(before) == 6
    # when moved back to the wallet's table and over again
    [after] = await _after_upgrade(LOTS)
    # then every lot is as it was: the wallet's, in IRR, spendable anywhere
    assert after == before
    assert {row["scope_kind"] for row in after} == {ScopeKind.ANYWHERE.value}
    assert {row["kind"] for row in after} == {LotKind.PAID.value, LotKind.PROMOTIONAL.value}


async def test_the_spends_parts_still_name_the_lots_they_drew_from(db):
    # given a payment that drew from a grant and the paid lot
    await _customer_with_lots("09121111111")
    drawn = [(part.lot_id, part.lot.key) for part in await wallets.draws_of("pay:09121111111")]
    # when migrated
    [parts, refused] = await _after_upgrade(
        "SELECT p.lot_id, l.key FROM wallet_spend_part p JOIN lots_lot l ON l.id = p.lot_id "
        "ORDER BY p.id",
        "SELECT confrelid::regclass::text AS points_to FROM pg_constraint "
        "WHERE conname = 'wallet_spend_part_lot_id_fkey'")
    # then each part joins its lot, and the parts' key points to the lots' table
    assert [(row["lot_id"], row["key"]) for row in parts] == drawn
    assert len(drawn) == 2
    assert refused == [{"points_to": "lots_lot"}]


async def test_new_lots_are_numbered_after_the_moved_ones(db):
    # given wallet lots
    await _customer_with_lots("09121111111")
    highest = max(lot.id for lot in await Lot.all())
    # when migrated, then the next lot's id is past every moved lot's
    [[row]] = await _after_upgrade(
        "SELECT nextval(pg_get_serial_sequence('lots_lot', 'id')) AS next")
    assert row["next"] > highest


async def test_the_downgrade_is_refused_while_lots_of_other_holders_exist(db):
    # given a wallet lot and a club member's lot
    await _customer_with_lots("09121111111")
    paid = await Lot.get(kind=LotKind.PAID)
    await Lot.create(holder="member:1", club_id=1, ledger="IRR", kind=LotKind.CLUB_CREDIT,
                     scope_kind=ScopeKind.CLUB, scope_id=1, key="member:1:club:1",
                     account_id=(await _other_account(paid.account_id)))
    # when the migration is undone, then it is refused
    with pytest.raises(RaiseError, match="other than wallets"):
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))


async def _other_account(but: int) -> int:
    """A ledger account that is no lot's yet."""
    account = await system_account("IRR", SystemAccount.PROMOTIONS)
    assert account.id != but
    return account.id


async def _replay_and_refund_after_upgrade(customer: int, revenue: int, key: str) -> Any:
    """In the upgraded database (rolled back afterwards): the spend `key` made again, its
    refund, and the wallet's total after it."""
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            replayed = await wallets.spend(customer, 500, revenue, key, now=NOW)
            refunded = await wallets.refund(key)
            total = (await wallets.balance(customer, now=NOW)).total
            raise _RolledBack((replayed, refunded, total))
    except _RolledBack as done:
        return done.result


async def test_a_payment_made_before_the_upgrade_replays_and_refunds_to_its_lots_after_it(db):
    # given a payment drawn from a grant and the paid lot before the upgrade
    customer = await _customer_with_lots("09121111111")
    revenue = (await system_account("IRR", SystemAccount.REVENUE)).id
    made = await wallets.spend(customer, 500, revenue, "pay:09121111111", now=NOW)
    # when it is replayed and refunded after it
    replayed, refunded, total = await _replay_and_refund_after_upgrade(
        customer, revenue, "pay:09121111111")
    # then the replay answers the same draws, and the refund gives each lot its draw back
    assert replayed.replayed and replayed.draws == made.draws
    assert refunded.draws == made.draws and not refunded.replayed
    assert total == 1_300
