"""Fixtures of the federation tests: two clubs, the home club with members and a merchant of its
own, the host club with a merchant; the two in a federation under an agreement made through
the models, each step by the club's owner; and the balances the tests read back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.ledger.posting import create_transfers
from models.ledger.tables import Account
from models.ledger.verify import verify_ledger
from models.loyalty import federation
from models.loyalty.accounts import IRR, NAMESPACE
from models.loyalty.codes import AccountPurpose, EffectKind, TravellingKind
from models.loyalty.federation_tables import FederationAgreement
from models.loyalty.grants import Grant, grant_transfer
from models.loyalty.purchases import PurchaseRequest
from models.loyalty.tables import Club, LoyaltyAccount
from tests.loyalty.purchases.conftest import Rules, Shop, make_shop

EVERY_KIND = (TravellingKind.CLUB_CREDIT, TravellingKind.VIRTUAL_CREDIT, TravellingKind.POINTS)


def owner_of(club: Club) -> Identity:
    """The club owner's own staff owner: the club's owner in `staff_roles`."""
    return Identity(kind=CallerKind.PARTNER_STAFF, name=f"owner of {club.id}",
                    staff_id=club.owner_id * 100, role=StaffRole.OWNER, partner_id=club.owner_id)


@dataclass
class Pair:
    """Club A (home: its members shop) and club B (host: its merchant sells)."""

    home: Shop
    host: Shop

    @property
    def a(self) -> Identity:
        return owner_of(self.home.club)

    @property
    def b(self) -> Identity:
        return owner_of(self.host.club)

    def at_host(self, amount: int, **given: Any) -> PurchaseRequest:
        """A purchase of the home club's member at the host club's merchant."""
        request = self.home.request(amount, **given)
        merchant = self.host.merchants[0].id
        return replace(request, merchant_id=merchant, source=f"merchant:{merchant}")

    async def agree(self, *, earn: bool = True, spend: bool = True,
                    kinds: Sequence[TravellingKind] = EVERY_KIND,
                    accept: bool = True) -> FederationAgreement:
        """A federation of the two and an agreement A → B, proposed by A, accepted by B."""
        founded = await federation.create_federation(self.a, self.home.club.id, "Narvan")
        await federation.invite_club(self.a, founded.id, self.host.club.id)
        await federation.join_federation(self.b, founded.id, self.host.club.id)
        agreement = await federation.propose_agreement(
            self.a, self.home.club.id, self.host.club.id, founded.id,
            federation.Terms(earn=earn, spend=spend, kinds=tuple(kinds)))
        if accept:
            agreement = await federation.accept_agreement(self.b, agreement.id)
        return agreement

    async def give(self, kind: EffectKind, amount: int, key: str, member: int = 0,
                   **scope: Any) -> None:
        """Credit or points for the home club's member, outside a purchase."""
        request = await grant_transfer(self.home.club, self.home.members[member],
                                       Grant(kind=kind, amount=amount, key=key, **scope),
                                       reference_type="test", reference_id=key)
        await create_transfers([request], namespace=NAMESPACE)


async def balance(club: Club, purpose: AccountPurpose, subject: str = "") -> int:
    """An account's credits less its debits (0 for an account not made)."""
    row = await LoyaltyAccount.get_or_none(club_id=club.id, purpose=purpose, subject=subject,
                                           ledger=IRR)
    if row is None:
        return 0
    account = await Account.get(id=row.account_id)
    return int(account.credits_posted - account.debits_posted)


@pytest.fixture
async def pair(db: str) -> Pair:
    home = await make_shop(Rules(), merchants=1, members=2, point_value=100)
    host = await make_shop(Rules(), merchants=1, members=0)
    return Pair(home, host)


@pytest.fixture
async def clean_ledger(db: str) -> Any:
    yield
    assert await verify_ledger() == []
