"""Review findings on member groups: a return holds the group still while it claws a pooled
reward back from the group's credit; a purchase and a return of one group's members take their
locks in one order (member, group, accounts), so neither waits on the other in a circle."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from typing import Any

import pytest

from models.errors import ValidationFailed
from models.ledger.verify import verify_ledger
from models.loyalty import member_groups, purchases
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


async def test_a_return_and_a_purchase_in_one_group_never_deadlock_on_a_budget(
        shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    # given a family pooling rewards, and a rule with a budget giving club credit on 100,000
    group = await family(shop.club, *shop.members)
    group.pool_rewards = True
    await group.save(update_fields=["pool_rewards"])
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 5_000, budget_total=100_000)
                   if f.amount == 100_000 else None)
    bought = await commit_purchase(shop.request(100_000), evaluator=shop.rules, now=DECEMBER)

    # when member 0 returns it (holding the group's lock, the budget to give back next) while
    # member 1 buys under the same budget, each reaching the other's lock
    group_held, budget_held = asyncio.Event(), asyncio.Event()
    give_back, group_credit = member_groups.give_back, member_groups.group_credit

    async def returning(*args: Any) -> None:
        group_held.set()
        # the purchase takes its budget's lock meanwhile, if it takes it before the group's
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(budget_held.wait(), 2)
        await give_back(*args)

    async def paying(*args: Any, lock: bool) -> Any:
        if lock:
            budget_held.set()
            await asyncio.sleep(0.3)  # the return asks for the budget first
        return await group_credit(*args, lock=lock)

    attempts = []
    commit = purchases._commit

    async def counted(*args: Any) -> Any:
        attempts.append(1)
        return await commit(*args)

    monkeypatch.setattr(member_groups, "give_back", returning)
    monkeypatch.setattr(member_groups, "group_credit", paying)
    monkeypatch.setattr(purchases, "_commit", counted)

    async def purchase() -> Any:
        await group_held.wait()
        return await commit_purchase(shop.request(100_000, member=1), evaluator=shop.rules,
                                     now=DECEMBER)

    # then both go through at once: the purchase takes the group's lock before any account's,
    # so it is not the deadlock's victim, rolled back and run again
    returned, paid = await asyncio.gather(
        return_purchase(ReturnRequest(shop.club.id, committed_id(bought), "r-1"), now=DECEMBER),
        purchase())
    assert returned.amount == 100_000
    assert [r.amount for r in paid.rewards] == [5_000]
    assert len(attempts) == 1
    assert await verify_ledger() == []
