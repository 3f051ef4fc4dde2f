"""Fixtures of the merchant tools' tests: a club with two merchants and members (the purchase
tests' shop), a terminal of each merchant as a caller, the merchant's own staff as a caller, and
the members' persons signed in."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.tables import StaffRole
from models.loyalty.attendance import PinLockout
from models.loyalty.terminals import authenticate_terminal_key, create_terminal, issue_key
from tests.loyalty.purchases.conftest import Rules, Shop, make_shop

PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)
LOCKOUT = PinLockout(attempts=3, terminal_attempts=10, seconds=900)


def merchant_staff(merchant_id: int) -> Identity:
    """The merchant's own staff member (a partner's admin), as a caller."""
    return Identity(kind=CallerKind.PARTNER_STAFF, name="shop admin", staff_id=900 + merchant_id,
                    role=StaffRole.ADMIN, partner_id=merchant_id)


def person(customer_id: int) -> Identity:
    return Identity(kind=CallerKind.CUSTOMER, name="member", customer_id=customer_id)


@dataclass
class Tools:
    shop: Shop
    keys: list[str]  # a terminal key of each merchant
    terminals: list[Identity]  # those terminals as callers

    @property
    def merchant_id(self) -> int:
        merchant_id: int = self.shop.merchants[0].id
        return merchant_id

    def member(self, n: int = 0) -> Identity:
        return person(self.shop.customers[n].id)


async def make_tools(*, members: int = 2) -> Tools:
    shop = await make_shop(Rules(), members=members)
    keys, callers = [], []
    for n, merchant in enumerate(shop.merchants):
        terminal = await create_terminal(PLATFORM, merchant.id, f"T-{n}")
        secret, _ = await issue_key(PLATFORM, terminal.id)
        keys.append(secret)
        callers.append(await authenticate_terminal_key(secret))
    return Tools(shop, keys, callers)


@pytest.fixture
async def tools(db: str) -> Tools:
    return await make_tools()

