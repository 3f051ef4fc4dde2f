"""Fixtures for the Mellat gateway: the simulator, the adapter routed to it, and a customer's
browser on the bank's payment page (`customer_at_mellat`, for end-to-end top-up tests too)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Literal

import httpx
import lxml.html
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from etebar.simulators.mellat import TEST_CARD, MellatBank, Scenario, mellat_simulator
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import Redirect

TERMINAL_ID = 4321
USERNAME = "shop"
PASSWORD = "shop-secret"
BANK_URL = "http://mellat.test/pgwchannel"
CALLBACK_URL = "http://etebar.test/topups/mellat/callback"


@dataclass(frozen=True)
class BankReturn:
    """What the bank's page makes the browser post to the merchant: `forms` holds one form
    normally, two when the callback arrives twice, none when it never arrives."""

    url: str
    forms: list[dict[str, str]] = field(default_factory=list)

    @property
    def form(self) -> dict[str, str]:
        assert self.forms, "the bank did not call back"
        return self.forms[0]


async def customer_at_mellat(browser: httpx.AsyncClient, redirect: Redirect, *,
                             action: Literal["pay", "cancel"] = "pay",
                             scenario: Scenario | str = Scenario.SUCCESS,
                             card: str = TEST_CARD) -> BankReturn:
    """Follow `redirect` to the simulator's payment page, press Pay (with `scenario`) or Cancel,
    and read the callback forms of the page the bank answers. `browser` must reach the
    simulator at `redirect.url` (an httpx client on an ASGITransport of it or of the server)."""
    page = await browser.request(redirect.method, redirect.url, data=dict(redirect.fields))
    assert page.status_code == 200, page.text
    form = lxml.html.fromstring(page.text, base_url=str(page.url)).forms[0]
    fields = {name: str(value) for name, value in form.fields.items() if value is not None}
    fields.update(action=action, scenario=str(scenario), CardNumber=card)
    answer = await browser.post(form.action, data=fields)
    assert answer.status_code == 200, answer.text
    forms = lxml.html.fromstring(answer.text, base_url=str(answer.url)).forms
    return BankReturn(url=forms[0].action if forms else "",
                      forms=[{k: str(v) for k, v in f.fields.items()} for f in forms])


@pytest.fixture
def simulator() -> Starlette:
    return mellat_simulator(terminal_id=TERMINAL_ID, username=USERNAME, password=PASSWORD)


@pytest.fixture
def bank(simulator: Starlette) -> MellatBank:
    return simulator.state.bank  # type: ignore[no-any-return]


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
def gateway(bank_http: httpx.AsyncClient) -> MellatGateway:
    return MellatGateway(terminal_id=TERMINAL_ID, username=USERNAME, password=PASSWORD,
                         base_url=BANK_URL, http=bank_http)
