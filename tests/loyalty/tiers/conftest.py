"""Fixtures of the tier tests: the purchase tests' club (`make_shop`) with a ladder on lifetime
spend (Silver 100,000, Gold 500,000 with points × 1.5, Platinum 1,000,000 rials), its members,
and the rules a test gives through the real evaluation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.ledger.verify import verify_ledger
from models.loyalty import tiers
from models.loyalty.evaluation import CompiledRule, evaluate
from models.loyalty.facts import PurchaseFacts, Reward
from models.loyalty.tables import Club, Member
from models.loyalty.tier_tables import Tier, TierChange
from models.loyalty.tiers import Policy, TierSpec
from tests.loyalty.purchases.conftest import Rules, Shop, make_shop

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
LADDER = (TierSpec("Silver", 100_000, name_fa="نقره‌ای"),
          TierSpec("Gold", 500_000, points_multiplier_permille=1500, name_fa="طلایی"),
          TierSpec("Platinum", 1_000_000, points_multiplier_permille=2000, name_fa="پلاتینی"))


class RealRules:
    """The rules' real evaluation (`evaluate`) of compiled rules a test gives."""

    def __init__(self) -> None:
        self.rules: list[CompiledRule] = []

    async def __call__(self, club: Club, facts: PurchaseFacts) -> list[Reward]:
        return evaluate(self.rules, facts)


@pytest.fixture
async def shop(db: str) -> Shop:
    found = await make_shop(Rules())
    await tiers.set_ladder(PLATFORM, found.club.id, LADDER)
    return found


@pytest.fixture
async def clean_ledger(db: str) -> Any:
    yield
    assert await verify_ledger() == []


async def set_policy(shop: Shop, after: int | None = 30, grace: int = 0,
                     notice: int = 0) -> None:
    await tiers.set_policy(PLATFORM, shop.club.id, Policy(after, grace, notice))


async def tier_name(shop: Shop, member: int = 0) -> str | None:
    """The name of the member's tier, None for none."""
    row = await Member.get(id=shop.members[member].id)
    if row.tier_id is None:
        return None
    return (await Tier.get(id=row.tier_id)).name


async def tier_id(shop: Shop, name: str) -> int:
    found: int = (await Tier.get(club_id=shop.club.id, name=name)).id
    return found


async def reasons(shop: Shop, member: int = 0) -> Sequence[str]:
    """The reasons of the member's tier changes, oldest first."""
    return [str(c.reason) for c in await TierChange.filter(
        club_id=shop.club.id, member_id=shop.members[member].id).order_by("id")]
