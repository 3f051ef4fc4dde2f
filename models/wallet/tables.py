"""Wallet tables: a wallet per customer, its lots (each a ledger account), and its spends with
the lots each drew from, so that a refund restores exactly those."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.identity.tables import Customer
    from models.ledger.tables import Account


class LotKind(StrEnum):
    PAID = "paid"
    PROMOTIONAL = "promotional"


class Wallet(Model):
    """A customer's credit in one ledger; its row is the lock that orders the wallet's spends."""

    id = fields.BigIntField(primary_key=True)
    customer: fields.OneToOneRelation[Customer] = fields.OneToOneField(
        "models.Customer", related_name="wallet", on_delete=fields.CASCADE
    )
    customer_id: int  # the column, as Tortoise sets it
    ledger = fields.CharField(max_length=16, default="IRR")
    created_at = fields.DatetimeField(auto_now_add=True)

    lots: fields.ReverseRelation[Lot]

    class Meta:
        table = "wallet_wallet"


class Lot(Model):
    """A share of a wallet's credit: a ledger account that may not go negative. A wallet has one
    paid lot; each grant of promotional credit is a lot of its own, with an expiry."""

    id = fields.BigIntField(primary_key=True)
    wallet: fields.ForeignKeyRelation[Wallet] = fields.ForeignKeyField(
        "models.Wallet", related_name="lots", on_delete=fields.RESTRICT
    )
    wallet_id: int  # the column, as Tortoise sets it
    account: fields.OneToOneRelation[Account] = fields.OneToOneField(
        "models.Account", related_name="lot", on_delete=fields.RESTRICT
    )
    account_id: int  # the column, as Tortoise sets it
    kind = fields.CharEnumField(LotKind, max_length=16)
    key = fields.CharField(max_length=160, unique=True,
                           description="natural key: wallet:<id>:paid or the grant's key")
    expires_at = fields.DatetimeField(null=True, description="promotional lots only")
    expired_at = fields.DatetimeField(null=True, description="when the expiry job swept it")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallet_lot"


class Spend(Model):
    """A payment from a wallet, by the caller's key; its parts name the lots it drew from."""

    id = fields.BigIntField(primary_key=True)
    wallet: fields.ForeignKeyRelation[Wallet] = fields.ForeignKeyField(
        "models.Wallet", related_name="spends", on_delete=fields.RESTRICT
    )
    wallet_id: int  # the column, as Tortoise sets it
    key = fields.CharField(max_length=160, unique=True)
    amount = fields.BigIntField()
    to_account_id = fields.BigIntField(description="the ledger account the payment went to")
    created_at = fields.DatetimeField(auto_now_add=True)
    refunded_at = fields.DatetimeField(null=True)

    parts: fields.ReverseRelation[SpendPart]

    class Meta:
        table = "wallet_spend"
        # A customer's activity reads their spends by time; the monthly bonus, a month's spends.
        indexes = (("wallet_id", "created_at"), ("created_at",))


class SpendPart(Model):
    id = fields.BigIntField(primary_key=True)
    spend: fields.ForeignKeyRelation[Spend] = fields.ForeignKeyField(
        "models.Spend", related_name="parts", on_delete=fields.CASCADE
    )
    spend_id: int  # the column, as Tortoise sets it
    lot: fields.ForeignKeyRelation[Lot] = fields.ForeignKeyField(
        "models.Lot", related_name="spend_parts", on_delete=fields.RESTRICT
    )
    lot_id: int  # the column, as Tortoise sets it
    amount = fields.BigIntField()
    transfer_id = fields.BigIntField()

    class Meta:
        table = "wallet_spend_part"
        unique_together = (("spend_id", "lot_id"),)
