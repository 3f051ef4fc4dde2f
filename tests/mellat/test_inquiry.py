"""inquire: what became of an order whose callback never came."""

from __future__ import annotations

from etebar.simulators.mellat import MellatBank, Scenario
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import InquiryState, PaymentRequest
from tests.topups.conftest import Driver

from .conftest import CALLBACK_URL, bank_return


async def test_after_a_lost_callback_the_inquiry_says_paid_and_gives_the_callback(
        gateway: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    # given
    redirect = await gateway.start(PaymentRequest(order_id=9101, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    assert await bank_return(driver, redirect, scenario=Scenario.LOST_CALLBACK) is None
    # when
    inquiry = await gateway.inquire(9101, redirect.token)
    # then
    assert inquiry.state is InquiryState.PAID
    assert inquiry.callback is not None
    assert inquiry.callback.paid
    assert inquiry.callback.order_id == 9101
    assert inquiry.callback.reference == str(bank.sales[9101].reference)
    assert inquiry.callback.token == redirect.token


async def test_the_callback_an_inquiry_gives_can_be_confirmed(
        gateway: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9102, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    await bank_return(driver, redirect, scenario=Scenario.LOST_CALLBACK)
    inquiry = await gateway.inquire(9102)
    assert inquiry.callback is not None

    confirmation = await gateway.confirm(inquiry.callback, 400_000)

    assert confirmation.ok
    assert bank.sales[9102].settlements == 1


async def test_an_order_not_paid_yet_is_unknown_for_the_customer_may_still_pay(
        gateway: MellatGateway) -> None:
    await gateway.start(PaymentRequest(order_id=9103, amount=400_000, callback_url=CALLBACK_URL))

    inquiry = await gateway.inquire(9103)

    assert inquiry.state is InquiryState.UNKNOWN
    assert inquiry.callback is None


async def test_an_order_the_bank_never_saw_is_unknown(gateway: MellatGateway) -> None:
    assert (await gateway.inquire(9104)).state is InquiryState.UNKNOWN


async def test_a_cancelled_order_whose_callback_was_lost_is_not_paid(
        gateway: MellatGateway, driver: Driver) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9107, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    assert await bank_return(driver, redirect, action="cancel",
                             scenario=Scenario.LOST_CALLBACK) is None

    assert (await gateway.inquire(9107)).state is InquiryState.NOT_PAID


async def test_a_cancelled_order_is_not_paid(gateway: MellatGateway,
                                             driver: Driver) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9105, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    await bank_return(driver, redirect, action="cancel")

    assert (await gateway.inquire(9105)).state is InquiryState.NOT_PAID


async def test_a_reversed_order_is_not_paid(gateway: MellatGateway,
                                            driver: Driver) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9106, amount=400_000,
                                                  callback_url=CALLBACK_URL))
    form = await bank_return(driver, redirect)
    assert form is not None
    await gateway.reverse(gateway.parse_callback(form))

    assert (await gateway.inquire(9106)).state is InquiryState.NOT_PAID
