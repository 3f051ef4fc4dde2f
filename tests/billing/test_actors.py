"""The billing actors, run by a real dramatiq worker on a stub broker against PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from etebar.domains.compose import periodic_jobs
from models.billing.tables import Order, OrderPayment
from models.ledger.verify import verify_ledger
from models.notify.tables import EmailMessage
from models.wallet import wallets
from workers.actors.billing import refund_failed_orders, renew_orders

from .support import MARK_FAILED, PAY, PLACE


async def _paid(call_as, token, product_id):
    placed = await call_as(token, PLACE, input={"productId": product_id, "autoPay": True})
    order_id = placed["data"]["placeOrder"]["order"]["id"]
    assert (await call_as(token, PAY, id=order_id, key="k"))["data"]["payOrder"]["__typename"] \
        == "OrderPaid"
    return int(order_id)


async def test_the_renewal_actor_charges_a_due_order_once_when_it_runs_twice(
        call_as, customer, fund, make_product, run_actors):
    # given an auto-pay order whose renewal fell due yesterday, and enough credit
    row, token = customer
    await fund(row.id, 3_000_000, "top-up-1")
    order_id = await _paid(call_as, token, await make_product(1_000_000))
    await Order.filter(id=order_id).update(renews_at=datetime.now(UTC) - timedelta(days=1))
    # when the periodic actor runs twice
    renew_orders.send()
    await run_actors()
    renew_orders.send()
    await run_actors()
    # then period 2 was charged once, with its receipt
    assert [p.period for p in await OrderPayment.filter(order_id=order_id).order_by("period")] \
        == [1, 2]
    assert (await wallets.balance(row.id)).total == 1_000_000
    assert await EmailMessage.filter(template="billing_receipt").count() == 2
    assert await verify_ledger() == []


async def test_the_refund_sweep_refunds_a_failed_order_once(call_as, gql, customer, fund,
                                                            make_product, run_actors):
    row, token = customer
    await fund(row.id, 2_000_000, "top-up-1")
    order_id = await _paid(call_as, token, await make_product(1_000_000))
    await gql(MARK_FAILED, id=str(order_id), reason="registry refused the domain")
    refund_failed_orders.send()
    await run_actors()
    refund_failed_orders.send()
    await run_actors()
    [payment] = await OrderPayment.filter(order_id=order_id)
    assert payment.refunded_at is not None
    assert (await wallets.balance(row.id)).total == 2_000_000
    assert await EmailMessage.filter(template="billing_refunded").count() == 1
    assert await verify_ledger() == []


def test_the_scheduler_runs_renewals_and_the_refund_sweep():
    from etebar.settings import Settings

    jobs = {job.name: job.interval_seconds for job in periodic_jobs(Settings(
        billing_renewal_seconds=600, billing_refund_sweep_seconds=30))}
    assert (jobs["renew_orders"], jobs["refund_failed_orders"]) == (600, 30)
