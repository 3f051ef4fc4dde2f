"""The customers list and a customer's page: search, profile, wallet totals, lots with their
expiry (Jalali in Persian), activity, movements, and the managers' grant form."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from nicegui import app, ui
from nicegui.testing import User

from models.identity.customers import create_customer
from models.identity.tables import StaffRole
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.lots.tables import Lot, LotKind
from models.wallet import wallets
from models.wallet.codes import Source, SourceKind

from .support import row_ids, settle

EXPIRY = datetime(2027, 3, 20, 21, 0, tzinfo=UTC)  # 1406/01/01 00:30 in Tehran


def tables(user: User) -> dict[str, list[dict[str, Any]]]:
    return {(element._markers[0] if element._markers else "movements"): element.rows
            for element in user.current_layout.descendants() if isinstance(element, ui.table)}


async def _customer_with_credit() -> int:
    customer = await create_customer("09121234567", "Sara Karimi", email="sara@example.com")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    await wallets.credit_paid(customer.id, 1_000_000, clearing.id, "top-up-1")
    await wallets.grant_promotional(customer.id, 50_000, EXPIRY, clearing.id, "gift-1")
    await wallets.spend(customer.id, 80_000, revenue.id, "order:5:1",
                        source=Source(SourceKind.ORDER, 5))
    return customer.id


async def test_customers_are_listed_and_searched(signed_in: User, make_customer):
    # given two customers
    sara, _ = await make_customer(name="Sara Karimi", mobile="09121110000")
    reza, _ = await make_customer(name="Reza", mobile="09352220000")
    # when the owner opens the list from the menu, then searches by name and by number
    await signed_in.should_see(marker="menu-customers")
    await signed_in.open("/customers")
    assert row_ids(signed_in) == [str(sara.id), str(reza.id)]
    await signed_in.open("/customers?q=karimi")
    assert row_ids(signed_in) == [str(sara.id)]
    signed_in.find(marker="customer-search").clear().type("0935")
    signed_in.find(marker="search-customers").click()
    await settle(lambda: row_ids(signed_in) == [str(reza.id)])


async def test_a_customers_page_shows_profile_wallet_lots_activity_and_movements(
        signed_in: User):
    # given a customer with paid and promotional credit who paid one order
    customer_id = await _customer_with_credit()
    # when the owner opens their page
    await signed_in.open(f"/customers/{customer_id}")
    # then the profile, the totals (promotional credit spent first) and the lots show
    await signed_in.should_see(marker="customer-name", content="Sara Karimi")
    await signed_in.should_see(marker="customer-mobile", content="09121234567")
    await signed_in.should_see(marker="wallet-total", content="970,000")
    await signed_in.should_see(marker="wallet-promotional", content="0")
    await signed_in.should_see(marker="wallet-cashable", content="970,000")
    shown = tables(signed_in)
    assert [(r["kind"], r["available"]) for r in shown["lots"]] == [
        ("Promotional", "0"), ("Paid", "970,000")]  # the grant, spent, until it expires
    # and the activity and the movements, newest first, signed
    await signed_in.should_see(marker="activity-level", content="Bronze")
    await signed_in.should_see(marker="activity-paid_orders", content="1")
    assert [(r["kind"], r["amount"]) for r in shown["movements"]] == [
        ("Payment", "-30,000"), ("Payment", "-50,000"), ("Bonus", "+50,000"),
        ("Top-up", "+1,000,000")]


async def test_lot_expiry_reads_as_a_jalali_date_in_persian(signed_in: User, staff):
    customer = await create_customer("09121234567", "سارا")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await wallets.grant_promotional(customer.id, 50_000, EXPIRY, clearing.id, "gift-1")
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    await signed_in.open(f"/customers/{customer.id}")
    [lot] = tables(signed_in)["lots"]
    assert (lot["kind"], lot["available"], lot["expires_at"]) == (
        "هدیه", "۵۰٬۰۰۰", "۱۴۰۶/۰۱/۰۱ ۰۰:۳۰:۰۰")


async def test_a_manager_grants_promotional_credit_from_the_page(signed_in: User):
    customer_id = await _customer_with_credit()
    await signed_in.open(f"/customers/{customer_id}")
    signed_in.find(marker="grant-amount").type("25000")
    signed_in.find(marker="grant-reason").type("sorry for the outage")
    signed_in.find(marker="grant").click()

    for _ in range(40):  # the click runs in the background
        if (await wallets.balance(customer_id)).promotional:
            break
        await asyncio.sleep(0.05)
    assert (await wallets.balance(customer_id)).promotional == 25_000
    lot = await Lot.filter(kind=LotKind.PROMOTIONAL, key__startswith="grant:manual:").first()
    assert lot is not None and lot.expires_at is not None
    assert timedelta(days=29) < lot.expires_at - datetime.now(UTC) <= timedelta(days=30)


async def test_a_grant_without_a_reason_is_refused_on_the_page(signed_in: User):
    customer_id = await _customer_with_credit()
    await signed_in.open(f"/customers/{customer_id}")
    signed_in.find(marker="grant-amount").type("25000")
    signed_in.find(marker="grant").click()
    await signed_in.should_see("Enter a reason (at most 500 characters).", retries=20)
    assert (await wallets.balance(customer_id)).promotional == 0


async def test_support_sees_the_customer_but_no_grant_form(user: User, make_staff):
    customer_id = await _customer_with_credit()
    member, token = await make_staff(StaffRole.SUPPORT)
    member.language = "en"
    await member.save(update_fields=["language"])
    await user.open("/login")
    with user:
        app.storage.user["session_token"] = token
    await user.open(f"/customers/{customer_id}")
    await user.should_see(marker="wallet-total")
    await user.should_not_see(marker="grant")


async def test_an_unknown_customer_says_so(signed_in: User):
    await signed_in.open(f"/customers/{uuid.uuid4().int % 10**6 + 10**6}")
    await signed_in.should_see(marker="customer-not-found")


async def test_a_movement_shows_its_kind_and_links_to_its_source(signed_in: User):
    # given a customer who paid an order of a product from the billing domain
    from models.billing import orders, products
    from models.billing.tables import BillingCycle

    customer = await create_customer("09121234567", "Sara Karimi")
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await wallets.credit_paid(customer.id, 1_000_000, clearing.id, "top-up-1")
    product = await products.create_product("اشتراک", "Plan", 200_000, BillingCycle.MONTHLY)
    order = await orders.place_order(customer.id, product.id)
    await orders.pay_order(customer.id, order.id, "pay-1")
    # when the owner opens their page
    await signed_in.open(f"/customers/{customer.id}")
    # then the payment reads as a payment of that order, linked to the order's page
    [payment, top_up] = tables(signed_in)["movements"]
    assert (payment["kind"], payment["source"]) == ("Payment", f"Order #{order.id}")
    assert payment["source_href"].endswith(f"/orders/{order.id}")
    assert (top_up["kind"], top_up["source"], top_up["source_href"]) == ("Top-up", "—", None)
