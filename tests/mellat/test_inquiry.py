"""inquire: what became of an order whose callback never came."""

from __future__ import annotations

import httpx

from etebar.simulators.mellat import MellatBank, Scenario
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import InquiryState, PaymentRequest

from .conftest import CALLBACK_URL, customer_at_mellat


async def test_after_a_lost_callback_the_inquiry_says_paid_and_gives_the_callback(
        gateway: MellatGateway, bank: MellatBank, browser: httpx.AsyncClient) -> None:
    # given
    redirect = await gateway.start(PaymentRequest(order_id=9101, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    back = await customer_at_mellat(browser, redirect, scenario=Scenario.LOST_CALLBACK)
    assert back.forms == []
    # when
    inquiry = await gateway.inquire(9101)
    # then
    assert inquiry.state is InquiryState.PAID
    assert inquiry.callback is not None
    assert inquiry.callback.paid
    assert inquiry.callback.order_id == 9101
    assert inquiry.callback.reference == str(bank.sales[9101].reference)


async def test_the_callback_an_inquiry_gives_can_be_confirmed(
        gateway: MellatGateway, bank: MellatBank, browser: httpx.AsyncClient) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9102, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    await customer_at_mellat(browser, redirect, scenario=Scenario.LOST_CALLBACK)
    inquiry = await gateway.inquire(9102)
    assert inquiry.callback is not None

    confirmation = await gateway.confirm(inquiry.callback, 400_000)

    assert confirmation.ok
    assert bank.sales[9102].settlements == 1


async def test_an_order_never_paid_is_not_paid(gateway: MellatGateway) -> None:
    await gateway.start(PaymentRequest(order_id=9103, amount=400_000, callback_url=CALLBACK_URL))

    inquiry = await gateway.inquire(9103)

    assert inquiry.state is InquiryState.NOT_PAID
    assert inquiry.callback is None


async def test_an_order_the_bank_never_saw_is_not_paid(gateway: MellatGateway) -> None:
    assert (await gateway.inquire(9104)).state is InquiryState.NOT_PAID


async def test_a_cancelled_order_is_not_paid(gateway: MellatGateway,
                                             browser: httpx.AsyncClient) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9105, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    await customer_at_mellat(browser, redirect, action="cancel")

    assert (await gateway.inquire(9105)).state is InquiryState.NOT_PAID


async def test_a_reversed_order_is_not_paid(gateway: MellatGateway,
                                            browser: httpx.AsyncClient) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9106, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    back = await customer_at_mellat(browser, redirect)
    await gateway.reverse(gateway.parse_callback(back.form))

    assert (await gateway.inquire(9106)).state is InquiryState.NOT_PAID
