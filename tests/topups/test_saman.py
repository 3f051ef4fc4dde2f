"""Saman SEP specifics: what the adapter sends, and forged callbacks (another payment's RefNum,
another token, another terminal) that must credit nothing."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from models.wallet.topups.adapters.saman import SamanGateway
from models.wallet.topups.gateway import Callback, GatewayError, PaymentRequest
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.wallets import balance

from .conftest import Driver, forms_of

AMOUNT = 900_000
CALLBACK = "/gateways/saman/callback"
SAMAN_ONLY = pytest.mark.parametrize("driver", ["saman"], indirect=True)


def _recording(answer: dict[str, Any]) -> tuple[SamanGateway, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer)

    client = httpx.AsyncClient(transport=httpx.MockTransport(handle))
    return SamanGateway(client, terminal_id="123456", base_url="https://sep.example/"), seen


@SAMAN_ONLY
async def test_the_token_request_and_redirect_follow_sep(driver: Driver):
    gateway, seen = _recording({"status": 1, "token": "abc"})
    redirect = await gateway.start(PaymentRequest(order_id=42, amount=AMOUNT,
                                                  callback_url="https://e.example/cb",
                                                  mobile="09120000000"))
    assert seen[0].url == "https://sep.example/onlinepg/onlinepg"
    assert json.loads(seen[0].content) == {
        "action": "token", "TerminalId": "123456", "Amount": AMOUNT, "ResNum": "42",
        "RedirectUrl": "https://e.example/cb", "CellNumber": "09120000000"}
    assert (redirect.method, redirect.url, redirect.token) == (
        "GET", "https://sep.example/OnlinePG/SendToken?token=abc", "abc")


@SAMAN_ONLY
async def test_a_refused_token_request_is_a_gateway_error(driver: Driver):
    gateway, _ = _recording({"status": -1, "errorCode": "5", "errorDesc": "InvalidParameters"})
    with pytest.raises(GatewayError, match="InvalidParameters"):
        await gateway.start(PaymentRequest(order_id=1, amount=AMOUNT,
                                           callback_url="https://e.example/cb"))


@SAMAN_ONLY
async def test_verify_sends_refnum_and_terminal_number(driver: Driver):
    gateway, seen = _recording({"ResultCode": -2, "Success": False, "TransactionDetail": None})
    confirmation = await gateway.confirm(Callback(order_id=1, paid=True, code="OK",
                                                  reference="R1"), AMOUNT)
    assert json.loads(seen[0].content) == {"RefNum": "R1", "TerminalNumber": 123456}
    assert seen[0].url.path == "/verifyTxnRandomSessionkey/ipg/VerifyTransaction"
    assert (confirmation.ok, confirmation.code) == (False, "-2")


@SAMAN_ONLY
async def test_a_bank_that_answers_nonsense_is_a_gateway_error(driver: Driver):
    client = httpx.AsyncClient(transport=httpx.MockTransport(
        lambda request: httpx.Response(502, text="bad gateway")))
    gateway = SamanGateway(client, terminal_id="1", base_url="https://sep.example")
    with pytest.raises(GatewayError):
        await gateway.confirm(Callback(order_id=1, paid=True, code="OK", reference="R"), 1)


@SAMAN_ONLY
async def test_the_payment_page_also_takes_a_posted_token(start, driver: Driver,
                                                          browser: httpx.AsyncClient):
    started = await start(AMOUNT)
    token = started["redirect"]["url"].split("token=")[1]
    page = await browser.post("/_sim/saman/OnlinePG/OnlinePG", data={"Token": token})
    assert "payment" in forms_of(page.text)


@SAMAN_ONLY
async def test_another_payments_refnum_credits_nothing(start, driver: Driver, customer,
                                                       browser: httpx.AsyncClient):
    # given a paid and credited top-up A, and a top-up B the customer has not paid
    paid = await start(AMOUNT, "a")
    form = await driver.callback_form(paid["redirect"])
    await browser.post(CALLBACK, data=form)
    unpaid = await start(AMOUNT, "b")
    # when A's callback is posted again, pointed at B
    forged = {**form, "ResNum": unpaid["topUp"]["id"], "Token": ""}
    await browser.post(CALLBACK, data=forged)
    # then B is untouched and the wallet holds A only
    assert (await TopUp.get(id=int(unpaid["topUp"]["id"]))).status is TopUpStatus.REDIRECTED
    assert (await balance(customer[0].id)).total == AMOUNT


@SAMAN_ONLY
async def test_a_callback_with_another_token_is_ignored(start, driver: Driver, customer,
                                                        browser: httpx.AsyncClient):
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    await browser.post(CALLBACK, data={**form, "State": "CanceledByUser", "Status": "1",
                                       "Token": "forged"})
    assert (await TopUp.get(id=int(started["topUp"]["id"]))).status is TopUpStatus.REDIRECTED
    # and the genuine callback still credits
    await browser.post(CALLBACK, data=form)
    assert (await balance(customer[0].id)).total == AMOUNT


@SAMAN_ONLY
async def test_a_callback_for_another_terminal_is_refused(start, driver: Driver, customer,
                                                          browser: httpx.AsyncClient):
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    page = await browser.post(CALLBACK, data={**form, "TerminalId": "999", "MID": "999"})
    assert page.status_code == 400 and 'data-status="invalid"' in page.text
    assert (await TopUp.get(id=int(started["topUp"]["id"]))).status is TopUpStatus.REDIRECTED


@pytest.mark.parametrize(("environment", "mounted"), [("production", False), ("test", True)])
def test_the_simulator_is_mounted_only_outside_production(environment: str, mounted: bool):
    from etebar.server import build_app
    from models.platform.settings import Settings

    app = build_app(Settings(environment=environment),  # type: ignore[arg-type]  # pydantic checks the literal
                    manage_database=False, with_admin=False)
    paths = {getattr(route, "path", "") for route in app.router.routes}
    assert ("/_sim/saman" in paths) is mounted
    assert "/gateways/{gateway:str}/callback" in paths
