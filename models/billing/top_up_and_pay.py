"""Top up and pay: pay an order whose wallet is short by a bank payment of exactly the shortfall.

1. *Start* (`start_top_up_and_pay`): what the order owes now and what the wallet lacks
   (`orders.amount_due`). Nothing lacking: the order is paid from the wallet at once
   (`orders.pay_order`, by the caller's key). Otherwise a gateway top-up of exactly the
   shortfall is started, naming the order (`TopUp.order_id`). A shortfall below the smallest
   top-up (`topup_min_amount`) is still asked for: the customer must be able to pay any order,
   and the bank takes small amounts; the largest top-up and the wallet's maximum balance still
   hold. The same key again answers the same top-up (or the same payment).
2. *Pay* (`pay_credited_top_up`): once the top-up is verified and credited (its own transaction
   committed), the order is paid from the wallet by `orders.pay_after_top_up` under the key
   `top-up:<top-up id>`. It runs from the top-ups' credited step (`credited_hook`, which the
   server and the workers install with the configured lead time) and from a sweep
   (`pay_unsettled`) that catches a process that died between the credit and the payment.
   Under the top-up's row lock it records its outcome as a `credit` event of the top-up, with
   the code `order_paid`, `order_short` (the customer spent the credit meanwhile: it stays in
   the wallet) or `order_not_due` (paid otherwise meanwhile, or closed): once recorded, the
   top-up is settled and neither the hook nor the sweep touches it again.

Locks are taken top-up, then order, then wallet, as the top-ups' own credit (top-up, then
wallet) and billing (order, then wallet) do, so none of them can deadlock with another.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from tortoise import connections
from tortoise.transactions import in_transaction

from models.billing import orders
from models.billing.orders import PaidOrder
from models.clock import now_or
from models.errors import Conflict
from models.keys import customer_namespace
from models.wallet.topups.gateway import Gateway, Redirect
from models.wallet.topups.tables import TopUp, TopUpEvent, TopUpEventKind, TopUpStatus
from models.wallet.topups.topups import (
    CREDITED_HOOKS,
    CreditedHook,
    TopUpPolicy,
    find_started,
    start_topup,
)

log = logging.getLogger(__name__)


class Settlement(StrEnum):
    """What became of the order a credited top-up was for (the code of its `credit` event)."""

    PAID = "order_paid"
    SHORT = "order_short"
    NOT_DUE = "order_not_due"


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
            raise Conflict("idempotency_conflict", "this key started another top-up",
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


async def _settlement_of(top_up_id: int) -> Settlement | None:
    event = await TopUpEvent.filter(top_up_id=top_up_id, kind=TopUpEventKind.CREDIT,
                                    code__in=[s.value for s in Settlement]).first()
    return Settlement(event.code) if event is not None else None


async def pay_credited_top_up(top_up_id: int, *, lead_time: timedelta,
                              now: datetime | None = None) -> Settlement | None:
    """Pay the order of credited top-up `top_up_id` from the wallet, once: answers what became
    of it, or None for a top-up that is not credited or names no order. Safe to run again and
    concurrently: a settled top-up answers its recorded outcome."""
    moment = now_or(now)
    async with in_transaction():
        row = await TopUp.select_for_update().get_or_none(id=top_up_id)
        if row is None or row.order_id is None or row.status is not TopUpStatus.CREDITED:
            return None
        settled = await _settlement_of(row.id)
        if settled is not None:
            return settled
        customer_id = int(row.customer_id)
        # Only a direct start_topup could name another customer's order: it is never paid.
        theirs = await orders.find_order(row.order_id, customer_id) is not None
        paid = await orders.pay_after_top_up(customer_id, row.order_id, str(row.id), now=moment,
                                             lead_time=lead_time) if theirs else None
        if paid is not None:
            outcome = Settlement.PAID
            summary = (f"order={row.order_id} period={paid.payment.period} "
                       f"payment={paid.payment.id} amount={paid.payment.amount}")
        else:
            due = await orders.amount_due(customer_id, row.order_id, now=moment,
                                          lead_time=lead_time) if theirs else None
            outcome = Settlement.NOT_DUE if due is None else Settlement.SHORT
            summary = (f"order={row.order_id}: " + (
                "owes nothing now; the credit stays in the wallet" if due is None else
                f"{due.missing} rials still missing; the credit stays in the wallet"))
        await TopUpEvent.create(top_up_id=row.id, kind=TopUpEventKind.CREDIT,
                                code=outcome.value, summary=summary[:500])
    log.info("top-up %s for order %s: %s", top_up_id, row.order_id, outcome.value)
    return outcome


async def unsettled_ids(*, older_than: timedelta, now: datetime | None = None,
                        limit: int = 100) -> list[int]:
    """Credited top-ups for an order, credited at least `older_than` ago, whose order step was
    never recorded (the process stopped between the credit and the payment), oldest first."""
    rows = await connections.get("default").execute_query_dict(
        """SELECT t.id FROM wallet_topup t
           WHERE t.status = $1 AND t.order_id IS NOT NULL AND t.completed_at <= $2
             AND NOT EXISTS (SELECT 1 FROM wallet_topup_event e
                             WHERE e.top_up_id = t.id AND e.kind = $3
                               AND e.code = ANY($4::varchar[]))
           ORDER BY t.id LIMIT $5""",
        [TopUpStatus.CREDITED.value, now_or(now) - older_than, TopUpEventKind.CREDIT.value,
         [s.value for s in Settlement], limit])
    return [int(r["id"]) for r in rows]


async def pay_unsettled(*, lead_time: timedelta, older_than: timedelta,
                        now: datetime | None = None, limit: int = 100) -> dict[int, Settlement]:
    """The sweep: settle every credited top-up whose order step never ran (see
    `unsettled_ids`); answers what became of each."""
    moment = now_or(now)
    done: dict[int, Settlement] = {}
    for top_up_id in await unsettled_ids(older_than=older_than, now=moment, limit=limit):
        outcome = await pay_credited_top_up(top_up_id, lead_time=lead_time, now=moment)
        if outcome is not None:
            done[top_up_id] = outcome
    return done


def credited_hook(lead_time: timedelta) -> CreditedHook:
    """The top-ups' credited step for "top up and pay": pays the top-up's order, if any."""

    async def pay_the_order(top_up: TopUp) -> None:
        if top_up.order_id is not None:
            await pay_credited_top_up(top_up.id, lead_time=lead_time)

    pay_the_order.top_up_and_pay = True  # type: ignore[attr-defined]  # marks it for install
    return pay_the_order


def install(lead_time: timedelta) -> None:
    """Have every credited top-up pay its order (in this process), with the configured lead
    time; installing again replaces the earlier hook."""
    CREDITED_HOOKS[:] = [h for h in CREDITED_HOOKS if not getattr(h, "top_up_and_pay", False)]
    CREDITED_HOOKS.append(credited_hook(lead_time))
