"""Fixtures of the purchase tests: a club with merchants and members made through the models,
rules given as the rewards they evaluate to, purchases committed at chosen moments, and the
balances the tests read back from the ledger."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from tortoise.expressions import Q

from models.identity.customers import create_customer
from models.identity.partners import create_partner
from models.identity.tables import Customer, Partner, PartnerKind
from models.ledger.tables import Account
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot, LotKind, ScopeKind
from models.loyalty.accounts import IRR, LOTTERY, POINT
from models.loyalty.codes import AccountPurpose, Channel, EffectKind
from models.loyalty.facts import PurchaseFacts, Reward
from models.loyalty.purchases import LineInput, PurchaseOutcome, PurchaseRequest
from models.loyalty.tables import Club, ClubMerchant, LoyaltyAccount, Member


@dataclass
class Rules:
    """The rewards the club's rules give each purchase: a test sets what a rule gives (a
    function of the purchase's facts) as the rules' evaluation would answer it."""

    given: list[Any] = field(default_factory=list)

    def add(self, make: Any) -> None:
        self.given.append(make)

    async def __call__(self, club: Club, facts: PurchaseFacts) -> list[Reward]:
        rewards: list[Reward] = []
        for make in self.given:
            made = make(facts)
            if made is not None:
                rewards.append(made)
        return rewards


_versions = itertools.count(1)


def reward(kind: EffectKind, amount: int, *, rule_id: int = 1, scope: ScopeKind = ScopeKind.CLUB,
           scope_id: int | None = None, expires_at: datetime | None = None,
           line_no: int | None = None, **budgets: Any) -> Reward:
    ledger = POINT if kind is EffectKind.POINTS else LOTTERY if kind is EffectKind.LOTTERY \
        else IRR
    return Reward(rule_id=rule_id, rule_version_id=rule_id * 10, rule_name=f"rule {rule_id}",
                  kind=kind, amount=amount, ledger=ledger, scope_kind=scope, scope_id=scope_id,
                  expires_at=expires_at, line_no=line_no, **budgets)


@dataclass
class Shop:
    club: Club
    owner: Partner
    merchants: list[Partner]
    members: list[Member]
    rules: Rules
    customers: list[Customer] = field(default_factory=list)
    references: Any = field(default_factory=lambda: itertools.count(1))

    def request(self, amount: int, *, member: int = 0, merchant: int = 0,
                reference: str | None = None, lines: Sequence[LineInput] = (),
                credit: int = 0, all_credit: bool = False, points: int = 0) -> PurchaseRequest:
        merchant_id = self.merchants[merchant].id
        return PurchaseRequest(
            club_id=self.club.id, member_id=self.members[member].id, merchant_id=merchant_id,
            channel=Channel.POS, amount=amount, source=f"merchant:{merchant_id}",
            reference=reference or f"ref-{next(self.references)}", lines=tuple(lines),
            credit=credit, all_credit=all_credit, points=points)

    async def lots(self, member: int = 0, kind: LotKind | None = None) -> dict[int, int]:
        """What each of the member's lots (of `kind`) holds, by lot id."""
        query = Lot.filter(holder=f"member:{self.members[member].id}", club_id=self.club.id)
        if kind is not None:
            query = query.filter(kind=kind)
        found: dict[int, int] = {}
        for lot in await query.prefetch_related("account").order_by("id"):
            a = lot.account
            found[lot.id] = int(a.credits_posted - a.debits_posted - a.debits_pending)
        return found

    async def points(self, member: int = 0) -> int:
        return sum((await self.lots(member, LotKind.POINTS)).values())

    async def account(self, purpose: AccountPurpose, subject: str = "",
                      ledger: str = IRR) -> Account:
        row = await LoyaltyAccount.get(club_id=self.club.id, purpose=purpose, subject=subject,
                                       ledger=ledger)
        return await Account.get(id=row.account_id)

    async def budget_left(self, subject: str, ledger: str = IRR) -> int:
        a = await self.account(AccountPurpose.RULE_BUDGET, subject, ledger)
        return int(a.credits_posted - a.debits_posted)

    async def owed(self, member: int = 0, ledger: str = POINT) -> int:
        """What the member owes back on `ledger`, to every funder (the club, each merchant)."""
        subject = f"member:{self.members[member].id}"
        rows = await LoyaltyAccount.filter(
            Q(subject=subject) | Q(subject__startswith=f"{subject}:"), club_id=self.club.id,
            purpose=AccountPurpose.MEMBER_DEBT, ledger=ledger)
        assert rows, "the member has no debt account on this ledger"
        return sum([int(a.debits_posted - a.credits_posted) for a in await Account.filter(
            id__in=[row.account_id for row in rows])])


@pytest.fixture
def rules() -> Rules:
    return Rules()


async def make_shop(rules: Rules, *, merchants: int = 2, members: int = 2,
                    point_value: int = 100, fee_percent_bp: int = 0) -> Shop:
    # A merchant partner owns the club here: the partners' kind check (migration 4) does not
    # know `club_owner` yet on this branch.
    owner = await create_partner("Club owner", PartnerKind.MERCHANT)
    club = await Club.create(owner_id=owner.id, name="Narvan club", point_value=point_value,
                             fee_percent_bp=fee_percent_bp)
    shops = []
    for n in range(merchants):
        merchant = await create_partner(f"Merchant {n}", PartnerKind.MERCHANT)
        await ClubMerchant.create(club_id=club.id, merchant_id=merchant.id)
        shops.append(merchant)
    people, customers = [], []
    for n in range(members):
        customer = await create_customer(f"09120000{n:03d}", f"Member {n}",
                                         partner_id=owner.id)
        customers.append(customer)
        people.append(await Member.create(club_id=club.id, customer_id=customer.id,
                                          card_number=f"{6000 + n}", enrolled_via=Channel.POS))
    return Shop(club, owner, shops, people, rules, customers=customers)


@pytest.fixture
async def shop(db: str, rules: Rules) -> Shop:
    return await make_shop(rules)


@pytest.fixture
async def clean_ledger(db: str) -> Any:
    """`verify` of the ledger, after the test: every account's totals agree with its
    transfers."""
    yield
    assert await verify_ledger() == []


def committed_id(outcome: PurchaseOutcome) -> int:
    """The purchase a commit made (a quote has none)."""
    assert outcome.purchase_id is not None
    return outcome.purchase_id
