"""GraphQL types of the loyalty clubs' core: clubs and their categories and staff, merchants in
clubs, merchant groups, branches, terminals and their keys, members and their bank cards."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry

from api.context import Context
from api.ids import optional_id, to_id
from api.scalars import JSON, Long
from models.loyalty.codes import CategoryKind, Channel, ClubRole, MerchantStatus, RewardKind
from models.loyalty.staff_roles import ClubAction, actions_of
from models.loyalty.tables import Branch as BranchRow
from models.loyalty.tables import Category as CategoryRow
from models.loyalty.tables import Club as ClubRow
from models.loyalty.tables import ClubMerchant as ClubMerchantRow
from models.loyalty.tables import ClubStaff as ClubStaffRow
from models.loyalty.tables import Member as MemberRow
from models.loyalty.tables import MemberCard as MemberCardRow
from models.loyalty.tables import MerchantGroup as MerchantGroupRow
from models.loyalty.tables import Terminal as TerminalRow
from models.loyalty.tables import TerminalKey as TerminalKeyRow

strawberry.enum(ClubRole, description="A staff member's role in a club: owner and manager "
                                      "configure, operator runs members and purchases, viewer "
                                      "reads.")
strawberry.enum(RewardKind, description="A kind of reward a club may use.")
strawberry.enum(CategoryKind, description="A club's category of merchants or of services.")
strawberry.enum(Channel, description="Where a purchase or an enrolment was made.")
strawberry.enum(MerchantStatus, description="Whether a merchant takes part in a club now.")
strawberry.enum(ClubAction, description="What the caller may do with a club.")


@strawberry.type(description="A club of a club owner, with its settings.")
class Club:
    id: strawberry.ID
    owner_id: strawberry.ID
    parent_id: strawberry.ID | None = strawberry.field(description="The club it is a sub-club "
                                                                   "of, if any.")
    name: str
    timezone: str
    rewards: list[RewardKind]
    fee_percent_bp: int = strawberry.field(description="The platform's fee per purchase, in "
                                                       "hundredths of a percent.")
    fee_amount: Long = strawberry.field(description="The platform's fee per purchase, rials.")
    fee_approved_by: str
    settlement_sheba: str | None
    split_terms: JSON = strawberry.field(description="Default shares for merchants without "
                                                     "terms of their own.")
    point_value: Long = strawberry.field(description="Rials a point pays (0: points cannot "
                                                     "pay).")
    allow_negative_points: bool
    active: bool
    created_at: datetime
    my_role: ClubRole | None = strawberry.field(description="The caller's role in the club.")
    allowed_actions: list[ClubAction]

    @classmethod
    def from_row(cls, row: ClubRow, role: ClubRole | None) -> Club:
        return cls(id=to_id(row.id), owner_id=to_id(row.owner_id),
                   parent_id=optional_id(row.parent_id), name=row.name,
                   timezone=row.timezone, rewards=[RewardKind(r) for r in row.rewards],
                   fee_percent_bp=row.fee_percent_bp, fee_amount=Long(row.fee_amount),
                   fee_approved_by=row.fee_approved_by, settlement_sheba=row.settlement_sheba,
                   split_terms=JSON(row.split_terms), point_value=Long(row.point_value),
                   allow_negative_points=row.allow_negative_points, active=row.is_active,
                   created_at=row.created_at, my_role=role, allowed_actions=actions_of(role))


@strawberry.type(description="A club's category of merchants or of services.")
class Category:
    id: strawberry.ID
    club_id: strawberry.ID
    kind: CategoryKind
    code: str
    name: str
    name_en: str

    @classmethod
    def from_row(cls, row: CategoryRow) -> Category:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), kind=row.kind, code=row.code,
                   name=row.name, name_en=row.name_en)


@strawberry.type(description="A staff member of the club's owner with a role in the club.")
class ClubStaff:
    club_id: strawberry.ID
    staff_id: strawberry.ID
    name: str
    email: str
    role: ClubRole

    @classmethod
    def from_row(cls, row: ClubStaffRow) -> ClubStaff:
        return cls(club_id=to_id(row.club_id), staff_id=to_id(row.staff_id),
                   name=row.staff.name, email=row.staff.email, role=row.role)


@strawberry.type(description="A merchant in a club, under the club's terms.")
class ClubMerchant:
    club_id: strawberry.ID
    merchant_id: strawberry.ID
    name: str
    status: MerchantStatus
    category_id: strawberry.ID | None
    settlement_sheba: str | None
    marketer_id: strawberry.ID | None
    split_terms: JSON = strawberry.field(
        description="Shares of each purchase: [{beneficiary, partner_id, sheba, percent_bp | "
                    "amount, as_credit}].")
    joined_at: datetime

    @classmethod
    def from_row(cls, row: ClubMerchantRow) -> ClubMerchant:
        return cls(club_id=to_id(row.club_id), merchant_id=to_id(row.merchant_id),
                   name=row.merchant.name, status=row.status,
                   category_id=optional_id(row.category_id),
                   settlement_sheba=row.settlement_sheba,
                   marketer_id=optional_id(row.marketer_id), split_terms=JSON(row.split_terms),
                   joined_at=row.joined_at)


@strawberry.type(description="A set of a club's merchants.")
class MerchantGroup:
    id: strawberry.ID
    club_id: strawberry.ID
    name: str
    merchant_ids: list[strawberry.ID]

    @classmethod
    def from_row(cls, row: MerchantGroupRow, merchant_ids: list[int]) -> MerchantGroup:
        return cls(id=to_id(row.id), club_id=to_id(row.club_id), name=row.name,
                   merchant_ids=[to_id(m) for m in merchant_ids])


@strawberry.type(description="A merchant's shop.")
class Branch:
    id: strawberry.ID
    merchant_id: strawberry.ID
    name: str
    address: str

    @classmethod
    def from_row(cls, row: BranchRow) -> Branch:
        return cls(id=to_id(row.id), merchant_id=to_id(row.merchant_id), name=row.name,
                   address=row.address)


@strawberry.type(description="A terminal's key. Its secret was shown once, when issued.")
class TerminalKey:
    id: strawberry.ID
    terminal_id: strawberry.ID
    prefix: str
    created_by: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_row(cls, row: TerminalKeyRow) -> TerminalKey:
        return cls(id=to_id(row.id), terminal_id=to_id(row.terminal_id), prefix=row.prefix,
                   created_by=row.created_by, created_at=row.created_at,
                   last_used_at=row.last_used_at, revoked_at=row.revoked_at)


@strawberry.type(description="A merchant's POS terminal.")
class Terminal:
    id: strawberry.ID
    merchant_id: strawberry.ID
    branch_id: strawberry.ID | None
    serial: str
    name: str
    active: bool
    created_at: datetime
    keys: list[TerminalKey]

    @classmethod
    def from_row(cls, row: TerminalRow, keys: list[TerminalKeyRow]) -> Terminal:
        return cls(id=to_id(row.id), merchant_id=to_id(row.merchant_id),
                   branch_id=optional_id(row.branch_id), serial=row.serial, name=row.name,
                   active=row.is_active, created_at=row.created_at,
                   keys=[TerminalKey.from_row(k) for k in keys])


@strawberry.type(description="A member's bank card: never its number, only its BIN and last "
                             "four digits.")
class MemberCard:
    id: strawberry.ID
    bin: str
    last4: str
    created_at: datetime

    @classmethod
    def from_row(cls, row: MemberCardRow) -> MemberCard:
        return cls(id=to_id(row.id), bin=row.bin, last4=row.last4, created_at=row.created_at)


@strawberry.type(description="A person's membership of a club.")
class Member:
    id: strawberry.ID
    club_id: strawberry.ID
    customer_id: strawberry.ID
    mobile: str
    name: str
    national_id: str | None = strawberry.field(
        description="As the membership of the club's owner recorded it.")
    card_number: str = strawberry.field(description="The club card's number.")
    enrolled_via: Channel
    enrolled_terminal_id: strawberry.ID | None
    enrolled_by: str
    enrolled_at: datetime
    birth_date: date | None = strawberry.field(default=None,
                                               description="The member's profile.")
    gender: str = strawberry.field(default="", description="female, male or empty.")
    profile_completed_at: datetime | None = None

    @classmethod
    def from_row(cls, row: MemberRow) -> Member:
        customer: Any = row.customer
        return cls(id=to_id(row.id), club_id=to_id(row.club_id),
                   customer_id=to_id(row.customer_id), mobile=customer.person.mobile,
                   name=customer.name,
                   national_id=customer.national_id,
                   card_number=row.card_number, enrolled_via=row.enrolled_via,
                   enrolled_terminal_id=optional_id(row.enrolled_terminal_id),
                   enrolled_by=row.enrolled_by, enrolled_at=row.enrolled_at,
                   birth_date=row.birth_date, gender=row.gender,
                   profile_completed_at=row.profile_completed_at)

    @strawberry.field(description="The member's bank cards.")
    async def cards(self, info: strawberry.Info[Context, None]) -> list[MemberCard]:
        from models.loyalty.cards import cards_of

        return [MemberCard.from_row(c) for c in await cards_of(int(self.club_id),
                                                               int(self.id))]
