"""Lots: shares of a holder's credit, each a ledger account that may not go negative, with a
scope (where it may be spent) and an expiry. One model for every domain that holds credit in
lots: the wallet (paid and promotional credit) and the loyalty clubs (merchant, club and virtual
credit, points, lottery entries).

A holder is named by a string its domain chooses (`wallet:7`, `member:12`); the row that the
domain locks before planning a spend orders the holder's spends (see `models.lots.planning`)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.ledger.tables import Account


class LotKind(StrEnum):
    PAID = "paid"  # wallet: money the customer paid in
    PROMOTIONAL = "promotional"  # wallet: a bonus the business granted, expiring
    MERCHANT_CREDIT = "merchant_credit"  # loyalty: spendable only at the merchant that gave it
    CLUB_CREDIT = "club_credit"  # loyalty: spendable at the club's merchants, or a group of them
    VIRTUAL_CREDIT = "virtual_credit"  # loyalty: rial credit with no cash form, club scenarios
    POINTS = "points"  # loyalty: on the POINT ledger
    ENTRIES = "entries"  # loyalty: lottery entries, on the LOTTERY ledger


class ScopeKind(StrEnum):
    """Where a lot may be spent. `ANYWHERE` is the wallet's: its credit pays any order."""

    ANYWHERE = "anywhere"
    CLUB = "club"  # at any merchant of the club (`scope_id` is the club)
    MERCHANT = "merchant"  # at one merchant of the club (`scope_id` is the merchant's partner id)
    MERCHANT_GROUP = "merchant_group"  # at a merchant group of the club
    SERVICE_CATEGORY = "service_category"  # on lines of one service category of the club


class Lot(Model):
    id = fields.BigIntField(primary_key=True)
    holder = fields.CharField(max_length=64, description="whose credit: wallet:<id>, member:<id>")
    club_id = fields.BigIntField(null=True, description="the club whose lot it is (loyalty)")
    account: fields.OneToOneRelation[Account] = fields.OneToOneField(
        "models.Account", related_name="lot", on_delete=fields.RESTRICT
    )
    account_id: int  # the column, as Tortoise sets it
    ledger = fields.CharField(max_length=16, description="the account's ledger: IRR, POINT, ...")
    kind = fields.CharEnumField(LotKind, max_length=16)
    scope_kind = fields.CharEnumField(ScopeKind, max_length=16, default=ScopeKind.ANYWHERE)
    scope_id = fields.BigIntField(null=True)
    key = fields.CharField(max_length=160, unique=True,
                           description="natural key: the grant's key, or wallet:<id>:paid")
    expires_at = fields.DatetimeField(null=True, description="null: never expires")
    expired_at = fields.DatetimeField(null=True, description="when the expiry job swept it")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "lots_lot"
        indexes = (("holder", "expired_at"), ("expires_at",))
