"""The loyalty clubs' tables. Every table a club owns carries `club_id` and names it first in its
keys and lookups, so that a club can later be the shard key of a distributed PostgreSQL (ids are
bigint; no foreign key crosses from one club's rows to another club's)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

from models.loyalty.codes import (
    AccountPurpose,
    Beneficiary,
    CategoryKind,
    Channel,
    ClubRole,
    EffectKind,
    MerchantStatus,
    PurchaseState,
    RuleStatus,
    SettlementState,
    Stacking,
    Trigger,
)

if TYPE_CHECKING:
    from models.identity.tables import Customer, Partner, StaffUser
    from models.ledger.tables import Account


class Club(Model):
    """A club run by a club owner (a partner of kind `club_owner`)."""

    id = fields.BigIntField(primary_key=True)
    owner: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name=False, on_delete=fields.RESTRICT)
    owner_id: int  # the column, as Tortoise sets it
    parent_id = fields.BigIntField(null=True, description="the parent club of a sub-club")
    name = fields.CharField(max_length=200)
    timezone = fields.CharField(max_length=64, default="Asia/Tehran")
    rewards: fields.JSONField[list[str]] = fields.JSONField(
        default=list, description="the reward kinds the club uses (RewardKind)")
    fee_percent_bp = fields.IntField(default=0, description="the platform's fee per purchase, in "
                                                            "hundredths of a percent")
    fee_amount = fields.BigIntField(default=0, description="the platform's fee per purchase, rials")
    fee_approved_by = fields.CharField(max_length=64, default="",
                                       description="who approved the fee tariff")
    settlement_sheba = fields.CharField(max_length=26, null=True)
    split_terms: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(
        default=list, description="default shares for merchants without terms of their own")
    point_value = fields.BigIntField(default=0, description="rials a point pays; 0: points "
                                                            "cannot pay")
    allow_negative_points = fields.BooleanField(default=False)
    rules_revision = fields.BigIntField(default=0, description="raised on every rule change")
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_club"


class ClubStaff(Model):
    id = fields.BigIntField(primary_key=True)
    club: fields.ForeignKeyRelation[Club] = fields.ForeignKeyField(
        "models.Club", related_name=False, on_delete=fields.CASCADE)
    club_id: int  # the column, as Tortoise sets it
    staff: fields.ForeignKeyRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name=False, on_delete=fields.CASCADE)
    staff_id: int  # the column, as Tortoise sets it
    role = fields.CharEnumField(ClubRole, max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_club_staff"
        unique_together = (("club_id", "staff_id"),)


class Category(Model):
    """A club's category of merchants or of services."""

    id = fields.BigIntField(primary_key=True)
    club: fields.ForeignKeyRelation[Club] = fields.ForeignKeyField(
        "models.Club", related_name=False, on_delete=fields.CASCADE)
    club_id: int  # the column, as Tortoise sets it
    kind = fields.CharEnumField(CategoryKind, max_length=16)
    code = fields.CharField(max_length=32)
    name = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=100, default="")

    class Meta:
        table = "loyalty_category"
        unique_together = (("club_id", "kind", "code"),)


class ClubMerchant(Model):
    """A merchant (acceptor: a partner of kind `merchant`) in a club, under the club's terms."""

    id = fields.BigIntField(primary_key=True)
    club: fields.ForeignKeyRelation[Club] = fields.ForeignKeyField(
        "models.Club", related_name=False, on_delete=fields.CASCADE)
    club_id: int  # the column, as Tortoise sets it
    merchant: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name=False, on_delete=fields.RESTRICT)
    merchant_id: int  # the column, as Tortoise sets it
    category_id = fields.BigIntField(null=True, description="a merchant category of the club")
    status = fields.CharEnumField(MerchantStatus, max_length=16, default=MerchantStatus.ACTIVE)
    settlement_sheba = fields.CharField(max_length=26, null=True)
    marketer_id = fields.BigIntField(null=True, description="the partner who brought it in")
    split_terms: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(
        default=list, description="shares of each purchase: beneficiary, partner, sheba, "
                                  "percent_bp or amount, as credit or money (models.loyalty."
                                  "settlement)")
    joined_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_club_merchant"
        unique_together = (("club_id", "merchant_id"),)


class MerchantGroup(Model):
    id = fields.BigIntField(primary_key=True)
    club: fields.ForeignKeyRelation[Club] = fields.ForeignKeyField(
        "models.Club", related_name=False, on_delete=fields.CASCADE)
    club_id: int  # the column, as Tortoise sets it
    name = fields.CharField(max_length=100)

    class Meta:
        table = "loyalty_merchant_group"
        unique_together = (("club_id", "name"),)


class MerchantGroupMember(Model):
    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    group: fields.ForeignKeyRelation[MerchantGroup] = fields.ForeignKeyField(
        "models.MerchantGroup", related_name=False, on_delete=fields.CASCADE)
    group_id: int  # the column, as Tortoise sets it
    merchant_id = fields.BigIntField(description="the merchant's partner id")

    class Meta:
        table = "loyalty_merchant_group_member"
        unique_together = (("club_id", "group_id", "merchant_id"),)


class Branch(Model):
    """A merchant's shop; its terminals stand there."""

    id = fields.BigIntField(primary_key=True)
    merchant: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name=False, on_delete=fields.RESTRICT)
    merchant_id: int  # the column, as Tortoise sets it
    name = fields.CharField(max_length=200)
    address = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_branch"


class Terminal(Model):
    """A merchant's POS terminal: it has its own key and names every purchase it records."""

    id = fields.BigIntField(primary_key=True)
    merchant: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name=False, on_delete=fields.RESTRICT)
    merchant_id: int  # the column, as Tortoise sets it
    branch_id = fields.BigIntField(null=True)
    serial = fields.CharField(max_length=32, description="the terminal's number at its PSP")
    name = fields.CharField(max_length=200, default="")
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_terminal"
        unique_together = (("merchant_id", "serial"),)


class TerminalKey(Model):
    """A terminal's credential: it acts for the terminal's merchant, in the merchant's clubs."""

    id = fields.BigIntField(primary_key=True)
    terminal: fields.ForeignKeyRelation[Terminal] = fields.ForeignKeyField(
        "models.Terminal", related_name=False, on_delete=fields.RESTRICT)
    terminal_id: int  # the column, as Tortoise sets it
    prefix = fields.CharField(max_length=16, description="shown to tell keys apart")
    key_hash = fields.CharField(max_length=64, unique=True)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_terminal_key"


class Member(Model):
    """A person's membership of a club: `customer` is their membership of the club's owner."""

    id = fields.BigIntField(primary_key=True)
    club: fields.ForeignKeyRelation[Club] = fields.ForeignKeyField(
        "models.Club", related_name=False, on_delete=fields.RESTRICT)
    club_id: int  # the column, as Tortoise sets it
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name=False, on_delete=fields.RESTRICT)
    customer_id: int  # the column, as Tortoise sets it
    card_number = fields.CharField(max_length=16, description="the club card's number")
    enrolled_via = fields.CharEnumField(Channel, max_length=16)
    enrolled_terminal_id = fields.BigIntField(null=True)
    enrolled_by = fields.CharField(max_length=64, default="", description="the actor")
    group_id = fields.BigIntField(null=True, description="the member group it shares credit "
                                                             "with (network_tables)")
    tier_id = fields.BigIntField(null=True, description="the member's tier in the club")
    enrolled_at = fields.DatetimeField(auto_now_add=True)
    birth_date = fields.DateField(null=True, description="the member's profile (event rules)")
    gender = fields.CharField(max_length=8, default="", description="female, male or empty")
    profile_completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_member"
        unique_together = (("club_id", "customer_id"), ("club_id", "card_number"))


class MemberCard(Model):
    """A member's bank card: a keyed hash of its number, its BIN and last four digits; never
    the number itself. A card belongs to one member per club."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    member: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name=False, on_delete=fields.RESTRICT)
    member_id: int  # the column, as Tortoise sets it
    card_hash = fields.CharField(max_length=64)
    bin = fields.CharField(max_length=6)
    last4 = fields.CharField(max_length=4)
    created_at = fields.DatetimeField(auto_now_add=True)
    removed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_member_card"
        unique_together = (("club_id", "card_hash"),)


class LoyaltyAccount(Model):
    """A club's ledger account for one purpose (and one subject: a merchant, a rule, a member)."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    purpose = fields.CharEnumField(AccountPurpose, max_length=24)
    subject = fields.CharField(max_length=64, default="",
                               description="whose: merchant:<id>, rule:<id>:total, member:<id>")
    ledger = fields.CharField(max_length=16)
    account: fields.OneToOneRelation[Account] = fields.OneToOneField(
        "models.Account", related_name=False, on_delete=fields.RESTRICT)
    account_id: int  # the column, as Tortoise sets it

    class Meta:
        table = "loyalty_account"
        unique_together = (("club_id", "purpose", "subject", "ledger"),)


class Rule(Model):
    """A club's rule; what it says is in its versions, the newest is `version`."""

    id = fields.BigIntField(primary_key=True)
    club: fields.ForeignKeyRelation[Club] = fields.ForeignKeyField(
        "models.Club", related_name=False, on_delete=fields.CASCADE)
    club_id: int  # the column, as Tortoise sets it
    name = fields.CharField(max_length=200)
    status = fields.CharEnumField(RuleStatus, max_length=16, default=RuleStatus.DRAFT)
    version = fields.IntField(default=1)
    overrides_rule_id = fields.BigIntField(
        null=True, description="a rule of an ancestor club this one replaces in this club")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "loyalty_rule"
        indexes = (("club_id", "status"),)


class RuleVersion(Model):
    """One version of a rule, never changed: a purchase names the versions that rewarded it."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    rule: fields.ForeignKeyRelation[Rule] = fields.ForeignKeyField(
        "models.Rule", related_name=False, on_delete=fields.CASCADE)
    rule_id: int  # the column, as Tortoise sets it
    version = fields.IntField()
    trigger = fields.CharEnumField(Trigger, max_length=16, default=Trigger.PURCHASE)
    condition: fields.JSONField[dict[str, Any]] = fields.JSONField(
        default=dict, description="typed JSON: the builder's tree (models.loyalty.conditions)")
    effects: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    priority = fields.IntField(default=100, description="lower first")
    stacking = fields.CharEnumField(Stacking, max_length=16, default=Stacking.STACK)
    valid_from = fields.DatetimeField(null=True)
    valid_until = fields.DatetimeField(null=True)
    merchant_ids: fields.JSONField[list[int]] = fields.JSONField(
        default=list, description="merchants it can apply at, for the index; empty: any")
    budget_total = fields.BigIntField(null=True, description="rials of rewards, all purchases")
    budget_per_member = fields.BigIntField(null=True)
    budget_member_period = fields.CharField(max_length=8, default="",
                                            description="day, week, month or empty: ever")
    budget_per_merchant = fields.BigIntField(null=True)
    trigger_param = fields.IntField(null=True, description="N of nth_purchase, days of "
                                                           "inactivity")
    frequency = fields.CharField(max_length=8, default="",
                                 description="an event rule's: once, year or month")
    frequency_limit = fields.IntField(default=1, description="grants per member per period")
    created_by = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_rule_version"
        unique_together = (("club_id", "rule_id", "version"),)


class Purchase(Model):
    """A member's purchase at a merchant, committed once per (club, source, reference)."""

    id = fields.BigIntField(primary_key=True)
    club: fields.ForeignKeyRelation[Club] = fields.ForeignKeyField(
        "models.Club", related_name=False, on_delete=fields.RESTRICT)
    club_id: int  # the column, as Tortoise sets it
    member: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name=False, on_delete=fields.RESTRICT)
    member_id: int  # the column, as Tortoise sets it
    merchant_id = fields.BigIntField(description="the merchant's partner id")
    terminal_id = fields.BigIntField(null=True)
    channel = fields.CharEnumField(Channel, max_length=16)
    source = fields.CharField(max_length=64, description="who recorded it: terminal:<id>, "
                                                         "merchant:<id>")
    reference = fields.CharField(max_length=64, description="the POS's or the shop's reference")
    request_digest = fields.CharField(max_length=64)
    amount = fields.BigIntField()
    discount = fields.BigIntField(default=0)
    paid_with_credit = fields.BigIntField(default=0)
    paid_with_points = fields.BigIntField(default=0, description="points spent")
    payable = fields.BigIntField(description="what the member paid in money")
    returned_amount = fields.BigIntField(default=0)
    state = fields.CharEnumField(PurchaseState, max_length=16, default=PurchaseState.COMMITTED)
    outcome: fields.JSONField[dict[str, Any]] = fields.JSONField(
        default=dict, description="the commit's answer, as a replay returns it")
    occurred_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_purchase"
        unique_together = (("club_id", "source", "reference"),)
        indexes = (("club_id", "member_id", "occurred_at"), ("club_id", "occurred_at"))


class PurchaseLine(Model):
    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    purchase: fields.ForeignKeyRelation[Purchase] = fields.ForeignKeyField(
        "models.Purchase", related_name=False, on_delete=fields.RESTRICT)
    purchase_id: int  # the column, as Tortoise sets it
    line_no = fields.IntField()
    amount = fields.BigIntField()
    quantity = fields.IntField(default=1)
    service_category_id = fields.BigIntField(null=True)
    sku = fields.CharField(max_length=64, default="")
    returned_amount = fields.BigIntField(default=0)

    class Meta:
        table = "loyalty_purchase_line"
        unique_together = (("club_id", "purchase_id", "line_no"),)


class PurchaseEffect(Model):
    """One leg of a purchase: what a rule version gave, or what the member spent from a lot."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    purchase: fields.ForeignKeyRelation[Purchase] = fields.ForeignKeyField(
        "models.Purchase", related_name=False, on_delete=fields.RESTRICT)
    purchase_id: int  # the column, as Tortoise sets it
    kind = fields.CharEnumField(EffectKind, max_length=16)
    rule_version_id = fields.BigIntField(null=True)
    line_no = fields.IntField(null=True)
    ledger = fields.CharField(max_length=16)
    amount = fields.BigIntField()
    lot_id = fields.BigIntField(null=True, description="the lot granted to or drawn from")
    transfer_id = fields.BigIntField(null=True)
    returned_amount = fields.BigIntField(default=0)

    class Meta:
        table = "loyalty_purchase_effect"
        indexes = (("club_id", "purchase_id"),)


class PurchaseReturn(Model):
    """A return (or a void) of a purchase, once per key."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    purchase: fields.ForeignKeyRelation[Purchase] = fields.ForeignKeyField(
        "models.Purchase", related_name=False, on_delete=fields.RESTRICT)
    purchase_id: int  # the column, as Tortoise sets it
    key = fields.CharField(max_length=100)
    request_digest = fields.CharField(max_length=64)
    amount = fields.BigIntField()
    lines: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    is_void = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_purchase_return"
        unique_together = (("club_id", "purchase_id", "key"),)


class Share(Model):
    """A beneficiary's share of a purchase (negative for a return), until a batch settles it."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    purchase_id = fields.BigIntField()
    return_id = fields.BigIntField(null=True)
    beneficiary = fields.CharEnumField(Beneficiary, max_length=24)
    partner_id = fields.BigIntField(null=True)
    sheba = fields.CharField(max_length=26, null=True)
    amount = fields.BigIntField()
    as_credit = fields.BooleanField(default=False, description="kept as credit, not paid out")
    batch_id = fields.BigIntField(null=True)
    transfer_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "loyalty_share"
        indexes = (("club_id", "batch_id", "partner_id"), ("club_id", "purchase_id"))


class SettlementBatch(Model):
    """A period's shares of one beneficiary, closed into a file in a PSP's split format."""

    id = fields.BigIntField(primary_key=True)
    club_id = fields.BigIntField()
    beneficiary = fields.CharEnumField(Beneficiary, max_length=24)
    partner_id = fields.BigIntField(null=True)
    period_end = fields.DatetimeField()
    total = fields.BigIntField()
    psp = fields.CharField(max_length=16)
    file_name = fields.CharField(max_length=200, default="")
    file_body = fields.TextField(default="")
    state = fields.CharEnumField(SettlementState, max_length=16, default=SettlementState.OPEN)
    answer: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "loyalty_settlement_batch"
        unique_together = (("club_id", "beneficiary", "partner_id", "period_end"),)
