"""The simulator itself: its WSDL, its SOAP errors, its pages, and where the server mounts it."""

from __future__ import annotations

import httpx

from etebar.server import build_app
from etebar.settings import Settings
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import PaymentRequest

from .conftest import BANK_URL, CALLBACK_URL, customer_at_mellat


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
        gateway: MellatGateway, browser: httpx.AsyncClient) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9201, amount=5000,
                                                  callback_url=CALLBACK_URL))
    await customer_at_mellat(browser, redirect)

    again = await browser.post(redirect.url, data=dict(redirect.fields))

    assert again.status_code == 409


async def test_the_payment_page_offers_pay_and_cancel(
        gateway: MellatGateway, browser: httpx.AsyncClient) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9202, amount=5000,
                                                  callback_url=CALLBACK_URL))

    page = await browser.post(redirect.url, data=dict(redirect.fields),
                              params={"scenario": "settle_fails"})

    assert 'value="pay"' in page.text and 'value="cancel"' in page.text
    assert '<option value="settle_fails" selected>' in page.text


async def test_the_server_mounts_the_simulator_outside_production() -> None:
    settings = Settings(environment="test", public_url="http://etebar.test")
    app = build_app(settings, manage_database=False, run_worker=False, with_admin=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as client:
        gateway = MellatGateway.from_settings(settings, http=client)
        redirect = await gateway.start(PaymentRequest(order_id=1, amount=5000,
                                                      callback_url=CALLBACK_URL))
        back = await customer_at_mellat(client, redirect)

    assert redirect.url == "http://etebar.test/_sim/mellat/startpay.mellat"
    assert gateway.parse_callback(back.form).paid


def test_the_server_does_not_mount_the_simulator_in_production() -> None:
    settings = Settings(environment="production", secret_key="a-long-production-secret")
    app = build_app(settings, manage_database=False, run_worker=False, with_admin=False)

    assert "/_sim/mellat" not in [getattr(route, "path", "") for route in app.routes]
    assert settings.mellat_url == "https://bpm.shaparak.ir/pgwchannel"
