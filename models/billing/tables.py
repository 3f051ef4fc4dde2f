"""Billing tables: products, the customers' orders of them, and each paid period of an order."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.identity.tables import Customer


class BillingCycle(StrEnum):
    ONE_OFF = "one_off"
    MONTHLY = "monthly"
    YEARLY = "yearly"


class OrderStatus(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"
    ACTIVE = "active"
    FAILED = "failed"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class Product(Model):
    """Something a customer can order, at a price in rials per billing cycle."""

    id = fields.BigIntField(primary_key=True)
    name_fa = fields.CharField(max_length=200)
    name_en = fields.CharField(max_length=200)
    price = fields.BigIntField(description="rials per cycle (or once, for one_off)")
    cycle = fields.CharEnumField(BillingCycle, max_length=16)
    active = fields.BooleanField(default=True, description="inactive products take no orders")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "billing_product"


class Order(Model):
    """A customer's order of a product; its row is the lock that orders its payments, renewals
    and refunds. `period` is the number of the last paid period (0: none paid yet)."""

    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="orders", on_delete=fields.RESTRICT
    )
    customer_id: int  # the column, as Tortoise sets it
    product: fields.ForeignKeyRelation[Product] = fields.ForeignKeyField(
        "models.Product", related_name="orders", on_delete=fields.RESTRICT
    )
    product_id: int  # the column, as Tortoise sets it
    price = fields.BigIntField(description="rials per period, as the product cost when ordered")
    cycle = fields.CharEnumField(BillingCycle, max_length=16,
                                 description="the product's cycle when ordered")
    status = fields.CharEnumField(OrderStatus, max_length=24,
                                  default=OrderStatus.AWAITING_PAYMENT)
    auto_pay = fields.BooleanField(default=False)
    period = fields.IntField(default=0, description="the last paid period; 0 before the first")
    period_start = fields.DatetimeField(null=True)
    anchor_at = fields.DatetimeField(
        null=True, description="where the current run of periods began (the first payment, or "
                               "the resumption of a suspended order): each period ends a whole "
                               "number of months after it, so a 31st stays the 31st")
    anchor_period = fields.IntField(null=True, description="the period that began at anchor_at")
    period_end = fields.DatetimeField(null=True, description="null for one_off")
    renews_at = fields.DatetimeField(null=True, db_index=True,
                                     description="when the next period is due; null when none is")
    failure_reason = fields.CharField(max_length=500, default="")
    failed_by = fields.CharField(max_length=64, default="")
    failed_at = fields.DatetimeField(null=True)
    notice_period = fields.IntField(null=True, description="the due period the first notice "
                                                           "(shortfall or payment due) was for")
    reminders_sent = fields.IntField(default=0, description="reminder points of the due period "
                                                            "passed and handled")
    suspended_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    payments: fields.ReverseRelation[OrderPayment]

    class Meta:
        table = "billing_order"
        indexes = (("customer_id", "id"), ("status", "id"))


class OrderPayment(Model):
    """One period of an order paid from the wallet, by the spend `order:<order>:<period>`."""

    id = fields.BigIntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="payments", on_delete=fields.RESTRICT
    )
    order_id: int  # the column, as Tortoise sets it
    period = fields.IntField()
    amount = fields.BigIntField()
    spend_key = fields.CharField(max_length=160, unique=True,
                                 description="the wallet spend's key: order:<order>:<period>")
    request_namespace = fields.CharField(max_length=64, null=True,
                                         description="whose request key: the payer's namespace "
                                                     "(models.keys)")
    request_key = fields.CharField(max_length=100, null=True,
                                   description="the caller's idempotency key, if a person paid")
    paid_at = fields.DatetimeField()
    refund_due = fields.BooleanField(
        default=False, description="its period was not delivered when the order failed: the "
                                   "refund sweep gives it back (orders.mark_order_failed)")
    refunded_at = fields.DatetimeField(null=True)
    refund_reason = fields.CharField(max_length=500, default="")

    class Meta:
        table = "billing_order_payment"
        unique_together = (("order_id", "period"),
                           ("order_id", "request_namespace", "request_key"))
