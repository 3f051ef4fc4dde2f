"""Members' credit lots past their expiry: swept to the expired-credit account once, never
spent after, and credit a return restores into a swept lot goes straight on to expired credit."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import ValidationFailed
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.lots.tables import Lot, LotKind
from models.loyalty.accounts import IRR
from models.loyalty.codes import EffectKind
from models.loyalty.expiry import expire_due
from models.loyalty.purchases import commit_purchase, quote_purchase
from models.loyalty.returns import ReturnRequest, return_purchase
from tests.actors import body_of
from tests.loyalty.purchases.conftest import Shop, committed_id, reward
from workers.actors.loyalty import expire_loyalty_credit

pytestmark = pytest.mark.usefixtures("clean_ledger")

NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)
EXPIRES = NOW + timedelta(days=3)
LATER = EXPIRES + timedelta(hours=1)


async def _expired_credit() -> int:
    a = await system_account(IRR, SystemAccount.EXPIRED_CREDIT)
    return int(a.credits_posted - a.debits_posted)


@pytest.fixture
def expiring(shop: Shop) -> Shop:
    """A club whose purchases of 100,000 earn 10,000 of club credit expiring in three days."""
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 10_000, expires_at=EXPIRES)
                   if f.amount == 100_000 else None)
    return shop


async def test_an_expired_lots_credit_goes_to_expired_credit_once(expiring: Shop) -> None:
    await commit_purchase(expiring.request(100_000), evaluator=expiring.rules, now=NOW)
    before = await _expired_credit()

    assert await expire_due(now=EXPIRES - timedelta(seconds=1)) == 0
    assert await expire_due(now=LATER) == 1
    assert await expire_due(now=LATER) == 0  # a second run finds nothing to do

    assert sum((await expiring.lots(kind=LotKind.CLUB_CREDIT)).values()) == 0
    assert await _expired_credit() - before == 10_000
    [lot] = await Lot.filter(club_id=expiring.club.id, kind=LotKind.CLUB_CREDIT)
    assert lot.expired_at == LATER


async def test_an_expired_lots_credit_cannot_be_spent(expiring: Shop) -> None:
    await commit_purchase(expiring.request(100_000), evaluator=expiring.rules, now=NOW)
    await expire_due(now=LATER)

    quoted = await quote_purchase(expiring.request(20_000), evaluator=expiring.rules, now=LATER)
    assert quoted.usable_credit == 0
    with pytest.raises(ValidationFailed) as refused:
        await commit_purchase(expiring.request(20_000, credit=1), evaluator=expiring.rules,
                              now=LATER)
    assert refused.value.code == "insufficient_credit"


async def test_credit_a_return_restores_into_a_swept_lot_goes_on_to_expired_credit(
        expiring: Shop) -> None:
    await commit_purchase(expiring.request(100_000), evaluator=expiring.rules, now=NOW)
    paid = await commit_purchase(expiring.request(20_000, credit=6_000),
                                 evaluator=expiring.rules, now=NOW)
    await expire_due(now=LATER)
    before = await _expired_credit()

    await return_purchase(ReturnRequest(expiring.club.id, committed_id(paid), "back"),
                          now=LATER)

    assert sum((await expiring.lots(kind=LotKind.CLUB_CREDIT)).values()) == 0
    assert await _expired_credit() - before == 6_000


async def test_returning_a_purchase_whose_reward_expired_takes_it_back_from_expired_credit(
        expiring: Shop) -> None:
    earned = await commit_purchase(expiring.request(100_000), evaluator=expiring.rules, now=NOW)
    await commit_purchase(expiring.request(20_000, credit=4_000), evaluator=expiring.rules,
                          now=NOW)
    await expire_due(now=LATER)  # 6,000 of the 10,000 expired unspent
    before = await _expired_credit()

    out = await return_purchase(ReturnRequest(expiring.club.id, committed_id(earned), "back"),
                                now=LATER)

    assert out.debt == {IRR: 4_000}  # only what the member spent
    assert await _expired_credit() - before == -6_000
    assert await expiring.owed(ledger=IRR) == 4_000


async def test_the_expiry_actor_run_twice_and_at_once_sweeps_a_lot_once(
        actor_services: None, shop: Shop) -> None:
    now = datetime.now(UTC)
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 10_000,
                                    expires_at=now - timedelta(hours=1)))
    await commit_purchase(shop.request(100_000), evaluator=shop.rules,
                          now=now - timedelta(days=1))
    before = await _expired_credit()

    await asyncio.gather(*(body_of(expire_loyalty_credit)() for _ in range(2)))
    await body_of(expire_loyalty_credit)()

    assert await _expired_credit() - before == 10_000
    assert await Lot.filter(club_id=shop.club.id, expired_at__not_isnull=True).count() == 1
