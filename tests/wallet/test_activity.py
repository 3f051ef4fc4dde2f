"""Customer activity: last payment, spend over 30/90/365 days and paid orders from the spends
that were not refunded, the level they give, and reading it through GraphQL."""

from datetime import UTC, datetime, timedelta

import pytest

from models.wallet import wallets
from models.wallet.activity.figures import (
    ActivityLevel,
    ActivityPolicy,
    activities,
    activity_of,
    level_of,
)

from .support import data

POLICY = ActivityPolicy(inactive_days=90, silver_spend=1_000, silver_orders=2,
                        gold_spend=5_000, gold_orders=4)


async def test_the_figures_count_spends_in_each_window(make_customer, top_up, pay):
    # given payments 10, 60, 200 and 400 days ago
    customer, _ = await make_customer()
    await top_up(customer.id, 10_000)
    for amount, days in ((100, 10), (200, 60), (400, 200), (800, 400)):
        await pay(customer.id, amount, days_ago=days)
    # when the activity is read
    activity = await activity_of(customer.id, POLICY)
    # then each window sums what falls in it, and the last payment is the newest
    assert (activity.spend_30_days, activity.spend_90_days, activity.spend_365_days) == (
        100, 300, 700)
    assert activity.last_payment_at is not None
    assert abs(activity.last_payment_at - (datetime.now(UTC) - timedelta(days=10))) < \
        timedelta(minutes=1)


async def test_paid_orders_are_the_distinct_orders_among_order_payments(make_customer, top_up,
                                                                        pay):
    customer, _ = await make_customer()
    await top_up(customer.id, 10_000)
    await pay(customer.id, 100, "order:7:1", order=7)
    await pay(customer.id, 100, "order:7:2", order=7)  # order 7 renewed: still one order
    await pay(customer.id, 100, "order:8:1", order=8)
    await pay(customer.id, 100, "topup-fee:1")  # not an order payment
    activity = await activity_of(customer.id, POLICY)
    assert (activity.paid_orders, activity.spend_30_days) == (2, 400)


async def test_a_refunded_payment_does_not_count(make_customer, top_up, pay):
    customer, _ = await make_customer()
    await top_up(customer.id, 10_000)
    await pay(customer.id, 300, "order:1:1", order=1)
    await wallets.refund(await pay(customer.id, 500, "order:2:1", order=2))
    activity = await activity_of(customer.id, POLICY)
    assert (activity.spend_30_days, activity.paid_orders) == (300, 1)


async def test_a_customer_who_never_paid_is_inactive(make_customer):
    customer, _ = await make_customer()
    activity = await activity_of(customer.id, POLICY)
    assert (activity.level, activity.last_payment_at, activity.spend_365_days,
            activity.paid_orders) == (ActivityLevel.INACTIVE, None, 0, 0)


@pytest.mark.parametrize(("days_ago", "spend", "orders", "level"), [
    (100, 9_000, 9, ActivityLevel.INACTIVE),  # nothing within 90 days
    (5, 900, 9, ActivityLevel.BRONZE),  # orders enough for silver, spend not
    (5, 1_000, 1, ActivityLevel.BRONZE),  # spend enough for silver, orders not
    (5, 1_000, 2, ActivityLevel.SILVER),
    (5, 5_000, 3, ActivityLevel.SILVER),
    (5, 5_000, 4, ActivityLevel.GOLD),
])
def test_the_level_follows_the_thresholds(days_ago, spend, orders, level):
    now = datetime(2026, 11, 23, tzinfo=UTC)
    assert level_of(now - timedelta(days=days_ago), spend, orders, POLICY, now) is level


async def test_levels_of_many_customers_come_from_one_read(make_customer, top_up, pay):
    # given a gold, a silver, a bronze and an inactive customer
    gold, silver, bronze, idle = [(await make_customer())[0] for _ in range(4)]
    for customer, orders, each in ((gold, 4, 1_250), (silver, 2, 500), (bronze, 1, 10)):
        await top_up(customer.id, 10_000)
        for n in range(orders):
            await pay(customer.id, each, order=customer.id * 10 + n)
    # when their activities are read together
    found = await activities([gold.id, silver.id, bronze.id, idle.id], POLICY)
    # then each has its level
    assert [found[c.id].level for c in (gold, silver, bronze, idle)] == [
        ActivityLevel.GOLD, ActivityLevel.SILVER, ActivityLevel.BRONZE, ActivityLevel.INACTIVE]


ACTIVITY = """
query Activity($customerId: ID) {
  customerActivity(customerId: $customerId) {
    customerId lastPaymentAt spend30Days spend90Days spend365Days paidOrders level
  }
}
"""


async def test_a_customer_reads_their_own_activity_and_not_anothers(make_customer, top_up, pay,
                                                                   call_as):
    customer, token = await make_customer()
    other, _ = await make_customer()
    await top_up(customer.id, 10_000)
    await pay(customer.id, 1_500, "order:1:1", order=1)
    mine = data(await call_as(token, ACTIVITY))["customerActivity"]
    assert (mine["spend30Days"], mine["spend365Days"], mine["paidOrders"], mine["level"]) == (
        "1500", "1500", 1, "BRONZE")
    assert data(await call_as(token, ACTIVITY, customerId=str(other.id)))[
        "customerActivity"] is None


async def test_staff_read_a_customers_activity_on_the_customer(make_customer, gql):
    customer, _ = await make_customer()
    body = await gql('query($id: ID!) { customer(id: $id) { activity { level paidOrders } } }',
                     id=str(customer.id))
    assert data(body)["customer"]["activity"] == {"level": "INACTIVE", "paidOrders": 0}
