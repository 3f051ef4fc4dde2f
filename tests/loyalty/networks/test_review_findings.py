"""Review findings on member groups: a return holds the group still while it claws a pooled
reward back from the group's credit."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from typing import Any

import pytest

from models.errors import ValidationFailed
from models.ledger.verify import verify_ledger
from models.loyalty import member_groups
from models.loyalty.codes import EffectKind
from models.loyalty.purchases import commit_purchase
from models.loyalty.returns import ReturnRequest, return_purchase
from tests.loyalty.purchases.conftest import Shop, committed_id, reward

from .conftest import family

DECEMBER = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)


async def test_a_return_clawing_back_a_pooled_reward_holds_the_group_still(
        shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    # given a family pooling rewards, member 0's purchase having put 5,000 in the group's credit
    group = await family(shop.club, *shop.members)
    group.pool_rewards = True
    await group.save(update_fields=["pool_rewards"])
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 5_000) if f.amount == 100_000
                   else None)
    bought = await commit_purchase(shop.request(100_000), evaluator=shop.rules, now=DECEMBER)

    # when member 1 pays with 4,000 of it while the return has read what the group holds
    group_read, paid = asyncio.Event(), asyncio.Event()
    give_back = member_groups.give_back

    async def returning(*args: Any) -> None:
        group_read.set()
        # a purchase not held up by the group's lock goes through meanwhile
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(paid.wait(), 1.5)
        await give_back(*args)

    monkeypatch.setattr(member_groups, "give_back", returning)

    async def purchase() -> str:
        await group_read.wait()
        try:
            await commit_purchase(shop.request(4_000, member=1, credit=4_000),
                                  evaluator=shop.rules, now=DECEMBER)
            return "paid"
        except ValidationFailed as refused:
            return refused.code
        finally:
            paid.set()

    returned, spent = await asyncio.gather(
        return_purchase(ReturnRequest(shop.club.id, committed_id(bought), "r-1"), now=DECEMBER),
        purchase())

    # then the return took the group's lock: the reward came back whole, and the purchase,
    # waiting for it, found nothing left to pay with
    assert returned.debt == {}
    assert spent == "insufficient_credit"
    assert await verify_ledger() == []

