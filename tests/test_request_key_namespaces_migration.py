"""Migration 15 (request key namespaces) must put the key of every stored top-up, deposit,
cash-out and order payment in the namespace of who made it, or a retry after the upgrade makes
a second one (or answers another caller's).

Each test takes the database back to before the migration (the rows stay, their keys then per
customer), migrates again, looks, and rolls everything back (PostgreSQL's DDL is transactional).
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime
from typing import Any

from tortoise.transactions import in_transaction

from etebar.database import MIGRATIONS_DIR
from models.billing.tables import BillingCycle, Order, OrderPayment, Product
from models.identity.callers import CallerKind, Identity
from models.identity.customers import add_bank_account, verify_bank_account
from models.identity.numbers import sheba_check_digits
from models.keys import STAFF_NAMESPACE, customer_namespace
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet.cashouts.cashouts import CashOutLimits, request_cash_out
from models.wallet.deposits.deposits import DepositPolicy, declare_deposit
from models.wallet.deposits.tables import Bank
from models.wallet.topups.gateway import GatewayName
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.wallets import credit_paid
from tests.deposits.support import image

[_PATH] = (MIGRATIONS_DIR / "models").glob("15_*_request_key_namespaces.py")
_SPEC = importlib.util.spec_from_file_location("request_key_namespaces", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
MIGRATION: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(MIGRATION)

STAFF = Identity(kind=CallerKind.STAFF, name="Operator", staff_id=1)
LIMITS = CashOutLimits(min_amount=1, max_per_request=10_000_000, max_per_day=10_000_000)


class _RolledBack(Exception):
    def __init__(self, result: Any) -> None:
        super().__init__("rolled back")
        self.result = result


async def _namespace_after_upgrade(table: str, column: str, row_id: int) -> Any:
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            [row] = await tx.execute_query_dict(
                f"SELECT {column} AS namespace FROM {table} WHERE id = $1", [row_id])
            raise _RolledBack(row["namespace"])
    except _RolledBack as done:
        return done.result


async def _declared(declarer: Identity, customer_id: int, key: str) -> int:
    declared = await declare_deposit(
        declarer, customer_id, 2_000_000, Bank.MELLAT, date(2026, 11, 20), "111111", image(),
        "image/png", key, policy=DepositPolicy())
    return declared.deposit.id


async def test_a_deposit_staff_declared_stays_the_staffs_and_theirs_replays(make_customer):
    # given a deposit staff declared for a customer with the key "receipt-1"
    customer, _ = await make_customer()
    deposit_id = await _declared(STAFF, customer.id, "receipt-1")
    # when the keys are put in namespaces, then it is the staff's, and staff's retry replays it
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            [row] = await tx.execute_query_dict(
                "SELECT key_namespace FROM wallet_deposit WHERE id = $1", [deposit_id])
            retry = await declare_deposit(
                STAFF, customer.id, 2_000_000, Bank.MELLAT, date(2026, 11, 20), "111111",
                image(), "image/png", "receipt-1", policy=DepositPolicy())
            raise _RolledBack((row["key_namespace"], retry))
    except _RolledBack as done:
        namespace, retry = done.result
    assert namespace == STAFF_NAMESPACE
    assert retry.replayed and retry.deposit.id == deposit_id


async def test_a_deposit_the_customer_declared_is_hers(make_customer):
    customer, _ = await make_customer()
    herself = Identity(kind=CallerKind.CUSTOMER, name="Sara", customer_id=customer.id)
    deposit_id = await _declared(herself, customer.id, "receipt-2")
    assert await _namespace_after_upgrade("wallet_deposit", "key_namespace", deposit_id) == \
        customer_namespace(customer.id)


async def _holder(make_customer: Any) -> tuple[int, int]:
    customer, _ = await make_customer()
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await credit_paid(customer.id, 5_000_000, clearing.id, f"funds-{customer.id}")
    bban = f"{customer.id:022d}"
    account = await add_bank_account(customer.id, f"IR{sheba_check_digits(bban)}{bban}", "Sara")
    await verify_bank_account(account.id)
    return customer.id, account.id


async def test_a_cash_out_staff_requested_stays_the_staffs_and_theirs_replays(make_customer):
    # given a cash-out staff asked for with the key "withdraw-1"
    customer_id, account_id = await _holder(make_customer)
    first = await request_cash_out(customer_id, account_id, 1_000_000, "withdraw-1", LIMITS,
                                   requested_by="staff:1", namespace=STAFF_NAMESPACE)
    # when the keys are put in namespaces, then staff's retry replays it
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            retry = await request_cash_out(customer_id, account_id, 1_000_000, "withdraw-1",
                                           LIMITS, requested_by="staff:1",
                                           namespace=STAFF_NAMESPACE)
            raise _RolledBack(retry)
    except _RolledBack as done:
        retry = done.result
    assert retry.replayed and retry.cash_out.id == first.cash_out.id


async def test_a_cash_out_the_customer_requested_is_hers(make_customer):
    customer_id, account_id = await _holder(make_customer)
    result = await request_cash_out(customer_id, account_id, 1_000_000, "withdraw-2", LIMITS)
    assert await _namespace_after_upgrade("wallet_cash_out", "key_namespace",
                                          result.cash_out.id) == customer_namespace(customer_id)


async def test_a_top_up_is_its_customers(make_customer):
    customer, _ = await make_customer()
    row = await TopUp.create(customer_id=customer.id, gateway=GatewayName.SAMAN, amount=10_000,
                             key_namespace=STAFF_NAMESPACE, idempotency_key="t-1")
    assert await _namespace_after_upgrade("wallet_topup", "key_namespace", row.id) == \
        customer_namespace(customer.id)


async def _order(customer_id: int) -> Order:
    product = await Product.create(name_fa="طرح", name_en="Plan", price=1_000,
                                   cycle=BillingCycle.MONTHLY)
    return await Order.create(customer_id=customer_id, product=product, price=1_000,
                              cycle=BillingCycle.MONTHLY)


async def test_an_order_payment_billing_made_for_a_top_up_is_billings(make_customer):
    # given an order paid by billing after a credited top-up for it, under `top-up:<id>`
    customer, _ = await make_customer()
    order = await _order(customer.id)
    top_up = await TopUp.create(customer_id=customer.id, gateway=GatewayName.SAMAN,
                                amount=1_000, key_namespace="x", idempotency_key="k1",
                                order_id=order.id, status=TopUpStatus.CREDITED,
                                credit_transfer_id=1, reference="R-1", verified_amount=1_000,
                                completed_at=datetime.now(UTC))
    payment = await OrderPayment.create(order=order, period=1, amount=1_000,
                                        spend_key=f"order:{order.id}:1",
                                        request_key=f"top-up:{top_up.id}",
                                        paid_at=datetime.now(UTC))
    # then its key is billing's own after the upgrade
    assert await _namespace_after_upgrade("billing_order_payment", "request_namespace",
                                          payment.id) == "domain:billing"


async def test_an_order_payment_the_customer_made_is_hers(make_customer):
    customer, _ = await make_customer()
    order = await _order(customer.id)
    paid = await OrderPayment.create(order=order, period=1, amount=1_000,
                                     spend_key=f"order:{order.id}:1", request_key="top-up:999",
                                     paid_at=datetime.now(UTC))
    renewal = await OrderPayment.create(order=order, period=2, amount=1_000,
                                        spend_key=f"order:{order.id}:2", paid_at=datetime.now(UTC))
    assert await _namespace_after_upgrade("billing_order_payment", "request_namespace",
                                          paid.id) == customer_namespace(customer.id)
    assert await _namespace_after_upgrade("billing_order_payment", "request_namespace",
                                          renewal.id) is None
