"""Tables of bank deposits: what a customer (or staff for them) declared, its receipt image, and
how back-office staff decided it.

The receipt's bytes live in the database (`DepositReceipt`), not on a replica's disk, so every API
replica serves the same image. A bank reference is credited once per bank: a partial unique
index on (bank, tracking_key) among approved deposits (migration `13_*_money_rules`) backs the
checks in `deposits.declare_deposit` and `deposits.approve_deposit`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.identity.tables import Customer


class Bank(StrEnum):
    """The Iranian banks a deposit can be made at."""

    MELLI = "melli"
    MELLAT = "mellat"
    SADERAT = "saderat"
    TEJARAT = "tejarat"
    SEPAH = "sepah"
    KESHAVARZI = "keshavarzi"
    MASKAN = "maskan"
    REFAH = "refah"
    POST_BANK = "post_bank"
    SAMAN = "saman"
    PARSIAN = "parsian"
    PASARGAD = "pasargad"
    EGHTESAD_NOVIN = "eghtesad_novin"
    SINA = "sina"
    SHAHR = "shahr"
    AYANDEH = "ayandeh"
    DEY = "dey"
    RESALAT = "resalat"
    KARAFARIN = "karafarin"
    SARMAYEH = "sarmayeh"
    KHAVARMIANEH = "khavarmianeh"
    TOSEE_TAAVON = "tosee_taavon"


class DepositStatus(StrEnum):
    DECLARED = "declared"
    AWAITING_SECOND_APPROVAL = "awaiting_second_approval"
    APPROVED = "approved"
    REJECTED = "rejected"


class Deposit(Model):
    """A bank deposit declared for a customer's wallet; credited once, on final approval."""

    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="deposits", on_delete=fields.RESTRICT
    )
    customer_id: int  # the column, as Tortoise sets it
    key_namespace = fields.CharField(max_length=64, description="whose key: the declarer's "
                                                               "namespace (models.keys)")
    key = fields.CharField(max_length=100, description="the declarer's idempotency key")
    amount = fields.BigIntField(description="rials")
    bank = fields.CharEnumField(Bank, max_length=32)
    deposited_on = fields.DateField(description="the day the money was paid in, as declared")
    tracking_number = fields.CharField(
        max_length=64, description="normalised: ASCII digits and capitals, no spaces or dashes")
    tracking_key = fields.CharField(
        max_length=64, description="the bank reference it names (deposits.tracking_key): a "
                                   "numeric tracking number without its leading zeros")
    status = fields.CharEnumField(DepositStatus, max_length=32, default=DepositStatus.DECLARED)
    declared_by = fields.CharField(max_length=64, description="customer:<id> or staff:<id>")
    first_approver = fields.CharField(max_length=64, null=True, description="staff:<id>")
    second_approver = fields.CharField(max_length=64, null=True, description="staff:<id>")
    rejected_by = fields.CharField(max_length=64, null=True, description="staff:<id>")
    rejected_reason = fields.TextField(null=True)
    credited_transfer_id = fields.BigIntField(null=True, description="the wallet credit")
    created_at = fields.DatetimeField(auto_now_add=True)
    first_approved_at = fields.DatetimeField(null=True)
    decided_at = fields.DatetimeField(null=True, description="approved or rejected")

    receipt: fields.BackwardOneToOneRelation[DepositReceipt]

    class Meta:
        table = "wallet_deposit"
        unique_together = (("customer_id", "key_namespace", "key"),)
        indexes = (("status", "id"),)


class DepositReceipt(Model):
    """The receipt image a deposit was declared with, checked to be a JPEG, PNG or WebP."""

    id = fields.BigIntField(primary_key=True)
    deposit: fields.OneToOneRelation[Deposit] = fields.OneToOneField(
        "models.Deposit", related_name="receipt", on_delete=fields.CASCADE
    )
    deposit_id: int  # the column, as Tortoise sets it
    content_type = fields.CharField(max_length=32)
    content = fields.BinaryField()
    size = fields.IntField(description="bytes")
    sha256 = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallet_deposit_receipt"
