"""Top-up fixtures: the banks reached in process, a customer with a session, GraphQL helpers, and
a *driver* per gateway that plays the customer on the bank simulator's payment page.

Every simulator page follows one contract (see etebar/simulators/saman.py), so one driver works
for every gateway: the payment page has a form `id="payment"` with a `scenario` choice and
buttons named `action` (`pay`, `cancel`); after a button, the bank's page has an auto-submitted
form `id="callback"` to post back to us, or none when the scenario loses the callback. The
scenarios every simulator offers: `ok`, `verify_fails`, `double_callback` (the bank posts the
callback itself, then the browser posts it), `lost_callback`, `tampered_amount` (a tenth of the
amount is paid). To add a gateway, add its name to `GATEWAYS` below.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import httpx
import pytest

from etebar import gateways
from models.wallet.topups.gateway import Redirect

GATEWAYS = ["saman", "mellat"]
SCENARIOS = ("ok", "verify_fails", "double_callback", "lost_callback", "tampered_amount")

START = """
mutation Start($input: StartTopUpInput!) {
  startTopUp(input: $input) {
    __typename
    ... on TopUpStarted { topUp { id status amount } redirect { url method fields { name value } } }
    ... on AmountBelowMinimum { minimum }
    ... on AmountAboveMaximum { maximum }
    ... on BalanceWouldExceedMaximum { maximum balance room }
    ... on UserError { code message field }
  }
}
"""
TOP_UP = """
query TopUp($id: ID!) {
  topUp(id: $id) {
    id status amount reference cardLastFour failureCode creditTransferId verifiedAmount
    events { kind code summary }
  }
}
"""
RECONCILE = """
mutation Reconcile($id: ID!) {
  reconcileTopUp(id: $id) {
    __typename
    ... on TopUpSuccess { topUp { id status } }
    ... on UserError { code }
  }
}
"""


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    buttons: dict[str, list[str]] = field(default_factory=dict)
    options: dict[str, list[str]] = field(default_factory=dict)


class _Forms(HTMLParser):
    """The forms of a page by id: their action, hidden and chosen fields, and buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: dict[str, Form] = {}
        self._form: Form | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form = Form(action=a.get("action", ""), method=a.get("method", "get").upper())
            self.forms[a.get("id", str(len(self.forms)))] = self._form
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            self._form.fields[a["name"]] = a.get("value", "")
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select is not None:
            self._form.options.setdefault(self._select, []).append(a.get("value", ""))
            if self._select not in self._form.fields or "selected" in a:
                self._form.fields[self._select] = a.get("value", "")
        elif tag == "button" and a.get("name"):
            self._form.buttons.setdefault(a["name"], []).append(a.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def forms_of(page: str) -> dict[str, Form]:
    parser = _Forms()
    parser.feed(page)
    return parser.forms


def as_graphql(redirect: Redirect) -> dict[str, Any]:
    """An adapter's Redirect in the shape startTopUp answers it."""
    return {"url": redirect.url, "method": redirect.method,
            "fields": [{"name": k, "value": v} for k, v in redirect.fields.items()]}


@dataclass
class Driver:
    """The customer's browser on a bank simulator's pages."""

    gateway: str
    browser: httpx.AsyncClient

    @property
    def enum(self) -> str:
        return self.gateway.upper()

    async def open(self, redirect: dict[str, Any]) -> tuple[str, Form]:
        """Follow the redirect startTopUp answered; the page's address and its payment form."""
        if redirect["method"] == "GET":
            response = await self.browser.get(redirect["url"])
        else:
            response = await self.browser.post(
                redirect["url"], data={f["name"]: f["value"] for f in redirect["fields"]})
        assert response.status_code == 200, response.text
        forms = forms_of(response.text)
        assert "payment" in forms, response.text
        return str(response.url), forms["payment"]

    async def bank_return(self, redirect: dict[str, Any], action: str = "pay",
                          scenario: str = "ok", **extra: str) -> Form | None:
        """Press `action` on the bank's page with `scenario` (and `extra` fields, such as a card
        number); the callback form the bank's page auto-submits, its action made absolute, or
        None when the scenario loses the callback."""
        url, form = await self.open(redirect)
        assert action in form.buttons["action"], form.buttons
        assert scenario in form.options["scenario"], form.options
        data = {**form.fields, **extra, "scenario": scenario, "action": action}
        page = await self.browser.post(urljoin(url, form.action), data=data)
        assert page.status_code == 200, page.text
        callback = forms_of(page.text).get("callback")
        if callback is None:
            return None
        callback.action = urljoin(str(page.url), callback.action)
        return callback

    async def _submit(self, redirect: dict[str, Any], action: str,
                      scenario: str) -> httpx.Response | None:
        callback = await self.bank_return(redirect, action, scenario)
        if callback is None:
            return None
        return await self.browser.post(callback.action, data=callback.fields)

    async def pay(self, redirect: dict[str, Any], scenario: str = "ok") -> httpx.Response | None:
        """Pay on the bank's page; the response of our callback page (None: no callback)."""
        return await self._submit(redirect, "pay", scenario)

    async def cancel(self, redirect: dict[str, Any],
                     scenario: str = "ok") -> httpx.Response | None:
        return await self._submit(redirect, "cancel", scenario)

    async def callback_form(self, redirect: dict[str, Any],
                            scenario: str = "ok") -> dict[str, str]:
        """Pay, and keep the callback form instead of posting it (to post it at will)."""
        callback = await self.bank_return(redirect, "pay", scenario)
        assert callback is not None, "the bank did not call back"
        return callback.fields


def forget_simulated_banks(app: Any) -> None:
    """Empty the memory of the simulators `app` mounts. Mellat refuses an order id it has seen
    (41), and each test's database numbers top-ups from 1 again."""
    for route in app.router.routes:
        bank = getattr(getattr(getattr(route, "app", None), "state", None), "bank", None)
        if bank is not None and hasattr(bank, "forget"):
            bank.forget()


@pytest.fixture
def banks(api_app: Any) -> Iterator[None]:
    """The adapters (and the simulators' own posts) reach the app in process."""
    forget_simulated_banks(api_app)
    gateways.transport = httpx.ASGITransport(app=api_app)
    yield
    gateways.transport = None


@pytest.fixture
async def browser(api_app: Any, db: str, banks: None) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=api_app),
                                 base_url="http://127.0.0.1:8000") as client:
        yield client


@pytest.fixture(params=GATEWAYS)
def driver(request: pytest.FixtureRequest, browser: httpx.AsyncClient) -> Driver:
    return Driver(gateway=request.param, browser=browser)


@pytest.fixture
async def customer(make_customer: Any) -> tuple[Any, str]:
    return await make_customer()


@pytest.fixture
def start(call_as: Any, customer: tuple[Any, str], driver: Driver) -> Any:
    """Start a top-up as the customer; returns the startTopUp payload."""

    async def run(amount: int, key: str = "k1", *, token: str | None = None,
                  customer_id: str | None = None) -> dict[str, Any]:
        variables: dict[str, Any] = {"amount": amount, "gateway": driver.enum,
                                     "idempotencyKey": key}
        if customer_id is not None:
            variables["customerId"] = customer_id
        body = await call_as(token or customer[1], START, input=variables)
        assert "errors" not in body, body
        result: dict[str, Any] = body["data"]["startTopUp"]
        return result

    return run
