"""The online top-ups page: the list with its status filter, one top-up with its bank states,
and the reconcile button, which asks the bank through the API's reconcileTopUp."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from nicegui import ui
from nicegui.testing import User
from starlette.applications import Starlette

from etebar import gateways
from etebar.gateways import open_gateways, topup_policy
from etebar.settings import Settings
from models.identity.customers import create_customer
from models.wallet.topups.gateway import GatewayName
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.topups.topups import start_topup
from tests.topups.conftest import Driver, as_graphql, forget_simulated_banks

from .support import settle

SETTINGS = Settings(environment="test")


def tables(user: User) -> dict[str, list[dict[str, Any]]]:
    return {(element._markers[0] if element._markers else "list"): element.rows
            for element in user.current_layout.descendants() if isinstance(element, ui.table)}


@pytest.fixture
async def browser(running_admin: Starlette, db: str) -> AsyncIterator[httpx.AsyncClient]:
    """The customer's browser; the bank simulators of the admin's own app, reached in process."""
    forget_simulated_banks(running_admin)
    gateways.transport = httpx.ASGITransport(app=running_admin)
    async with httpx.AsyncClient(transport=gateways.transport,
                                 base_url="http://127.0.0.1:8000") as client:
        yield client
    gateways.transport = None


@pytest.fixture
def driver(browser: httpx.AsyncClient) -> Driver:
    return Driver(gateway="saman", browser=browser)


async def _started(key: str, amount: int,
                   gateway: GatewayName = GatewayName.SAMAN) -> tuple[TopUp, dict[str, Any]]:
    customer = await create_customer(f"0912555{len(key):04d}", "Sara")
    async with open_gateways(SETTINGS) as banks:
        row, redirect = await start_topup(customer.id, amount, banks[gateway], key,
                                          policy=topup_policy(SETTINGS))
    return row, as_graphql(redirect)


async def test_the_list_shows_top_ups_and_filters_by_status(signed_in: User, driver: Driver):
    # given a credited top-up and one still at the bank
    paid, redirect = await _started("a", 1_000_000)
    await driver.pay(redirect)
    waiting, _ = await _started("bb", 2_000_000)
    # when the owner opens the page from the menu
    await signed_in.should_see(marker="menu-topups")
    await signed_in.open("/topups")
    # then both are listed, newest first, with amounts and statuses
    rows = tables(signed_in)["list"]
    assert [(r["id"], r["amount"], r["status"]) for r in rows] == [
        (str(waiting.id), "2,000,000", "At the bank"), (str(paid.id), "1,000,000", "Credited")]
    # and filtered by status, only the credited one
    await signed_in.open("/topups?status=credited")
    assert [r["id"] for r in tables(signed_in)["list"]] == [str(paid.id)]


async def test_the_list_filters_by_customer_and_the_filter_can_be_lifted(
        signed_in: User, browser: httpx.AsyncClient):
    # given top-ups of two customers (each `_started` enrols its own)
    sara, _ = await _started("s", 1_000_000)
    reza, _ = await _started("rr", 2_000_000)
    sara_id = sara.customer_id
    # when the list is limited to the first
    await signed_in.open(f"/topups?customer={sara_id}")
    # then only theirs shows, and the page says whose it is, newest first
    assert [r["id"] for r in tables(signed_in)["list"]] == [str(sara.id)]
    await signed_in.should_see(marker="filter-customer", content=f"Sara (#{sara_id})")
    await signed_in.should_see(marker="list-order", content="Newest first")
    [clear] = signed_in.find(marker="clear-customer").elements
    assert clear.props["href"] == "/topups"
    # and lifted, both show, newest first
    await signed_in.open("/topups")
    assert [r["id"] for r in tables(signed_in)["list"]] == [str(reza.id), str(sara.id)]


async def test_a_top_up_shows_its_bank_states_and_reconciles_with_the_bank(
        signed_in: User, driver: Driver):
    # given a customer who paid and never came back
    row, redirect = await _started("lost", 1_500_000)
    assert await driver.pay(redirect, "lost_callback") is None
    # when the owner opens it
    await signed_in.open(f"/topups/{row.id}")
    await signed_in.should_see("At the bank")
    assert [r["kind"] for r in tables(signed_in)["bank-states"]] == ["Payment requested"]
    # and asks the bank
    signed_in.find(marker="reconcile-top-up").click()
    # then it is credited, and the bank states show the inquiry and the verification
    await settle(lambda: len(tables(signed_in)["bank-states"]) > 1)
    assert [r["kind"] for r in tables(signed_in)["bank-states"]] == [
        "Payment requested", "Inquiry", "Verification", "Wallet credited"]
    assert (await TopUp.get(id=row.id)).status is TopUpStatus.CREDITED


async def test_mellat_top_ups_are_listed_with_their_bank_states(signed_in: User,
                                                                browser: httpx.AsyncClient):
    # given a Mellat top-up whose settle failed, and a Saman one credited
    mellat = Driver(gateway="mellat", browser=browser)
    reversed_, redirect = await _started("mellat", 3_000_000, GatewayName.MELLAT)
    await mellat.pay(redirect, "settle_fails")
    credited, redirect = await _started("saman-1", 1_000_000)
    await Driver(gateway="saman", browser=browser).pay(redirect)
    # when the owner opens the list
    await signed_in.open("/topups")
    # then each shows its bank and status
    rows = tables(signed_in)["list"]
    assert [(r["id"], r["gateway"], r["status"]) for r in rows] == [
        (str(credited.id), "Saman", "Credited"), (str(reversed_.id), "Mellat", "Reversed")]
    # and the Mellat one its bank states: paid, verified, not settled (61), reversed
    await signed_in.open(f"/topups/{reversed_.id}")
    await signed_in.should_see("Mellat")
    assert [(r["kind"], r["code"]) for r in tables(signed_in)["bank-states"]] == [
        ("Payment requested", "ok"), ("Callback", "0"), ("Verification", "61"),
        ("Reversal", "ok")]
    await signed_in.should_see(marker="top-up-failure")
    assert (await TopUp.get(id=reversed_.id)).status is TopUpStatus.REVERSED
