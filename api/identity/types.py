"""GraphQL types of identity: staff, partners and their keys, customers, caught texts."""

from __future__ import annotations

from datetime import datetime

import strawberry

from api.context import Context
from api.ids import optional_id, to_id
from api.wallet.types import CustomerActivity, Wallet, wallet_or_none
from models.identity.reach import customer_owner
from models.identity.tables import Customer as CustomerRow
from models.identity.tables import CustomerKind, Language, PartnerKind, StaffRole, StaffUser
from models.identity.tables import Partner as PartnerRow
from models.identity.tables import PartnerKey as PartnerKeyRow
from models.notify.tables import CaughtSms as CaughtSmsRow
from models.wallet.activity.figures import activity_of
from models.wallet.activity.policy import activity_policy

# The domain's enums, registered with Strawberry as they are (one definition of each).
strawberry.enum(StaffRole, description="What a staff member may do.")
strawberry.enum(PartnerKind, description="What kind of organisation a partner is.")
strawberry.enum(Language, description="A person's preferred language: fa or en.")
strawberry.enum(CustomerKind, description="An individual or a legal person (a company).")


@strawberry.type(description="An organisation integrating with Etebar.")
class Partner:
    id: strawberry.ID
    name: str
    kind: PartnerKind
    active: bool
    created_at: datetime

    @classmethod
    def from_row(cls, row: PartnerRow) -> Partner:
        return cls(id=to_id(row.id), name=row.name, kind=row.kind, active=row.is_active,
                   created_at=row.created_at)


@strawberry.type(description="A staff member: the platform's own, or a partner's (partnerId).")
class Staff:
    id: strawberry.ID
    email: str
    name: str
    role: str = strawberry.field(description="owner, admin, operator, back_office or support.")
    partner_id: strawberry.ID | None
    active: bool
    locked_until: datetime | None = strawberry.field(
        deprecation_reason="Sign-in locks hold per email and client address, never on the "
                           "account (see SignInLocked); always null.")
    created_at: datetime
    language: Language = strawberry.field(description="The admin's language for this person.")

    @classmethod
    def from_row(cls, row: StaffUser) -> Staff:
        return cls(id=to_id(row.id), email=row.email, name=row.name, role=row.role.value,
                   partner_id=optional_id(row.partner_id),
                   active=row.is_active, locked_until=None,
                   created_at=row.created_at, language=Language(row.language))

    @strawberry.field(description="The partner this staff member works for, if any.")
    async def partner(self) -> Partner | None:
        if self.partner_id is None:
            return None
        row = await PartnerRow.get_or_none(id=int(self.partner_id))
        return Partner.from_row(row) if row else None


@strawberry.type(description="A partner's API key. Its secret was shown once, at creation.")
class PartnerKey:
    id: strawberry.ID
    partner_id: strawberry.ID
    name: str
    prefix: str = strawberry.field(description="The secret's first characters, to tell keys "
                                               "apart.")
    scopes: list[str] = strawberry.field(description="Named scopes (ledger:read, ...) and "
                                                     "operation names the key may call.")
    created_by: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_row(cls, row: PartnerKeyRow) -> PartnerKey:
        return cls(id=to_id(row.id), partner_id=to_id(row.partner_id),
                   name=row.name, prefix=row.prefix, scopes=list(row.scopes),
                   created_by=row.created_by, created_at=row.created_at,
                   last_used_at=row.last_used_at, revoked_at=row.revoked_at)


@strawberry.type(description="A customer; their accounts have the owner customer:<id>.")
class Customer:
    id: strawberry.ID
    mobile: str
    name: str
    kind: CustomerKind
    email: str | None
    national_id: str | None = strawberry.field(
        description="An individual's 10-digit national ID or a company's 11-digit national ID.")
    language: Language
    partner_id: strawberry.ID | None = strawberry.field(
        description="The partner whose member the customer is; null for the platform's own.")
    created_at: datetime

    @classmethod
    def from_row(cls, row: CustomerRow) -> Customer:
        return cls(id=to_id(row.id), mobile=row.mobile, name=row.name, kind=row.kind,
                   email=row.email, national_id=row.national_id, language=row.language,
                   partner_id=optional_id(row.partner_id),
                   created_at=row.created_at)

    @strawberry.field(description="The owner string of this customer's accounts.")
    def owner(self) -> str:
        return customer_owner(int(self.id))

    @strawberry.field(description="The customer's IRR wallet: totals, lots and movements.")
    async def wallet(self) -> Wallet | None:
        return await wallet_or_none(int(self.id))

    @strawberry.field(description="How the customer pays, and the activity level it gives.")
    async def activity(self, info: strawberry.Info[Context, None]) -> CustomerActivity:
        return CustomerActivity.from_activity(
            await activity_of(int(self.id), activity_policy(info.context.settings)))


@strawberry.type(description="A text the local SMS catcher kept instead of sending it.")
class CaughtSms:
    id: strawberry.ID
    mobile: str
    text: str
    created_at: datetime

    @classmethod
    def from_row(cls, row: CaughtSmsRow) -> CaughtSms:
        return cls(id=to_id(row.id), mobile=row.mobile, text=row.text, created_at=row.created_at)
