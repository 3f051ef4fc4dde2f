"""The rows the rules' tests need: a Tehran club of a club owner with every reward kind, and
purchase facts at a given Tehran time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import PartnerKind, StaffRole
from models.loyalty.codes import Channel, RewardKind
from models.loyalty.evaluation import forget_index
from models.loyalty.facts import LineFacts, PurchaseFacts
from models.loyalty.tables import Club

TEHRAN = ZoneInfo("Asia/Tehran")
STAFF = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)


@pytest.fixture
async def club(db: str, make_partner: Any) -> Club:
    forget_index()
    owner = await make_partner("Baran Club", PartnerKind.CLUB_OWNER)
    return await Club.create(owner=owner, name="Baran", rewards=[str(kind) for kind in RewardKind])


def tehran(text: str) -> datetime:
    """`2026-12-05 10:30` on the wall clocks of Tehran."""
    return datetime.fromisoformat(text).replace(tzinfo=TEHRAN)


def purchase(**given: Any) -> PurchaseFacts:
    """A purchase of 1,000,000 rials at merchant 11 at POS on Saturday 2026-12-05 10:30 Tehran,
    with what `given` changes."""
    base: dict[str, Any] = {"club_id": 1, "member_id": 1, "merchant_id": 11,
                            "channel": Channel.POS, "amount": 1_000_000,
                            "at": tehran("2026-12-05 10:30")}
    lines = given.pop("line_categories", None)
    if lines is not None:
        base["lines"] = tuple(LineFacts(line_no=index + 1, amount=100, service_category_id=cat)
                              for index, cat in enumerate(lines))
    return PurchaseFacts(**(base | given))


@pytest.fixture
def facts() -> Callable[..., PurchaseFacts]:
    return purchase
