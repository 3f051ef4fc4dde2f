"""Starting a payment: bpPayRequest, then a form that posts the RefId to the payment page."""

from __future__ import annotations

import pytest

from etebar.simulators.mellat import MellatBank
from models.wallet.topups.adapters.mellat import MellatGateway, MellatRefused
from models.wallet.topups.gateway import PaymentRequest

from .conftest import BANK_URL, CALLBACK_URL, TERMINAL_ID


async def test_start_answers_a_form_posting_the_ref_id_to_the_payment_page(
        gateway: MellatGateway, bank: MellatBank) -> None:
    # when
    redirect = await gateway.start(PaymentRequest(order_id=7001, amount=250_000,
                                                  callback_url=CALLBACK_URL))
    # then
    sale = bank.sales[7001]
    assert redirect.url == f"{BANK_URL}/startpay.mellat"
    assert redirect.method == "POST"
    assert dict(redirect.fields) == {"RefId": sale.ref_id}
    assert redirect.token == sale.ref_id
    assert (sale.amount, sale.callback_url) == (250_000, CALLBACK_URL)


async def test_start_sends_bp_pay_request_in_behpardakhts_terms(
        gateway: MellatGateway, bank: MellatBank) -> None:
    await gateway.start(PaymentRequest(order_id=7002, amount=10_000, callback_url=CALLBACK_URL))

    operation, args = bank.calls[-1]
    assert operation == "bpPayRequest"
    assert args["terminalId"] == str(TERMINAL_ID)
    assert (args["orderId"], args["amount"], args["payerId"]) == ("7002", "10000", "0")
    assert len(args["localDate"]) == 8 and args["localDate"].isdigit()
    assert len(args["localTime"]) == 6 and args["localTime"].isdigit()
    assert args["callBackUrl"] == CALLBACK_URL


async def test_start_passes_the_customers_mobile_in_the_banks_form(
        gateway: MellatGateway) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=7003, amount=10_000,
                                                  callback_url=CALLBACK_URL, mobile="09121234567"))

    assert redirect.fields["MobileNo"] == "989121234567"


async def test_a_reused_order_id_is_refused_with_41(gateway: MellatGateway) -> None:
    payment = PaymentRequest(order_id=7004, amount=10_000, callback_url=CALLBACK_URL)
    await gateway.start(payment)

    with pytest.raises(MellatRefused) as refused:
        await gateway.start(payment)

    assert refused.value.code == "41"


async def test_a_wrong_password_is_refused_with_24(gateway: MellatGateway,
                                                   bank: MellatBank) -> None:
    bank.password = "changed"

    with pytest.raises(MellatRefused) as refused:
        await gateway.start(PaymentRequest(order_id=7005, amount=10_000,
                                           callback_url=CALLBACK_URL))

    assert refused.value.code == "24"
    assert 7005 not in bank.sales


async def test_a_zero_amount_is_refused_with_25(gateway: MellatGateway) -> None:
    with pytest.raises(MellatRefused) as refused:
        await gateway.start(PaymentRequest(order_id=7006, amount=0, callback_url=CALLBACK_URL))

    assert refused.value.code == "25"
