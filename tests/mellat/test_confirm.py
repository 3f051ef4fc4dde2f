"""confirm: verify then settle; a failed settle or a refused verify is reversed."""

from __future__ import annotations

import httpx
import pytest

from etebar import gateways
from etebar.simulators.mellat import MellatBank, Scenario
from models.wallet.topups.adapters.mellat import AMOUNT_MISMATCH, MellatGateway
from models.wallet.topups.gateway import Callback, PaymentRequest
from tests.topups.conftest import Driver

from .conftest import CALLBACK_URL, bank_return


async def _paid(gateway: MellatGateway, driver: Driver, order_id: int, amount: int,
                scenario: Scenario = Scenario.OK) -> Callback:
    redirect = await gateway.start(PaymentRequest(order_id=order_id, amount=amount,
                                                  callback_url=CALLBACK_URL))
    form = await bank_return(driver, redirect, scenario=scenario)
    assert form is not None
    return gateway.parse_callback(form)


async def test_confirm_verifies_and_settles(gateway: MellatGateway, bank: MellatBank,
                                           driver: Driver) -> None:
    # given
    callback = await _paid(gateway, driver, 9001, 300_000)
    # when
    confirmation = await gateway.confirm(callback, 300_000)
    # then
    sale = bank.sales[9001]
    assert confirmation.ok
    assert (confirmation.code, confirmation.amount, confirmation.reversed) == ("0", 300_000, False)
    assert (sale.verified, sale.settled, sale.settlements) == (True, True, 1)
    assert [op for op, _ in bank.calls[1:]] == ["bpVerifyRequest", "bpSettleRequest"]


async def test_a_callback_that_arrives_twice_confirms_twice_and_settles_once(
        gateway: MellatGateway, bank: MellatBank, driver: Driver,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # given the bank's own post to the merchant, and the browser's
    posted: list[httpx.Request] = []

    def merchant(request: httpx.Request) -> httpx.Response:
        posted.append(request)
        return httpx.Response(200)

    monkeypatch.setattr(gateways, "transport", httpx.MockTransport(merchant))
    second = await _paid(gateway, driver, 9002, 300_000, Scenario.DOUBLE_CALLBACK)
    [request] = posted
    assert str(request.url) == CALLBACK_URL
    first = gateway.parse_callback(
        {k: v for k, v in httpx.QueryParams(request.content.decode()).items()})
    assert first == second
    # when
    confirmations = [await gateway.confirm(first, 300_000), await gateway.confirm(second, 300_000)]
    # then
    assert [c.ok for c in confirmations] == [True, True]
    assert bank.sales[9002].settlements == 1
    assert not bank.sales[9002].reversed


async def test_a_failed_settle_is_reversed(gateway: MellatGateway, bank: MellatBank,
                                           driver: Driver) -> None:
    callback = await _paid(gateway, driver, 9003, 300_000, Scenario.SETTLE_FAILS)

    confirmation = await gateway.confirm(callback, 300_000)

    assert not confirmation.ok
    assert (confirmation.code, confirmation.reversed) == ("61", True)
    assert bank.sales[9003].reversed
    assert not bank.sales[9003].settled


async def test_a_refused_verify_is_not_confirmed_and_is_reversed(
        gateway: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    callback = await _paid(gateway, driver, 9004, 300_000, Scenario.VERIFY_FAILS)

    confirmation = await gateway.confirm(callback, 300_000)

    assert not confirmation.ok
    assert (confirmation.code, confirmation.reversed) == ("34", True)
    assert not bank.sales[9004].verified
    assert bank.sales[9004].reversed


async def test_a_reversed_payment_confirmed_again_stays_unconfirmed(
        gateway: MellatGateway, driver: Driver) -> None:
    callback = await _paid(gateway, driver, 9005, 300_000, Scenario.SETTLE_FAILS)
    await gateway.confirm(callback, 300_000)

    again = await gateway.confirm(callback, 300_000)

    assert not again.ok
    assert (again.code, again.reversed) == ("48", True)


async def test_a_cancelled_payment_is_not_confirmed_and_the_bank_is_not_asked(
        gateway: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    redirect = await gateway.start(PaymentRequest(order_id=9006, amount=300_000,
                                                  callback_url=CALLBACK_URL))
    form = await bank_return(driver, redirect, action="cancel")
    assert form is not None
    calls = len(bank.calls)

    confirmation = await gateway.confirm(gateway.parse_callback(form), 300_000)

    assert not confirmation.ok
    assert confirmation.code == "17"
    assert len(bank.calls) == calls


async def test_a_tampered_amount_is_visible_and_the_payment_is_reversed_unverified(
        gateway: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    # given
    callback = await _paid(gateway, driver, 9007, 300_000, Scenario.TAMPERED_AMOUNT)
    # when
    confirmation = await gateway.confirm(callback, 300_000)
    # then
    assert callback.amount == 30_000
    assert not confirmation.ok
    assert confirmation.code == AMOUNT_MISMATCH
    assert confirmation.amount == callback.amount
    assert confirmation.reversed
    assert not bank.sales[9007].verified
    assert bank.sales[9007].reversed


async def test_reversing_a_settled_payment_is_refused(
        gateway: MellatGateway, driver: Driver) -> None:
    callback = await _paid(gateway, driver, 9008, 300_000)
    await gateway.confirm(callback, 300_000)

    assert not await gateway.reverse(callback)


async def test_reversing_a_paid_payment_gives_the_money_back(
        gateway: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    callback = await _paid(gateway, driver, 9009, 300_000)

    assert await gateway.reverse(callback)
    assert await gateway.reverse(callback)
    assert bank.sales[9009].reversals == 1


async def test_a_callback_with_a_forged_reference_is_not_confirmed(
        gateway: MellatGateway, bank: MellatBank, driver: Driver) -> None:
    callback = await _paid(gateway, driver, 9010, 300_000)
    forged = gateway.parse_callback({**callback.raw, "SaleReferenceId": "999999999999"})

    confirmation = await gateway.confirm(forged, 300_000)

    assert not confirmation.ok
    assert confirmation.code == "42"
    assert not bank.sales[9010].verified
