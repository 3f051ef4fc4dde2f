"""What comes through the customer's browser is not trusted: a callback moves a top-up only with
the token the bank gave that payment, and open top-ups count against the maximum balance."""

from __future__ import annotations

from typing import Any

import httpx

from models.ledger.verify import verify_ledger
from models.platform.settings import Settings
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.wallets import balance

from .conftest import Driver

SETTINGS = Settings(environment="test")
AMOUNT = 900_000


def _forged_cancel(gateway: str, top_up_id: str) -> dict[str, str]:
    """A cancel for a guessed (sequential) top-up id, without the payment's token."""
    if gateway == "saman":
        return {"ResNum": top_up_id, "State": "CanceledByUser", "Status": "1"}
    return {"RefId": "FORGED", "ResCode": "17", "SaleOrderId": top_up_id}


async def test_a_forged_cancel_without_the_payments_token_changes_nothing(
        start: Any, driver: Driver, customer: Any, browser: httpx.AsyncClient) -> None:
    # given a customer on the bank's page
    started = await start(AMOUNT)
    top_up_id = started["topUp"]["id"]
    # when someone else posts a cancel for that id
    await browser.post(f"/gateways/{driver.gateway}/callback",
                       data=_forged_cancel(driver.gateway, top_up_id))
    # then the top-up is still open, and the customer's payment is credited
    assert (await TopUp.get(id=int(top_up_id))).status is TopUpStatus.REDIRECTED
    await driver.pay(started["redirect"])
    assert (await TopUp.get(id=int(top_up_id))).status is TopUpStatus.CREDITED
    assert (await balance(customer[0].id)).total == AMOUNT
    assert await verify_ledger() == []


async def test_a_paid_callback_carried_to_another_top_up_credits_nothing_there(
        start: Any, driver: Driver, customer: Any, browser: httpx.AsyncClient) -> None:
    # given two open top-ups of the same amount, one of them paid
    paid = await start(AMOUNT, "a")
    other = await start(AMOUNT, "b")
    form = await driver.callback_form(paid["redirect"])
    # when its callback is posted again naming the other top-up
    id_field = "ResNum" if driver.gateway == "saman" else "SaleOrderId"
    await browser.post(f"/gateways/{driver.gateway}/callback",
                       data={**form, id_field: other["topUp"]["id"]})
    # then the other is untouched, and the real callback credits the paid one
    assert (await TopUp.get(id=int(other["topUp"]["id"]))).status is TopUpStatus.REDIRECTED
    await browser.post(f"/gateways/{driver.gateway}/callback", data=form)
    assert (await TopUp.get(id=int(paid["topUp"]["id"]))).status is TopUpStatus.CREDITED
    assert (await balance(customer[0].id)).total == AMOUNT


async def test_open_top_ups_count_against_the_maximum_balance(start: Any, driver: Driver) -> None:
    # given open top-ups up to the maximum balance
    each = SETTINGS.wallet.topup_max_amount
    count = SETTINGS.wallet.topup_max_balance // each
    for i in range(count):
        assert (await start(each, f"k{i}"))["__typename"] == "TopUpStarted"
    # when one more is asked for, though the wallet itself is empty
    result = await start(each, "one-too-many")
    # then it is refused, counting what the open ones may bring
    assert result["__typename"] == "BalanceWouldExceedMaximum"
    assert result["balance"] == str(count * each)
