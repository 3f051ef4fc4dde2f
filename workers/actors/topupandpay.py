"""Top up and pay actors: a thin call into `models.billing.top_up_and_pay`.

- `pay_order_of_credited_top_up(delivery_id)`: runs billing's subscription to the wallet's
  `TopUpCredited` (`PAY_ORDER_ON_CREDIT`): pays the order the top-up was for, or leaves the
  credit in the wallet when it is still short. Safe to run twice and concurrently: the delivery
  runs once (models.domain_events.outbox.deliver), each top-up is settled once under its order's row
  lock, and the payment has the natural key `top-up:<id>`.
"""

from __future__ import annotations

from models.billing.tables import Settlement
from models.billing.top_up_and_pay import PAY_ORDER_ON_CREDIT, pay_credited_top_up
from models.domain_events.outbox import deliver
from models.errors import DomainError
from models.wallet.events import TopUpCredited
from workers.actors.events import runs
from workers.registry import actor
from workers.services import services


@runs(PAY_ORDER_ON_CREDIT)
@actor(max_retries=5, time_limit_ms=60_000, throws=(DomainError,))
async def pay_order_of_credited_top_up(delivery_id: int) -> None:
    lead_time = services().policies.renewal.lead_time

    async def pay(credited: TopUpCredited, event_id: int) -> Settlement | None:
        return await pay_credited_top_up(credited, event_id, lead_time=lead_time)

    await deliver(delivery_id, PAY_ORDER_ON_CREDIT, pay)
