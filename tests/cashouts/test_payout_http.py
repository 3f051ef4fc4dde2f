"""The payout simulator over HTTP, and the HTTP adapter that talks to it: the same flow as in
process, for workers that run apart from `etebar serve`."""

from __future__ import annotations

import httpx
import pytest

from etebar.simulators.payout import CLOSED_ACCOUNT, PayoutSimulator, http_app
from models.wallet.cashouts.adapters.http import HttpPayoutAdapter
from models.wallet.cashouts.cashouts import check_payouts, send_approved
from models.wallet.cashouts.payout import Payout, PayoutError, PayoutState
from models.wallet.cashouts.tables import CashOut
from models.wallet.wallets import balance

from .conftest import APPROVE, assert_ledger_clean


def _adapter(simulator: PayoutSimulator) -> HttpPayoutAdapter:
    return HttpPayoutAdapter("http://bank",
                             transport=httpx.ASGITransport(app=http_app(simulator)))


async def test_cash_outs_are_paid_and_refused_through_the_http_adapter(
        holder, request_as, call_as, approver, simulator):
    # given two approved cash-outs, one to an account the bank refuses
    sara, reza = await holder(paid=2_000_000), await holder(paid=1_000_000)
    simulator.reject_sheba(reza.sheba)
    ids = [(await request_as(sara, 1_500_000))["cashOut"]["id"],
           (await request_as(reza, 800_000))["cashOut"]["id"]]
    for cash_out_id in ids:
        await call_as(approver, APPROVE, id=cash_out_id)
    # when they are sent and checked over HTTP
    adapter = _adapter(simulator)
    assert await send_approved(adapter) == 2
    assert await check_payouts(adapter) == 2
    # then one is paid and the other's credit is back
    paid, failed = [await CashOut.get(id=int(i)) for i in ids]
    assert (paid.status, failed.status, failed.bank_code) == ("paid", "failed", CLOSED_ACCOUNT)
    assert (await balance(sara.customer.id)).paid == 500_000
    assert (await balance(reza.customer.id)).paid == 1_000_000
    await assert_ledger_clean()


async def test_a_bank_that_is_down_is_a_payout_error(simulator):
    simulator.go_down()
    adapter = _adapter(simulator)
    with pytest.raises(PayoutError):
        await adapter.submit([Payout("ETB-CO-1", "IR000000000000000000000000", "S", 1, "d")])
    with pytest.raises(PayoutError):
        await adapter.status("PAYA1")


async def test_the_server_mounts_the_simulator_outside_production(anon_client, api_app):
    response = await anon_client.get("/_sim/payout/payouts/PAYA-nothing")
    assert response.status_code == 200
    assert response.json() == {"state": PayoutState.UNKNOWN.value, "code": ""}
    # and the adapter reaches it under the URL the settings name by default
    adapter = HttpPayoutAdapter("http://test/_sim/payout",
                                transport=httpx.ASGITransport(app=api_app))
    [reference] = await adapter.submit([Payout("ETB-CO-9", "IR1", "Sara", 5, "test")])
    assert (await adapter.status(reference)).state is PayoutState.PAID
