"""Review findings on referrals: a return that reverses a referrer's reward locks the referrer's
member row before the invitee's group, as the referrer's own purchase takes its member lock and
then its group's, so the two never wait on each other in a circle."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest

from models.loyalty import member_groups
from models.loyalty.network_tables import MemberGroupKind
from models.loyalty.returns import ReturnRequest, return_purchase

from .conftest import PLATFORM, Programme


async def test_an_invitees_return_and_the_referrers_purchase_in_one_group_never_deadlock(
        programme: Programme, monkeypatch: pytest.MonkeyPatch) -> None:
    # given a referrer and their invitee in one family, the invitee's purchase paid in part
    # with the family's credit having earned the referrer a share
    await programme.set(share_bp=(1_000,), period_days=365)
    referrer = await programme.enrol()
    invitee = await programme.invite(referrer)
    group = await member_groups.create_group(PLATFORM, programme.club.id, "Family",
                                             MemberGroupKind.FAMILY)
    for member in (referrer, invitee):
        member.group_id = group.id
        await member.save(update_fields=["group_id"])
    await member_groups.grant_group_credit(PLATFORM, programme.club.id, group.id, 100_000, "g")
    bought = await programme.buy(invitee, 50_000, credit=20_000)
    assert await programme.held(referrer) == 300  # 10% of the 30,000 paid, at 10 rials a point
    assert bought.purchase_id is not None

    # when the invitee returns it (holding the family's lock, the referrer's to take next)
    # while the referrer buys (holding their own lock, the family's to take next)
    group_held, referrer_held = asyncio.Event(), asyncio.Event()
    give_back, lock_group = member_groups.give_back, member_groups.lock_group

    async def returning(*args: Any) -> None:
        group_held.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(referrer_held.wait(), 2)
        await give_back(*args)

    async def paying(*args: Any) -> None:
        referrer_held.set()
        await asyncio.sleep(0.3)  # the return asks for the referrer's lock first
        await lock_group(*args)

    monkeypatch.setattr(member_groups, "give_back", returning)
    monkeypatch.setattr(member_groups, "lock_group", paying)

    async def purchase() -> Any:
        await group_held.wait()
        return await programme.buy(referrer, 10_000)

    # then both go through
    await asyncio.gather(
        return_purchase(ReturnRequest(programme.club.id, bought.purchase_id, "r-1")),
        purchase())
    assert await programme.held(referrer) == 0
    assert await programme.paid(referrer, invitee) == 0
