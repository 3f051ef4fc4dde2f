"""Fixtures of the segments' tests: the purchase tests' club (two merchants, members made
through the models), with the rules' segment cache emptied."""

from __future__ import annotations

import pytest

from models.loyalty.segments import forget_rule_segments
from tests.loyalty.purchases.conftest import Rules, Shop, clean_ledger, make_shop

__all__ = ["clean_ledger", "shop"]


@pytest.fixture
async def shop(db: str) -> Shop:
    forget_rule_segments()
    return await make_shop(Rules(), members=3)
