"""The tables of federations of clubs: a federation and its member clubs, the agreements between
two of them, the money each cross-club purchase or return leaves owed between the two clubs, and
the periods closed between them. Each row belongs to one club (`club_id`, first in its keys): a
federation to the club that founded it, a membership to the member club, an agreement, its
entries and its closed periods to the home club (whose members shop at the host's merchants)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.loyalty.codes import AgreementStatus, FederationMembership


class Federation(Model):
    """A club of clubs, founded by one club's owner."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField(description="the founding club")
    name = fields.CharField(max_length=200)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_federation"
        unique_together = (("club_id", "name"),)


class FederationClub(Model):
    """A club's membership of a federation."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    federation_id = fields.BigIntField()
    status = fields.CharEnumField(FederationMembership, max_length=16)
    invited_by = fields.CharField(max_length=64, default="")
    joined_by = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    joined_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_federation_club"
        unique_together = (("club_id", "federation_id"),)
        indexes = (("federation_id", "status"),)


class FederationAgreement(Model):
    """What the members of the home club (`club_id`) may do at the merchants of the host club
    (`partner_club_id`): earn under the home club's rules, spend the kinds of credit that
    travel. A pair of clubs has at most one agreement not ended; `number` counts them."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField(description="the home club")
    partner_club_id = fields.BigIntField(description="the host club")
    number = fields.IntField(default=1)
    federation_id = fields.BigIntField()
    earn = fields.BooleanField(default=True)
    spend = fields.BooleanField(default=True)
    kinds: fields.JSONField[list[str]] = fields.JSONField(
        default=list, description="what travels (TravellingKind)")
    status = fields.CharEnumField(AgreementStatus, max_length=16,
                                  default=AgreementStatus.PROPOSED)
    proposed_by = fields.CharField(max_length=64)
    accepted_by = fields.CharField(max_length=64, default="")
    ended_by = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    accepted_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_federation_agreement"
        unique_together = (("club_id", "partner_club_id", "number"),)
        indexes = (("partner_club_id", "status"),)


class FederationEntry(Model):
    """What one purchase (or one return) of the home club at a host club's merchant leaves owed
    by the home club to the host: what its books paid of the bill (discount, credit, points'
    value); negative for a return."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField(description="the home club")
    partner_club_id = fields.BigIntField(description="the host club")
    agreement_id = fields.BigIntField()
    key = fields.CharField(max_length=64, description="purchase:<id> or return:<id>")
    purchase_id = fields.BigIntField()
    return_id = fields.BigIntField(null=True)
    merchant_id = fields.BigIntField()
    amount = fields.BigIntField(description="the purchase's (or the return's) amount, rials")
    discount = fields.BigIntField(default=0)
    credit = fields.BigIntField(default=0, description="credit paid with (restored: negative)")
    points_value = fields.BigIntField(default=0, description="rials the points paid")
    owed = fields.BigIntField(description="owed by the home club to the host: the sum of the "
                                          "three above")
    settlement_id = fields.BigIntField(null=True, description="the closed period holding it")
    created_at = fields.DatetimeField()

    class Meta:
        table = "loyalty_federation_entry"
        unique_together = (("club_id", "key"),)
        indexes = (("club_id", "agreement_id", "settlement_id"),
                   ("club_id", "agreement_id", "created_at"))


class FederationSettlement(Model):
    """A closed period of an agreement: the net of its open entries written before
    `period_end`, posted between the two clubs on the ledger once."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField(description="the home club")
    partner_club_id = fields.BigIntField(description="the host club")
    agreement_id = fields.BigIntField()
    period_end = fields.DatetimeField()
    entries = fields.IntField(default=0)
    net = fields.BigIntField(description="paid by the home club to the host (negative: back)")
    transfer_id = fields.BigIntField(null=True)
    closed_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_federation_settlement"
        unique_together = (("club_id", "agreement_id", "period_end"),)
