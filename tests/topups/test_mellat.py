"""Mellat (Behpardakht) end to end, what only a bank with a settle step has: a settle that fails
is reversed and credits nothing; a verify or settle whose answer was lost is confirmed again, the
bank answers "already verified" (43) and "already settled" (45), and the wallet is credited once.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from etebar import gateways
from etebar.gateways import open_gateways
from etebar.simulators.mellat import MellatBank, Sale
from models.ledger.verify import verify_ledger
from models.platform.settings import Settings
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.topups.topups import reconcile_stale
from models.wallet.wallets import balance

from .conftest import TOP_UP, Driver

SETTINGS = Settings(environment="test")
AMOUNT = 2_400_000
CALLBACK = "/gateways/mellat/callback"
MELLAT_ONLY = pytest.mark.parametrize("driver", ["mellat"], indirect=True)


class LosesOneAnswer(httpx.AsyncBaseTransport):
    """The network to the bank: the first answer to `operation` is lost on its way back, after
    the bank has acted on the request (a timeout, as the adapter sees it)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, operation: str) -> None:
        self.inner = inner
        self.operation = operation.encode()
        self.lost = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not self.lost and self.operation in request.content:
            self.lost += 1
            await response.aread()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


@pytest.fixture
def bank(api_app: Any, banks: None) -> MellatBank:
    """The Mellat simulator the server mounts."""
    for route in api_app.router.routes:
        if getattr(route, "path", "") == "/_sim/mellat":
            found: MellatBank = route.app.state.bank
            return found
    raise AssertionError("the server mounts no Mellat simulator")


@pytest.fixture
def answers_lost() -> Iterator[Any]:
    """Lose the bank's first answer to an operation: `answers_lost("bpVerifyRequest")`."""
    reachable = gateways.transport
    assert reachable is not None

    def lose(operation: str) -> LosesOneAnswer:
        lossy = LosesOneAnswer(reachable, operation)
        gateways.transport = lossy
        return lossy

    yield lose
    gateways.transport = reachable


def _sale(bank: MellatBank, top_up_id: str) -> Sale:
    return bank.sales[int(top_up_id)]


def _operations(bank: MellatBank, name: str) -> int:
    return sum(1 for operation, _ in bank.calls if operation == name)


@MELLAT_ONLY
async def test_a_failed_settle_is_reversed_and_credits_nothing(start, driver: Driver, customer,
                                                               call_as, bank: MellatBank):
    # given a started top-up
    started = await start(AMOUNT)
    # when the customer pays, the bank verifies, and the settle fails (61)
    page = await driver.pay(started["redirect"], "settle_fails")
    # then the customer is told the money went back, and the wallet holds nothing
    assert page is not None and 'data-status="reversed"' in page.text
    body = await call_as(customer[1], TOP_UP, id=started["topUp"]["id"])
    shown = body["data"]["topUp"]
    assert (shown["status"], shown["failureCode"]) == ("REVERSED", "61")
    assert shown["creditTransferId"] is None
    assert [(e["kind"], e["code"]) for e in shown["events"]] == [
        ("TOKEN", "ok"), ("CALLBACK", "0"), ("VERIFY", "61"), ("REVERSE", "ok")]
    # and the bank reversed it once
    sale = _sale(bank, started["topUp"]["id"])
    assert (sale.verified, sale.settled, sale.reversals) == (True, False, 1)
    assert _operations(bank, "bpReversalRequest") == 1
    assert (await balance(customer[0].id)).total == 0
    assert await verify_ledger() == []


@MELLAT_ONLY
async def test_a_refused_verify_is_reversed_once(start, driver: Driver, customer,
                                                 bank: MellatBank):
    started = await start(AMOUNT)
    page = await driver.pay(started["redirect"], "verify_fails")
    assert page is not None and 'data-status="failed"' in page.text
    row = await TopUp.get(id=int(started["topUp"]["id"]))
    assert (row.status, row.failure_code) == (TopUpStatus.FAILED, "34")
    assert _sale(bank, started["topUp"]["id"]).reversals == 1
    assert _operations(bank, "bpReversalRequest") == 1
    assert (await balance(customer[0].id)).total == 0
    assert await verify_ledger() == []


@MELLAT_ONLY
async def test_a_tampered_amount_is_reversed_once_without_verifying(start, driver: Driver,
                                                                    customer, bank: MellatBank):
    started = await start(AMOUNT)
    page = await driver.pay(started["redirect"], "tampered_amount")
    assert page is not None and 'data-status="failed"' in page.text
    sale = _sale(bank, started["topUp"]["id"])
    assert (sale.verified, sale.reversed) == (False, True)
    assert _operations(bank, "bpVerifyRequest") == 0
    assert _operations(bank, "bpReversalRequest") == 1
    assert (await balance(customer[0].id)).total == 0


@MELLAT_ONLY
async def test_a_verify_whose_answer_was_lost_is_already_verified_on_retry_and_credited_once(
        start, driver: Driver, customer, browser: httpx.AsyncClient, bank: MellatBank,
        answers_lost: Any):
    # given a paid top-up whose verification the bank made but whose answer was lost
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    answers_lost("bpVerifyRequest")
    page = await browser.post(CALLBACK, data=form)
    assert 'data-status="pending"' in page.text
    sale = _sale(bank, started["topUp"]["id"])
    assert (sale.verified, sale.settled) == (True, False)
    # when the callback is posted again, it is told to wait and changes nothing
    again = await browser.post(CALLBACK, data=form)
    assert 'data-status="pending"' in again.text
    assert _operations(bank, "bpVerifyRequest") == 1
    # and when reconciliation confirms again: verify answers 43 (already verified), then settle
    async with open_gateways(SETTINGS) as opened:
        assert await reconcile_stale(timedelta(0), opened) == 1
    # then the wallet is credited once, and the sale settled once, never reversed
    row = await TopUp.get(id=int(started["topUp"]["id"]))
    assert row.status is TopUpStatus.CREDITED
    assert _operations(bank, "bpVerifyRequest") == 2
    assert (sale.settlements, sale.reversals) == (1, 0)
    assert (await balance(customer[0].id)).total == AMOUNT
    assert await verify_ledger() == []


@MELLAT_ONLY
async def test_a_settle_whose_answer_was_lost_is_already_settled_on_retry_and_credited_once(
        start, driver: Driver, customer, browser: httpx.AsyncClient, bank: MellatBank,
        answers_lost: Any):
    # given a paid top-up the bank verified and settled, the answer to the settle lost
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    answers_lost("bpSettleRequest")
    page = await browser.post(CALLBACK, data=form)
    assert 'data-status="pending"' in page.text
    sale = _sale(bank, started["topUp"]["id"])
    assert (sale.verified, sale.settled) == (True, True)
    assert (await TopUp.get(id=int(started["topUp"]["id"]))).status is TopUpStatus.VERIFYING
    # when the callback is posted again, then reconciliation confirms: 43, then 45
    again = await browser.post(CALLBACK, data=form)
    assert 'data-status="pending"' in again.text
    async with open_gateways(SETTINGS) as opened:
        assert await reconcile_stale(timedelta(0), opened) == 1
        # and a second round finds nothing left to do
        assert await reconcile_stale(timedelta(0), opened) == 0
    # then it is credited once, settled once, and not reversed
    assert (await TopUp.get(id=int(started["topUp"]["id"]))).status is TopUpStatus.CREDITED
    assert _operations(bank, "bpSettleRequest") == 2
    assert (sale.settlements, sale.reversals) == (1, 0)
    assert (await balance(customer[0].id)).total == AMOUNT
    assert await verify_ledger() == []


@MELLAT_ONLY
async def test_the_order_id_the_bank_gets_is_the_top_ups_id_and_the_ref_id_its_token(
        start, driver: Driver, bank: MellatBank):
    started = await start(AMOUNT)
    row = await TopUp.get(id=int(started["topUp"]["id"]))
    sale = bank.sales[row.id]
    assert (sale.amount, row.token) == (AMOUNT, sale.ref_id)
    assert started["redirect"]["method"] == "POST"
    assert {f["name"]: f["value"] for f in started["redirect"]["fields"]}["RefId"] == sale.ref_id


@MELLAT_ONLY
async def test_a_tampered_amount_whose_bank_was_down_is_still_refused_by_reconciliation(
        start, driver: Driver, customer, browser: httpx.AsyncClient, bank: MellatBank):
    # given a callback saying a tenth was paid, while the bank cannot be reached
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"], "tampered_amount")
    reachable = gateways.transport

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("bank down", request=request)

    gateways.transport = httpx.MockTransport(down)
    page = await browser.post(CALLBACK, data=form)
    gateways.transport = reachable
    assert 'data-status="pending"' in page.text
    # when reconciliation confirms it again with the bank reachable
    async with open_gateways(SETTINGS) as opened:
        assert await reconcile_stale(timedelta(0), opened) == 1
    # then the amount the callback said is checked again: reversed, not verified, not credited
    row = await TopUp.get(id=int(started["topUp"]["id"]))
    assert (row.status, row.failure_code, row.verified_amount) == (
        TopUpStatus.FAILED, "amount_mismatch", AMOUNT // 10)
    sale = _sale(bank, started["topUp"]["id"])
    assert (sale.verified, sale.reversed) == (False, True)
    assert (await balance(customer[0].id)).total == 0
    assert await verify_ledger() == []


@MELLAT_ONLY
async def test_a_paid_callback_pointed_at_another_top_up_credits_nothing(
        start, driver: Driver, customer, browser: httpx.AsyncClient, bank: MellatBank):
    # given a paid and credited top-up A, and a top-up B the customer has not paid
    paid = await start(AMOUNT, "a")
    form = await driver.callback_form(paid["redirect"])
    await browser.post(CALLBACK, data=form)
    unpaid = await start(AMOUNT, "b")
    ref_id = {f["name"]: f["value"] for f in unpaid["redirect"]["fields"]}["RefId"]
    # when A's callback is posted again, naming B's order and RefId
    await browser.post(CALLBACK, data={**form, "SaleOrderId": unpaid["topUp"]["id"],
                                       "RefId": ref_id})
    # then B is untouched, the bank not asked about it, and the wallet holds A only
    assert (await TopUp.get(id=int(unpaid["topUp"]["id"]))).status is TopUpStatus.REDIRECTED
    assert _operations(bank, "bpVerifyRequest") == 1
    assert (await balance(customer[0].id)).total == AMOUNT
    assert await verify_ledger() == []
