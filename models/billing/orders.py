"""Orders: placing them, paying a period from the wallet, auto-pay, cancelling, failing.

Failing (`mark_order_failed`) is for fulfilment that did not happen, so it covers only what was
paid and not yet delivered. A paid period counts as delivered once it has ended: a monthly or
yearly period at its `period_end`, a one-off order's single period `one_off_delivery` (a setting,
30 days by default) after it was paid. The periods not yet delivered are therefore the running
one (started, not ended) and, when the renewal was paid ahead within the lead time, the next one
(not started); failing refunds those payments in full and no other. An order with nothing
undelivered (unpaid, cancelled, already failed, suspended or in its grace period after its last
period ended, a one-off past its window) is refused with `OrderCannotFail` and stays as it was.

Every change of an order runs in one transaction that first locks the order's row, so a payment,
a renewal, a refund and a cancellation of one order run one after the other. A period is paid by
the wallet spend `order:<order>:<period>` (its key is also the payment's), and an order holds at
most one payment per period (a unique index): however often a payment is retried or raced, the
wallet is charged once. The wallet's lock is taken after the order's, in every operation here.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from models.billing.tables import BillingCycle, Order, OrderPayment, OrderStatus, Product
from models.clock import now_or
from models.db import given
from models.errors import Conflict, NotFound, ValidationFailed
from models.keys import KEY_MAX, check_key, customer_namespace, domain_namespace
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.notify.mail import queue_email
from models.wallet import wallets
from models.wallet.codes import MovementKind, Source, SourceKind, declare
from models.wallet.errors import InsufficientFunds
from models.wallet.tables import SpendPart

PAYMENT_CODE = declare("order_payment", MovementKind.PAYMENT, domain="billing")
NAMESPACE = domain_namespace("billing")  # the request keys billing makes itself: top-up:<id>
DEFAULT_LEAD_TIME = timedelta(days=3)
DEFAULT_ONE_OFF_DELIVERY = timedelta(days=30)
OPEN_STATUSES = (OrderStatus.AWAITING_PAYMENT, OrderStatus.ACTIVE, OrderStatus.SUSPENDED)


class OrderCannotFail(Conflict):
    """The order has no paid period left to deliver, so there is nothing to fail: it is unpaid
    (`order_not_paid`), cancelled (`order_cancelled`), failed already (`order_already_failed`),
    or its paid periods were delivered (`nothing_undelivered`)."""

    code = "nothing_undelivered"

    def __init__(self, code: str, order: Order) -> None:
        super().__init__(code, f"order {order.id} ({order.status.value}) has no paid period "
                               "left to deliver; only that can fail", field="orderId")


@dataclass(slots=True, frozen=True)
class PaidOrder:
    order: Order
    payment: OrderPayment
    replayed: bool


@dataclass(slots=True, frozen=True)
class AmountDue:
    """What an order owes now, and how much of it the wallet lacks (what a top-up must bring)."""

    order_id: int
    period: int
    amount: int
    available: int

    @property
    def missing(self) -> int:
        return max(0, self.amount - self.available)


def spend_key(order_id: int, period: int) -> str:
    """The wallet spend that pays period `period` of order `order_id` (activity reads it)."""
    return f"order:{order_id}:{period}"


def add_months(moment: datetime, months: int) -> datetime:
    """`moment` `months` calendar months later, on the same day or the month's last."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month,
                          day=min(moment.day, calendar.monthrange(year, month)[1]))


def period_end(anchor: datetime, cycle: BillingCycle, periods: int = 1) -> datetime | None:
    """When the `periods`-th period counted from `anchor` ends: whole months after the anchor,
    not after the last end, so a run begun on the 31st ends on the 31st (or the month's last
    day) every time instead of drifting to the 28th after February."""
    if cycle is BillingCycle.MONTHLY:
        return add_months(anchor, periods)
    if cycle is BillingCycle.YEARLY:
        return add_months(anchor, 12 * periods)
    return None


async def place_order(customer_id: int, product_id: int, auto_pay: bool = False) -> Order:
    """A new order of an active product at today's price, awaiting its first payment."""
    product = await Product.get_or_none(id=product_id, active=True)
    if product is None:
        raise NotFound("product_not_found", f"no active product {product_id}", field="productId")
    await wallets.wallet_of(customer_id)
    return await Order.create(customer_id=customer_id, product=product, price=product.price,
                              cycle=product.cycle, auto_pay=auto_pay and
                              product.cycle is not BillingCycle.ONE_OFF)


async def _locked(order_id: int, customer_id: int | None) -> Order:
    """Order `order_id` locked for update; one of another customer does not exist."""
    order = await Order.select_for_update().get_or_none(
        **given(id=order_id, customer_id=customer_id))
    if order is None:
        raise NotFound("order_not_found", f"no order {order_id}", field="orderId")
    return order


def due_period(order: Order, now: datetime, lead_time: timedelta) -> int | None:
    """The period a payment of `order` pays now: the first, a suspended order's unpaid one, or
    the next once its renewal is within the lead time; None when nothing is due."""
    if order.status is OrderStatus.AWAITING_PAYMENT:
        return 1
    if order.status is OrderStatus.SUSPENDED:
        return order.period + 1
    if (order.status is OrderStatus.ACTIVE and order.renews_at is not None
            and order.renews_at - lead_time <= now):
        return order.period + 1
    return None


async def charge(order: Order, period: int, now: datetime, request_key: str | None = None,
                 request_namespace: str | None = None) -> OrderPayment:
    """Pay `period` of the locked `order` from the wallet, extend the order, email a receipt.
    Raises `InsufficientFunds` before anything is written; call it in the order's transaction."""
    revenue = await system_account(wallets.LEDGER, SystemAccount.REVENUE)
    customer_id: int = order.customer_id
    key = spend_key(order.id, period)
    await wallets.spend(customer_id, order.price, revenue.id, key, code=PAYMENT_CODE,
                        source=Source(SourceKind.ORDER, order.id), now=now)
    payment = await OrderPayment.create(order=order, period=period, amount=order.price,
                                        spend_key=key, request_key=request_key,
                                        request_namespace=request_namespace, paid_at=now)
    # A renewal continues where the last period ended, also when paid early or within the
    # grace period; a suspended order was not served meanwhile, so it starts again now.
    resumes = order.status is OrderStatus.SUSPENDED or order.period_end is None
    fresh = period == 1 or resumes
    start = now if fresh else order.period_end
    assert start is not None
    if fresh or order.anchor_at is None or order.anchor_period is None:
        order.anchor_at, order.anchor_period = start, period
    order.period = period
    order.period_start = start
    order.period_end = period_end(order.anchor_at, order.cycle,
                                  period - order.anchor_period + 1)
    order.renews_at = order.period_end
    order.status = OrderStatus.ACTIVE
    order.suspended_at = None
    order.reminders_sent = 0
    await order.save()
    product = await Product.get(id=order.product_id)
    await queue_email(customer_id=customer_id, template="billing_receipt",
                      key=f"billing:receipt:{key}",
                      params={"order_id": order.id, "product": product, "amount": order.price,
                              "period": period, "period_end": order.period_end})
    return payment


async def pay_order(customer_id: int, order_id: int, key: str, *, now: datetime | None = None,
                    lead_time: timedelta = DEFAULT_LEAD_TIME,
                    namespace: str | None = None) -> PaidOrder:
    """Pay what order `order_id` owes now, in full, from the customer's wallet; activates it (or
    resumes a suspended one) and extends its period, all in one transaction.

    `key` is the caller's idempotency key, in the caller's `namespace` (models.keys; the
    customer's own when not given): the same key again from the same namespace answers the
    payment it made (`replayed`). Whatever the keys, a period is paid once; a payment when
    nothing is due is `nothing_due`. A short balance raises the wallet's `InsufficientFunds`,
    having changed nothing."""
    check_key(key)
    namespace = namespace or customer_namespace(customer_id)
    moment = now_or(now)
    async with in_transaction():
        order = await _locked(order_id, customer_id)
        done = await OrderPayment.get_or_none(order_id=order.id, request_namespace=namespace,
                                              request_key=key)
        if done is not None:
            return PaidOrder(order=order, payment=done, replayed=True)
        period = due_period(order, moment, lead_time)
        if period is None:
            raise Conflict("nothing_due", f"order {order_id} ({order.status.value}) owes nothing "
                           "now", field="orderId")
        payment = await charge(order, period, moment, request_key=key,
                               request_namespace=namespace)
    return PaidOrder(order=order, payment=payment, replayed=False)


async def pay_after_top_up(customer_id: int, order_id: int, top_up_key: str, *,
                           now: datetime | None = None,
                           lead_time: timedelta = DEFAULT_LEAD_TIME) -> PaidOrder | None:
    """"Top up and pay": once a top-up for order `order_id` is verified and credited (its own
    transaction committed), pay the order from the wallet, by the top-up's key. None when the
    order owes nothing now (paid meanwhile) or the balance is still short: the credit then
    stays in the wallet, and nothing else changes. A retry answers the same payment. The key
    is billing's own (`domain:billing`), so no caller's key can pass for it."""
    try:
        return await pay_order(customer_id, order_id, f"top-up:{top_up_key}"[:KEY_MAX],
                               now=now, lead_time=lead_time, namespace=NAMESPACE)
    except InsufficientFunds:
        return None
    except Conflict as refused:
        if refused.code == "nothing_due":
            return None
        raise


async def amount_due(customer_id: int | None, order_id: int, *, now: datetime | None = None,
                     lead_time: timedelta = DEFAULT_LEAD_TIME) -> AmountDue | None:
    """What order `order_id` (of `customer_id`, if given) owes now, or None when nothing is due:
    the page behind a shortfall email's link starts a top-up of `missing` with it."""
    moment = now_or(now)
    order = await find_order(order_id, customer_id)
    if order is None:
        raise NotFound("order_not_found", f"no order {order_id}", field="orderId")
    period = due_period(order, moment, lead_time)
    if period is None:
        return None
    balance = await wallets.balance(int(order.customer_id), now=moment)
    return AmountDue(order_id=order.id, period=period, amount=order.price,
                     available=balance.total)


async def set_auto_pay(customer_id: int | None, order_id: int, on: bool) -> Order:
    async with in_transaction():
        order = await _locked(order_id, customer_id)
        if order.status not in OPEN_STATUSES:
            raise Conflict("order_closed", f"order {order_id} is {order.status.value}",
                           field="orderId")
        if on and order.cycle is BillingCycle.ONE_OFF:
            raise Conflict("order_does_not_renew", "a one-off order never renews", field="on")
        order.auto_pay = on
        await order.save(update_fields=["auto_pay", "updated_at"])
    return order


async def cancel_order(customer_id: int | None, order_id: int, *,
                       now: datetime | None = None) -> Order:
    """Stop an order: it renews no more and owes nothing; a paid period is not refunded."""
    async with in_transaction():
        order = await _locked(order_id, customer_id)
        if order.status is OrderStatus.CANCELLED:
            return order
        if order.status not in OPEN_STATUSES:
            raise Conflict("order_closed", f"order {order_id} is {order.status.value}",
                           field="orderId")
        order.status = OrderStatus.CANCELLED
        order.cancelled_at = now_or(now)
        order.auto_pay = False
        order.renews_at = None
        await order.save()
    return order


def undelivered_periods(order: Order, now: datetime,
                        one_off_delivery: timedelta = DEFAULT_ONE_OFF_DELIVERY) -> list[int]:
    """The paid periods of `order` not yet delivered at `now` (see the module's docstring):
    the running one and a renewal paid ahead; none unless the order is active."""
    if order.status is not OrderStatus.ACTIVE or order.period_start is None:
        return []
    if order.cycle is BillingCycle.ONE_OFF:
        return [order.period] if now < order.period_start + one_off_delivery else []
    if order.period_end is None or order.period_end <= now:
        return []
    if order.period_start > now and order.period > 1:
        # Paid ahead: the period before it is running now, ending where this one starts.
        return [order.period - 1, order.period]
    return [order.period]


_NOT_FAILABLE = {OrderStatus.AWAITING_PAYMENT: "order_not_paid",
                 OrderStatus.CANCELLED: "order_cancelled",
                 OrderStatus.FAILED: "order_already_failed"}


async def mark_order_failed(actor: str, order_id: int, reason: str, *,
                            now: datetime | None = None,
                            one_off_delivery: timedelta = DEFAULT_ONE_OFF_DELIVERY) -> Order:
    """Fulfilment failed (staff or an integration says why): the order is `failed`, and the
    payments of its periods not yet delivered are due for a refund (models.billing.refunds);
    delivered periods stay paid. An order with no such period is refused (`OrderCannotFail`)
    and nothing changes."""
    reason = reason.strip()
    if not 1 <= len(reason) <= 500:
        raise ValidationFailed("invalid_reason", "a reason of 1 to 500 characters is required",
                               field="reason")
    moment = now_or(now)
    async with in_transaction():
        order = await _locked(order_id, None)
        if order.status in _NOT_FAILABLE:
            raise OrderCannotFail(_NOT_FAILABLE[order.status], order)
        periods = undelivered_periods(order, moment, one_off_delivery)
        if not periods:
            raise OrderCannotFail("nothing_undelivered", order)
        due = await OrderPayment.filter(order_id=order.id, period__in=periods,
                                        refunded_at=None).update(refund_due=True)
        assert due == len(periods), f"order {order.id} lacks a payment of {periods}"
        order.status = OrderStatus.FAILED
        order.failure_reason = reason
        order.failed_by = actor[:64]
        order.failed_at = moment
        order.auto_pay = False
        order.renews_at = None
        await order.save()
    return order


async def find_order(order_id: int, customer_id: int | None) -> Order | None:
    """Order `order_id`, if it exists and (for a customer) is theirs."""
    return await Order.get_or_none(**given(id=order_id, customer_id=customer_id))


async def owner_of(order_id: int) -> int:
    """The customer of order `order_id`."""
    order = await Order.get_or_none(id=order_id)
    if order is None:
        raise NotFound("order_not_found", f"no order {order_id}", field="orderId")
    return int(order.customer_id)


async def page(*, limit: int, before_id: int | None = None, customer_id: int | None = None,
               status: OrderStatus | None = None) -> list[Order]:
    """Orders, newest first."""
    return await Order.filter(**given(id__lt=before_id, customer_id=customer_id,
                                      status=status)).order_by("-id").limit(limit)


async def payments_of(order_id: int) -> list[OrderPayment]:
    return await OrderPayment.filter(order_id=order_id).order_by("period")


async def draws_of(key: str) -> list[SpendPart]:
    """The lots the spend `key` drew from, each part with its lot loaded."""
    return await SpendPart.filter(spend__key=key).prefetch_related("lot").order_by("id")
