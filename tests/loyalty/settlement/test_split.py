"""The split (تسهیم) of a purchase into shares, and the platform's fee: pure, so checked by
properties over many amounts and terms."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.loyalty.codes import Beneficiary
from models.loyalty.fees import platform_fee
from models.loyalty.split import (
    PlannedShare,
    ShareTerm,
    SplitTermsInvalid,
    net_shares,
    parse_terms,
    plan_return,
    plan_split,
    terms_for,
)

SHEBA = "IR062960000000100324200001"
MERCHANT = ShareTerm(Beneficiary.MERCHANT, partner_id=1, sheba=SHEBA)


@st.composite
def split_terms(draw: st.DrawFn) -> tuple[ShareTerm, ...]:
    """A merchant share and up to four others, percentages summing to at most 100 %."""
    others: list[ShareTerm] = []
    percent_left = 10_000
    for partner_id in range(2, 2 + draw(st.integers(0, 4))):
        beneficiary = draw(st.sampled_from([Beneficiary.MARKETER, Beneficiary.CLUB_OWNER,
                                            Beneficiary.MERCHANT_MARKETER]))
        if draw(st.booleans()):
            percent = draw(st.integers(0, percent_left))
            percent_left -= percent
            others.append(ShareTerm(beneficiary, partner_id, percent_bp=percent,
                                    as_credit=draw(st.booleans())))
        else:
            others.append(ShareTerm(beneficiary, partner_id,
                                    amount=draw(st.integers(0, 10**7))))
    at = draw(st.integers(0, len(others)))
    return (*others[:at], MERCHANT, *others[at:])


amounts = st.integers(0, 10**12)


@settings(deadline=None)  # a shared machine: no time limit per example
@given(amounts, split_terms())
def test_the_shares_sum_to_the_amount(amount: int, terms: tuple[ShareTerm, ...]) -> None:
    shares = plan_split(amount, terms)
    assert sum(s.amount for s in shares) == amount
    assert all(s.amount >= 0 for s in shares)
    assert len(shares) == len(terms)


@settings(deadline=None)  # a shared machine: no time limit per example
@given(amounts, split_terms())
def test_a_return_of_the_whole_amount_splits_with_the_signs_flipped(
        amount: int, terms: tuple[ShareTerm, ...]) -> None:
    assert plan_split(-amount, terms) == [
        PlannedShare(s.beneficiary, s.partner_id, s.sheba, -s.amount, s.as_credit)
        for s in plan_split(amount, terms)]


def test_the_merchant_takes_the_remainder_of_fixed_amounts_and_floors() -> None:
    terms = (ShareTerm(Beneficiary.MARKETER, 2, percent_bp=333),  # 3.33 %
             ShareTerm(Beneficiary.CLUB_OWNER, 3, amount=1_000),
             MERCHANT)
    marketer, owner, merchant = plan_split(10_001, terms)
    assert owner.amount == 1_000  # fixed first
    assert marketer.amount == 333  # 10001 × 3.33 % = 333.03, floored
    assert merchant.amount == 10_001 - 1_000 - 333  # the remainder, dust included


def test_the_merchant_takes_the_remainder_whatever_its_term_says() -> None:
    terms = parse_terms([{"beneficiary": "merchant", "partner_id": 1, "percent_bp": 9000},
                         {"beneficiary": "club_owner", "partner_id": 2, "percent_bp": 500}])
    assert [s.amount for s in plan_split(1_000, terms)] == [950, 50]


def test_fixed_shares_larger_than_the_purchase_are_capped_in_order() -> None:
    terms = (ShareTerm(Beneficiary.MARKETER, 2, amount=700),
             ShareTerm(Beneficiary.CLUB_OWNER, 3, amount=700), MERCHANT)
    assert [s.amount for s in plan_split(1_000, terms)] == [700, 300, 0]


@settings(deadline=None)  # a shared machine: no time limit per example
@given(st.integers(1, 10**9), split_terms(), st.lists(st.integers(1, 10**9), max_size=6))
def test_returning_in_parts_cancels_the_shares_exactly(
        amount: int, terms: tuple[ShareTerm, ...], parts: list[int]) -> None:
    rows = plan_split(amount, terms)
    left = amount
    for part in parts:
        part = min(part, left)
        returned = plan_split(-part, terms, remaining=net_shares(rows))
        assert sum(s.amount for s in returned) == -part
        rows += returned
        left -= part
        assert all(s.amount >= 0 for s in net_shares(rows))  # never beyond what was received
    rows += plan_split(-left, terms, remaining=net_shares(rows))  # the rest
    assert all(s.amount == 0 for s in net_shares(rows))


def test_a_return_is_pro_rata_with_the_largest_remainder() -> None:
    remaining = [PlannedShare(Beneficiary.MERCHANT, 1, None, 2),
                 PlannedShare(Beneficiary.MARKETER, 2, None, 1)]
    # 1 × 2/3 = 0.67 and 1 × 1/3 = 0.33: the merchant's larger fraction takes the rial
    assert [s.amount for s in plan_return(1, remaining)] == [-1, 0]


def test_a_return_beyond_the_shares_is_refused() -> None:
    with pytest.raises(SplitTermsInvalid):
        plan_return(4, [PlannedShare(Beneficiary.MERCHANT, 1, None, 3)])


def test_terms_are_parsed_from_json_and_filled_from_the_merchant_and_club() -> None:
    terms = terms_for(merchant_terms=[], club_terms=[
        {"beneficiary": "club_owner", "percent_bp": 150},
        {"beneficiary": "merchant_marketer", "amount": 500, "as_credit": True}],
        merchant_id=7, merchant_sheba=SHEBA, club_owner_id=9, club_sheba=None,
        merchant_marketer_id=11)
    assert terms == (ShareTerm(Beneficiary.CLUB_OWNER, 9, None, percent_bp=150),
                     ShareTerm(Beneficiary.MERCHANT_MARKETER, 11, amount=500, as_credit=True),
                     ShareTerm(Beneficiary.MERCHANT, 7, SHEBA))


def test_a_merchants_own_terms_come_before_the_clubs() -> None:
    terms = terms_for(merchant_terms=[{"beneficiary": "marketer", "partner_id": 4,
                                       "percent_bp": 10}],
                      club_terms=[{"beneficiary": "club_owner", "percent_bp": 150}],
                      merchant_id=7, merchant_sheba=None, club_owner_id=9, club_sheba=None,
                      merchant_marketer_id=None)
    assert [t.beneficiary for t in terms] == [Beneficiary.MARKETER, Beneficiary.MERCHANT]


@pytest.mark.parametrize("raw", [
    [{"beneficiary": "marketer", "partner_id": 1}],  # neither percent nor amount
    [{"beneficiary": "marketer", "partner_id": 1, "percent_bp": 5, "amount": 5}],  # both
    [{"beneficiary": "merchant", "percent_bp": 5, "amount": 5}],
    [{"beneficiary": "club_owner", "percent_bp": 6000},
     {"beneficiary": "marketer", "partner_id": 1, "percent_bp": 5000}],  # over 100 %
    [{"beneficiary": "marketer", "partner_id": 1, "amount": -1}],
    [{"beneficiary": "marketer", "partner_id": 1, "amount": 1,
      "sheba": "IR062960000000100324200002"}],  # a bad check sum
    [{"beneficiary": "nobody", "amount": 1}],
    [{"beneficiary": "marketer", "partner_id": 1, "amount": "1"}],
])
def test_malformed_terms_are_refused(raw: list[dict[str, object]]) -> None:
    with pytest.raises(SplitTermsInvalid):
        parse_terms(raw)


@dataclass
class Tariff:
    fee_percent_bp: int
    fee_amount: int


def test_the_platform_fee_is_the_tariffs_percentage_floored_plus_its_amount() -> None:
    assert platform_fee(Tariff(fee_percent_bp=125, fee_amount=300), 10_001) == 125 + 300


@settings(deadline=None)  # a shared machine: no time limit per example
@given(st.integers(1, 10**12), st.integers(0, 10_000), st.integers(0, 10**6))
def test_the_platform_fee_never_exceeds_the_percentage_plus_the_amount(
        amount: int, percent_bp: int, fixed: int) -> None:
    fee = platform_fee(Tariff(percent_bp, fixed), amount)
    assert 0 <= fee - fixed <= amount * percent_bp / 10_000
