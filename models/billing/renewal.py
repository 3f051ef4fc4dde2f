"""Renewals: orders whose next period falls due within the lead time are charged, reminded or
suspended, each in a transaction of its own under the order's lock.

For an order due for renewal (its `renews_at` within the lead time):

- with `auto_pay` and enough balance: the next period is charged (the spend
  `order:<order>:<period>`), the period extended and a receipt emailed; a suspended order resumes;
- otherwise the customer is told once per period (`billing_shortfall` with the missing amount for
  auto-pay orders, `billing_reminder` for the others), then reminded at each point of the
  reminder schedule (days before the due date; negative: after), one email for the latest point
  passed; past the due date plus the grace period the order is suspended (`billing_suspended`).

Running it again, at once or concurrently, changes nothing more: the order's lock, its period
and the emails' natural keys make each charge and each email happen once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from tortoise.transactions import in_transaction

from models.billing.orders import charge, due_period
from models.billing.pay_links import pay_link
from models.billing.tables import Order, OrderStatus, Product
from models.errors import DomainError
from models.notify.mail import queue_email
from models.wallet import wallets
from models.wallet.errors import InsufficientFunds

log = logging.getLogger(__name__)


@dataclass(slots=True, frozen=True)
class RenewalPolicy:
    public_url: str
    secret_key: str  # signs the pay links in the emails (models.billing.pay_links)
    lead_time: timedelta = timedelta(days=3)
    reminder_days: tuple[int, ...] = (1, -1, -3)
    grace: timedelta = timedelta(days=7)

    def reminder_points(self, due_at: datetime) -> list[datetime]:
        return sorted(due_at - timedelta(days=d) for d in self.reminder_days)

    def pay_link(self, order_id: int, customer_id: int) -> str:
        """A signed, expiring link to the page that tops up and pays the order."""
        return pay_link(self.public_url, self.secret_key, order_id, customer_id)


class Outcome(StrEnum):
    CHARGED = "charged"
    NOTIFIED = "notified"
    REMINDED = "reminded"
    SUSPENDED = "suspended"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(slots=True)
class RenewalRun:
    outcomes: dict[int, Outcome] = field(default_factory=dict)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes.values() if o is outcome)


async def due_order_ids(now: datetime, lead_time: timedelta, *, after_id: int = 0,
                        limit: int = 500) -> list[int]:
    """Orders open for renewal whose next period is due within the lead time, in id order
    from `after_id` (a round pages through all of them, so long-suspended orders never crowd
    out the newly due)."""
    ids = await Order.filter(status__in=(OrderStatus.ACTIVE, OrderStatus.SUSPENDED),
                             renews_at__lte=now + lead_time, id__gt=after_id) \
        .order_by("id").limit(limit).values_list("id", flat=True)
    return [int(i) for i in ids]  # type: ignore[call-overload]  # values_list(flat=True) is typed as tuples; it yields the column's values


async def renew_order(order_id: int, now: datetime, policy: RenewalPolicy) -> Outcome:
    """Do what is due for one order now (see the module's docstring)."""
    async with in_transaction():
        order = await Order.select_for_update().get_or_none(id=order_id)
        if order is None or order.renews_at is None:
            return Outcome.UNCHANGED
        period = due_period(order, now, policy.lead_time)
        if period is None or order.status is OrderStatus.AWAITING_PAYMENT:
            return Outcome.UNCHANGED
        if order.auto_pay:
            try:
                async with in_transaction():  # a savepoint: a refused charge leaves no trace
                    await charge(order, period, now)
                return Outcome.CHARGED
            except InsufficientFunds:
                pass
        return await _remind_or_suspend(order, period, now, policy)


async def _remind_or_suspend(order: Order, period: int, now: datetime,
                             policy: RenewalPolicy) -> Outcome:
    due_at = order.renews_at
    assert due_at is not None
    customer_id: int = order.customer_id
    product = await Product.get(id=order.product_id)
    available = (await wallets.balance(customer_id, now=now)).total
    params = {"order_id": order.id, "product": product, "amount": order.price,
              "missing": max(0, order.price - available), "available": available,
              "due_at": due_at,
              "pay_link": policy.pay_link(order.id, customer_id), "period": period}
    passed = sum(1 for point in policy.reminder_points(due_at) if point <= now)
    outcome = Outcome.UNCHANGED
    if order.notice_period != period:
        template = "billing_shortfall" if order.auto_pay else "billing_reminder"
        await queue_email(customer_id=customer_id, template=template,
                          key=f"billing:notice:{order.id}:{period}", params=params)
        order.notice_period = period
        order.reminders_sent = passed
        outcome = Outcome.NOTIFIED
    elif passed > order.reminders_sent:
        await queue_email(customer_id=customer_id, template="billing_reminder",
                          key=f"billing:reminder:{order.id}:{period}:{passed}", params=params)
        order.reminders_sent = passed
        outcome = Outcome.REMINDED
    if order.status is OrderStatus.ACTIVE and now >= due_at + policy.grace:
        order.status = OrderStatus.SUSPENDED
        order.suspended_at = now
        await queue_email(customer_id=customer_id, template="billing_suspended",
                          key=f"billing:suspended:{order.id}:{period}", params=params)
        outcome = Outcome.SUSPENDED
    if outcome is not Outcome.UNCHANGED:
        await order.save()
    return outcome


async def renew_due(now: datetime | None, policy: RenewalPolicy, *,
                    batch: int = 500) -> RenewalRun:
    """One renewal round over every order due within the lead time, `batch` ids at a time."""
    moment = now or datetime.now(UTC)
    run = RenewalRun()
    after_id = 0
    while ids := await due_order_ids(moment, policy.lead_time, after_id=after_id, limit=batch):
        for order_id in ids:
            try:
                run.outcomes[order_id] = await renew_order(order_id, moment, policy)
            except DomainError:  # one order's refusal must not stop the round
                log.exception("renewal of order %s was refused", order_id)
                run.outcomes[order_id] = Outcome.REFUSED
        after_id = ids[-1]
    return run
