"""The tables of a club's lottery draws (`models.loyalty.draws`): the draw with its commitment,
the snapshot of entries it took, and its winners. Like every club table, each carries `club_id`
and names it in its unique keys."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.loyalty.tables import Club


class DrawStatus(StrEnum):
    """Where a draw stands. `scheduled`: its commitment is published, its entries not taken yet;
    `committed`: its snapshot of entries is taken and those entries consumed, the seed still
    secret; `drawn`: the seed revealed, the winners computed and their prizes granted;
    `cancelled`: cancelled before its snapshot (nothing was consumed)."""

    SCHEDULED = "scheduled"
    COMMITTED = "committed"
    DRAWN = "drawn"
    CANCELLED = "cancelled"


class PrizeKind(StrEnum):
    """What a prize grants through the ledger, if anything (a prize without a kind is given by
    hand: a trip, a phone)."""

    CLUB_CREDIT = "club_credit"
    POINTS = "points"


class Draw(Model):
    """A club's lottery draw among its members' entries, weighted by entries."""

    id = fields.BigIntField(primary_key=True)
    club: fields.ForeignKeyRelation[Club] = fields.ForeignKeyField(
        "models.Club", related_name=False, on_delete=fields.RESTRICT)
    club_id: int  # the column, as Tortoise sets it
    name = fields.CharField(max_length=200)
    prizes: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(
        default=list, description="in prize order: title, kind (club_credit, points or null), "
                                  "amount (rials or points; 0 without a kind)")
    cutoff_at = fields.DatetimeField(description="entries held at this moment take part")
    segment_id = fields.BigIntField(null=True, description="only this segment's members")
    status = fields.CharEnumField(DrawStatus, max_length=16, default=DrawStatus.SCHEDULED)
    seed_hex = fields.CharField(max_length=64, description="the secret seed, revealed once drawn")
    commitment = fields.CharField(max_length=64, description="sha256 of the seed, hex")
    snapshot_cursor = fields.BigIntField(default=0, description="the last entries lot taken into "
                                                                "the snapshot, by lot id")
    snapshot_hash = fields.CharField(max_length=64, default="",
                                     description="sha256 of the published entries, once taken")
    entries_total = fields.BigIntField(default=0)
    entrants = fields.IntField(default=0)
    created_by = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    committed_at = fields.DatetimeField(null=True)
    drawn_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    cancelled_by = fields.CharField(max_length=64, default="")

    class Meta:
        table = "loyalty_draw"
        indexes = (("club_id", "status", "cutoff_at"),)


class DrawEntry(Model):
    """A member's entries in a draw's snapshot, consumed from their entries lot by the transfer
    keyed `draw:<club>:<draw>:entries:<member>`."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    draw: fields.ForeignKeyRelation[Draw] = fields.ForeignKeyField(
        "models.Draw", related_name=False, on_delete=fields.RESTRICT)
    draw_id: int  # the column, as Tortoise sets it
    member_id = fields.BigIntField()
    entries = fields.BigIntField()

    class Meta:
        table = "loyalty_draw_entry"
        unique_together = (("club_id", "draw_id", "member_id"),)


class DrawWinner(Model):
    """The winner of one prize of a draw (`prize_no` 1 for the first prize); a prize with a kind
    is granted by the transfer keyed `grant:<club>:draw:<draw>:prize:<prize_no>`."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    draw: fields.ForeignKeyRelation[Draw] = fields.ForeignKeyField(
        "models.Draw", related_name=False, on_delete=fields.RESTRICT)
    draw_id: int  # the column, as Tortoise sets it
    prize_no = fields.IntField()
    member_id = fields.BigIntField()
    title = fields.CharField(max_length=200)
    kind = fields.CharEnumField(PrizeKind, max_length=16, null=True)
    amount = fields.BigIntField(default=0)

    class Meta:
        table = "loyalty_draw_winner"
        unique_together = (("club_id", "draw_id", "prize_no"), ("club_id", "draw_id", "member_id"))
