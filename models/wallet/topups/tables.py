"""Online top-up tables: a top-up (one payment through a bank gateway into a wallet) and its
events, each exchange with the bank, which the admin shows as the top-up's bank states."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.wallet.topups.gateway import GatewayName

if TYPE_CHECKING:
    from models.identity.tables import Customer


class TopUpStatus(StrEnum):
    CREATED = "created"        # our row exists; the bank has not given a token yet
    REDIRECTED = "redirected"  # the customer was sent to the bank's page
    VERIFYING = "verifying"    # the bank said paid; we are verifying (a claim, see topups.py)
    CREDITED = "credited"      # verified and credited to the wallet: final
    CANCELLED = "cancelled"    # the customer cancelled or the bank refused to charge: final
    FAILED = "failed"          # verification refused, or the amount did not match: final
    EXPIRED = "expired"        # no callback came and the bank says nothing was paid: final
    REVERSED = "reversed"      # paid, then given back to the card by the bank: final


FINAL_STATUSES = frozenset({TopUpStatus.CREDITED, TopUpStatus.CANCELLED, TopUpStatus.FAILED,
                            TopUpStatus.EXPIRED, TopUpStatus.REVERSED})
OPEN_STATUSES = frozenset(TopUpStatus) - FINAL_STATUSES


class TopUpEventKind(StrEnum):
    # we asked the bank for a payment (Saman's token, Mellat's RefId)
    TOKEN = "token"  # noqa: S105  # an event kind, not a secret
    CALLBACK = "callback"    # the bank posted the customer back to us
    VERIFY = "verify"        # we asked the bank to verify (and settle)
    REVERSE = "reverse"      # we asked the bank to give the money back
    INQUIRY = "inquiry"      # we asked the bank about a payment whose callback never came
    CREDIT = "credit"        # the wallet was credited
    EXPIRE = "expire"        # we gave up on a payment the bank never confirmed


class TopUp(Model):
    """One payment through a bank gateway into a customer's wallet."""

    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="top_ups", on_delete=fields.RESTRICT
    )
    customer_id: int  # the column, as Tortoise sets it
    gateway = fields.CharEnumField(GatewayName, max_length=16)
    amount = fields.BigIntField(description="rials asked for")
    status = fields.CharEnumField(TopUpStatus, max_length=16, default=TopUpStatus.CREATED)
    order_id = fields.BigIntField(null=True, description="the order this top-up pays, if any "
                                                         "('top up and pay')")
    key_namespace = fields.CharField(max_length=64, description="whose key: the namespace of "
                                                               "the caller that started it "
                                                               "(models.keys)")
    idempotency_key = fields.CharField(max_length=100, description="the caller's key, unique "
                                                                   "per customer and namespace")
    token = fields.CharField(max_length=200, default="", description="Saman's token, Mellat's "
                                                                     "RefId")
    redirect: fields.JSONField[dict[str, object]] = fields.JSONField(
        default=dict, description="where the customer was sent: url, method, fields")
    reference = fields.CharField(max_length=100, null=True,
                                 description="the bank's unique reference of the payment "
                                             "(Saman's RefNum, Mellat's SaleReferenceId)")
    trace = fields.CharField(max_length=100, default="")
    card_last4 = fields.CharField(max_length=4, default="", description="last four digits of "
                                                                        "the card, nothing more")
    callback_amount = fields.BigIntField(
        null=True, description="the amount the claiming callback said was paid (Mellat's "
                               "FinalAmount), checked again when verification is retried")
    verified_amount = fields.BigIntField(null=True, description="what the bank verified")
    failure_code = fields.CharField(max_length=64, default="")
    failure_reason = fields.CharField(max_length=300, default="")
    credit_transfer_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    completed_at = fields.DatetimeField(null=True)

    events: fields.ReverseRelation[TopUpEvent]

    class Meta:
        table = "wallet_topup"
        unique_together = (("customer_id", "key_namespace", "idempotency_key"),
                           ("gateway", "reference"))
        indexes = (("status", "updated_at"),)


class TopUpEvent(Model):
    """One exchange with the bank about a top-up, as it happened; never changed."""

    id = fields.BigIntField(primary_key=True)
    top_up: fields.ForeignKeyRelation[TopUp] = fields.ForeignKeyField(
        "models.TopUp", related_name="events", on_delete=fields.CASCADE
    )
    top_up_id: int  # the column, as Tortoise sets it
    kind = fields.CharEnumField(TopUpEventKind, max_length=16)
    code = fields.CharField(max_length=64, default="", description="the bank's answer code")
    summary = fields.CharField(max_length=500, default="", description="what was asked and "
                                                                       "answered, briefly")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallet_topup_event"
