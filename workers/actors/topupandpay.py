"""Top up and pay actors: a thin call into `models.billing.top_up_and_pay`.

- `pay_order_of_credited_top_up(delivery_id)`: runs billing's subscription to the wallet's
  `TopUpCredited` (`PAY_ORDER_ON_CREDIT`): pays the order the top-up was for, or leaves the
  credit in the wallet when it is still short. Safe to run twice and concurrently: the delivery
  runs once (models.events.domain.deliver), each top-up is settled once under its order's row
  lock, and the payment has the natural key `top-up:<id>`.
"""

from __future__ import annotations

from datetime import timedelta

from etebar.settings import get_settings
from models.billing.tables import Settlement
from models.billing.top_up_and_pay import PAY_ORDER_ON_CREDIT, pay_credited_top_up
from models.errors import DomainError
from models.events.domain import deliver
from models.wallet.events import TopUpCredited
from workers.actors.events import runs
from workers.registry import actor


@runs(PAY_ORDER_ON_CREDIT)
@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def pay_order_of_credited_top_up(delivery_id: int) -> None:
    lead_time = timedelta(days=get_settings().billing_renewal_lead_days)

    async def pay(credited: TopUpCredited, event_id: int) -> Settlement | None:
        return await pay_credited_top_up(credited, event_id, lead_time=lead_time)

    await deliver(delivery_id, PAY_ORDER_ON_CREDIT, pay)
