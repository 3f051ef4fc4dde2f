"""Returns and voids: every effect reversed pro rata and lot-exact, budgets restored, what was
spent clawed back or owed. The ledger verifies clean after every test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.errors import Conflict, ValidationFailed
from models.lots.tables import LotKind
from models.loyalty.accounts import IRR, POINT
from models.loyalty.codes import AccountPurpose, Beneficiary, EffectKind, PurchaseState
from models.loyalty.purchases import LineInput, commit_purchase
from models.loyalty.returns import ReturnLine, ReturnRequest, return_purchase, void_purchase
from models.loyalty.tables import Share
from tests.loyalty.purchases.conftest import Shop, committed_id, reward

pytestmark = pytest.mark.usefixtures("clean_ledger")


def _giving(shop: Shop) -> None:
    """Purchases of 100,000 earn 10,000 of club credit (budget 50,000) and 100 points; others
    earn 10% in points."""
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 10_000, rule_id=1,
                                    budget_total=50_000) if f.amount == 100_000 else None)
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 1_000, rule_id=2))


async def test_a_partial_return_restores_lots_points_and_budget_exactly(shop: Shop) -> None:
    _giving(shop)
    await commit_purchase(shop.request(100_000), evaluator=shop.rules)  # 10,000 credit, 100 pts
    paid = await commit_purchase(shop.request(50_000, credit=8_000, points=40),
                                 evaluator=shop.rules)  # earns 50 points
    assert (paid.credit_used, paid.points_value, paid.payable) == (8_000, 4_000, 38_000)
    assert await shop.budget_left("rule:1:total") == 40_000
    credit_lot = paid.draws[0].lot_id
    assert (await shop.lots(kind=LotKind.CLUB_CREDIT))[credit_lot] == 2_000
    assert await shop.points() == 110

    out = await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "r1",
                                              amount=20_000))

    assert (out.amount, out.returned_total, out.state) == (
        20_000, 20_000, PurchaseState.PARTLY_RETURNED)
    # 40% back: 3,200 of the credit to its lot, 16 of the points paid, 20 of the 50 earned
    assert (await shop.lots(kind=LotKind.CLUB_CREDIT))[credit_lot] == 5_200
    assert await shop.points() == 110 + 16 - 20

    first = await commit_purchase(shop.request(100_000, reference="big"), evaluator=shop.rules)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(first), "r2", amount=25_000))
    assert await shop.budget_left("rule:1:total") == 30_000 + 2_500


async def test_a_purchase_returned_in_parts_reverses_exactly_what_it_gave(shop: Shop) -> None:
    _giving(shop)
    await commit_purchase(shop.request(100_000), evaluator=shop.rules)
    before = await shop.lots()
    paid = await commit_purchase(shop.request(33_333, credit=7_777, points=3),
                                 evaluator=shop.rules)
    for n, part in enumerate((10_000, 10_001, 13_332)):
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), f"p{n}",
                                            amount=part))
    assert await shop.lots() == before
    with pytest.raises(ValidationFailed) as refused:
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "p9", amount=1))
    assert refused.value.code == "return_exceeds_purchase"


async def test_a_return_of_more_than_was_bought_is_refused_and_writes_nothing(
        shop: Shop) -> None:
    _giving(shop)
    paid = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    with pytest.raises(ValidationFailed) as refused:
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "r", amount=10_001))
    assert refused.value.code == "return_exceeds_purchase"
    assert await shop.points() == 10


async def test_a_return_by_lines_reverses_the_rewards_of_those_lines(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 30, line_no=1))
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 70, line_no=2))
    paid = await commit_purchase(shop.request(10_000, lines=[
        LineInput(1, 4_000), LineInput(2, 6_000)]), evaluator=shop.rules)

    await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "l1",
                                        lines=(ReturnLine(1, 4_000),)))

    assert await shop.points() == 70
    with pytest.raises(ValidationFailed) as refused:
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "l2",
                                            lines=(ReturnLine(1, 1),)))
    assert refused.value.code == "return_exceeds_purchase"


async def test_a_return_claws_points_back_from_all_the_member_holds_of_them(
        shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 100)
                   if f.amount >= 5_000 else None)
    earned = await commit_purchase(shop.request(10_000), evaluator=shop.rules)  # 100 points
    await commit_purchase(shop.request(5_000), evaluator=shop.rules)  # 50 more
    await commit_purchase(shop.request(4_000, points=40), evaluator=shop.rules)
    assert await shop.points() == 110

    out = await return_purchase(ReturnRequest(shop.club.id, committed_id(earned), "back"))

    assert out.debt == {}
    assert await shop.points() == 10


async def test_points_spent_beyond_what_is_left_become_a_debt_repaid_first(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 100) if f.amount == 10_000 else None)
    earned = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    await commit_purchase(shop.request(7_000, points=70), evaluator=shop.rules)
    assert await shop.points() == 30

    out = await return_purchase(ReturnRequest(shop.club.id, committed_id(earned), "back"))

    assert out.debt == {POINT: 70}
    assert (await shop.points(), await shop.owed()) == (0, 70)
    repaying = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    assert [(r.amount, r.repaid) for r in repaying.rewards] == [(100, 70)]
    assert (await shop.points(), await shop.owed()) == (30, 0)


async def test_credit_spent_before_its_purchase_is_returned_becomes_a_debt(
        shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 5_000)
                   if f.amount == 50_000 else None)
    earned = await commit_purchase(shop.request(50_000), evaluator=shop.rules)
    await commit_purchase(shop.request(3_000, all_credit=True), evaluator=shop.rules)

    out = await return_purchase(ReturnRequest(shop.club.id, committed_id(earned), "back"))

    assert out.debt == {IRR: 3_000}
    assert sum((await shop.lots(kind=LotKind.CLUB_CREDIT)).values()) == 0
    assert await shop.owed(ledger=IRR) == 3_000


async def test_a_return_key_answers_its_first_return_and_conflicts_when_changed(
        shop: Shop) -> None:
    _giving(shop)
    paid = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    first = await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "k",
                                                amount=5_000))
    again = await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "k",
                                                amount=5_000))
    assert again.replayed and again.return_id == first.return_id
    assert await shop.points() == 5
    with pytest.raises(Conflict) as refused:
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "k", amount=4_000))
    assert refused.value.code == "idempotency_conflict"


async def test_a_purchase_is_voided_on_its_day_only(shop: Shop) -> None:
    _giving(shop)
    morning = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)  # 09:30 in Tehran
    today = await commit_purchase(shop.request(100_000), evaluator=shop.rules, now=morning)
    yesterday = await commit_purchase(shop.request(100_000),
                                      evaluator=shop.rules, now=morning - timedelta(days=1))

    with pytest.raises(Conflict) as refused:
        await void_purchase(shop.club.id, committed_id(yesterday), "v1", now=morning)
    assert refused.value.code == "void_not_same_day"
    out = await void_purchase(shop.club.id, committed_id(today), "v2",
                              now=morning + timedelta(hours=10))

    assert (out.state, out.amount, out.is_void) == (PurchaseState.VOIDED, 100_000, True)
    assert await shop.budget_left("rule:1:total") == 40_000
    assert sum((await shop.lots(kind=LotKind.CLUB_CREDIT)).values()) == 10_000
    with pytest.raises(Conflict):
        await return_purchase(ReturnRequest(shop.club.id, committed_id(today), "v3"))


async def test_shares_sum_to_the_amount_and_a_return_adds_negative_shares(shop: Shop) -> None:
    shop.club.split_terms = [{"beneficiary": "club_owner", "percent_bp": 1_250}]
    shop.club.fee_percent_bp = 100
    await shop.club.save()
    paid = await commit_purchase(shop.request(99_999), evaluator=shop.rules)
    shares = await Share.filter(purchase_id=committed_id(paid)).order_by("id")
    assert [(s.beneficiary, s.amount) for s in shares] == [
        (Beneficiary.CLUB_OWNER, 12_499), (Beneficiary.MERCHANT, 87_500)]
    assert paid.fee == 999

    await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "r", amount=33_333))

    returned = await Share.filter(purchase_id=committed_id(paid), return_id__not_isnull=True)
    assert sum(s.amount for s in returned) == -33_333
    owner = await shop.account(AccountPurpose.SHARE_PAYABLE, f"club_owner:{shop.owner.id}")
    assert owner.credits_posted - owner.debits_posted == 12_499 - 4_166
    fee = await shop.account(AccountPurpose.FEE_PAYABLE)
    assert fee.debits_posted - fee.credits_posted == 999  # a return keeps the fee
