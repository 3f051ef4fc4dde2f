"""Rows the core area's tests need: a club owner and its club, merchants in it with terminals
and their keys, made through the models; and callers of each kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import Partner, PartnerKind, StaffRole
from models.loyalty import clubs, merchants, terminals
from models.loyalty.clubs import ClubSettings
from models.loyalty.merchants import MerchantTerms
from models.loyalty.tables import Club, Terminal

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)


def card(prefix: str = "603799", body: int = 1) -> str:
    """A Luhn-valid 16-digit card number starting `prefix`."""
    from models.loyalty.cards import luhn_check_digit

    start = f"{prefix}{body:09d}"
    return start + luhn_check_digit(start)


@dataclass
class Shop:
    merchant: Partner
    terminal: Terminal
    key: str  # the terminal key's secret


@pytest.fixture
def make_club(make_partner: Any) -> Any:
    async def make(name: str = "Narvan Club", owner: Partner | None = None) -> Club:
        owner = owner or await make_partner(f"{name} owner", PartnerKind.CLUB_OWNER)
        return await clubs.create_club(PLATFORM, owner.id,
                                       ClubSettings(given=frozenset({"name"}), name=name))

    return make


@pytest.fixture
def make_shop(make_partner: Any) -> Any:
    """A merchant in `club` (or in no club) with one terminal and a key for it."""
    serials = iter(range(1, 10_000))

    async def make(club: Club | None, name: str = "Shop") -> Shop:
        merchant = await make_partner(name, PartnerKind.MERCHANT)
        if club is not None:
            await merchants.add_merchant(PLATFORM, club.id, merchant.id,
                                         MerchantTerms(given=frozenset()))
        terminal = await terminals.create_terminal(PLATFORM, merchant.id,
                                                   f"T{next(serials)}")
        secret, _ = await terminals.issue_key(PLATFORM, terminal.id)
        return Shop(merchant, terminal, secret)

    return make
