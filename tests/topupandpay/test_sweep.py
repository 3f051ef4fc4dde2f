"""Crash safety: a process that stops between crediting a top-up and sending its `TopUpCredited`
event (or a message lost on the way) leaves the top-up credited and the order unpaid; the domain
events' sweep sends it, and billing pays the order once, or leaves the credit in the wallet when
the customer spent it meanwhile."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from etebar.domains.compose import periodic_jobs
from models.billing import top_up_and_pay as tap
from models.billing.tables import Order, OrderPayment, OrderStatus, Settlement, TopUpSettlement
from models.domain_events.tables import DomainEventDelivery, DomainEventRecord
from models.events.settings import EventsSettings
from models.ledger.verify import verify_ledger
from models.platform.settings import Settings
from models.wallet import wallets
from models.wallet.events import TopUpCredited
from models.wallet.topups.tables import TopUp, TopUpStatus
from tests.actors import body_of
from tests.conftest import DomainEvents
from tests.topups.conftest import Driver
from workers.actors.topupandpay import pay_order_of_credited_top_up

PRICE = 1_000_000
LEAD = timedelta(days=3)


async def _credited_but_unpaid(token: str, place: Any, call: Any, driver: Driver,
                               events: DomainEvents) -> tuple[str, int]:
    """A top-up for an order credited by a process that stopped before sending its event."""
    events.lose_sends()
    order_id = await place(token, PRICE)
    started = await call(token, order_id)
    await driver.pay(started["redirect"])
    await events.delivered()
    top_up = await TopUp.get(id=int(started["topUp"]["id"]))
    assert top_up.status is TopUpStatus.CREDITED
    assert (await Order.get(id=int(order_id))).status is OrderStatus.AWAITING_PAYMENT
    return order_id, top_up.id


async def _outcome(top_up_id: int) -> Settlement | None:
    settled = await TopUpSettlement.get_or_none(top_up_id=top_up_id)
    return settled.outcome if settled is not None else None


async def test_the_sweep_pays_an_order_whose_credit_was_never_sent(
        customer, place, top_up_and_pay, driver: Driver, domain_events: DomainEvents):
    # given a top-up credited by a process that stopped before sending its event
    row, token = customer
    order_id, top_up_id = await _credited_but_unpaid(token, place, top_up_and_pay, driver,
                                                     domain_events)
    # when the sweep runs, twice
    await domain_events.sweep()
    await domain_events.sweep()
    # then the order is paid once, from the credit, and the top-up is settled
    assert await _outcome(top_up_id) is Settlement.PAID
    assert (await Order.get(id=int(order_id))).status is OrderStatus.ACTIVE
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert (await wallets.balance(row.id)).total == 0
    assert await verify_ledger() == []


async def test_a_credit_spent_meanwhile_stays_in_the_wallet_and_the_order_unpaid(
        customer, place, top_up_and_pay, pay_order, driver: Driver,
        domain_events: DomainEvents):
    # given a credited top-up whose event was not sent, and the credit spent on another order
    row, token = customer
    order_id, top_up_id = await _credited_but_unpaid(token, place, top_up_and_pay, driver,
                                                     domain_events)
    other = await place(token, PRICE)
    assert (await pay_order(token, other, "other"))["__typename"] == "OrderPaid"
    # when the sweep runs
    await domain_events.sweep()
    # then the order stays unpaid, nothing is charged, and the top-up is settled as short
    settled = await TopUpSettlement.get(top_up_id=top_up_id)
    assert settled.outcome is Settlement.SHORT
    assert f"{PRICE} rials still missing" in settled.summary
    assert (await Order.get(id=int(order_id))).status is OrderStatus.AWAITING_PAYMENT
    assert (await wallets.balance(row.id)).total == 0
    assert await verify_ledger() == []


async def test_an_order_paid_otherwise_meanwhile_keeps_the_credit_in_the_wallet(
        customer, fund, place, top_up_and_pay, pay_order, driver: Driver,
        domain_events: DomainEvents):
    row, token = customer
    order_id, top_up_id = await _credited_but_unpaid(token, place, top_up_and_pay, driver,
                                                     domain_events)
    await fund(row.id, PRICE, "deposit")
    assert (await pay_order(token, order_id, "by-hand"))["__typename"] == "OrderPaid"
    await domain_events.sweep()
    assert await _outcome(top_up_id) is Settlement.NOT_DUE
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert (await wallets.balance(row.id)).total == PRICE
    assert await verify_ledger() == []


async def test_a_delivery_run_again_pays_the_order_once(
        customer, place, top_up_and_pay, driver: Driver, domain_events: DomainEvents):
    # given a credit whose delivery to billing ran
    row, token = customer
    order_id = await place(token, PRICE)
    started = await top_up_and_pay(token, order_id)
    await driver.pay(started["redirect"])
    await domain_events.delivered()
    [delivery] = await DomainEventDelivery.filter(
        subscription=tap.PAY_ORDER_ON_CREDIT.name)
    assert delivery.delivered_at is not None
    # when its message comes again (a resend, a redelivery by the broker)
    await body_of(pay_order_of_credited_top_up)(delivery.id)
    # then nothing more is paid
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert (await wallets.balance(row.id)).total == 0
    assert await verify_ledger() == []


async def test_the_same_event_handled_at_once_pays_the_order_once(
        customer, place, top_up_and_pay, driver: Driver, domain_events: DomainEvents):
    row, token = customer
    order_id, top_up_id = await _credited_but_unpaid(token, place, top_up_and_pay, driver,
                                                     domain_events)
    event = await DomainEventRecord.get(kind=TopUpCredited.kind)
    credited = TopUpCredited(**event.payload)
    outcomes = await asyncio.gather(
        *(tap.pay_credited_top_up(credited, event.id, lead_time=LEAD) for _ in range(3)),
        domain_events.sweep())
    assert outcomes[:3] == [Settlement.PAID] * 3
    assert await OrderPayment.filter(order_id=int(order_id)).count() == 1
    assert await TopUpSettlement.filter(top_up_id=top_up_id).count() == 1
    assert (await wallets.balance(row.id)).total == 0
    assert await verify_ledger() == []


def test_the_scheduler_runs_the_domain_events_sweep_at_its_interval() -> None:
    jobs = {job.name: job.interval_seconds
            for job in periodic_jobs(Settings(
                environment="test", events=EventsSettings(domain_events_sweep_seconds=45)))}
    assert jobs["relay_domain_events"] == 45
