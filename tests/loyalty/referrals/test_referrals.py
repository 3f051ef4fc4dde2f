"""Referrals: a chain of invitations pays each level its share up to the cap, self-referral is
refused, a member is referred once, and returns reverse what the referrers earned."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import Conflict, NotFound
from models.identity.tables import Customer
from models.lots.tables import LotKind
from models.loyalty import cards
from models.loyalty.accounts import IRR
from models.loyalty.codes import RewardKind
from models.loyalty.referral_tables import Referral, ReferralReward
from models.loyalty.tables import Member
from tests.loyalty.core.conftest import card

from .conftest import NATIONAL_IDS, Programme


async def test_a_referral_chain_pays_each_level_up_to_the_cap_and_refuses_a_self_referral(
        programme: Programme) -> None:
    # given: 100 points for an enrolment, 50 for a first purchase, 10 % / 5 % / 2 % of what an
    # invitee pays on three levels (a point is 10 rials), 300 points at most per pair
    await programme.set(enrolment_reward=100, first_purchase_reward=50,
                        share_bp=(1_000, 500, 200), period_days=30, cap=300)
    a = await programme.enrol(national_id=NATIONAL_IDS[0])
    b = await programme.invite(a)
    c = await programme.invite(b)
    d = await programme.invite(c)
    assert (await programme.held(a), await programme.held(b), await programme.held(c)) == (
        100, 100, 100)

    # when: d pays 10,000 rials twice
    await programme.buy(d, 10_000)
    await programme.buy(d, 10_000)

    # then: c earned on d 100 + 50 + 100 + 100 = 350, capped at 300; b 2 × 50, a 2 × 20 (each
    # besides the 100 its own invitee's enrolment gave it)
    assert await programme.paid(c, d) == 300
    assert (await programme.held(c), await programme.held(b), await programme.held(a)) == (
        300, 100 + 100, 100 + 40)
    assert (await programme.paid(b, d), await programme.paid(a, d)) == (100, 40)

    # and: e, enrolling with d's code and the bank card b (three levels above e) once held in
    # the club, is refused
    number = card(body=51)
    await cards.remove_card(programme.club.id, b.id,
                            (await cards.add_card(programme.club.id, b.id, number)).id)
    with pytest.raises(Conflict) as refused:
        await programme.invite(d, mobile="09350000001", card_number=number)
    assert refused.value.code == "self_referral"
    assert not await Member.exists(customer__person__mobile="09350000001")
    assert await Referral.filter(level=1).count() == 3


async def test_an_unknown_code_is_refused_and_enrols_no_one(programme: Programme) -> None:
    await programme.set(enrolment_reward=100)
    with pytest.raises(NotFound) as refused:
        await programme.enrol("NOSUCH99", mobile="09350000002")
    assert refused.value.code == "referral_code_not_found"
    assert not await Member.exists(customer__person__mobile="09350000002")


async def test_a_code_is_refused_while_the_club_takes_no_referrals(
        programme: Programme) -> None:
    a = await programme.enrol()
    with pytest.raises(Conflict) as refused:
        await programme.invite(a)
    assert refused.value.code == "referrals_off"


async def test_a_member_is_referred_once_and_only_at_enrolment(programme: Programme) -> None:
    await programme.set(enrolment_reward=100)
    a, b = await programme.enrol(), await programme.enrol()
    c = await programme.invite(a, mobile="09350000003")
    again = await programme.invite(a, mobile="09350000003")  # the same enrolment, repeated
    assert again.id == c.id and await programme.held(a) == 100
    with pytest.raises(Conflict) as refused:
        await programme.invite(b, mobile="09350000003")
    assert refused.value.code == "already_enrolled"
    with pytest.raises(Conflict):
        await programme.enrol(await programme.code(a), mobile=(await Customer.get(
            id=b.customer_id).prefetch_related("person")).person.mobile)
    assert await programme.held(b) == 0


async def test_a_bank_card_the_referrer_once_held_refuses_the_referral(
        programme: Programme) -> None:
    await programme.set(enrolment_reward=100)
    a = await programme.enrol()
    number = card(body=77)
    held = await cards.add_card(programme.club.id, a.id, number)
    await cards.remove_card(programme.club.id, a.id, held.id)
    with pytest.raises(Conflict) as refused:
        await programme.invite(a, card_number=number)
    assert refused.value.code == "self_referral"
    assert await programme.held(a) == 0


async def test_one_referring_themselves_is_refused(programme: Programme) -> None:
    await programme.set(enrolment_reward=100)
    a = await programme.enrol(mobile="09350000004")
    with pytest.raises(Conflict) as refused:
        await programme.invite(a, mobile="09350000004")
    assert refused.value.code == "self_referral"
    assert await Referral.all().count() == 0 and await programme.held(a) == 0


async def test_shares_are_earned_only_within_the_period(programme: Programme) -> None:
    await programme.set(share_bp=(1_000,), period_days=30)
    a = await programme.enrol()
    b = await programme.invite(a)
    await programme.buy(b, 10_000, now=datetime.now(UTC) + timedelta(days=29))
    await programme.buy(b, 10_000, now=datetime.now(UTC) + timedelta(days=31))
    assert await programme.held(a) == 100


async def test_a_full_return_reverses_the_share_and_the_first_purchase_reward(
        programme: Programme) -> None:
    await programme.set(first_purchase_reward=50, share_bp=(1_000,), period_days=30, cap=200)
    a = await programme.enrol()
    b = await programme.invite(a)
    bought = await programme.buy(b, 10_000)
    assert await programme.held(a) == 150
    await programme.give_back(bought)
    assert (await programme.held(a), await programme.paid(a, b)) == (0, 0)
    # the cap's room is back (a returned purchase still counts as b's first: no second
    # first-purchase reward)
    await programme.buy(b, 10_000)
    assert await programme.held(a) == 100


async def test_a_partial_return_reverses_the_share_pro_rata_and_keeps_the_first_reward(
        programme: Programme) -> None:
    await programme.set(first_purchase_reward=50, share_bp=(1_000,), period_days=30)
    a = await programme.enrol()
    b = await programme.invite(a)
    bought = await programme.buy(b, 10_000)
    await programme.give_back(bought, 2_500, key="part-1")
    assert await programme.held(a) == 50 + 75
    await programme.give_back(bought, 7_500, key="part-2")
    assert await programme.held(a) == 0
    assert [(r.amount, r.returned_amount) for r in await ReferralReward.all().order_by("id")] \
        == [(50, 50), (100, 100)]


async def test_what_the_referrer_spent_before_a_return_becomes_their_debt(
        programme: Programme) -> None:
    await programme.set(share_bp=(1_000,), period_days=30)
    a = await programme.enrol()
    b = await programme.invite(a)
    bought = await programme.buy(b, 10_000)  # a earns 100 points
    await programme.buy(a, 5_000, points=70)  # and pays with 70 of them
    await programme.give_back(bought)
    assert (await programme.held(a), await programme.owed(a)) == (0, 70)
    assert await programme.paid(a, b) == 0


async def test_club_credit_referral_rewards_go_to_a_lot_of_their_own(
        programme: Programme) -> None:
    await programme.set(reward_kind=RewardKind.CLUB_CREDIT, enrolment_reward=20_000,
                        share_bp=(500,), period_days=30)
    a = await programme.enrol()
    b = await programme.invite(a)
    bought = await programme.buy(b, 100_000)
    assert await programme.held(a, LotKind.CLUB_CREDIT) == 25_000
    await programme.buy(a, 30_000, credit=22_000)
    await programme.give_back(bought)
    assert await programme.held(a, LotKind.CLUB_CREDIT) == 0
    assert await programme.owed(a, IRR) == 2_000


async def test_concurrent_purchases_of_an_invitee_never_pay_past_the_cap(
        programme: Programme) -> None:
    await programme.set(share_bp=(1_000,), period_days=30, cap=250)
    a = await programme.enrol()
    b = await programme.invite(a)
    await asyncio.gather(*(programme.buy(b, 10_000) for _ in range(6)))
    assert (await programme.paid(a, b), await programme.held(a)) == (250, 250)
