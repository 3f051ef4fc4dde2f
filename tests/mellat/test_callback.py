"""The bank's post back to us, read by parse_callback."""

from __future__ import annotations

import pytest

from etebar.simulators.mellat import MellatBank
from models.wallet.topups.adapters.mellat import MellatGateway
from models.wallet.topups.gateway import PaymentRequest
from tests.topups.conftest import Driver

from .conftest import CALLBACK_URL, bank_return


async def test_paying_posts_a_callback_that_reads_as_paid(
        gateway: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    # given
    redirect = await gateway.start(PaymentRequest(order_id=8001, amount=120_000,
                                                  callback_url=CALLBACK_URL))
    # when
    form = await bank_return(driver, redirect, CardNumber="6104337812345678")
    assert form is not None
    callback = gateway.parse_callback(form)
    # then
    sale = bank.sales[8001]
    assert callback.paid
    assert callback.code == "0"
    assert callback.order_id == 8001
    assert callback.reference == str(sale.reference)
    assert callback.token == redirect.token
    assert callback.amount == 120_000
    assert callback.masked_pan == "610433******5678"
    assert callback.raw["CardHolderInfo"]


async def test_cancelling_posts_a_callback_with_17_that_reads_as_not_paid(
        gateway: MellatGateway, driver: Driver) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=8002, amount=120_000,
                                                  callback_url=CALLBACK_URL))

    form = await bank_return(driver, redirect, action="cancel")
    assert form is not None
    callback = gateway.parse_callback(form)

    assert not callback.paid
    assert callback.code == "17"
    assert callback.order_id == 8002
    assert callback.reference == ""
    assert callback.amount is None


def test_a_callback_without_its_order_id_is_rejected(gateway: MellatGateway) -> None:
    with pytest.raises(ValueError, match="SaleOrderId"):
        gateway.parse_callback({"RefId": "AB12", "ResCode": "0"})


def test_a_callback_with_a_reference_that_is_not_a_number_is_rejected(
        gateway: MellatGateway) -> None:
    with pytest.raises(ValueError, match="SaleReferenceId"):
        gateway.parse_callback({"RefId": "AB12", "ResCode": "0", "SaleOrderId": "5",
                                "SaleReferenceId": "12; DROP"})


def test_a_failed_payment_with_a_reference_is_still_not_paid(gateway: MellatGateway) -> None:
    callback = gateway.parse_callback({"RefId": "AB12", "ResCode": "12", "SaleOrderId": "5",
                                       "SaleReferenceId": "123456"})

    assert not callback.paid
    assert callback.reference == ""
