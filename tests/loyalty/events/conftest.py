"""Fixtures of the event rules' and campaigns' tests: a Tehran club using every reward kind,
members made through the models, event rules made and activated through `models.loyalty.rules`,
an SMS sender that records what it was given, and the ledger verified after each test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.customers import create_customer
from models.identity.tables import Language, PartnerKind, StaffRole
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot, LotKind
from models.loyalty.codes import Channel, RewardKind, RuleStatus, Trigger
from models.loyalty.evaluation import forget_index
from models.loyalty.rules import RuleDraft, create_rule, set_rule_status
from models.loyalty.tables import Club, Member, Rule
from models.notify.sms import SmsNotSent

TEHRAN = ZoneInfo("Asia/Tehran")
STAFF = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)


def tehran(text: str) -> datetime:
    """`2026-12-05 10:30` on the wall clocks of Tehran."""
    return datetime.fromisoformat(text).replace(tzinfo=TEHRAN)


@dataclass
class Texts:
    """An SMS sender that keeps what it sent; numbers in `refuse` are refused."""

    sent: list[tuple[str, str]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    async def send(self, mobile: str, text: str, *, local_id: int | None = None) -> None:
        if mobile in self.refuse:
            raise SmsNotSent("refused", provider_status=400)
        self.sent.append((mobile, text))

    async def send_code(self, mobile: str, code: str, text: str, *,
                        local_id: int | None = None) -> None:
        await self.send(mobile, text, local_id=local_id)


@pytest.fixture
def texts() -> Texts:
    return Texts()


@pytest.fixture
async def club(db: str, make_partner: Any) -> Club:
    forget_index()
    owner = await make_partner("Baran Club", PartnerKind.CLUB_OWNER)
    return await Club.create(owner=owner, name="Baran", rewards=[str(kind) for kind in RewardKind])


class MakeMember:
    def __init__(self, club: Club) -> None:
        self.club = club
        self.count = 0

    async def __call__(self, *, birth_date: date | None = None, name: str = "Sara",
                       language: Language = Language.FA, email: str | None = None,
                       enrolled_at: datetime | None = None) -> Member:
        self.count += 1
        customer = await create_customer(f"0912000{self.count:04d}", f"{name} {self.count}",
                                         language, partner_id=self.club.owner_id, email=email)
        member = await Member.create(club_id=self.club.id, customer_id=customer.id,
                                     card_number=f"{6000 + self.count}",
                                     enrolled_via=Channel.PANEL, birth_date=birth_date)
        if enrolled_at is not None:
            await Member.filter(id=member.id).update(enrolled_at=enrolled_at)
            member = await Member.get(id=member.id)
        return member


@pytest.fixture
def make_member(club: Club) -> MakeMember:
    return MakeMember(club)


async def event_rule(club: Club, trigger: Trigger, effects: list[dict[str, Any]], *,
                     frequency: str = "once", **given: Any) -> Rule:
    """An active rule of `trigger` giving `effects`."""
    rule, _ = await create_rule(club, RuleDraft(
        name=f"{trigger} rule", effects=effects, trigger=trigger, frequency=frequency, **given),
        actor="tests")
    return await set_rule_status(club, rule.id, RuleStatus.ACTIVE)


def points(n: int) -> list[dict[str, Any]]:
    return [{"kind": "points", "per_rials": 1, "points": n}]


async def points_of(member: Member) -> int:
    lots = await Lot.filter(holder=f"member:{member.id}", club_id=member.club_id,
                            kind=LotKind.POINTS).prefetch_related("account")
    return sum(int(lot.account.credits_posted - lot.account.debits_posted) for lot in lots)


async def credit_of(member: Member) -> int:
    lots = await Lot.filter(holder=f"member:{member.id}", club_id=member.club_id,
                            kind__in=[LotKind.CLUB_CREDIT, LotKind.VIRTUAL_CREDIT]) \
        .prefetch_related("account")
    return sum(int(lot.account.credits_posted - lot.account.debits_posted) for lot in lots)


@pytest.fixture
async def clean_ledger(db: str) -> AsyncIterator[None]:
    """After the test: every account's totals agree with its transfers, debits with credits."""
    yield
    assert await verify_ledger() == []
