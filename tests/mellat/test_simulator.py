"""The simulator itself: its WSDL, its SOAP errors, its pages, and where the server mounts it."""

from __future__ import annotations

import httpx
from pydantic import SecretStr

from etebar.gateways import mellat_gateway
from etebar.server import build_app
from models.platform.settings import Settings
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import PaymentRequest
from tests.topups.conftest import SCENARIOS, Driver, forms_of

from .conftest import BANK_URL, CALLBACK_URL, bank_return


async def test_the_wsdl_names_the_simulators_own_address(browser: httpx.AsyncClient) -> None:
    response = await browser.get(f"{BANK_URL}/services/pgw", params={"wsdl": ""})

    assert response.status_code == 200
    assert f'location="{BANK_URL}/services/pgw"' in response.text
    assert "bpPayRequest" in response.text


async def test_an_unreadable_envelope_gets_a_soap_fault(browser: httpx.AsyncClient) -> None:
    response = await browser.post(f"{BANK_URL}/services/pgw", content=b"<not-soap")

    assert response.status_code == 500
    assert "<faultstring>" in response.text


async def test_an_envelope_with_a_dtd_is_refused(browser: httpx.AsyncClient) -> None:
    body = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>'
            b'<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
            b"<soap:Body><x>&e;</x></soap:Body></soap:Envelope>")

    response = await browser.post(f"{BANK_URL}/services/pgw", content=body)

    assert response.status_code == 500


async def test_a_finished_payment_cannot_be_paid_again(
        gateway: MellatGateway, driver: Driver, browser: httpx.AsyncClient) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9201, amount=5000,
                                                  callback_url=CALLBACK_URL))
    await bank_return(driver, redirect)

    again = await browser.post(redirect.url, data=dict(redirect.fields))

    assert again.status_code == 409


async def test_the_payment_page_keeps_the_shared_contract_and_offers_settle_fails(
        gateway: MellatGateway, browser: httpx.AsyncClient) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9202, amount=5000,
                                                  callback_url=CALLBACK_URL))

    page = await browser.post(redirect.url, data=dict(redirect.fields),
                              params={"scenario": "settle_fails"})

    form = forms_of(page.text)["payment"]
    assert form.buttons["action"] == ["pay", "cancel"]
    assert form.options["scenario"] == [*SCENARIOS, "settle_fails"]
    assert form.fields["scenario"] == "settle_fails"


async def test_the_server_mounts_the_simulator_outside_production() -> None:
    # Mounted beside Saman's simulator, whose routes share names with Mellat's ("pay"): the
    # page must still post to Mellat's own (it posted to Saman's, which found no payment).
    settings = Settings(environment="test", public_url="http://etebar.test")
    app = build_app(settings, manage_database=False, run_worker=False, with_admin=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as client:
        gateway = mellat_gateway(settings, http=client)
        redirect = await gateway.start(PaymentRequest(order_id=1, amount=5000,
                                                      callback_url=CALLBACK_URL))
        form = await bank_return(Driver(gateway="mellat", browser=client), redirect)

    assert redirect.url == "http://etebar.test/_sim/mellat/startpay.mellat"
    assert form is not None and gateway.parse_callback(form).paid


def test_the_server_does_not_mount_the_simulator_in_production() -> None:
    settings = Settings(environment="production", secret_key=SecretStr("a-long-production-secret"))
    app = build_app(settings, manage_database=False, run_worker=False, with_admin=False)

    assert "/_sim/mellat" not in [getattr(route, "path", "") for route in app.routes]
    assert settings.mellat_url == "https://bpm.shaparak.ir/pgwchannel"
