"""Fixtures for the Mellat gateway: the simulator, the adapter routed to it, and a customer's
browser on the bank's payment page: the shared top-up `Driver` (tests/topups/conftest.py), which
reads the page contract every simulator keeps, and `bank_return`, the callback it answers."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from etebar.simulators.mellat import MellatBank, Scenario, mellat_simulator
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import Redirect
from tests.topups.conftest import Driver, as_graphql

TERMINAL_ID = 4321
USERNAME = "shop"
PASSWORD = "shop-secret"
BANK_URL = "http://mellat.test/pgwchannel"
CALLBACK_URL = "http://etebar.test/topups/mellat/callback"


async def bank_return(driver: Driver, redirect: Redirect, *, action: str = "pay",
                      scenario: Scenario = Scenario.OK, **extra: str) -> dict[str, str] | None:
    """The customer presses `action` on the bank's page: the callback form's fields the bank's
    page posts to the merchant, None when the scenario loses the callback."""
    callback = await driver.bank_return(as_graphql(redirect), action, scenario.value, **extra)
    if callback is None:
        return None
    assert callback.action == CALLBACK_URL
    return callback.fields


@pytest.fixture
def simulator() -> Starlette:
    return mellat_simulator(terminal_id=TERMINAL_ID, username=USERNAME, password=PASSWORD)


@pytest.fixture
def bank(simulator: Starlette) -> MellatBank:
    return simulator.state.bank


@pytest.fixture
def bank_site(simulator: Starlette) -> Starlette:
    """The simulator under the bank's own path prefix, as BANK_URL names it."""
    return Starlette(routes=[Mount("/pgwchannel", simulator)])


@pytest.fixture
async def bank_http(bank_site: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """The adapter's own client, routed to the simulator."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=bank_site)) as client:
        yield client


@pytest.fixture
async def browser(bank_site: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """The customer's browser (the bank's pages only; tests post the callback forms)."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=bank_site)) as client:
        yield client


@pytest.fixture
def driver(browser: httpx.AsyncClient) -> Driver:
    return Driver(gateway="mellat", browser=browser)


@pytest.fixture
def gateway(bank_http: httpx.AsyncClient) -> MellatGateway:
    return MellatGateway(terminal_id=TERMINAL_ID, username=USERNAME, password=PASSWORD,
                         base_url=BANK_URL, http=bank_http)
