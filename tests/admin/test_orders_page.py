"""The orders page: the list by status, one order with its payments and the lots they drew
from, marking an order failed, the products section, the menu entry, and Persian."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from nicegui import ui
from nicegui.testing import User
from tortoise import connections

from models.billing import orders, products
from models.billing.tables import BillingCycle, Order, OrderStatus
from models.identity.customers import create_customer
from models.identity.tables import StaffUser
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import wallets

from .support import settle


def tables(user: User) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table on the page, by the table's marker (the order list has none)."""
    return {(element._markers[0] if element._markers else "orders"): element.rows
            for element in user.current_layout.descendants() if isinstance(element, ui.table)}


@pytest.fixture(autouse=True)
async def no_products(db: str) -> None:
    await connections.get("default").execute_script(
        "TRUNCATE billing_order_payment, billing_order, billing_product RESTART IDENTITY CASCADE")


async def _paid_order() -> Order:
    customer = await create_customer("09125550000", "Sara")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await wallets.credit_paid(customer.id, 2_000_000, clearing.id, "top-up")
    product = await products.create_product("میزبانی", "Hosting", 1_500_000,
                                            BillingCycle.MONTHLY)
    order = await orders.place_order(customer.id, product.id)
    await orders.pay_order(customer.id, order.id, "k")
    await orders.place_order(customer.id, product.id)  # a second one, still unpaid
    return order


async def test_the_list_shows_orders_and_filters_them_by_status(signed_in: User):
    paid = await _paid_order()
    await signed_in.should_see(marker="menu-orders")
    await signed_in.open("/orders")
    rows = tables(signed_in)["orders"]
    assert [(r["id"], r["status"], r["price"]) for r in rows] == [
        (str(paid.id + 1), "Awaiting payment", "1,500,000"),
        (str(paid.id), "Active", "1,500,000")]
    await signed_in.open("/orders?status=ACTIVE")
    assert [r["id"] for r in tables(signed_in)["orders"]] == [str(paid.id)]
    assert [r["name"] for r in tables(signed_in)["products"]] == ["Hosting"]


async def test_the_list_filters_by_customer_and_the_filter_can_be_lifted(signed_in: User):
    # given orders of two customers
    paid = await _paid_order()
    reza = await create_customer("09125550001", "Reza")
    theirs = await orders.place_order(reza.id, paid.product_id)
    sara_id = paid.customer_id
    # when the list is limited to Sara
    await signed_in.open(f"/orders?customer={sara_id}")
    # then only hers show, newest first, and the page says whose they are
    assert [r["id"] for r in tables(signed_in)["orders"]] == [str(paid.id + 1), str(paid.id)]
    await signed_in.should_see(marker="filter-customer", content=f"Sara (#{sara_id})")
    await signed_in.should_see(marker="list-order", content="Newest first")
    await signed_in.open(f"/orders?status=ACTIVE&customer={sara_id}")
    assert [r["id"] for r in tables(signed_in)["orders"]] == [str(paid.id)]
    [clear] = signed_in.find(marker="clear-customer").elements
    assert clear.props["href"] == "/orders?status=ACTIVE"
    # and lifted, everyone's show again
    await signed_in.open("/orders")
    assert str(theirs.id) in [r["id"] for r in tables(signed_in)["orders"]]
    await signed_in.should_not_see(marker="customer-filter")


async def test_an_order_shows_its_payments_and_is_marked_failed(signed_in: User):
    paid = await _paid_order()
    await signed_in.open(f"/orders/{paid.id}")
    [payment] = tables(signed_in)["payments"]
    assert payment["amount"] == "1,500,000"
    assert payment["draws"].startswith("1,500,000 paid credit")
    signed_in.find(marker="reason").type("the domain is taken")
    signed_in.find(marker="mark-failed").click()
    for _ in range(40):  # the click runs in the background
        if (await Order.get(id=paid.id)).status is OrderStatus.FAILED:
            break
        await asyncio.sleep(0.05)
    order = await Order.get(id=paid.id)
    assert (order.status, order.failure_reason) == (OrderStatus.FAILED, "the domain is taken")


async def test_only_an_active_order_offers_to_be_marked_failed(signed_in: User):
    # given a paid order and an unpaid one
    paid = await _paid_order()
    unpaid = await Order.get(status=OrderStatus.AWAITING_PAYMENT)
    # when the owner opens the paid one, then the rule and the button are shown
    await signed_in.open(f"/orders/{paid.id}")
    await signed_in.should_see(marker="fail-rule", content="not yet delivered")
    await signed_in.should_see(marker="mark-failed")
    # and the unpaid one offers neither
    await signed_in.open(f"/orders/{unpaid.id}")
    await signed_in.should_not_see(marker="mark-failed")


async def test_failing_an_order_whose_period_ended_is_refused_in_the_readers_words(
        signed_in: User):
    # given an active order whose only paid period ended ten days ago
    customer = await create_customer("09125550001", "Sara")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await wallets.credit_paid(customer.id, 2_000_000, clearing.id, "top-up")
    product = await products.create_product("میزبانی", "Hosting", 1_500_000,
                                            BillingCycle.MONTHLY)
    order = await orders.place_order(customer.id, product.id)
    await orders.pay_order(customer.id, order.id, "k",
                           now=datetime.now(UTC) - timedelta(days=40))
    # when the owner marks it failed
    await signed_in.open(f"/orders/{order.id}")
    signed_in.find(marker="reason").type("too late")
    signed_in.find(marker="mark-failed").click()
    # then they are told why, and it stays active and paid
    await signed_in.should_see("Every paid period of this order was delivered")
    assert (await Order.get(id=order.id)).status is OrderStatus.ACTIVE
    assert (await wallets.balance(customer.id)).total == 500_000


async def test_a_manager_adds_a_product(signed_in: User):
    await signed_in.open("/orders")
    signed_in.find(marker="product-name-fa").type("دامنه")
    signed_in.find(marker="product-name-en").type("Domain")
    signed_in.find(marker="product-price").type("900000")
    signed_in.find(marker="create-product").click()
    await settle(lambda: "products" in tables(signed_in))
    assert [(r["name"], r["price"], r["cycle"]) for r in tables(signed_in)["products"]] == [
        ("Domain", "900,000", "Monthly")]


async def test_the_page_speaks_persian_with_jalali_dates(signed_in: User, staff: StaffUser):
    paid = await _paid_order()
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/orders/{paid.id}")
    await signed_in.should_see("سفارش")
    [payment] = tables(signed_in)["payments"]
    assert payment["amount"] == "۱٬۵۰۰٬۰۰۰"
    assert payment["paid_at"].startswith("۱۴")
