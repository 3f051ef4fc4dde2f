"""A customer's activity, read from their wallet's spends that were not refunded: the last payment,
spend in the last 30, 90 and 365 days, the number of paid orders, and a level derived from them.

Order payments are spends whose source is an order (`SourceKind.ORDER`: billing names the order
it pays, models.wallet.codes), so the paid orders are the distinct orders among those sources.
Every figure is one SQL aggregate over `wallet_spend`, for one customer or many at once; a spend
refunded after the moment asked about still counts at that moment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from tortoise import connections

from models.wallet.codes import SourceKind


class ActivityLevel(StrEnum):
    INACTIVE = "inactive"
    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"

    @property
    def rank(self) -> int:
        return list(ActivityLevel).index(self)


@dataclass(slots=True, frozen=True)
class ActivityPolicy:
    """Thresholds of the levels: no payment within `inactive_days` is inactive; silver and gold
    each need both their spend in the last 365 days and their number of paid orders; any other
    paying customer is bronze."""

    inactive_days: int = 90
    silver_spend: int = 10_000_000
    silver_orders: int = 3
    gold_spend: int = 50_000_000
    gold_orders: int = 10


@dataclass(slots=True, frozen=True)
class Activity:
    customer_id: int
    last_payment_at: datetime | None
    spend_30_days: int
    spend_90_days: int
    spend_365_days: int
    paid_orders: int
    level: ActivityLevel


def level_of(last_payment_at: datetime | None, spend_365_days: int, paid_orders: int,
             policy: ActivityPolicy, now: datetime) -> ActivityLevel:
    if last_payment_at is None or last_payment_at <= now - timedelta(days=policy.inactive_days):
        return ActivityLevel.INACTIVE
    if spend_365_days >= policy.gold_spend and paid_orders >= policy.gold_orders:
        return ActivityLevel.GOLD
    if spend_365_days >= policy.silver_spend and paid_orders >= policy.silver_orders:
        return ActivityLevel.SILVER
    return ActivityLevel.BRONZE


# One pass over the customers' spends up to `now` not refunded by then ($2 is `now`).
_FIGURES = """
    SELECT w.customer_id,
           max(s.created_at) AS last_payment_at,
           coalesce(sum(s.amount) FILTER (WHERE s.created_at > $2 - interval '30 days'), 0)
               AS spend_30,
           coalesce(sum(s.amount) FILTER (WHERE s.created_at > $2 - interval '90 days'), 0)
               AS spend_90,
           coalesce(sum(s.amount) FILTER (WHERE s.created_at > $2 - interval '365 days'), 0)
               AS spend_365,
           count(DISTINCT s.source_id) FILTER (WHERE s.source_kind = $3) AS paid_orders
    FROM wallet_wallet w
    JOIN wallet_spend s ON s.wallet_id = w.id AND s.created_at <= $2
                       AND (s.refunded_at IS NULL OR s.refunded_at > $2)
    WHERE w.customer_id = ANY($1::bigint[])
    GROUP BY w.customer_id
"""


async def activities(customer_ids: Sequence[int], policy: ActivityPolicy, *,
                     now: datetime | None = None) -> dict[int, Activity]:
    """The activity of each customer in `customer_ids` at `now`, with one query."""
    moment = now or datetime.now(UTC)
    ids = sorted(set(customer_ids))
    found: dict[int, Activity] = {}
    if ids:
        rows = await connections.get("default").execute_query_dict(
            _FIGURES, [ids, moment, SourceKind.ORDER.value])
        for r in rows:
            last, spend_365, orders = r["last_payment_at"], int(r["spend_365"]), \
                int(r["paid_orders"])
            found[int(r["customer_id"])] = Activity(
                customer_id=int(r["customer_id"]), last_payment_at=last,
                spend_30_days=int(r["spend_30"]), spend_90_days=int(r["spend_90"]),
                spend_365_days=spend_365, paid_orders=orders,
                level=level_of(last, spend_365, orders, policy, moment))
    return {i: found.get(i) or Activity(
        customer_id=i, last_payment_at=None, spend_30_days=0, spend_90_days=0,
        spend_365_days=0, paid_orders=0, level=ActivityLevel.INACTIVE) for i in ids}


async def activity_of(customer_id: int, policy: ActivityPolicy, *,
                      now: datetime | None = None) -> Activity:
    return (await activities([customer_id], policy, now=now))[customer_id]
