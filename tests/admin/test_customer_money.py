"""A customer's page as the one place staff see the customer's money: orders, online top-ups,
deposits, cash-outs, bank accounts (verified by back office and managers) and emails sent."""

from __future__ import annotations

import asyncio
import io
import uuid
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import httpx
import pytest
from nicegui import app, ui
from nicegui.testing import User
from PIL import Image
from starlette.applications import Starlette
from tortoise import connections

from admin_ui.pages import customer_money
from admin_ui.text import TOMAN_KEY, speaking
from admin_ui.widgets import column, localized
from etebar import gateways
from etebar.domains.compose import build_schema
from etebar.gateways import open_gateways, topup_policy
from etebar.settings import Settings
from models.billing import orders
from models.billing.products import create_product
from models.billing.tables import BillingCycle
from models.identity.callers import CallerKind, Identity
from models.identity.customers import add_bank_account, create_customer, verify_bank_account
from models.identity.numbers import sheba_check_digits
from models.identity.tables import BankAccount, Customer, Language, StaffRole, StaffUser
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import wallets
from models.wallet.cashouts.cashouts import CashOutLimits, request_cash_out
from models.wallet.deposits import deposits
from models.wallet.deposits.tables import Bank
from models.wallet.topups.gateway import GatewayName
from models.wallet.topups.topups import start_topup

SETTINGS = Settings(environment="test")
LIMITS = CashOutLimits(min_amount=1, max_per_request=10**12, max_per_day=10**12)


@pytest.fixture
async def db(db: str) -> str:
    """The shared empty database, earlier tests' email records gone too (an email's key names
    ids that restart at 1)."""
    await connections.get("default").execute_script("TRUNCATE notify_email_message")
    return db


@pytest.fixture
async def banks(running_admin: Starlette, db: str) -> AsyncIterator[None]:
    """The bank simulators of the admin's own app, reached in process."""
    gateways.transport = httpx.ASGITransport(app=running_admin)
    yield
    gateways.transport = None


def tables(user: User) -> dict[str, list[dict[str, Any]]]:
    return {element._markers[0]: element.rows for element in user.current_layout.descendants()
            if isinstance(element, ui.table) and element._markers}


def headers(user: User, marker: str) -> list[str]:
    return [str(c["label"]) for element in user.current_layout.descendants()
            if isinstance(element, ui.table) and marker in element._markers
            for c in element.columns]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), "white").save(buffer, "PNG")
    return buffer.getvalue()


def _sheba(seed: int) -> str:
    bban = f"{seed:022d}"
    return f"IR{sheba_check_digits(bban)}{bban}"


async def _customer_with_money() -> dict[str, Any]:
    """A customer who paid a hosting order from the wallet, started a Saman top-up, declared a
    deposit, has a verified and an unverified account and asked to cash out to the first."""
    customer = await create_customer("09121239876", "Sara Karimi", Language.EN,
                                     email="sara@example.com")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await wallets.credit_paid(customer.id, 5_000_000, clearing.id, "top-up-1")
    hosting = await create_product("میزبانی", "Hosting", 1_200_000, BillingCycle.MONTHLY)
    order = await orders.place_order(customer.id, hosting.id, auto_pay=True)
    await orders.pay_order(customer.id, order.id, "pay-1")
    async with open_gateways(SETTINGS) as banks:
        top_up, _ = await start_topup(customer.id, 700_000, banks[GatewayName.SAMAN], "t-1",
                                      policy=topup_policy(SETTINGS))
    me = Identity(kind=CallerKind.CUSTOMER, name="c", customer_id=customer.id)
    deposit = (await deposits.declare_deposit(
        me, customer.id, 2_000_000, Bank.MELLAT, date(2026, 11, 20), "7001", _png(), "image/png",
        "d-1", policy=deposits.DepositPolicy(), today=date(2026, 11, 22))).deposit
    verified = await add_bank_account(customer.id, _sheba(customer.id), "Sara Karimi")
    await verify_bank_account(verified.id)
    unverified = await add_bank_account(customer.id, _sheba(customer.id + 1), "Sara K.")
    cash_out = (await request_cash_out(customer.id, verified.id, 300_000, "c-1", LIMITS)).cash_out
    return {"customer": customer, "order": order, "top_up": top_up, "deposit": deposit,
            "verified": verified, "unverified": unverified, "cash_out": cash_out}


@pytest.mark.usefixtures("banks")
async def test_the_page_lists_orders_top_ups_deposits_cash_outs_and_emails_with_links(
        signed_in: User):
    # given a customer with each kind of money record
    made = await _customer_with_money()
    customer: Customer = made["customer"]
    # when the owner opens their page
    await signed_in.open(f"/customers/{customer.id}")
    shown = tables(signed_in)
    # then each section lists the customer's records, linked to their pages
    [order] = shown["orders"]
    assert (order["product"], order["status"], order["auto_pay"], order["price"]) == (
        "Hosting", "Active", "Yes", "1,200,000")
    assert order["renews_at"].endswith("UTC")
    assert order["id_href"] == f"/admin/orders/{made['order'].id}"
    [top_up] = shown["top-ups"]
    assert (top_up["gateway"], top_up["amount"], top_up["status"]) == (
        "Saman", "700,000", "At the bank")
    assert top_up["id_href"] == f"/admin/topups/{made['top_up'].id}"
    [deposit] = shown["deposits"]
    assert (deposit["amount"], deposit["status"], deposit["deposited_on"]) == (
        "2,000,000", "Declared", "2026-11-20")
    assert deposit["id_href"] == f"/admin/deposits/{made['deposit'].id}"
    [cash_out] = shown["cash-outs"]
    assert (cash_out["amount"], cash_out["status"]) == ("300,000", "Awaiting approval")
    assert cash_out["id_href"] == f"/admin/cash-outs/{made['cash_out'].id}"
    # and the emails sent: the order's receipt
    [email] = shown["emails"]
    assert (email["status"], email["subject"]) == (
        "Queued", f"Receipt for order {made['order'].id}")
    assert email["id_href"].startswith("/admin/mail/")
    # and the bank accounts, verified or not
    await signed_in.should_see(marker=f"sheba-{made['verified'].id}",
                               content=made["verified"].sheba)
    await signed_in.should_see(marker=f"verified-{made['verified'].id}", content="Yes, ")
    await signed_in.should_see(marker=f"verified-{made['unverified'].id}", content="No")


async def test_a_customer_without_money_records_reads_so_in_each_section(signed_in: User):
    customer = await create_customer("09121230000", "Reza")
    await signed_in.open(f"/customers/{customer.id}")
    for marker in ("orders", "top-ups", "deposits", "cash-outs", "bank-accounts", "emails"):
        await signed_in.should_see(marker=f"no-{marker}")
    await signed_in.should_not_see(marker="more-orders")


async def test_a_long_history_shows_the_latest_and_links_to_the_full_list(signed_in: User):
    customer = await create_customer("09121231111", "Reza")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await wallets.credit_paid(customer.id, 1_000_000, clearing.id, "top-up-1")
    product = await create_product("دامنه", "Domain", 10_000, BillingCycle.YEARLY)
    for _ in range(customer_money.SECTION_SIZE + 1):
        await orders.place_order(customer.id, product.id)
    await signed_in.open(f"/customers/{customer.id}")
    assert len(tables(signed_in)["orders"]) == customer_money.SECTION_SIZE
    [more] = signed_in.find(marker="more-orders").elements
    assert more.props["href"] == f"/orders?customer={customer.id}"


async def test_cash_outs_show_the_latest_and_link_to_the_customers_full_list(signed_in: User):
    # given a customer with more cash-outs than the section shows
    customer = await create_customer("09121233333", "Reza")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await wallets.credit_paid(customer.id, 1_000_000, clearing.id, "top-up-1")
    account = await add_bank_account(customer.id, _sheba(customer.id), "Reza Karimi")
    await verify_bank_account(account.id)
    made = [(await request_cash_out(customer.id, account.id, 1_000 + n, f"c-{n}",
                                    LIMITS)).cash_out
            for n in range(customer_money.SECTION_SIZE + 1)]
    # when their page is opened
    await signed_in.open(f"/customers/{customer.id}")
    # then the section shows the latest, newest first, and links to all of theirs
    shown = [row["id"] for row in tables(signed_in)["cash-outs"]]
    assert shown == [str(c.id) for c in reversed(made)][:customer_money.SECTION_SIZE]
    [more] = signed_in.find(marker="more-cash-outs").elements
    assert more.props["href"] == f"/cash-outs?status=all&customer={customer.id}"


async def test_back_office_verifies_a_bank_account_from_the_page(user: User, make_staff):
    # given a customer's unverified account and a back-office member
    customer = await create_customer("09121232222", "Sara")
    account = await add_bank_account(customer.id, _sheba(customer.id), "Sara Ahmadi")
    member, token = await make_staff(StaffRole.BACK_OFFICE)
    member.language = "en"
    await member.save(update_fields=["language"])
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token
    # when they press verify on the customer's page
    await user.open(f"/customers/{customer.id}")
    await user.should_see(marker=f"verified-{account.id}", content="No")
    user.find(marker=f"verify-{account.id}").click()
    # then the account is verified, and the page says so
    for _ in range(60):
        if (await BankAccount.get(id=account.id)).verified_at is not None:
            break
        await asyncio.sleep(0.05)
    assert (await BankAccount.get(id=account.id)).verified_at is not None
    await user.open(f"/customers/{customer.id}")
    await user.should_see(marker=f"verified-{account.id}", content="Yes, ")
    await user.should_not_see(marker=f"verify-{account.id}")


async def test_support_sees_bank_accounts_but_no_verify_button(user: User, make_staff):
    customer = await create_customer("09121233333", "Sara")
    account = await add_bank_account(customer.id, _sheba(customer.id), "Sara Ahmadi")
    _, token = await make_staff(StaffRole.SUPPORT)
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token
    await user.open(f"/customers/{customer.id}")
    await user.should_see(marker=f"sheba-{account.id}")
    await user.should_not_see(marker=f"verify-{account.id}")


@pytest.mark.usefixtures("banks")
async def test_the_sections_speak_persian_with_jalali_dates(signed_in: User, staff: StaffUser):
    made = await _customer_with_money()
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/customers/{made['customer'].id}")
    await signed_in.should_see(marker="section-orders", content="سفارش‌ها")
    shown = tables(signed_in)
    assert shown["orders"][0]["status"] == "فعال"
    assert shown["orders"][0]["renews_at"].startswith("۱۴۰")  # a Jalali year, Persian digits
    assert shown["deposits"][0]["deposited_on"] == "۱۴۰۵/۰۸/۲۹"
    assert shown["top-ups"][0]["amount"] == "۷۰۰٬۰۰۰"
    assert "محصول" in headers(signed_in, "orders")


async def test_column_headings_follow_the_readers_language_not_the_import_time_one(
        signed_in: User, staff: StaffUser):
    # given a customer with a lot (its table's columns are declared at import)
    customer = await create_customer("09121234444", "Sara")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await wallets.credit_paid(customer.id, 1_000, clearing.id, f"t-{uuid.uuid4().hex}")
    # when an English reader and then a Persian reader open the page
    await signed_in.open(f"/customers/{customer.id}")
    english = headers(signed_in, "lots")
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/customers/{customer.id}")
    # then each reads the headings in their own language
    assert "Available" in english
    assert "Available" not in headers(signed_in, "lots")


def test_localized_columns_relabel_in_the_language_spoken():
    columns = [column("amount", "field.amount")]
    with speaking("en"):
        assert localized(columns)[0]["label"] == "Amount"
    with speaking("fa"):
        assert localized(columns)[0]["label"] == "مبلغ"


def test_each_section_checks_an_operation_the_schema_has():
    """A misspelt operation would hide its section from everyone, silently."""
    graphql = build_schema(SETTINGS)._schema  # graphql-core's, named as clients name them
    assert graphql.query_type is not None and graphql.mutation_type is not None
    operations = set(graphql.query_type.fields) | set(graphql.mutation_type.fields)
    assert set(customer_money.NEEDS) <= operations


def _customer_links(user: User) -> set[str]:
    return {row["customer_href"] for element in user.current_layout.descendants()
            if isinstance(element, ui.table) for row in element.rows if "customer_href" in row}


@pytest.mark.usefixtures("banks")
async def test_every_list_of_money_links_its_customer_to_the_customers_page(signed_in: User):
    # given a customer with an order, a top-up, a deposit, a cash-out and an email
    made = await _customer_with_money()
    page = f"/admin/customers/{made['customer'].id}"
    # when the owner opens each list, then the customer's cell leads to their page
    for listing in ("/orders", "/topups", "/deposits", "/cash-outs", "/mail"):
        await signed_in.open(listing)
        assert _customer_links(signed_in) == {page}, listing


@pytest.mark.usefixtures("banks")
async def test_the_toman_switch_shows_the_sections_amounts_in_toman(signed_in: User):
    made = await _customer_with_money()
    with signed_in:
        app.storage.user[TOMAN_KEY] = True
    await signed_in.open(f"/customers/{made['customer'].id}")
    shown = tables(signed_in)
    assert shown["orders"][0]["price"] == "120,000 toman"
    assert shown["deposits"][0]["amount"] == "200,000 toman"
    assert shown["cash-outs"][0]["amount"] == "30,000 toman"
