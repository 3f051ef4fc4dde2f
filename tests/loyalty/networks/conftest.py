"""What the networks' tests need: a club owner's club with merchants and members (the purchase
tests' `Shop`), sub-clubs made under it, member groups, and callers of each kind."""

from __future__ import annotations

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import Partner, StaffRole, StaffUser
from models.loyalty import sub_clubs
from models.loyalty.clubs import ClubSettings
from models.loyalty.codes import Channel, RewardKind
from models.loyalty.evaluation import forget_index
from models.loyalty.member_groups import create_group
from models.loyalty.network_tables import MemberGroup, MemberGroupKind
from models.loyalty.tables import Club, ClubMerchant, Member
from tests.loyalty.purchases.conftest import Rules, Shop, make_shop

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)


@pytest.fixture
def rules() -> Rules:
    return Rules()


@pytest.fixture
async def shop(db: str, rules: Rules) -> Shop:
    """A club (every reward kind, points worth 100 rials) with two merchants and two members."""
    forget_index()
    made = await make_shop(rules)
    made.club.rewards = [kind.value for kind in RewardKind]
    await made.club.save(update_fields=["rewards"])
    return made


async def sub_club_of(parent: Club, name: str = "Branch club") -> Club:
    return await sub_clubs.create_sub_club(PLATFORM, parent.id,
                                           ClubSettings(given=frozenset({"name"}), name=name))


async def join(club: Club, merchant: Partner) -> None:
    await ClubMerchant.create(club_id=club.id, merchant_id=merchant.id)


async def enrol(club: Club, customer_id: int, card_number: str) -> Member:
    return await Member.create(club_id=club.id, customer_id=customer_id,
                               card_number=card_number, enrolled_via=Channel.POS)


async def family(club: Club, *members: Member, monthly_limit: int | None = None,
                 name: str = "Rezaei family") -> MemberGroup:
    group = await create_group(PLATFORM, club.id, name, MemberGroupKind.FAMILY, monthly_limit)
    for member in members:
        member.group_id = group.id
        await member.save(update_fields=["group_id"])
    return group


def partner_staff(partner: Partner, staff: StaffUser,
                  role: StaffRole = StaffRole.SUPPORT) -> Identity:
    """A club owner's staff member, as the API would name them."""
    return Identity(kind=CallerKind.PARTNER_STAFF, name=staff.email, staff_id=staff.id,
                    role=role, partner_id=partner.id)
