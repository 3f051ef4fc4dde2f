"""Committing a purchase: its legs on the ledger, what the member may pay with where, replays,
and budgets under concurrency. The ledger verifies clean after every test."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import Conflict, ValidationFailed
from models.ledger.tables import Transfer
from models.lots.tables import LotKind, ScopeKind
from models.loyalty.accounts import IRR
from models.loyalty.codes import AccountPurpose, EffectKind
from models.loyalty.purchases import LineInput, commit_purchase, quote_purchase
from models.loyalty.tables import MerchantGroup, MerchantGroupMember, PurchaseEffect
from tests.loyalty.purchases.conftest import Shop, make_shop, reward

pytestmark = pytest.mark.usefixtures("clean_ledger")


async def test_a_purchase_earns_credit_points_and_entries_in_one_batch(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, f.amount // 10, rule_id=1))
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 1000, rule_id=2))
    shop.rules.add(lambda f: reward(EffectKind.LOTTERY, 1, rule_id=3))
    shop.rules.add(lambda f: reward(EffectKind.DISCOUNT, 5_000, rule_id=4))

    out = await commit_purchase(shop.request(100_000), evaluator=shop.rules)

    assert (out.discount, out.payable) == (5_000, 95_000)
    assert [(r.kind, r.amount, r.rule_id) for r in out.rewards] == [
        (EffectKind.CLUB_CREDIT, 10_000, 1), (EffectKind.POINTS, 100, 2),
        (EffectKind.LOTTERY, 1, 3), (EffectKind.DISCOUNT, 5_000, 4)]
    assert sorted((await shop.lots()).values()) == [1, 100, 10_000]
    merchant = await shop.account(AccountPurpose.MERCHANT_FUNDING,
                                  f"merchant:{shop.merchants[0].id}")
    assert merchant.debits_posted == 5_000
    assert await PurchaseEffect.filter(purchase_id=out.purchase_id).count() == 4


async def test_merchant_credit_is_spendable_only_at_its_merchant(shop: Shop) -> None:
    first = shop.merchants[0].id
    shop.rules.add(lambda f: reward(EffectKind.MERCHANT_CREDIT, 20_000, scope=ScopeKind.MERCHANT,
                                    scope_id=f.merchant_id) if f.amount == 200_000 else None)
    await commit_purchase(shop.request(200_000), evaluator=shop.rules)

    elsewhere = await quote_purchase(shop.request(50_000, merchant=1, all_credit=True),
                                     evaluator=shop.rules)
    assert (elsewhere.usable_credit, elsewhere.credit_used) == (0, 0)
    with pytest.raises(ValidationFailed) as refused:
        await commit_purchase(shop.request(50_000, merchant=1, credit=1), evaluator=shop.rules)
    assert refused.value.code == "insufficient_credit"

    here = await commit_purchase(shop.request(50_000, all_credit=True), evaluator=shop.rules)
    assert (here.usable_credit, here.credit_used, here.payable) == (20_000, 20_000, 30_000)
    assert [d.kind for d in here.draws] == [LotKind.MERCHANT_CREDIT]
    assert sum((await shop.lots()).values()) == 0
    assert first == shop.merchants[0].id


async def test_club_credit_of_a_merchant_group_is_spendable_only_in_the_group(
        shop: Shop) -> None:
    group = await MerchantGroup.create(club_id=shop.club.id, name="Cafés")
    await MerchantGroupMember.create(club_id=shop.club.id, group_id=group.id,
                                     merchant_id=shop.merchants[0].id)
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 7_000,
                                    scope=ScopeKind.MERCHANT_GROUP, scope_id=group.id)
                   if f.amount == 70_000 else None)
    await commit_purchase(shop.request(70_000, merchant=1), evaluator=shop.rules)

    outside = await quote_purchase(shop.request(10_000, merchant=1, all_credit=True),
                                   evaluator=shop.rules)
    inside = await quote_purchase(shop.request(10_000, merchant=0, all_credit=True),
                                  evaluator=shop.rules)
    assert (outside.usable_credit, inside.usable_credit) == (0, 7_000)


async def test_service_category_credit_pays_only_lines_of_its_category(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 9_000,
                                    scope=ScopeKind.SERVICE_CATEGORY, scope_id=77)
                   if f.amount == 90_000 else None)
    await commit_purchase(shop.request(90_000), evaluator=shop.rules)

    out = await commit_purchase(shop.request(20_000, all_credit=True, lines=[
        LineInput(1, 4_000, service_category_id=77), LineInput(2, 16_000)]),
        evaluator=shop.rules)
    assert (out.usable_credit, out.credit_used, out.payable) == (4_000, 4_000, 16_000)


async def test_soonest_expiring_credit_is_spent_first_and_expired_credit_not_at_all(
        shop: Shop) -> None:
    now = datetime.now(UTC)
    expiries = {100_000: now + timedelta(days=30), 200_000: now + timedelta(days=3),
                300_000: now + timedelta(seconds=1)}
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, f.amount // 100,
                                    expires_at=expiries[f.amount])
                   if f.amount in expiries else None)
    for amount in expiries:
        await commit_purchase(shop.request(amount), evaluator=shop.rules)

    out = await commit_purchase(shop.request(2_500, all_credit=True), evaluator=shop.rules,
                                now=now + timedelta(seconds=5))
    assert out.usable_credit == 3_000  # the 3,000 that expired is not usable
    assert [d.amount for d in out.draws] == [2_000, 500]  # 3 days, then 30 days


async def test_quote_equals_commit(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 5_000))
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 30))
    await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    at = datetime.now(UTC)
    request = shop.request(60_000, all_credit=True, points=20)

    quoted = await quote_purchase(request, evaluator=shop.rules, now=at)
    committed = await commit_purchase(request, evaluator=shop.rules, now=at)

    assert (quoted.discount, quoted.payable, quoted.usable_credit, quoted.credit_used,
            quoted.points_used, quoted.points_value, quoted.fee) == (
        committed.discount, committed.payable, committed.usable_credit, committed.credit_used,
        committed.points_used, committed.points_value, committed.fee)
    assert [(r.rule_id, r.kind, r.amount) for r in quoted.rewards] == [
        (r.rule_id, r.kind, r.amount) for r in committed.rewards]
    assert quoted.draws == committed.draws
    assert (committed.credit_used, committed.points_value, committed.payable) == (
        5_000, 2_000, 53_000)


async def test_a_replay_answers_the_first_commit_and_a_changed_request_conflicts(
        shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 100))
    first = await commit_purchase(shop.request(10_000, reference="pos-1"), evaluator=shop.rules)
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 999, rule_id=9))  # rules changed since

    again = await commit_purchase(shop.request(10_000, reference="pos-1"), evaluator=shop.rules)
    assert again.replayed and not first.replayed
    assert again.purchase_id == first.purchase_id and again.rewards == first.rewards
    assert await shop.points() == 100
    with pytest.raises(Conflict) as refused:
        await commit_purchase(shop.request(10_001, reference="pos-1"), evaluator=shop.rules)
    assert refused.value.code == "idempotency_conflict"


async def test_concurrent_replays_commit_once(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 10))
    request = shop.request(10_000, reference="pos-9")
    outs = await asyncio.gather(*(commit_purchase(request, evaluator=shop.rules)
                                  for _ in range(5)))
    assert len({o.purchase_id for o in outs}) == 1
    assert sum(not o.replayed for o in outs) == 1
    assert await shop.points() == 10


async def test_a_budget_is_reached_exactly_under_50_concurrent_purchases(
        db: str, rules: object) -> None:
    shop = await make_shop(rules, members=50)  # type: ignore[arg-type]  # the fixture's Rules
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 3_000, budget_total=100_000))

    outs = await asyncio.gather(*(commit_purchase(shop.request(50_000, member=n),
                                                  evaluator=shop.rules) for n in range(50)))

    granted = sum(r.amount for o in outs for r in o.rewards)
    assert granted == 100_000
    assert sum(1 for o in outs for r in o.rewards if r.capped) == 1  # 33 × 3,000 + 1,000
    assert await shop.budget_left("rule:1:total") == 0


async def test_budgets_per_member_and_period_cap_the_reward(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 40, budget_per_member=100,
                                    budget_member_period="day"))
    earned = [sum(r.amount for r in (await commit_purchase(
        shop.request(1_000), evaluator=shop.rules)).rewards) for _ in range(4)]
    other = await commit_purchase(shop.request(1_000, member=1), evaluator=shop.rules)
    assert earned == [40, 40, 20, 0]
    assert [r.amount for r in other.rewards] == [40]


async def test_points_pay_at_the_clubs_rate(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 50) if f.amount == 1_000 else None)
    await commit_purchase(shop.request(1_000), evaluator=shop.rules)
    out = await commit_purchase(shop.request(10_000, points=30), evaluator=shop.rules)
    assert (out.points_value, out.payable) == (3_000, 7_000)
    assert await shop.points() == 20
    with pytest.raises(ValidationFailed) as refused:
        await commit_purchase(shop.request(10_000, points=21), evaluator=shop.rules)
    assert refused.value.code == "insufficient_points"


async def test_lines_must_sum_to_the_amount_and_nothing_is_written(shop: Shop) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await commit_purchase(shop.request(10_000, lines=[LineInput(1, 9_000)]),
                              evaluator=shop.rules)
    assert refused.value.code == "lines_must_sum_to_amount"
    assert await PurchaseEffect.all().count() == 0
    assert IRR == "IRR"


async def test_a_quote_writes_no_transfer_even_for_a_budget_not_used_yet(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 3_000, budget_total=2_000))

    quoted = await quote_purchase(shop.request(10_000), evaluator=shop.rules)

    assert [(r.amount, r.capped) for r in quoted.rewards] == [(2_000, True)]
    assert await Transfer.all().count() == 0
    committed = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    assert [r.amount for r in committed.rewards] == [2_000]
