"""An installation whose ids start again sends the bank its ids above an offset, and reads the
offset off what the bank sends back, so the bank never sees an orderId twice."""

from __future__ import annotations

import httpx
import pytest

from etebar.simulators.mellat import MellatBank
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import InquiryState, PaymentRequest
from tests.topups.conftest import Driver

from .conftest import BANK_URL, CALLBACK_URL, PASSWORD, TERMINAL_ID, USERNAME, bank_return

OFFSET = 5_000_000


@pytest.fixture
def shifted(bank_http: httpx.AsyncClient) -> MellatGateway:
    return MellatGateway(terminal_id=TERMINAL_ID, username=USERNAME, password=PASSWORD,
                         base_url=BANK_URL, http=bank_http, order_id_offset=OFFSET)


async def test_the_bank_is_sent_the_id_above_the_offset_and_the_callback_reads_ours(
        shifted: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    redirect = await shifted.start(PaymentRequest(order_id=12, amount=90_000,
                                                  callback_url=CALLBACK_URL))
    form = await bank_return(driver, redirect)
    assert form is not None
    callback = shifted.parse_callback(form)
    assert OFFSET + 12 in bank.sales and 12 not in bank.sales
    assert (callback.order_id, callback.paid) == (12, True)
    confirmation = await shifted.confirm(callback, 90_000)
    assert confirmation.ok and bank.sales[OFFSET + 12].settled


async def test_an_inquiry_asks_for_the_id_above_the_offset(
        shifted: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    redirect = await shifted.start(PaymentRequest(order_id=13, amount=90_000,
                                                  callback_url=CALLBACK_URL))
    await bank_return(driver, redirect)
    inquiry = await shifted.inquire(13, redirect.token)
    assert inquiry.state is InquiryState.PAID
    assert inquiry.callback is not None and inquiry.callback.order_id == 13


def test_a_callback_for_an_id_below_the_offset_is_not_ours(shifted: MellatGateway) -> None:
    with pytest.raises(ValueError, match="offset"):
        shifted.parse_callback({"RefId": "A1", "ResCode": "0", "SaleOrderId": "77",
                                "SaleReferenceId": "123"})
