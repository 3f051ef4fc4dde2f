"""A bank that cannot be reached, or answers nonsense, is a GatewayError."""

from __future__ import annotations

import httpx
import pytest

from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import Callback, GatewayError, PaymentRequest

from .conftest import BANK_URL, CALLBACK_URL, PASSWORD, TERMINAL_ID, USERNAME

PAID = Callback(order_id=1, paid=True, code="0", reference="123456789012", amount=1000)


def _gateway(handler: httpx.MockTransport) -> MellatGateway:
    return MellatGateway(terminal_id=TERMINAL_ID, username=USERNAME, password=PASSWORD,
                         base_url=BANK_URL, http=httpx.AsyncClient(transport=handler))


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


async def test_an_unreachable_bank_is_a_gateway_error_on_start() -> None:
    gateway = _gateway(httpx.MockTransport(_unreachable))

    with pytest.raises(GatewayError, match="ConnectError"):
        await gateway.start(PaymentRequest(order_id=1, amount=1000, callback_url=CALLBACK_URL))


async def test_an_unreachable_bank_is_a_gateway_error_on_confirm_and_inquire() -> None:
    gateway = _gateway(httpx.MockTransport(_unreachable))

    with pytest.raises(GatewayError):
        await gateway.confirm(PAID, 1000)
    with pytest.raises(GatewayError):
        await gateway.inquire(1)


async def test_a_timeout_is_a_gateway_error() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(GatewayError, match="ReadTimeout"):
        await _gateway(httpx.MockTransport(slow)).confirm(PAID, 1000)


async def test_an_html_error_page_is_a_gateway_error() -> None:
    def broken(_: httpx.Request) -> httpx.Response:
        return httpx.Response(502, html="<html><body>Bad gateway</body></html>")

    with pytest.raises(GatewayError):
        await _gateway(httpx.MockTransport(broken)).confirm(PAID, 1000)


async def test_a_soap_fault_is_a_gateway_error() -> None:
    def fault(_: httpx.Request) -> httpx.Response:
        return httpx.Response(500, headers={"content-type": "text/xml"}, text=(
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
            "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>down</faultstring>"
            "</soap:Fault></soap:Body></soap:Envelope>"))

    with pytest.raises(GatewayError, match="Fault"):
        await _gateway(httpx.MockTransport(fault)).inquire(1)
