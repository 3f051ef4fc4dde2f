"""Online top-ups end to end, through GraphQL and each bank's simulator: the customer pays,
cancels, comes back twice or never, tampers with the amount; the bank refuses to verify; the
limits; the same key twice; many callbacks at once. After each, the ledger verifies clean."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from starlette.applications import Starlette

from api.topups.callbacks import callback_routes
from etebar import gateways
from etebar.gateways import open_gateways, topup_policy
from etebar.settings import Settings
from models.identity.tables import StaffRole
from models.ledger.verify import verify_ledger
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.topups.topups import CREDITED_HOOKS, reconcile, reconcile_stale, start_topup
from models.wallet.wallets import balance

from .conftest import RECONCILE, TOP_UP, Driver

SETTINGS = Settings(environment="test")
AMOUNT = 1_250_000


async def _wallet(customer: Any) -> int:
    return (await balance(customer.id)).total


async def _top_up(call_as: Any, token: str, top_up_id: str) -> dict[str, Any]:
    body = await call_as(token, TOP_UP, id=top_up_id)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["topUp"]
    return result


async def test_a_paid_top_up_credits_the_wallet_once(start, driver: Driver, customer, call_as):
    # given a started top-up
    started = await start(AMOUNT)
    assert started["__typename"] == "TopUpStarted"
    assert started["topUp"]["status"] == "REDIRECTED"
    # when the customer pays on the bank's page and comes back
    page = await driver.pay(started["redirect"])
    # then they see it credited, and the wallet holds the amount
    assert page is not None and 'data-status="credited"' in page.text
    shown = await _top_up(call_as, customer[1], started["topUp"]["id"])
    assert shown["status"] == "CREDITED"
    assert shown["creditTransferId"] is not None and shown["reference"]
    assert len(shown["cardLastFour"]) == 4
    assert [e["kind"] for e in shown["events"]] == ["TOKEN", "CALLBACK", "VERIFY", "CREDIT"]
    assert await _wallet(customer[0]) == AMOUNT
    assert await verify_ledger() == []


async def test_a_cancelled_payment_credits_nothing(start, driver: Driver, customer, call_as):
    started = await start(AMOUNT)
    page = await driver.cancel(started["redirect"])
    assert page is not None and 'data-status="cancelled"' in page.text
    shown = await _top_up(call_as, customer[1], started["topUp"]["id"])
    assert shown["status"] == "CANCELLED"
    assert shown["creditTransferId"] is None
    assert await _wallet(customer[0]) == 0
    assert await verify_ledger() == []


async def test_a_callback_that_arrives_twice_credits_once(start, driver: Driver, customer,
                                                          call_as):
    started = await start(AMOUNT)
    # the bank posts the callback itself, then the browser posts it again
    page = await driver.pay(started["redirect"], "double_callback")
    assert page is not None and 'data-status="credited"' in page.text
    shown = await _top_up(call_as, customer[1], started["topUp"]["id"])
    assert [e["kind"] for e in shown["events"]].count("CALLBACK") == 2
    assert [e["kind"] for e in shown["events"]].count("CREDIT") == 1
    assert await _wallet(customer[0]) == AMOUNT
    assert await verify_ledger() == []


async def test_a_callback_replayed_later_changes_nothing(start, driver: Driver, customer,
                                                         browser: httpx.AsyncClient):
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    callback = f"/gateways/{driver.gateway}/callback"
    first = await browser.post(callback, data=form)
    row = await TopUp.get(id=int(started["topUp"]["id"]))
    again = await browser.post(callback, data=form)
    assert 'data-status="credited"' in first.text and 'data-status="credited"' in again.text
    after = await TopUp.get(id=row.id)
    assert (after.status, after.credit_transfer_id, after.updated_at) == (
        row.status, row.credit_transfer_id, row.updated_at)
    assert await _wallet(customer[0]) == AMOUNT


async def test_concurrent_callbacks_credit_once(start, driver: Driver, customer,
                                                browser: httpx.AsyncClient):
    # given the callback of a paid top-up
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    # when it is posted eight times at once
    pages = await asyncio.gather(*(browser.post(f"/gateways/{driver.gateway}/callback",
                                                data=form) for _ in range(8)))
    # then every post is answered, and the wallet is credited exactly once
    assert all(page.status_code == 200 for page in pages)
    assert await _wallet(customer[0]) == AMOUNT
    assert (await TopUp.get(id=int(started["topUp"]["id"]))).status is TopUpStatus.CREDITED
    assert await verify_ledger() == []


async def test_a_lost_callback_is_credited_by_reconciliation(start, driver: Driver, customer,
                                                             call_as, make_staff):
    # given a customer who paid and never came back
    started = await start(AMOUNT)
    assert await driver.pay(started["redirect"], "lost_callback") is None
    assert (await _top_up(call_as, customer[1], started["topUp"]["id"]))["status"] == \
        "REDIRECTED"
    # when back office reconciles it
    _, back_office = await make_staff(StaffRole.BACK_OFFICE)
    body = await call_as(back_office, RECONCILE, id=started["topUp"]["id"])
    # then the bank says paid, and the wallet is credited
    assert body["data"]["reconcileTopUp"]["topUp"]["status"] == "CREDITED"
    assert await _wallet(customer[0]) == AMOUNT
    # and reconciling again changes nothing
    body = await call_as(back_office, RECONCILE, id=started["topUp"]["id"])
    assert body["data"]["reconcileTopUp"]["topUp"]["status"] == "CREDITED"
    assert await _wallet(customer[0]) == AMOUNT
    assert await verify_ledger() == []


async def test_a_lost_callback_the_bank_says_was_not_paid_expires(start, driver: Driver,
                                                                  customer):
    # given a customer who cancelled on the bank's page and never came back
    started = await start(AMOUNT)
    assert await driver.cancel(started["redirect"], "lost_callback") is None
    # when the scheduled reconciliation runs over stale top-ups
    async with open_gateways(SETTINGS) as banks:
        settled = await reconcile_stale(timedelta(0), banks)
    # then the bank says nothing was paid, and the top-up expires
    assert settled == 1
    row = await TopUp.get(id=int(started["topUp"]["id"]))
    assert row.status is TopUpStatus.EXPIRED and row.failure_code == "not_paid"
    assert await _wallet(customer[0]) == 0
    assert await verify_ledger() == []


async def test_a_top_up_the_bank_cannot_tell_about_expires_after_the_give_up_time(
        start, driver: Driver, customer):
    # given a top-up whose page was never opened (the bank says: in progress)
    started = await start(AMOUNT)
    top_up_id = int(started["topUp"]["id"])
    async with open_gateways(SETTINGS) as banks:
        # when it is reconciled now, it stays open
        assert (await reconcile(top_up_id, banks, give_up_seconds=3600)).status is \
            TopUpStatus.REDIRECTED
        # and after the give-up time it expires
        later = datetime.now(UTC) + timedelta(hours=2)
        row = await reconcile(top_up_id, banks, give_up_seconds=3600, now=later)
    assert row.status is TopUpStatus.EXPIRED and row.failure_code == "no_answer"
    assert await _wallet(customer[0]) == 0


async def test_a_tampered_amount_is_reversed_and_not_credited(start, driver: Driver, customer,
                                                              call_as):
    started = await start(AMOUNT)
    page = await driver.pay(started["redirect"], "tampered_amount")
    assert page is not None and 'data-status="failed"' in page.text
    shown = await _top_up(call_as, customer[1], started["topUp"]["id"])
    assert shown["status"] == "FAILED" and shown["failureCode"] == "amount_mismatch"
    assert shown["verifiedAmount"] == str(AMOUNT // 10)
    assert ("REVERSE", "ok") in [(e["kind"], e["code"]) for e in shown["events"]]
    assert await _wallet(customer[0]) == 0
    assert await verify_ledger() == []


async def test_a_refused_verification_fails_the_top_up(start, driver: Driver, customer, call_as):
    started = await start(AMOUNT)
    page = await driver.pay(started["redirect"], "verify_fails")
    assert page is not None and 'data-status="failed"' in page.text
    shown = await _top_up(call_as, customer[1], started["topUp"]["id"])
    assert shown["status"] == "FAILED" and shown["creditTransferId"] is None
    assert await _wallet(customer[0]) == 0
    assert await verify_ledger() == []


async def test_a_bank_unreachable_at_verification_is_finished_by_reconciliation(
        start, driver: Driver, customer, browser: httpx.AsyncClient):
    # given a paid top-up whose verification cannot reach the bank
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    reachable = gateways.transport

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("bank down", request=request)

    gateways.transport = httpx.MockTransport(down)
    page = await browser.post(f"/gateways/{driver.gateway}/callback", data=form)
    gateways.transport = reachable
    # then the customer is told it is being checked, and nothing is credited yet
    assert 'data-status="pending"' in page.text
    row = await TopUp.get(id=int(started["topUp"]["id"]))
    assert row.status is TopUpStatus.VERIFYING and await _wallet(customer[0]) == 0
    # when reconciliation runs, it verifies and credits
    async with open_gateways(SETTINGS) as banks:
        assert await reconcile_stale(timedelta(0), banks) == 1
    assert (await TopUp.get(id=row.id)).status is TopUpStatus.CREDITED
    assert await _wallet(customer[0]) == AMOUNT
    assert await verify_ledger() == []


async def test_an_amount_below_the_minimum_is_refused(start, customer):
    result = await start(SETTINGS.topup_min_amount - 1)
    assert result["__typename"] == "AmountBelowMinimum"
    assert result["minimum"] == str(SETTINGS.topup_min_amount)
    assert await TopUp.all().count() == 0


async def test_an_amount_above_the_maximum_is_refused(start, customer):
    result = await start(SETTINGS.topup_max_amount + 1)
    assert result["__typename"] == "AmountAboveMaximum"
    assert result["maximum"] == str(SETTINGS.topup_max_amount)
    assert await TopUp.all().count() == 0


async def test_a_top_up_that_would_exceed_the_maximum_balance_is_refused(
        start, driver: Driver, customer):
    # given a wallet near the maximum balance
    held = SETTINGS.topup_max_balance - 100_000
    first = await start(SETTINGS.topup_max_amount, "a")
    await driver.pay(first["redirect"])
    second = await start(held - SETTINGS.topup_max_amount, "b")
    await driver.pay(second["redirect"])
    assert await _wallet(customer[0]) == held
    # when a top-up would take it over
    result = await start(100_001, "c")
    # then it is refused, saying how much room is left
    assert result["__typename"] == "BalanceWouldExceedMaximum"
    assert (result["balance"], result["room"]) == (str(held), "100000")
    assert await TopUp.filter(idempotency_key="c").count() == 0


async def test_the_same_key_starts_one_top_up(start, customer):
    first, again = await start(AMOUNT, "same"), await start(AMOUNT, "same")
    assert again["topUp"]["id"] == first["topUp"]["id"]
    assert again["redirect"] == first["redirect"]
    racing = await asyncio.gather(*(start(AMOUNT, "race") for _ in range(5)))
    assert len({r["topUp"]["id"] for r in racing}) == 1
    assert await TopUp.all().count() == 2


async def test_the_same_key_for_another_amount_is_a_conflict(start, customer):
    await start(AMOUNT, "same")
    result = await start(AMOUNT + 1, "same")
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")


async def test_staff_top_up_a_customers_wallet_and_customers_only_their_own(
        start, customer, make_customer, make_staff):
    _, other_token = await make_customer()
    _, operator = await make_staff(StaffRole.OPERATOR)
    # staff name the customer
    by_staff = await start(AMOUNT, "s", token=operator, customer_id=str(customer[0].id))
    assert by_staff["__typename"] == "TopUpStarted"
    assert (await TopUp.get(id=int(by_staff["topUp"]["id"]))).customer_id == customer[0].id
    # staff must name one
    missing = await start(AMOUNT, "m", token=operator)
    assert missing["code"] == "customer_required"
    # a customer cannot top up someone else's wallet
    refused = await start(AMOUNT, "x", token=other_token, customer_id=str(customer[0].id))
    assert refused["code"] == "customer_not_found"


async def test_a_customer_sees_only_their_own_top_ups(start, customer, make_customer, call_as,
                                                      gql):
    mine = await start(AMOUNT, "mine")
    _, stranger = await make_customer()
    query = "query { topUps { nodes { id } } }"
    assert (await call_as(stranger, query))["data"]["topUps"]["nodes"] == []
    assert (await call_as(stranger, TOP_UP, id=mine["topUp"]["id"]))["data"]["topUp"] is None
    assert (await call_as(customer[1], query))["data"]["topUps"]["nodes"] == [
        {"id": mine["topUp"]["id"]}]
    staff_view = await gql("query { topUps(status: REDIRECTED) { nodes { id } } }")
    assert staff_view["data"]["topUps"]["nodes"] == [{"id": mine["topUp"]["id"]}]


async def test_a_bank_that_cannot_start_the_payment_writes_nothing(start, customer):
    gateways.transport = httpx.MockTransport(lambda request: httpx.Response(
        503, text="service unavailable"))
    result = await start(AMOUNT)
    assert (result["__typename"], result["code"]) == ("GatewayUnavailable",
                                                      "gateway_unavailable")
    assert await TopUp.all().count() == 0


async def test_a_callback_and_a_reconciliation_at_once_credit_once(start, driver: Driver,
                                                                   customer,
                                                                   browser: httpx.AsyncClient):
    # given a paid top-up whose callback is held back
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    top_up_id = int(started["topUp"]["id"])
    # when the callback and several reconciliations run at once
    async with open_gateways(SETTINGS) as banks:
        await asyncio.gather(
            browser.post(f"/gateways/{driver.gateway}/callback", data=form),
            *(reconcile(top_up_id, banks) for _ in range(4)),
            browser.post(f"/gateways/{driver.gateway}/callback", data=form))
        # (one may still be verifying when the others return: finish it as the sweep would)
        await reconcile(top_up_id, banks)
    # then the wallet is credited exactly once
    assert (await TopUp.get(id=top_up_id)).status is TopUpStatus.CREDITED
    assert await _wallet(customer[0]) == AMOUNT
    assert await verify_ledger() == []


async def test_the_credited_hook_runs_once_with_the_order_to_pay(driver: Driver, customer,
                                                                 browser: httpx.AsyncClient):
    # given a hook, as "top up and pay" registers one, and a top-up for order 77
    seen: list[tuple[int, int | None]] = []

    async def hook(top_up: TopUp) -> None:
        seen.append((top_up.id, top_up.order_id))

    CREDITED_HOOKS.append(hook)
    try:
        async with open_gateways(SETTINGS) as banks:
            row, redirect = await start_topup(customer[0].id, AMOUNT, banks[driver.gateway],
                                              "pay-77", policy=topup_policy(SETTINGS),
                                              order_id=77)
        # when the customer pays and the callback arrives twice
        await driver.pay({"url": redirect.url, "method": redirect.method,
                          "fields": [{"name": k, "value": v}
                                     for k, v in redirect.fields.items()]},
                         "double_callback")
    finally:
        CREDITED_HOOKS.remove(hook)
    # then the hook ran once, after the credit, with the order
    assert seen == [(row.id, 77)]
    assert await _wallet(customer[0]) == AMOUNT


async def test_the_callback_can_send_the_customer_to_a_return_url(start, driver: Driver):
    # given a server configured with a return URL
    settings = Settings(environment="test", topup_return_url="https://shop.example/done")
    app = Starlette(routes=callback_routes(settings))
    started = await start(AMOUNT)
    form = await driver.callback_form(started["redirect"])
    # when the bank posts the customer back
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://127.0.0.1:8000") as client:
        page = await client.post(f"/gateways/{driver.gateway}/callback", data=form)
    # then they are sent there with the outcome
    assert page.status_code == 303
    assert page.headers["location"] == (
        f"https://shop.example/done?topUp={started['topUp']['id']}&status=credited")


async def test_a_form_that_is_not_the_banks_callback_is_refused_and_changes_nothing(
        start, driver: Driver, customer, browser: httpx.AsyncClient):
    started = await start(AMOUNT)
    page = await browser.post(f"/gateways/{driver.gateway}/callback",
                              data={"ResNum": "x", "SaleOrderId": "x", "RefId": "x",
                                    "ResCode": "0", "State": "OK"})
    assert page.status_code == 400 and 'data-status="invalid"' in page.text
    assert (await TopUp.get(id=int(started["topUp"]["id"]))).status is TopUpStatus.REDIRECTED
