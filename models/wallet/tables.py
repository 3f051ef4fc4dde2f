"""Wallet tables: a wallet per customer and its spends with the lots each drew from, so that a
refund restores exactly those. The wallet's lots are lots of `models.lots` (`lots_lot`) held by
`wallet:<wallet id>`."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.wallet.codes import SourceKind

if TYPE_CHECKING:
    from models.identity.tables import Customer
    from models.lots.tables import Lot


class LotKind(StrEnum):
    """The kinds of lot a wallet holds (`models.lots.tables.LotKind` has the same members by
    these values): one paid lot per wallet, one promotional lot per grant, with an expiry."""

    PAID = "paid"
    PROMOTIONAL = "promotional"


def wallet_holder(wallet_id: int) -> str:
    """The holder of a wallet's lots (`models.lots.tables.Lot.holder`)."""
    return f"wallet:{wallet_id}"


WALLET_HOLDERS = "wallet:"  # what every wallet lot's holder starts with


class Wallet(Model):
    """A customer's credit in one ledger; its row is the lock that orders the wallet's spends."""

    id = fields.BigIntField(primary_key=True)
    customer: fields.OneToOneRelation[Customer] = fields.OneToOneField(
        "models.Customer", related_name="wallet", on_delete=fields.CASCADE
    )
    customer_id: int  # the column, as Tortoise sets it
    ledger = fields.CharField(max_length=16, default="IRR")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallet_wallet"


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
    source_kind = fields.CharEnumField(SourceKind, max_length=16, null=True,
                                       description="what the payment was for (an order)")
    source_id = fields.BigIntField(null=True)
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
