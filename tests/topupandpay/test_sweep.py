"""Crash safety: a process that stops between crediting a top-up and paying its order leaves
the top-up credited and the order unpaid; the sweep pays it, once, or leaves the credit in the
wallet when the customer spent it meanwhile."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from etebar.domains.compose import periodic_jobs
from etebar.settings import Settings
from models.billing import top_up_and_pay as tap
from models.billing.tables import Order, OrderPayment, OrderStatus
from models.ledger.verify import verify_ledger
from models.wallet import wallets
from models.wallet.topups import topups
from models.wallet.topups.tables import TopUp, TopUpEvent, TopUpStatus
from tests.actors import body_of
from tests.topups.conftest import Driver
from workers.actors.topupandpay import pay_credited_top_ups

PRICE = 1_000_000
LEAD = timedelta(days=3)


@pytest.fixture
def crash_after_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process stops right after the credit commits: no credited step runs."""
    monkeypatch.setattr(topups, "CREDITED_HOOKS", [])


async def _credited_but_unpaid(token: str, place: Any, call: Any,
                               driver: Driver) -> tuple[str, int]:
    order_id = await place(token, PRICE)
    started = await call(token, order_id)
    await driver.pay(started["redirect"])
    top_up = await TopUp.get(id=int(started["topUp"]["id"]))
    assert top_up.status is TopUpStatus.CREDITED
    assert (await Order.get(id=int(order_id))).status is OrderStatus.AWAITING_PAYMENT
    return order_id, top_up.id


async def test_the_sweep_pays_an_order_whose_payment_died_after_the_credit(
        customer, place, top_up_and_pay, driver: Driver, crash_after_credit: None):
    # given a top-up credited by a process that stopped before paying the order
    row, token = customer
    order_id, top_up_id = await _credited_but_unpaid(token, place, top_up_and_pay, driver)
    assert await tap.unsettled_ids(older_than=timedelta(0)) == [top_up_id]
    # when the sweep runs, twice
    first = await tap.pay_unsettled(lead_time=LEAD, older_than=timedelta(0))
    second = await tap.pay_unsettled(lead_time=LEAD, older_than=timedelta(0))
    # then the order is paid once, from the credit, and the top-up is settled
    assert first == {top_up_id: tap.Settlement.PAID}
    assert second == {}
    assert (await Order.get(id=int(order_id))).status is OrderStatus.ACTIVE
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert (await wallets.balance(row.id)).total == 0
    assert await verify_ledger() == []


async def test_the_sweep_leaves_a_freshly_credited_top_up_to_its_credited_step(
        customer, place, top_up_and_pay, driver: Driver, crash_after_credit: None):
    _, token = customer
    await _credited_but_unpaid(token, place, top_up_and_pay, driver)
    assert await tap.unsettled_ids(older_than=timedelta(minutes=5)) == []


async def test_a_credit_spent_meanwhile_stays_in_the_wallet_and_the_order_unpaid(
        customer, place, top_up_and_pay, pay_order, driver: Driver, crash_after_credit: None):
    # given a credited top-up whose order was not paid, and the credit spent on another order
    row, token = customer
    order_id, top_up_id = await _credited_but_unpaid(token, place, top_up_and_pay, driver)
    other = await place(token, PRICE)
    assert (await pay_order(token, other, "other"))["__typename"] == "OrderPaid"
    # when the sweep runs
    done = await tap.pay_unsettled(lead_time=LEAD, older_than=timedelta(0))
    # then the order stays unpaid, nothing is charged, and the top-up is settled as short
    assert done == {top_up_id: tap.Settlement.SHORT}
    assert (await Order.get(id=int(order_id))).status is OrderStatus.AWAITING_PAYMENT
    assert (await wallets.balance(row.id)).total == 0
    event = await TopUpEvent.get(top_up_id=top_up_id, code="order_short")
    assert f"{PRICE} rials still missing" in event.summary
    assert await tap.unsettled_ids(older_than=timedelta(0)) == []
    assert await verify_ledger() == []


async def test_an_order_paid_otherwise_meanwhile_keeps_the_credit_in_the_wallet(
        customer, fund, place, top_up_and_pay, pay_order, driver: Driver,
        crash_after_credit: None):
    row, token = customer
    order_id, top_up_id = await _credited_but_unpaid(token, place, top_up_and_pay, driver)
    await fund(row.id, PRICE, "deposit")
    assert (await pay_order(token, order_id, "by-hand"))["__typename"] == "OrderPaid"
    done = await tap.pay_unsettled(lead_time=LEAD, older_than=timedelta(0))
    assert done == {top_up_id: tap.Settlement.NOT_DUE}
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert (await wallets.balance(row.id)).total == PRICE
    assert await verify_ledger() == []


async def test_the_sweep_actor_pays_what_the_credited_step_missed(
        customer, place, top_up_and_pay, driver: Driver, crash_after_credit: None,
        monkeypatch: pytest.MonkeyPatch):
    # given a crash after the credit, and the sweep's settings
    _, token = customer
    order_id, _ = await _credited_but_unpaid(token, place, top_up_and_pay, driver)
    settings = Settings(environment="test", topupandpay_sweep_after_seconds=0)
    monkeypatch.setattr("workers.actors.topupandpay.get_settings", lambda: settings)
    # when the periodic actor runs, twice
    await body_of(pay_credited_top_ups)()
    await body_of(pay_credited_top_ups)()
    # then the order is paid once
    assert (await Order.get(id=int(order_id))).status is OrderStatus.ACTIVE
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert await verify_ledger() == []


def test_the_scheduler_runs_the_sweep_at_its_interval() -> None:
    jobs = {job.name: job.interval_seconds
            for job in periodic_jobs(Settings(environment="test", topupandpay_sweep_seconds=45))}
    assert jobs["pay_credited_top_ups"] == 45


async def test_the_credited_step_and_the_sweep_at_once_pay_the_order_once(
        customer, place, top_up_and_pay, driver: Driver, crash_after_credit: None):
    row, token = customer
    order_id, top_up_id = await _credited_but_unpaid(token, place, top_up_and_pay, driver)
    hook = tap.credited_hook(LEAD)
    top_up = await TopUp.get(id=top_up_id)
    await asyncio.gather(hook(top_up), hook(top_up),
                         tap.pay_unsettled(lead_time=LEAD, older_than=timedelta(0)),
                         tap.pay_credited_top_up(top_up_id, lead_time=LEAD))
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert await TopUpEvent.filter(top_up_id=top_up_id, code="order_paid").count() == 1
    assert (await wallets.balance(row.id)).total == 0
    assert await verify_ledger() == []


def test_installing_the_credited_step_again_replaces_it(monkeypatch: pytest.MonkeyPatch) -> None:
    async def other(top_up: TopUp) -> None:
        return None

    monkeypatch.setattr(topups, "CREDITED_HOOKS", [other])
    monkeypatch.setattr(tap, "CREDITED_HOOKS", topups.CREDITED_HOOKS)
    tap.install(timedelta(days=3))
    tap.install(timedelta(days=5))
    assert len(topups.CREDITED_HOOKS) == 2 and topups.CREDITED_HOOKS[0] is other
