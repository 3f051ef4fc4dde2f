"""Migration 13 (money rules) brings existing rows under the new rules: deposits keyed by their
bank reference, a reference credited twice stops the migration and is named, a declarer's own
first approval no longer counts, and the payments of orders failed earlier stay due for refund.

Each test takes the database back to before the migration, writes rows as the old code did,
migrates, looks, and rolls everything back (PostgreSQL's DDL is transactional)."""

from __future__ import annotations

import importlib.util
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from etebar.database import MIGRATIONS_DIR
from models.identity.customers import create_customer

[_PATH] = (MIGRATIONS_DIR / "models").glob("13_*_money_rules.py")
_SPEC = importlib.util.spec_from_file_location("money_rules", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
MIGRATION: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(MIGRATION)

# key_namespace came later (migration 15); it is filled as that migration fills it.
_DEPOSIT = """INSERT INTO wallet_deposit (customer_id, key, amount, bank, deposited_on,
    tracking_number, status, declared_by, first_approver, decided_at, created_at, key_namespace)
    VALUES ($1, $2, 1000, 'mellat', '2026-11-01', $3, $4::TEXT, $5::TEXT, $6,
            CASE WHEN $4::TEXT IN ('approved', 'rejected') THEN now() END, now(),
            CASE WHEN $5::TEXT LIKE 'staff:%' THEN 'staff' ELSE $5::TEXT END) RETURNING id"""


class _RolledBack(Exception):
    def __init__(self, written: Any, rows: list[dict[str, Any]]) -> None:
        super().__init__("rolled back")
        self.written, self.rows = written, rows


Write = Callable[[Any], Awaitable[Any]]


async def _migrated(write: Write, query: str) -> tuple[Any, list[dict[str, Any]]]:
    """In one transaction rolled back at its end: the schema as before migration 13, rows
    `write` writes as the old code did, the migration, and the rows `query` reads then."""
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            written = await write(tx)
            await tx.execute_script(await MIGRATION.upgrade(tx))
            raise _RolledBack(written, await tx.execute_query_dict(query))
    except _RolledBack as done:
        return done.written, done.rows


async def _deposit(tx: Any, customer_id: int, key: str, tracking: str, status: str = "declared",
                   declared_by: str = "customer:1", approver: str | None = None) -> int:
    rows = await tx.execute_query_dict(_DEPOSIT, [customer_id, key, tracking, status,
                                                  declared_by, approver])
    return int(rows[0]["id"])


_DEPOSITS = "SELECT id, tracking_number, tracking_key, status, first_approver " \
    "FROM wallet_deposit ORDER BY id"


async def test_existing_deposits_are_keyed_by_their_bank_reference(db):
    customer = await create_customer("09121230001", "Sara")

    async def write(tx: Any) -> list[int]:
        return [await _deposit(tx, customer.id, "a", "00123456"),
                await _deposit(tx, customer.id, "b", "00AB12")]

    (padded, letters), rows = await _migrated(write, _DEPOSITS)
    assert [(r["id"], r["tracking_number"], r["tracking_key"]) for r in rows] == [
        (padded, "00123456", "123456"), (letters, "00AB12", "00AB12")]


async def test_a_reference_already_credited_twice_stops_the_migration_and_is_named(db):
    customer = await create_customer("09121230002", "Sara")

    async def write(tx: Any) -> None:
        for key, tracking in (("a", "00123456"), ("b", "123456")):
            await _deposit(tx, customer.id, key, tracking, "approved", approver="staff:1")

    with pytest.raises(Exception, match=r"credited more than once: mellat 123456 \(deposits "):
        await _migrated(write, _DEPOSITS)


async def test_a_first_approval_by_the_declarer_no_longer_counts(db):
    customer = await create_customer("09121230003", "Sara")

    async def write(tx: Any) -> list[int]:
        return [await _deposit(tx, customer.id, "a", "1", "awaiting_second_approval",
                               declared_by="staff:7", approver="staff:7"),
                await _deposit(tx, customer.id, "b", "2", "approved",
                               declared_by="staff:7", approver="staff:7")]

    (waiting, decided), rows = await _migrated(write, _DEPOSITS)
    assert [(r["id"], r["status"], r["first_approver"]) for r in rows] == [
        (waiting, "declared", None), (decided, "approved", "staff:7")]


_ORDER = """INSERT INTO billing_order (customer_id, product_id, price, cycle, status, auto_pay,
    period, failure_reason, failed_by, reminders_sent, created_at, updated_at)
    VALUES ($1, $2, 10, 'monthly', $3, FALSE, 1, '', '', 0, now(), now()) RETURNING id"""
_PAYMENT = """INSERT INTO billing_order_payment (order_id, period, amount, spend_key, paid_at,
    refund_reason) VALUES ($1, 1, 10, 'order:' || $1::BIGINT || ':1', now(), '')"""


async def test_payments_of_orders_failed_earlier_stay_due_and_others_do_not(db):
    customer = await create_customer("09121230004", "Sara")

    async def write(tx: Any) -> dict[str, int]:
        [product] = await tx.execute_query_dict(
            "INSERT INTO billing_product (name_fa, name_en, price, cycle, active, created_at, "
            "updated_at) VALUES ('م', 'P', 10, 'monthly', TRUE, now(), now()) RETURNING id")
        ids = {}
        for status in ("failed", "active"):
            [order] = await tx.execute_query_dict(_ORDER, [customer.id, product["id"], status])
            await tx.execute_query(_PAYMENT, [order["id"]])
            ids[status] = int(order["id"])
        return ids

    ids, rows = await _migrated(
        write, "SELECT order_id, refund_due FROM billing_order_payment ORDER BY order_id")
    assert {r["order_id"]: r["refund_due"] for r in rows} == {
        ids["failed"]: True, ids["active"]: False}
