"""The demo data: customers whose money was written through the domain's own operations, so the
ledger verifies clean, and a second run writes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image
from tortoise import connections

from models.billing.tables import Order, OrderStatus
from models.demo import seed_demo
from models.demo_customers import CUSTOMERS
from models.identity.tables import BankAccount, Customer, CustomerKind, Language
from models.ledger.verify import verify_ledger
from models.notify.tables import EmailMessage
from models.wallet import wallets
from models.wallet.cashouts.tables import CashOut, CashOutStatus
from models.wallet.deposits.tables import Deposit, DepositReceipt, DepositStatus

PASSWORD = "a demo password"


@pytest.fixture
async def db(db: str) -> str:
    """The shared empty database, earlier tests' email records gone too."""
    await connections.get("default").execute_script("TRUNCATE notify_email_message")
    return db


async def _state() -> dict[str, Any]:
    """What the seed writes: ledger, customers, orders, deposits, cash-outs and emails."""
    conn = connections.get("default")
    tables = ("ledger_account", "ledger_transfer", "identity_customer", "billing_order",
              "billing_order_payment", "wallet_deposit", "wallet_cash_out", "notify_email_message",
              "identity_bank_account")
    state: dict[str, Any] = {}
    for table in tables:
        state[table] = await conn.execute_query_dict(f"SELECT * FROM {table} ORDER BY id")
    return state


async def _seed() -> None:
    await seed_demo(password=PASSWORD, stored_token=None)


async def _customer(key: str) -> Customer:
    [spec] = [c for c in CUSTOMERS if c.key == key]
    return await Customer.get(person__mobile=spec.mobile)


async def test_the_seed_leaves_the_ledger_verified_clean(db: str):
    await _seed()
    assert await verify_ledger() == []


async def test_seeding_twice_writes_nothing_the_second_time(db: str):
    await _seed()
    first = await _state()
    await _seed()
    assert await _state() == first
    assert await verify_ledger() == []


async def test_customers_speak_both_languages_are_individual_and_legal_with_verified_accounts(
        db: str):
    await _seed()
    customers = await Customer.filter(person__mobile__in=[c.mobile for c in CUSTOMERS])
    assert {(c.language, c.kind) for c in customers} == {
        (language, kind) for language in Language for kind in CustomerKind}
    assert all(c.email and c.national_id for c in customers)
    for customer in customers:
        accounts = await BankAccount.filter(customer_id=customer.id)
        assert accounts and all(a.verified_at is not None for a in accounts)


async def test_orders_are_active_with_auto_pay_awaiting_payment_and_suspended(db: str):
    await _seed()
    orders = await Order.all()
    states = {(o.status, o.auto_pay) for o in orders}
    assert (OrderStatus.ACTIVE, True) in states
    assert any(status is OrderStatus.AWAITING_PAYMENT for status, _ in states)
    assert any(status is OrderStatus.SUSPENDED for status, _ in states)


async def test_wallets_hold_paid_and_promotional_credit(db: str):
    await _seed()
    mahsa = await wallets.balance((await _customer("mahsa")).id)
    assert mahsa.paid > 0 and mahsa.promotional > 0
    assert mahsa.total == mahsa.paid + mahsa.promotional


async def test_a_deposit_with_a_png_receipt_and_a_cash_out_await_approval(db: str):
    await _seed()
    [deposit] = await Deposit.all()
    assert deposit.status is DepositStatus.DECLARED
    receipt = await DepositReceipt.get(deposit_id=deposit.id)
    assert receipt.content_type == "image/png"
    [cash_out] = await CashOut.all()
    assert cash_out.status is CashOutStatus.REQUESTED


async def test_the_seed_sends_receipts_and_the_suspended_orders_notices(db: str):
    await _seed()
    templates = set(await EmailMessage.all().values_list("template", flat=True))
    assert {"billing_receipt", "billing_shortfall", "billing_suspended"} <= templates


def test_the_demo_receipt_is_a_png_image():
    import io

    from models.demo_customers import receipt_png

    with Image.open(io.BytesIO(receipt_png(5_000_000, "4411223344"))) as image:
        assert image.format == "PNG" and image.size[0] > 100
