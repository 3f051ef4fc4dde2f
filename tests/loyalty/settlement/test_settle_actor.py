"""The settlement actor closes each club's period once, however often it runs."""

from __future__ import annotations

import asyncio

from models.identity.tables import Partner
from models.ledger.verify import verify_ledger
from models.loyalty.codes import SettlementState
from models.loyalty.tables import Club, SettlementBatch, Share
from tests.actors import body_of
from workers.actors.loyalty import settle_loyalty_period

from .conftest import DAY_ONE, MakeShare, days


async def test_the_actor_run_twice_and_at_once_makes_one_batch(
        actor_services: None, club: Club, merchant: Partner, make_share: MakeShare) -> None:
    # given a merchant's shares of the first day
    await make_share(7_000, partner_id=merchant.id)
    await make_share(3_000, partner_id=merchant.id)
    end = (DAY_ONE + days(1)).isoformat()
    # when the actor runs twice at once, then again
    await asyncio.gather(*(body_of(settle_loyalty_period)(period_end=end) for _ in range(2)))
    await body_of(settle_loyalty_period)(period_end=end)
    # then one batch holds both shares, accepted by the (simulated) PSP
    [batch] = await SettlementBatch.all()
    assert (batch.total, batch.state) == (10_000, SettlementState.ACCEPTED)
    assert await Share.filter(batch_id=batch.id).count() == 2
    assert await verify_ledger() == []


async def test_the_actor_by_default_closes_at_the_last_tehran_midnight(
        actor_services: None, club: Club, merchant: Partner, make_share: MakeShare) -> None:
    await make_share(7_000, partner_id=merchant.id)
    await body_of(settle_loyalty_period)(club_id=club.id)
    [batch] = await SettlementBatch.all()
    assert batch.period_end.hour == 20 and batch.period_end.minute == 30  # 00:00 in Tehran
