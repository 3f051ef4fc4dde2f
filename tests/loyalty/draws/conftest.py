"""Fixtures of the draw tests: a club with members made through the models, entries given to
members at chosen moments (before or after a draw's cut-off), and a draw to run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.customers import create_customer
from models.identity.tables import Partner, PartnerKind, StaffRole
from models.ledger.posting import create_transfers
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot, LotKind
from models.loyalty import clubs
from models.loyalty.accounts import NAMESPACE
from models.loyalty.clubs import ClubSettings
from models.loyalty.codes import Channel, EffectKind
from models.loyalty.draws import Prize, create_draw
from models.loyalty.draws_tables import Draw, PrizeKind
from models.loyalty.grants import Grant, grant_transfer
from models.loyalty.tables import Club, Member

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)
PRIZES = (Prize("Trip to Kish", PrizeKind.CLUB_CREDIT, 5_000_000),
          Prize("Points", PrizeKind.POINTS, 300), Prize("A mug"))


@dataclass
class Lottery:
    club: Club
    owner: Partner
    members: list[Member]
    start: datetime  # when the draw is created
    cutoff: datetime
    given: int = 0

    async def give(self, member: int, entries: int, *, after_cutoff: bool = False) -> None:
        """`entries` to the member, earned 10 minutes before (or after) the cut-off."""
        self.given += 1
        at = self.cutoff + timedelta(minutes=10 if after_cutoff else -10)
        request = await grant_transfer(
            self.club, self.members[member],
            Grant(EffectKind.LOTTERY, entries, key=f"test:entries:{self.given}"),
            reference_type="test", reference_id=str(self.given))
        await create_transfers([request], namespace=NAMESPACE, now=at)

    async def held(self, member: int) -> int:
        """What the member's entries lot holds now."""
        lot = await Lot.get_or_none(holder=f"member:{self.members[member].id}",
                                    club_id=self.club.id, kind=LotKind.ENTRIES) \
            .prefetch_related("account")
        if lot is None:
            return 0
        return int(lot.account.credits_posted - lot.account.debits_posted)

    async def draw(self, prizes: tuple[Prize, ...] = PRIZES, name: str = "Nowruz draw") -> Draw:
        return await create_draw(PLATFORM, self.club.id, name=name, cutoff_at=self.cutoff,
                                 prizes=prizes, now=self.start)

    @property
    def after(self) -> datetime:
        """A moment past the cut-off, when the draw runs."""
        return self.cutoff + timedelta(minutes=30)


async def make_lottery(make_partner: Any, members: int = 4) -> Lottery:
    owner = await make_partner("Narvan owner", PartnerKind.CLUB_OWNER)
    club = await clubs.create_club(PLATFORM, owner.id,
                                   ClubSettings(given=frozenset({"name"}), name="Narvan Club"))
    people = []
    for n in range(members):
        customer = await create_customer(f"09121230{n:03d}", f"Member {n}", partner_id=owner.id,
                                         email=f"member{n}@example.com")
        people.append(await Member.create(club_id=club.id, customer_id=customer.id,
                                          card_number=f"60377{n:011d}",
                                          enrolled_via=Channel.PANEL))
    start = datetime.now(UTC) - timedelta(hours=3)
    return Lottery(club, owner, people, start, start + timedelta(hours=1))


@pytest.fixture
async def lottery(db: str, make_partner: Any) -> Lottery:
    return await make_lottery(make_partner)


@pytest.fixture
async def clean_ledger(db: str) -> Any:
    """After the test, every account's totals agree with its transfers."""
    yield
    assert await verify_ledger() == []
