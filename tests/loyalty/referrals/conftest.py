"""Fixtures of the referral tests: a club with a merchant, its referral programme set, members
enrolled in its panel (with a referral code or none), purchases at the merchant without rules,
and what each member holds and owes read back from the ledger. The ledger verifies clean after
every test."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import PartnerKind, StaffRole
from models.ledger.tables import Account
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot, LotKind
from models.loyalty import clubs, members, referrals
from models.loyalty.accounts import IRR, POINT
from models.loyalty.codes import AccountPurpose, Channel, RewardKind
from models.loyalty.facts import PurchaseFacts, Reward
from models.loyalty.members import Enrolment
from models.loyalty.purchases import PurchaseOutcome, PurchaseRequest, commit_purchase
from models.loyalty.referral_tables import Referral
from models.loyalty.referrals import ReferralTerms
from models.loyalty.returns import ReturnRequest, return_purchase
from models.loyalty.tables import Club, ClubMerchant, LoyaltyAccount, Member

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)
NATIONAL_IDS = ("0499370899", "0084575948", "0013542419")


async def no_rules(club: Club, facts: PurchaseFacts) -> list[Reward]:
    return []


@dataclass
class Programme:
    club: Club
    merchant_id: int
    references: Any = field(default_factory=lambda: itertools.count(1))
    mobiles: Any = field(default_factory=lambda: itertools.count(1))

    async def set(self, **terms: Any) -> ReferralTerms:
        return await referrals.set_referral_settings(PLATFORM, self.club.id,
                                                     ReferralTerms(enabled=True, **terms))

    async def enrol(self, code: str | None = None, **given: Any) -> Member:
        mobile = given.pop("mobile", f"0912{next(self.mobiles):07d}")
        return await members.enrol_in_panel(PLATFORM, self.club.id, Enrolment(
            mobile=mobile, referral_code=code, **given))

    async def code(self, member: Member) -> str:
        return await referrals.code_of(member)

    async def invite(self, referrer: Member, **given: Any) -> Member:
        return await self.enrol(await self.code(referrer), **given)

    async def buy(self, member: Member, amount: int, *, points: int = 0,
                  credit: int = 0, now: datetime | None = None) -> PurchaseOutcome:
        return await commit_purchase(PurchaseRequest(
            club_id=self.club.id, member_id=member.id, merchant_id=self.merchant_id,
            channel=Channel.POS, amount=amount, source=f"merchant:{self.merchant_id}",
            reference=f"ref-{next(self.references)}", points=points, credit=credit),
            evaluator=no_rules, now=now)

    async def give_back(self, outcome: PurchaseOutcome, amount: int | None = None,
                        *, key: str = "r1") -> None:
        assert outcome.purchase_id is not None
        await return_purchase(ReturnRequest(self.club.id, outcome.purchase_id, key,
                                            amount=amount))

    async def held(self, member: Member, kind: LotKind = LotKind.POINTS) -> int:
        """What the member's lots of `kind` hold."""
        lots = await Lot.filter(holder=f"member:{member.id}", club_id=self.club.id, kind=kind) \
            .prefetch_related("account")
        return sum(int(lot.account.credits_posted - lot.account.debits_posted
                       - lot.account.debits_pending) for lot in lots)

    async def owed(self, member: Member, ledger: str = POINT) -> int:
        row = await LoyaltyAccount.get_or_none(
            club_id=self.club.id, purpose=AccountPurpose.MEMBER_DEBT,
            subject=f"member:{member.id}", ledger=ledger)
        if row is None:
            return 0
        account = await Account.get(id=row.account_id)
        return int(account.debits_posted - account.credits_posted)

    async def paid(self, referrer: Member, invitee: Member) -> int:
        row = await Referral.get(club_id=self.club.id, referrer_id=referrer.id,
                                 invitee_id=invitee.id)
        return int(row.paid)


@pytest.fixture
async def programme(db: str, make_partner: Any) -> Programme:
    owner = await make_partner("Club owner", PartnerKind.CLUB_OWNER)
    club = await clubs.create_club(PLATFORM, owner.id, clubs.ClubSettings(
        given=frozenset({"name", "point_value", "rewards"}), name="Narvan club",
        point_value=10, rewards=[RewardKind.POINTS.value, RewardKind.CLUB_CREDIT.value]))
    merchant = await make_partner("Shop", PartnerKind.MERCHANT)
    await ClubMerchant.create(club_id=club.id, merchant_id=merchant.id)
    return Programme(club, merchant.id)


@pytest.fixture(autouse=True)
async def clean_ledger(db: str) -> Any:
    """The ledger verifies clean after each test: every account's totals agree with its
    transfers, every ledger balances."""
    yield
    assert await verify_ledger() == []


__all__ = ["IRR", "NATIONAL_IDS", "PLATFORM", "Programme"]
