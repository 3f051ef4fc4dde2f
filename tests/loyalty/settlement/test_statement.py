"""The club owner's statement of a period and the club's 30-day dashboard."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from models.identity.tables import Partner
from models.lots.tables import LotKind
from models.loyalty.codes import Beneficiary, EffectKind, PurchaseState
from models.loyalty.psp.formats import Psp
from models.loyalty.psp.simulator import SettlementSimulator
from models.loyalty.settlement import close_period
from models.loyalty.statement import club_dashboard, club_statement
from models.loyalty.tables import Club

from .conftest import DAY_ONE, MakePurchase, MakeShare, days


async def test_the_statement_counts_purchases_fees_shares_and_rewards(
        club: Club, merchant: Partner, make_purchase: MakePurchase, make_share: MakeShare,
        expire_lot: Callable[..., Awaitable[None]], simulator: SettlementSimulator) -> None:
    # given two purchases (and a voided one) with rewards, redemptions, shares and breakage
    await make_purchase(100_000, merchant_id=merchant.id,
                        effects={EffectKind.CLUB_CREDIT: 5_000, EffectKind.POINTS: 100})
    await make_purchase(20_000, merchant_id=merchant.id, returned=2_000,
                        effects={EffectKind.DISCOUNT: 1_000, EffectKind.REDEEM_CREDIT: 3_000})
    await make_purchase(9_999, merchant_id=merchant.id, state=PurchaseState.VOIDED,
                        effects={EffectKind.CLUB_CREDIT: 9})
    await make_share(90_000, partner_id=merchant.id)
    await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP, adapter=simulator)
    await make_share(18_000, partner_id=merchant.id)  # not settled yet
    await make_share(2_000, partner_id=club.owner_id, beneficiary=Beneficiary.CLUB_OWNER,
                     as_credit=True)
    await expire_lot(700, at=DAY_ONE + days(2))
    await expire_lot(40, kind=LotKind.POINTS, at=DAY_ONE + days(3))
    # when the owner reads the statement of the month
    statement = await club_statement(club, datetime(2026, 10, 22, tzinfo=UTC),
                                     datetime(2026, 11, 21, tzinfo=UTC))
    # then
    assert (statement.purchases, statement.sales, statement.returned) == (2, 120_000, 2_000)
    # 1 % of each purchase floored, plus 50 rials each
    assert statement.fees == (1_000 + 50) + (200 + 50)
    assert statement.issued == {"credit": 5_000, "points": 100, "discount": 1_000}
    assert statement.redeemed == {"credit": 3_000}
    assert statement.expired == {"credit": 700, "points": 40}
    owner, merchant_shares = statement.shares
    assert (owner.beneficiary, owner.as_credit, owner.pending) == (
        Beneficiary.CLUB_OWNER, 2_000, 0)
    assert (merchant_shares.total, merchant_shares.settled, merchant_shares.pending) == (
        108_000, 90_000, 18_000)
    assert merchant_shares.partner_name == "Narvan Café"


async def test_the_dashboard_lays_thirty_tehran_days_and_ranks_merchants(
        club: Club, merchant: Partner, make_purchase: MakePurchase,
        expire_lot: Callable[..., Awaitable[None]]) -> None:
    other = await Partner.create(name="Other shop", kind=merchant.kind)
    # 21:00 UTC is already the next day in Tehran
    late = datetime(2026, 11, 1, 21, 0, tzinfo=UTC)
    await make_purchase(50_000, merchant_id=merchant.id, at=late,
                        effects={EffectKind.CLUB_CREDIT: 2_000, EffectKind.LOTTERY: 1})
    await make_purchase(80_000, merchant_id=other.id, at=late,
                        effects={EffectKind.REDEEM_POINTS: 30})
    await expire_lot(500, at=late)
    dashboard = await club_dashboard(club, now=datetime(2026, 11, 5, 12, 0, tzinfo=UTC))
    assert len(dashboard.days) == 30 and dashboard.days[-1].day.isoformat() == "2026-11-05"
    [day] = [d for d in dashboard.days if d.issued or d.redeemed or d.expired]
    assert day.day.isoformat() == "2026-11-02"
    assert (day.issued, day.redeemed, day.expired) == (
        {"credit": 2_000, "entries": 1}, {"points": 30}, {"credit": 500})
    assert [(m.name, m.sales) for m in dashboard.top_merchants] == [
        ("Other shop", 80_000), ("Narvan Café", 50_000)]
