"""The dashboard's business figures (what awaits a decision, the credit wallets hold, today's
payments and top-ups) and the menu that folds into a drawer, in English and in Persian."""

from __future__ import annotations

from datetime import date

from nicegui import ui
from nicegui.testing import User

from models.identity.tables import Customer, StaffUser
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import wallets
from models.wallet.deposits.tables import Bank, Deposit, DepositStatus

from .support import table_rows


async def _business(make_customer) -> Customer:
    """A wallet credited 3,000,000 rials that paid 1,000,000 today, and a deposit of 5,000,000
    awaiting approval."""
    customer, _ = await make_customer()
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    await wallets.credit_paid(customer.id, 3_000_000, clearing.id, "dashboard:credit")
    await wallets.spend(customer.id, 1_000_000, revenue.id, "dashboard:pay")
    await Deposit.create(customer=customer, key_namespace="staff", key="dashboard:deposit",
                         amount=5_000_000, bank=Bank.MELLAT, deposited_on=date(2026, 3, 1),
                         tracking_number="123456", tracking_key="123456",
                         status=DepositStatus.DECLARED, declared_by="staff:1")
    return customer


async def test_the_dashboard_shows_what_awaits_and_what_wallets_hold(signed_in: User,
                                                                     make_customer):
    # given
    await _business(make_customer)
    # when
    await signed_in.open("/dashboard")
    # then
    await signed_in.should_see(marker="deposits-awaiting-amount", content="5,000,000")
    await signed_in.should_see(marker="deposits-awaiting-count", content="1 in all")
    await signed_in.should_see(marker="cash-outs-awaiting-count", content="0 in all")
    await signed_in.should_see(marker="outstanding-credit-amount", content="2,000,000")
    await signed_in.should_see(marker="payments-today-amount", content="1,000,000")
    await signed_in.should_see(marker="top-ups-today-count", content="0 in all")
    await signed_in.should_see(marker="business-per-day")


async def test_the_awaiting_deposits_link_to_their_filtered_list(signed_in: User,
                                                                 make_customer):
    # given
    await _business(make_customer)
    await signed_in.open("/dashboard")
    # when
    signed_in.find(marker="deposits-awaiting-link").click()
    # then
    await signed_in.should_see(marker="deposit-filter", retries=40)
    [row] = table_rows(signed_in)
    assert row["amount"] == "5,000,000"


async def test_the_dashboard_reads_in_persian_with_persian_digits(signed_in: User,
                                                                  make_customer,
                                                                  staff: StaffUser):
    # given
    await _business(make_customer)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    # when
    await signed_in.open("/dashboard")
    # then
    await signed_in.should_see("کسب‌وکار در یک نگاه")
    await signed_in.should_see(marker="outstanding-credit-amount", content="۲٬۰۰۰٬۰۰۰")
    await signed_in.should_see(marker="deposits-awaiting-count", content="۱ مورد")


async def test_the_menu_button_opens_the_drawer_of_the_same_menu(signed_in: User):
    # given
    await signed_in.open("/dashboard")
    [drawer] = signed_in.find(marker="menu-drawer").elements
    assert isinstance(drawer, ui.drawer) and drawer.value is False
    # when
    signed_in.find(marker="menu-button").click()
    # then
    assert drawer.value is True
    await signed_in.should_see(marker="drawer-customers")
    await signed_in.should_see(marker="menu-customers")

