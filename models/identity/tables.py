"""Who may act: staff, partner organisations and their API keys, customers and their sessions.

Secrets (passwords, tokens, keys, one-time codes) are stored only as hashes.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class StaffRole(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    OPERATOR = "operator"
    BACK_OFFICE = "back_office"
    SUPPORT = "support"


class PartnerKind(StrEnum):
    MERCHANT = "merchant"
    HOTEL = "hotel"
    AIRLINE = "airline"
    INSURER = "insurer"
    SALES_AGENT = "sales_agent"
    BANK_BRANCH = "bank_branch"
    CLUB_OWNER = "club_owner"  # runs loyalty clubs
    MARKETER = "marketer"  # brings merchants into clubs, takes a share of their sales


class CustomerKind(StrEnum):
    INDIVIDUAL = "individual"
    LEGAL = "legal"


class Language(StrEnum):
    FA = "fa"
    EN = "en"


class Partner(Model):
    """An organisation that integrates with Etebar: it owns accounts and enrols customers."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=200)
    kind = fields.CharEnumField(PartnerKind, max_length=16)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    staff: fields.ReverseRelation[StaffUser]
    keys: fields.ReverseRelation[PartnerKey]
    customers: fields.ReverseRelation[Customer]

    class Meta:
        table = "identity_partner"


class StaffUser(Model):
    """A person who signs in with a password: the platform's staff, or a partner's (`partner`)."""

    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    name = fields.CharField(max_length=200)
    password_hash = fields.CharField(max_length=200)
    role = fields.CharEnumField(StaffRole, max_length=16, default=StaffRole.OPERATOR)
    partner: fields.ForeignKeyNullableRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="staff", null=True, on_delete=fields.RESTRICT,
        description="set for a partner's staff: they reach only that partner's data",
    )
    partner_id: int | None  # the column, as Tortoise sets it
    is_active = fields.BooleanField(default=True)
    language = fields.CharField(max_length=8, default="fa",
                                description="the admin's language for this person: fa or en")
    failed_sign_ins = fields.IntField(default=0, description="wrong passwords in a row")
    locked_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    tokens: fields.ReverseRelation[ApiToken]

    class Meta:
        table = "identity_staff_user"


class ApiToken(Model):
    id = fields.BigIntField(primary_key=True)
    staff: fields.ForeignKeyRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="tokens", on_delete=fields.CASCADE
    )
    staff_id: int  # the column, as Tortoise sets it
    name = fields.CharField(max_length=100)
    prefix = fields.CharField(max_length=16, description="shown to tell tokens apart")
    token_hash = fields.CharField(max_length=64, unique=True)
    kind = fields.CharField(max_length=16, default="api", description="api or session")
    expires_at = fields.DatetimeField(null=True, description="sessions end; API keys may not")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "identity_api_token"


class PartnerKey(Model):
    """A partner's API key, limited to the scopes (or operation names) it was given."""

    id = fields.BigIntField(primary_key=True)
    partner: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="keys", on_delete=fields.RESTRICT
    )
    partner_id: int  # the column, as Tortoise sets it
    name = fields.CharField(max_length=100)
    prefix = fields.CharField(max_length=16, description="shown to tell keys apart")
    key_hash = fields.CharField(max_length=64, unique=True)
    scopes: fields.JSONField[list[str]] = fields.JSONField(default=list)
    created_by = fields.CharField(max_length=64, description="the actor who issued it")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "identity_partner_key"


class Person(Model):
    """One person on the platform, known by mobile number (and national ID when given).

    The memberships (`Customer`) that partners and the platform hold of the person point here;
    a customer signs in as the person."""

    id = fields.BigIntField(primary_key=True)
    mobile = fields.CharField(max_length=11, unique=True, description="09xxxxxxxxx")
    national_id = fields.CharField(
        max_length=11, null=True, unique=True,
        description="the national ID first recorded for the person; a membership keeps its own")
    created_at = fields.DatetimeField(auto_now_add=True)

    memberships: fields.ReverseRelation[Customer]

    class Meta:
        table = "identity_person"


class Customer(Model):
    """A person's membership of a partner, or of the platform itself (`partner` null).

    It has its own accounts (owner `customer:<id>`) and the partner's view of the person's
    profile, and tells nothing of the person's other memberships."""

    id = fields.BigIntField(primary_key=True)
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="memberships", on_delete=fields.RESTRICT)
    person_id: int  # the column, as Tortoise sets it
    name = fields.CharField(max_length=200, default="")
    kind = fields.CharEnumField(CustomerKind, max_length=16, default=CustomerKind.INDIVIDUAL,
                                description="an individual or a legal person (a company)")
    email = fields.CharField(max_length=254, null=True)
    national_id = fields.CharField(
        max_length=11, null=True,
        description="10-digit national ID of an individual, 11-digit national ID of a company, "
                    "as this membership recorded it")
    language = fields.CharEnumField(Language, max_length=2, default=Language.FA)
    partner: fields.ForeignKeyNullableRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="customers", null=True, on_delete=fields.RESTRICT,
        description="the partner whose member this customer is; null for the platform's own",
    )
    partner_id: int | None  # the column, as Tortoise sets it
    confirmed_at = fields.DatetimeField(
        null=True, description="when the person confirmed the membership; null while pending")
    created_at = fields.DatetimeField(auto_now_add=True)

    sessions: fields.ReverseRelation[CustomerSession]
    bank_accounts: fields.ReverseRelation[BankAccount]

    class Meta:
        table = "identity_customer"
        unique_together = (("person_id", "partner_id"),)

    @property
    def mobile(self) -> str:
        """The person's mobile number; the person must have been fetched with the row."""
        return self.person.mobile

    @property
    def pending(self) -> bool:
        return self.confirmed_at is None


class BankAccount(Model):
    """A customer's bank account by Sheba number, with its holder's name; cash-outs go only to
    verified ones."""

    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="bank_accounts", on_delete=fields.CASCADE
    )
    customer_id: int  # the column, as Tortoise sets it
    sheba = fields.CharField(max_length=26, description="IR and 24 digits")
    holder_name = fields.CharField(max_length=200)
    verified_at = fields.DatetimeField(null=True)
    verified_by = fields.CharField(max_length=64, default="",
                                   description="who verified it, as the audit log names "
                                               "callers: staff:<id>")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "identity_bank_account"
        unique_together = (("customer_id", "sheba"),)


class SignInCode(Model):
    """A one-time code sent by SMS: kept as a keyed hash, valid once, for a short time."""

    id = fields.BigIntField(primary_key=True)
    mobile = fields.CharField(max_length=11, db_index=True)
    membership: fields.ForeignKeyNullableRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name=False, null=True, on_delete=fields.CASCADE,
        description="set for a code that confirms this membership; null for a sign-in code")
    membership_id: int | None  # the column, as Tortoise sets it
    code_hash = fields.CharField(max_length=64)
    attempts = fields.IntField(default=0)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True, description="signed in with, or replaced")

    class Meta:
        table = "identity_sign_in_code"


class CustomerSession(Model):
    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="sessions", on_delete=fields.CASCADE
    )
    customer_id: int  # the column, as Tortoise sets it
    prefix = fields.CharField(max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "identity_customer_session"


class IdempotentRequest(Model):
    """A creating request made with an idempotency key, kept in its caller's namespace: the same
    key again answers what the first request created (`models.identity.idempotency`)."""

    id = fields.BigIntField(primary_key=True)
    namespace = fields.CharField(max_length=64, description="whose key (models.keys)")
    key = fields.CharField(max_length=100)
    operation = fields.CharField(max_length=64, description="the mutation: placeOrder")
    request_digest = fields.CharField(max_length=64)
    result_id = fields.BigIntField(description="the id of what the request created")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "identity_idempotent_request"
        unique_together = (("namespace", "key"),)
