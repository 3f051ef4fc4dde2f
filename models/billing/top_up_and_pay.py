"""Top up and pay: pay an order whose wallet is short by a bank payment of exactly the shortfall.

1. *Start* (`start_top_up_and_pay`): what the order owes now and what the wallet lacks
   (`orders.amount_due`). Nothing lacking: the order is paid from the wallet at once
   (`orders.pay_order`, by the caller's key). Otherwise a gateway top-up of exactly the
   shortfall is started, naming the order (`TopUp.order_id`). A shortfall below the smallest
   top-up (`topup_min_amount`) is still asked for: the customer must be able to pay any order,
   and the bank takes small amounts; the largest top-up and the wallet's maximum balance still
   hold. The same key again answers the same top-up (or the same payment).
2. *Pay* (`pay_credited_top_up`): the top-ups emit `TopUpCredited` (models.wallet.events) in
   the transaction that credits the wallet; billing subscribes to it (`PAY_ORDER_ON_CREDIT`),
   and the domain events' delivery (models.domain_events.outbox: at least once, right after the
   commit and again by the sweep for what a crash or a lost message missed) runs the billing
   actor that pays the order from the wallet by `orders.pay_after_top_up` under the key
   `top-up:<top-up id>`. Under the order's row lock it records its outcome, once per top-up,
   in billing's own `billing_top_up_settlement`: `order_paid`, `order_short` (the customer
   spent the credit meanwhile: it stays in the wallet) or `order_not_due` (paid otherwise
   meanwhile, or closed); a second delivery finds it and changes nothing.

Locks are taken order, then wallet, as every other billing operation does.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from models.billing import orders
from models.billing.errors import BillingErrorCode
from models.billing.orders import PaidOrder
from models.billing.tables import Order, Settlement, TopUpSettlement
from models.clock import now_or
from models.domain_events.outbox import subscribe
from models.errors import Conflict
from models.keys import customer_namespace
from models.wallet.events import TopUpCredited
from models.wallet.topups.gateway import Gateway, Redirect
from models.wallet.topups.tables import TopUp
from models.wallet.topups.topups import TopUpPolicy, find_started, start_topup

log = logging.getLogger(__name__)


# The top-ups tell billing of every credit; a credit for an order pays it (`pay_credited_top_up`,
# run by the billing actor `pay_order_of_credited_top_up`).
PAY_ORDER_ON_CREDIT = subscribe(TopUpCredited, "billing.pay_order_of_credited_top_up")


@dataclass(slots=True, frozen=True)
class TopUpStarted:
    """The bank payment of `shortfall` rials that will pay the order once verified."""

    top_up: TopUp
    redirect: Redirect
    shortfall: int


TopUpAndPay = TopUpStarted | PaidOrder


async def start_top_up_and_pay(customer_id: int | None, order_id: int, gateway: Gateway,
                               key: str, *, policy: TopUpPolicy, lead_time: timedelta,
                               now: datetime | None = None,
                               namespace: str | None = None) -> TopUpAndPay:
    """Pay order `order_id` (of `customer_id`; None: whoever's, for staff) now if the wallet
    holds enough, else start a top-up of exactly what it lacks (see the module's docstring).
    `key` lives in the caller's `namespace` (models.keys; the payer's own when not given).

    Raises `not_found` for an order that is not there (or not the customer's), `nothing_due`
    when it owes nothing now, and the top-ups' errors (largest amount, maximum balance, a
    gateway that cannot start)."""
    moment = now_or(now)
    payer = customer_id if customer_id is not None else await orders.owner_of(order_id)
    namespace = namespace or customer_namespace(payer)
    started = await find_started(payer, namespace, key)
    if started is not None:  # this key started a top-up already: answer it
        if started.order_id != order_id:
            raise Conflict(BillingErrorCode.IDEMPOTENCY_CONFLICT, "this key started another top-up",
                           field="idempotencyKey")
        row, redirect = await start_topup(payer, started.amount, gateway, key,
                                          policy=policy, order_id=order_id, namespace=namespace)
        return TopUpStarted(top_up=row, redirect=redirect, shortfall=row.amount)
    due = await orders.amount_due(payer, order_id, now=moment, lead_time=lead_time)
    if due is None or due.missing == 0:
        # Enough in the wallet (or paid already by this key): pay it now. Nothing due and no
        # payment by this key is pay_order's `nothing_due`.
        return await orders.pay_order(payer, order_id, key, now=moment, lead_time=lead_time,
                                      namespace=namespace)
    any_amount = dataclasses.replace(policy, min_amount=1)
    row, redirect = await start_topup(payer, due.missing, gateway, key, policy=any_amount,
                                      order_id=order_id, namespace=namespace)
    return TopUpStarted(top_up=row, redirect=redirect, shortfall=due.missing)


async def pay_credited_top_up(credited: TopUpCredited, event_id: int, *, lead_time: timedelta,
                              now: datetime | None = None) -> Settlement | None:
    """Pay the order a credited top-up was for from the wallet, once (`event_id` is its
    `TopUpCredited` event): answers what became of it, or None for a top-up that names no
    order. Safe to run again and concurrently: a settled top-up answers its recorded outcome."""
    if credited.order_id is None:
        return None
    moment = now_or(now)
    async with in_transaction():
        # The order's lock first, as every change of an order takes it: it orders two
        # deliveries of one event too.
        order = await Order.select_for_update().get_or_none(id=credited.order_id)
        if order is None:
            return None
        settled = await TopUpSettlement.get_or_none(top_up_id=credited.top_up_id)
        if settled is not None:
            return settled.outcome
        # Only a direct start_topup could name another customer's order: it is never paid.
        theirs = order.customer_id == credited.customer_id
        paid = await orders.pay_after_top_up(credited.customer_id, order.id,
                                             credited.top_up_id, now=moment,
                                             lead_time=lead_time) if theirs else None
        if paid is not None:
            outcome = Settlement.PAID
            summary = (f"order={order.id} period={paid.payment.period} "
                       f"payment={paid.payment.id} amount={paid.payment.amount}")
        else:
            due = await orders.amount_due(credited.customer_id, order.id, now=moment,
                                          lead_time=lead_time) if theirs else None
            outcome = Settlement.NOT_DUE if due is None else Settlement.SHORT
            summary = (f"order={order.id}: " + (
                "owes nothing now; the credit stays in the wallet" if due is None else
                f"{due.missing} rials still missing; the credit stays in the wallet"))
        await TopUpSettlement.create(top_up_id=credited.top_up_id, event_id=event_id,
                                     order_id=order.id, outcome=outcome, summary=summary[:500])
    log.info("top-up %s for order %s: %s", credited.top_up_id, order.id, outcome.value)
    return outcome
