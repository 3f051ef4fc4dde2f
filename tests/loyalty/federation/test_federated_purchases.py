"""A home club's member at a host club's merchant, through a federation agreement: what may be
earned and spent there, where the split goes, what the home club owes the host, returns, and
closing a period between the two clubs."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import NotFound, ValidationFailed
from models.lots.tables import ScopeKind
from models.loyalty import federation
from models.loyalty.codes import (
    AccountPurpose,
    Beneficiary,
    EffectKind,
    MerchantStatus,
    TravellingKind,
)
from models.loyalty.federation import club_subject
from models.loyalty.federation_tables import FederationEntry
from models.loyalty.purchases import commit_purchase, quote_purchase
from models.loyalty.returns import ReturnRequest, return_purchase
from models.loyalty.tables import ClubMerchant, Share
from tests.loyalty.purchases.conftest import committed_id, reward

from .conftest import Pair, balance

pytestmark = pytest.mark.usefixtures("clean_ledger")

P = AccountPurpose


async def owed_between(pair: Pair) -> tuple[int, int]:
    """The home club's payable to the host (credit balance) and the host's receivable from the
    home club (debit balance)."""
    payable = await balance(pair.home.club, P.FEDERATION_PAYABLE,
                            club_subject(pair.host.club.id))
    receivable = -await balance(pair.host.club, P.FEDERATION_RECEIVABLE,
                                club_subject(pair.home.club.id))
    return payable, receivable


async def test_a_federation_agreement_allowing_spend_at_a_partner_clubs_merchant_settles_it(
        pair: Pair) -> None:
    # given A's member holds 30,000 of A's club credit, and A's members may spend it at B's
    await pair.give(EffectKind.CLUB_CREDIT, 30_000, "seed")
    agreement = await pair.agree(kinds=(TravellingKind.CLUB_CREDIT,))
    # when they buy for 100,000 at B's merchant paying with all of it
    out = await commit_purchase(pair.at_host(100_000, credit=30_000))
    # then the purchase is A's, paid 30,000 in credit and 70,000 in money
    assert (out.credit_used, out.payable) == (30_000, 70_000)
    # and B's split takes the whole amount, in B's books; A's sales clearing is left as it was
    shares = await Share.filter(purchase_id=committed_id(out))
    assert {s.club_id for s in shares} == {pair.host.club.id}
    assert sum(s.amount for s in shares) == 100_000
    assert await balance(pair.home.club, P.SALES_CLEARING) == 0
    assert await balance(pair.host.club, P.SALES_CLEARING) == -70_000  # the PSP collects it
    # and A owes B the 30,000 its credit paid
    assert await owed_between(pair) == (30_000, 30_000)
    # when a manager closes the period
    closed = await federation.close_period(pair.b, agreement.id, datetime.now(UTC))
    # then the net moves from A's payable to B's receivable, and nothing stays owed
    assert (closed.net, closed.entries) == (30_000, 1)
    assert closed.transfer_id is not None
    assert await owed_between(pair) == (0, 0)


async def test_the_statement_counts_purchases_what_they_paid_and_the_net(pair: Pair) -> None:
    await pair.give(EffectKind.CLUB_CREDIT, 10_000, "seed")
    await pair.give(EffectKind.POINTS, 50, "points")
    await pair.agree()
    await commit_purchase(pair.at_host(40_000, credit=10_000, points=50))
    await commit_purchase(pair.at_host(20_000))
    now = datetime.now(UTC)
    statement = await federation.statement(pair.a, pair.home.club.id, pair.host.club.id,
                                           now - timedelta(days=1), now + timedelta(days=1))
    assert (statement.purchases, statement.sales, statement.credit, statement.points_value,
            statement.net) == (2, 60_000, 10_000, 5_000, 15_000)


async def test_a_partner_clubs_merchant_without_an_agreement_is_refused(pair: Pair) -> None:
    with pytest.raises(NotFound) as refused:
        await commit_purchase(pair.at_host(10_000))
    assert refused.value.code == "not_found"


async def test_a_proposed_agreement_lets_nothing_through_until_the_host_accepts(
        pair: Pair) -> None:
    await pair.agree(accept=False)
    with pytest.raises(NotFound):
        await quote_purchase(pair.at_host(10_000))


async def test_an_ended_agreement_refuses_new_purchases(pair: Pair) -> None:
    agreement = await pair.agree()
    await commit_purchase(pair.at_host(10_000))
    await federation.end_agreement(pair.b, agreement.id)
    with pytest.raises(NotFound):
        await commit_purchase(pair.at_host(10_000))


async def test_credit_of_a_kind_that_does_not_travel_cannot_pay(pair: Pair) -> None:
    await pair.give(EffectKind.CLUB_CREDIT, 30_000, "seed")
    await pair.agree(kinds=(TravellingKind.VIRTUAL_CREDIT,))
    quoted = await quote_purchase(pair.at_host(50_000))
    assert quoted.usable_credit == 0
    with pytest.raises(ValidationFailed) as refused:
        await commit_purchase(pair.at_host(50_000, credit=1_000))
    assert refused.value.code == "insufficient_credit"


async def test_points_that_do_not_travel_are_refused(pair: Pair) -> None:
    await pair.give(EffectKind.POINTS, 100, "points")
    await pair.agree(kinds=(TravellingKind.CLUB_CREDIT,))
    with pytest.raises(ValidationFailed) as refused:
        await commit_purchase(pair.at_host(50_000, points=10))
    assert refused.value.code == "points_not_redeemable"


async def test_an_agreement_to_earn_only_lets_nothing_be_spent(pair: Pair) -> None:
    await pair.give(EffectKind.CLUB_CREDIT, 30_000, "seed")
    await pair.agree(spend=False, kinds=())
    assert (await quote_purchase(pair.at_host(50_000))).usable_credit == 0


async def test_merchant_credit_of_the_home_clubs_merchant_never_travels(pair: Pair) -> None:
    own = pair.home.merchants[0].id
    await pair.give(EffectKind.MERCHANT_CREDIT, 5_000, "mc", merchant_id=own,
                    scope_kind=ScopeKind.MERCHANT, scope_id=own)
    await pair.agree()
    assert (await quote_purchase(pair.at_host(50_000))).usable_credit == 0


async def test_the_home_clubs_rules_reward_only_an_agreement_that_lets_members_earn(
        pair: Pair) -> None:
    pair.home.rules.add(lambda facts: reward(EffectKind.POINTS, 7))
    await pair.agree(earn=False, spend=True)
    out = await commit_purchase(pair.at_host(10_000), evaluator=pair.home.rules)
    assert out.rewards == ()


async def test_an_agreement_to_earn_rewards_under_the_home_clubs_rules(pair: Pair) -> None:
    pair.home.rules.add(lambda facts: reward(EffectKind.POINTS, 7))
    await pair.agree(earn=True, spend=False, kinds=())
    out = await commit_purchase(pair.at_host(10_000), evaluator=pair.home.rules)
    assert [(r.kind, r.amount) for r in out.rewards] == [(EffectKind.POINTS, 7)]
    assert await pair.home.points() == 7


async def test_a_discount_of_the_home_clubs_rules_is_owed_to_the_host(pair: Pair) -> None:
    pair.home.rules.add(lambda facts: reward(EffectKind.DISCOUNT, 2_000))
    await pair.agree()
    out = await commit_purchase(pair.at_host(10_000), evaluator=pair.home.rules)
    assert (out.discount, out.payable) == (2_000, 8_000)
    assert await owed_between(pair) == (2_000, 2_000)
    assert await balance(pair.home.club, P.SALES_CLEARING) == 0


async def test_the_split_follows_the_merchants_terms_in_the_host_club(pair: Pair) -> None:
    await ClubMerchant.filter(club_id=pair.host.club.id).update(split_terms=[
        {"beneficiary": "club_owner", "percent_bp": 1_000}, {"beneficiary": "merchant"}])
    await pair.agree()
    out = await commit_purchase(pair.at_host(10_000))
    shares = {(s.beneficiary, s.partner_id): s.amount
              for s in await Share.filter(purchase_id=committed_id(out))}
    assert shares == {(Beneficiary.CLUB_OWNER, pair.host.club.owner_id): 1_000,
                      (Beneficiary.MERCHANT, pair.host.merchants[0].id): 9_000}


async def test_a_return_reverses_what_is_owed_pro_rata_and_the_hosts_shares(
        pair: Pair) -> None:
    await pair.give(EffectKind.CLUB_CREDIT, 30_000, "seed")
    await pair.agree()
    out = await commit_purchase(pair.at_host(100_000, credit=30_000))
    purchase_id = committed_id(out)
    await return_purchase(ReturnRequest(pair.home.club.id, purchase_id, "half", amount=50_000))
    assert await owed_between(pair) == (15_000, 15_000)
    shares = await Share.filter(purchase_id=purchase_id)
    assert {s.club_id for s in shares} == {pair.host.club.id}
    assert sum(s.amount for s in shares) == 50_000
    assert await balance(pair.home.club, P.SALES_CLEARING) == 0
    assert await balance(pair.host.club, P.SALES_CLEARING) == -35_000
    assert sum((await pair.home.lots()).values()) == 15_000
    await return_purchase(ReturnRequest(pair.home.club.id, purchase_id, "rest"))
    assert await owed_between(pair) == (0, 0)
    assert sum(s.amount for s in await Share.filter(purchase_id=purchase_id)) == 0
    entries = await FederationEntry.filter(purchase_id=purchase_id).order_by("id")
    assert [e.owed for e in entries] == [30_000, -15_000, -15_000]


async def test_a_return_after_a_closed_period_is_paid_back_by_the_host_next_period(
        pair: Pair) -> None:
    await pair.give(EffectKind.CLUB_CREDIT, 30_000, "seed")
    agreement = await pair.agree()
    out = await commit_purchase(pair.at_host(100_000, credit=30_000))
    await federation.close_period(pair.a, agreement.id, datetime.now(UTC))
    await return_purchase(ReturnRequest(pair.home.club.id, committed_id(out), "all"))
    closed = await federation.close_period(pair.a, agreement.id, datetime.now(UTC))
    assert closed.net == -30_000
    assert await owed_between(pair) == (0, 0)


async def test_closing_a_period_twice_posts_once(pair: Pair) -> None:
    await pair.give(EffectKind.CLUB_CREDIT, 30_000, "seed")
    agreement = await pair.agree()
    await commit_purchase(pair.at_host(100_000, credit=30_000))
    end = datetime.now(UTC)
    first = await federation.close_period(pair.a, agreement.id, end)
    again = await federation.close_period(pair.b, agreement.id, end)
    assert again.id == first.id
    assert await owed_between(pair) == (0, 0)


async def test_a_period_not_ended_cannot_be_closed(pair: Pair) -> None:
    agreement = await pair.agree()
    with pytest.raises(ValidationFailed) as refused:
        await federation.close_period(pair.a, agreement.id,
                                      datetime.now(UTC) + timedelta(hours=1))
    assert refused.value.code == "settlement_period_not_ended"


async def test_the_clubs_own_merchant_is_not_taken_through_the_agreement(pair: Pair) -> None:
    await pair.agree()
    out = await commit_purchase(pair.home.request(10_000))
    assert await FederationEntry.filter(purchase_id=committed_id(out)).count() == 0
    assert {s.club_id for s in await Share.filter(purchase_id=committed_id(out))} == {
        pair.home.club.id}


async def test_a_replayed_purchase_writes_its_entry_once(pair: Pair) -> None:
    await pair.agree()
    request = pair.at_host(10_000, reference="once")
    await commit_purchase(request)
    again = await commit_purchase(request)
    assert again.replayed
    assert await FederationEntry.filter(club_id=pair.home.club.id).count() == 1



async def test_concurrent_closes_of_one_period_post_once(pair: Pair) -> None:
    await pair.give(EffectKind.CLUB_CREDIT, 30_000, "seed")
    agreement = await pair.agree()
    await commit_purchase(pair.at_host(100_000, credit=30_000))
    end = datetime.now(UTC)
    closed = await asyncio.gather(*(federation.close_period(pair.a, agreement.id, end)
                                    for _ in range(3)))
    assert len({c.id for c in closed}) == 1
    assert await owed_between(pair) == (0, 0)


async def test_concurrent_purchases_of_two_members_each_leave_their_part_owed(
        pair: Pair) -> None:
    await pair.give(EffectKind.CLUB_CREDIT, 10_000, "one", member=0)
    await pair.give(EffectKind.CLUB_CREDIT, 20_000, "two", member=1)
    await pair.agree()
    await asyncio.gather(commit_purchase(pair.at_host(50_000, member=0, credit=10_000)),
                         commit_purchase(pair.at_host(50_000, member=1, credit=20_000)))
    assert await owed_between(pair) == (30_000, 30_000)
    assert await balance(pair.host.club, P.SALES_CLEARING) == -70_000


async def test_a_merchant_the_home_club_suspended_is_not_reached_through_a_host(
        pair: Pair) -> None:
    merchant = pair.host.merchants[0]
    await ClubMerchant.create(club_id=pair.home.club.id, merchant_id=merchant.id,
                              status=MerchantStatus.SUSPENDED)
    await pair.agree()
    with pytest.raises(NotFound):
        await commit_purchase(pair.at_host(10_000))
