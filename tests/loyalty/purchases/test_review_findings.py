"""A reviewer's findings on the purchase money path, each shown by a test that failed while the
bug was there (now fixed), and a few checks that held."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from models.errors import Conflict, ValidationFailed
from models.ledger.codes import AMOUNT_MAX
from models.ledger.tables import Account, Transfer
from models.lots.tables import LotKind, ScopeKind
from models.loyalty.accounts import IRR
from models.loyalty.codes import AccountPurpose, EffectKind, PurchaseState
from models.loyalty.legs import Place
from models.loyalty.purchases import LineInput, commit_purchase, plan_purchase, quote_purchase
from models.loyalty.returns import ReturnLine, ReturnRequest, return_purchase
from models.loyalty.tables import LoyaltyAccount, Purchase, PurchaseLine, PurchaseReturn
from tests.loyalty.purchases.conftest import Rules, Shop, committed_id, make_shop, reward

pytestmark = pytest.mark.usefixtures("clean_ledger")

LINES = (LineInput(1, 600), LineInput(2, 400))


async def test_a_return_by_lines_after_a_return_by_amount_cannot_exceed_the_purchase(
        shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 10, rule_id=2))
    paid = await commit_purchase(shop.request(1_000, lines=LINES), evaluator=shop.rules)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "a", amount=600))

    with pytest.raises(ValidationFailed) as refused:
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "b",
                                            lines=(ReturnLine(1, 600),)))
    assert refused.value.code == "return_exceeds_purchase"


async def test_returning_all_of_a_purchase_by_amount_claws_back_the_rewards_of_its_lines(
        shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 60, rule_id=2, line_no=1))
    paid = await commit_purchase(shop.request(1_000, lines=LINES), evaluator=shop.rules)
    assert await shop.points() == 60

    out = await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "all"))

    assert out.state is PurchaseState.RETURNED
    assert await shop.points() == 0


async def test_concurrent_first_purchases_earn_a_first_purchase_reward_once(
        shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 5_000, rule_id=3)
                   if f.first_at_club else None)

    await asyncio.gather(*(commit_purchase(shop.request(10_000, reference=f"first-{n}"),
                                           evaluator=shop.rules) for n in range(2)))

    assert sum((await shop.lots(kind=LotKind.CLUB_CREDIT)).values()) == 5_000


async def test_an_amount_past_the_ledgers_range_is_refused_as_bad_input(shop: Shop) -> None:
    with pytest.raises(ValidationFailed):
        await commit_purchase(shop.request(2**63), evaluator=shop.rules)
    assert await Purchase.filter(club_id=shop.club.id).count() == 0


async def test_a_merchants_credit_does_not_repay_a_debt_owed_for_another_merchants_credit(
        shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.MERCHANT_CREDIT, 10_000, rule_id=4,
                                    scope=ScopeKind.MERCHANT, scope_id=f.merchant_id)
                   if f.amount in (100_000, 50_000) else None)
    earned = await commit_purchase(shop.request(100_000), evaluator=shop.rules)
    await commit_purchase(shop.request(20_000, credit=10_000), evaluator=shop.rules)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(earned), "back"))
    assert await shop.owed(ledger=IRR) == 10_000  # merchant 0's credit, spent, clawed back

    await commit_purchase(shop.request(50_000, merchant=1), evaluator=shop.rules)

    merchant_1 = await shop.account(AccountPurpose.MERCHANT_FUNDING,
                                    f"merchant:{shop.merchants[1].id}")
    at_merchant_1 = await shop.lots(kind=LotKind.MERCHANT_CREDIT)
    assert sum(at_merchant_1.values()) == int(merchant_1.debits_posted)


async def test_a_refused_commit_writes_no_transfer(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 3_000, rule_id=1,
                                    budget_total=10_000))
    with pytest.raises(ValidationFailed):
        await commit_purchase(shop.request(20_000, credit=1), evaluator=shop.rules)
    assert await Transfer.all().count() == 0


# --- checked and holding ----------------------------------------------------------------------

async def test_concurrent_identical_commits_make_one_purchase(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 100, rule_id=2))
    outs = await asyncio.gather(*(commit_purchase(shop.request(10_000, reference="same"),
                                                  evaluator=shop.rules) for _ in range(4)))
    assert {o.purchase_id for o in outs} == {outs[0].purchase_id}
    assert sum(not o.replayed for o in outs) == 1
    assert await shop.points() == 100


async def test_concurrent_returns_never_exceed_the_purchase(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 100, rule_id=2))
    paid = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    results = await asyncio.gather(*(return_purchase(ReturnRequest(
        shop.club.id, committed_id(paid), f"r{n}", amount=4_000)) for n in range(3)),
        return_exceptions=True)
    assert sum(isinstance(r, ValidationFailed) for r in results) == 1
    purchase = await Purchase.get(id=committed_id(paid))
    assert purchase.returned_amount == 8_000
    assert await PurchaseReturn.filter(purchase_id=purchase.id).count() == 2
    assert await shop.points() == 20


async def test_a_commit_replayed_with_another_body_is_a_conflict(shop: Shop) -> None:
    await commit_purchase(shop.request(10_000, reference="x"), evaluator=shop.rules)
    with pytest.raises(Conflict) as refused:
        await commit_purchase(shop.request(10_001, reference="x"), evaluator=shop.rules)
    assert refused.value.code == "idempotency_conflict"


async def test_a_return_key_reused_with_another_body_is_a_conflict_and_writes_nothing(
        shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 100, rule_id=2))
    paid = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "k", amount=1_000))
    transfers = await Transfer.all().count()
    again = await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "k",
                                                amount=1_000))
    assert again.replayed
    with pytest.raises(Conflict):
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "k",
                                            amount=2_000))
    with pytest.raises(Conflict):
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "k", void=True))
    assert await Transfer.all().count() == transfers
    assert await shop.points() == 90


async def test_concurrent_commits_of_one_member_never_overdraw_a_lot(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 10_000, rule_id=1)
                   if f.amount == 100_000 else None)
    await commit_purchase(shop.request(100_000), evaluator=shop.rules)
    results = await asyncio.gather(*(commit_purchase(shop.request(
        20_000, credit=6_000), evaluator=shop.rules) for _ in range(3)),
        return_exceptions=True)
    assert sum(isinstance(r, ValidationFailed) for r in results) == 2
    assert sum((await shop.lots(kind=LotKind.CLUB_CREDIT)).values()) == 4_000


async def test_concurrent_commits_of_many_members_never_overspend_a_budget(
        rules: Rules, db: str) -> None:
    shop = await make_shop(rules, members=6)
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 3_000, rule_id=1,
                                    budget_total=10_000))
    await asyncio.gather(*(commit_purchase(shop.request(20_000, member=n),
                                           evaluator=shop.rules) for n in range(6)))
    given = sum([sum((await shop.lots(n, LotKind.CLUB_CREDIT)).values()) for n in range(6)])
    assert given == 10_000
    assert await shop.budget_left("rule:1:total") == 0


async def test_a_refused_commit_once_the_accounts_exist_writes_nothing(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 3_000, rule_id=1,
                                    budget_total=10_000))
    await commit_purchase(shop.request(20_000), evaluator=shop.rules)
    counts = (await Transfer.all().count(), await Purchase.all().count())
    with pytest.raises(ValidationFailed):
        await commit_purchase(shop.request(20_000, credit=3_001), evaluator=shop.rules)
    assert (await Transfer.all().count(), await Purchase.all().count()) == counts


# --- what the fixes also hold -----------------------------------------------------------------

async def test_a_quote_writes_nothing(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, 3_000, rule_id=1,
                                    budget_total=10_000))
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 30, rule_id=2))
    accounts = await Account.all().count()

    quoted = await quote_purchase(shop.request(20_000), evaluator=shop.rules)

    assert [r.amount for r in quoted.rewards] == [3_000, 30]
    assert await Transfer.all().count() == 0
    assert await LoyaltyAccount.filter(club_id=shop.club.id).count() == 0
    assert await Account.all().count() == accounts


async def test_a_return_by_amount_claws_back_a_lines_reward_pro_rata(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 60, rule_id=2, line_no=1))
    paid = await commit_purchase(shop.request(1_000, lines=LINES), evaluator=shop.rules)

    await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "half", amount=500))

    assert await shop.points() == 30  # line 1 returned 300 of its 600
    lines = await PurchaseLine.filter(purchase_id=committed_id(paid)).order_by("line_no")
    assert [line.returned_amount for line in lines] == [300, 200]


async def test_a_return_amount_past_the_ledgers_range_is_refused_as_bad_input(
        shop: Shop) -> None:
    paid = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    with pytest.raises(ValidationFailed) as refused:
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "big",
                                            amount=AMOUNT_MAX + 1))
    assert refused.value.code == "invalid_input"
    assert await PurchaseReturn.filter(purchase_id=committed_id(paid)).count() == 0


@pytest.mark.parametrize("kind", [EffectKind.LOTTERY, EffectKind.POINTS,
                                  EffectKind.CLUB_CREDIT])
def test_a_reward_repays_only_what_is_owed_to_its_own_funder(shop: Shop,
                                                             kind: EffectKind) -> None:
    owed = {"merchant": 7, "club": 3, "points": 3, "entries": 3}
    request = shop.request(10_000)
    place = Place(shop.club.id, request.merchant_id, frozenset(), {})
    plan = plan_purchase(request, shop.club, place, [reward(kind, 5)], [()], {}, [], owed,
                         datetime.now(UTC))
    assert [r.repaid for r in plan.outcome.rewards] == [3]
    assert owed["merchant"] == 7  # the plan works on its own copy


@pytest.mark.parametrize("line", [LineInput(2**31, 1_000), LineInput(1, 1_000, quantity=2**31),
                                  LineInput(1, 1_000, service_category_id=2**31)])
async def test_a_line_past_its_columns_range_is_refused_as_bad_input(shop: Shop,
                                                                     line: LineInput) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await commit_purchase(shop.request(line.amount, lines=[line]), evaluator=shop.rules)
    assert refused.value.code == "invalid_input"
    assert await Purchase.filter(club_id=shop.club.id).count() == 0


async def test_a_refused_return_makes_no_account(shop: Shop) -> None:
    shop.rules.add(lambda f: reward(EffectKind.POINTS, 30, rule_id=2))
    paid = await commit_purchase(shop.request(10_000), evaluator=shop.rules)
    accounts = await Account.all().count()

    with pytest.raises(ValidationFailed):
        await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "too much",
                                            amount=10_001))

    assert await Account.all().count() == accounts
    assert not await LoyaltyAccount.exists(club_id=shop.club.id,
                                           purpose=AccountPurpose.MEMBER_DEBT)
