"""Cash-out tables: a customer's request to withdraw paid credit to a verified bank account, and
the payout batches the requests are sent to the bank in."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.identity.tables import BankAccount, Customer, StaffUser


class CashOutStatus(StrEnum):
    REQUESTED = "requested"  # the amount is held; staff have not decided
    APPROVED = "approved"    # staff approved; the payout actor sends it next
    SENT = "sent"            # in a payout batch, handed to the bank
    PAID = "paid"            # the bank paid it: the hold is posted
    REJECTED = "rejected"    # staff refused it: the hold is voided
    FAILED = "failed"        # the bank refused it: the hold is voided


OPEN_STATUSES = (CashOutStatus.REQUESTED, CashOutStatus.APPROVED, CashOutStatus.SENT)


class PayoutBatch(Model):
    """Cash-outs sent to the bank together, with the group-transfer file of exactly those rows
    (kept as written, so a download always gives the same bytes)."""

    id = fields.BigIntField(primary_key=True)
    file_name = fields.CharField(max_length=100)
    content = fields.TextField(description="the batch file, see models.wallet.cashouts.batch_file")
    count = fields.IntField()
    total = fields.BigIntField(description="sum of the amounts, in rials")
    created_at = fields.DatetimeField(auto_now_add=True)
    submitted_at = fields.DatetimeField(null=True, description="when the bank accepted it")

    cash_outs: fields.ReverseRelation[CashOut]

    class Meta:
        table = "wallet_payout_batch"


class CashOut(Model):
    """One withdrawal. Its amount is held by a pending transfer from the wallet's paid lot to the
    payouts clearing account from the request on; the hold is posted when the bank pays and
    voided when staff or the bank refuse."""

    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="cash_outs", on_delete=fields.RESTRICT)
    customer_id: int  # the column, as Tortoise sets it
    bank_account: fields.ForeignKeyRelation[BankAccount] = fields.ForeignKeyField(
        "models.BankAccount", related_name="cash_outs", on_delete=fields.RESTRICT)
    bank_account_id: int  # the column, as Tortoise sets it
    amount = fields.BigIntField(description="rials")
    status = fields.CharEnumField(CashOutStatus, max_length=16, default=CashOutStatus.REQUESTED)
    key_namespace = fields.CharField(max_length=64, description="whose key: the requester's "
                                                               "namespace (models.keys)")
    key = fields.CharField(max_length=100, description="the requester's idempotency key")
    requested_by = fields.CharField(max_length=64, default="",
                                    description="who asked for it, as the audit log names "
                                                "callers: customer:<id> or staff:<id>")
    tracking_prefix = fields.CharField(max_length=32, default="ETB-CO",
                                       description="the installation's prefix of its tracking "
                                                   "id at the bank, fixed when requested")
    problem = fields.TextField(default="", description="why settling it last failed; empty "
                                                       "when it did not")
    hold_transfer_id = fields.BigIntField(description="the pending transfer holding the amount")
    post_transfer_id = fields.BigIntField(null=True)
    void_transfer_id = fields.BigIntField(null=True)
    reviewed_by: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="reviewed_cash_outs", null=True,
        on_delete=fields.RESTRICT, description="who approved or rejected it")
    reviewed_by_id: int | None  # the column, as Tortoise sets it
    rejection_reason = fields.TextField(default="")
    batch: fields.ForeignKeyNullableRelation[PayoutBatch] = fields.ForeignKeyField(
        "models.PayoutBatch", related_name="cash_outs", null=True, on_delete=fields.RESTRICT)
    batch_id: int | None  # the column, as Tortoise sets it
    payout_reference = fields.CharField(max_length=64, default="",
                                        description="the bank's reference of the payout")
    bank_code = fields.CharField(max_length=32, default="",
                                 description="the bank's last answer about the payout")
    requested_at = fields.DatetimeField(auto_now_add=True)
    reviewed_at = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    settled_at = fields.DatetimeField(null=True, description="paid or failed at the bank")

    class Meta:
        table = "wallet_cash_out"
        unique_together = (("customer_id", "key_namespace", "key"),)
        indexes = (("status", "id"), ("customer_id", "requested_at"))
