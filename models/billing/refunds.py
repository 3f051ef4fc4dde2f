"""Refunds of failed orders: each payment failing made due (`refund_due`: the periods not yet
delivered, see models.billing.orders) goes back to exactly the lots it drew from (the wallet's
`refund` of its spend), once. Payments of delivered periods are never refunded.

Under the order's lock, each due and unrefunded payment (locked too) is refunded and stamped in one
transaction with the customer's email; a second run, concurrent or later, finds nothing left and
changes nothing. The wallet's refund is itself once per spend, a second guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from models.billing.tables import Order, OrderPayment, OrderStatus, Product
from models.errors import Conflict, NotFound
from models.notify.mail import queue_email
from models.wallet import wallets
from models.wallet.codes import MovementKind, declare

REFUND_CODE = declare("order_refund", MovementKind.REFUND, domain="billing")


@dataclass(slots=True, frozen=True)
class OrderRefund:
    order_id: int
    payments: list[OrderPayment]

    @property
    def amount(self) -> int:
        return sum(p.amount for p in self.payments)


async def refund_order(order_id: int, *, now: datetime | None = None) -> OrderRefund:
    """Refund what failed order `order_id` was paid for the periods it did not deliver and has
    not refunded yet; emails the customer when anything was. Answers the payments this call
    refunded (none the second time)."""
    moment = now or datetime.now(UTC)
    async with in_transaction():
        order = await Order.select_for_update().get_or_none(id=order_id)
        if order is None:
            raise NotFound("order_not_found", f"no order {order_id}", field="orderId")
        if order.status is not OrderStatus.FAILED:
            raise Conflict("order_not_failed", f"order {order_id} is {order.status.value}; only "
                           "a failed order is refunded", field="orderId")
        payments = await OrderPayment.select_for_update() \
            .filter(order_id=order.id, refund_due=True, refunded_at=None).order_by("period")
        for payment in payments:
            await wallets.refund(payment.spend_key, code=REFUND_CODE)
            payment.refunded_at = moment
            payment.refund_reason = order.failure_reason
            await payment.save(update_fields=["refunded_at", "refund_reason"])
        refund = OrderRefund(order_id=order.id, payments=list(payments))
        if payments:
            product = await Product.get(id=order.product_id)
            await queue_email(customer_id=order.customer_id,
                              template="billing_refunded", key=f"billing:refunded:{order.id}",
                              params={"order_id": order.id, "product": product,
                                      "amount": refund.amount, "reason": order.failure_reason})
    return refund


async def orders_awaiting_refund(limit: int = 500) -> list[int]:
    """Failed orders with a payment due and not yet refunded: what the refund sweep enqueues."""
    ids = await OrderPayment.filter(refund_due=True, refunded_at=None,
                                    order__status=OrderStatus.FAILED) \
        .order_by("order_id").distinct().limit(limit).values_list("order_id", flat=True)
    return sorted({int(i) for i in ids})  # type: ignore[call-overload]  # values_list(flat=True) is typed as tuples; it yields the column's values
