"""The pure lot planning (`models.lots.planning`): the order a spend draws lots in, the draws,
and how a return is shared back among the lots a spend drew from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.lots.planning import (
    Holding,
    NotEnoughCredit,
    plan_draws,
    plan_restore,
    spending_order,
    total,
)

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class FakeLot:
    id: int
    expires_at: datetime | None


def _holding(lot_id: int, available: int, expires_in_days: int | None) -> Holding[FakeLot]:
    at = None if expires_in_days is None else NOW + timedelta(days=expires_in_days)
    return Holding(FakeLot(lot_id, at), available)


def _ids(holdings: list[Holding[FakeLot]]) -> list[int]:
    return [h.lot.id for h in holdings]


# spending_order

def test_soonest_expiring_lots_come_first_and_never_expiring_lots_last() -> None:
    holdings = [_holding(1, 10, None), _holding(2, 10, 30), _holding(3, 10, 5),
                _holding(4, 10, None), _holding(5, 10, 6)]
    assert _ids(spending_order(holdings, NOW)) == [3, 5, 2, 1, 4]


def test_lots_expiring_at_the_same_moment_go_by_id() -> None:
    holdings = [_holding(9, 10, 5), _holding(2, 10, 5), _holding(7, 10, 5)]
    assert _ids(spending_order(holdings, NOW)) == [2, 7, 9]


def test_a_lot_expiring_at_or_before_now_is_not_usable() -> None:
    holdings = [_holding(1, 10, 0), _holding(2, 10, -1), _holding(3, 10, 1)]
    assert _ids(spending_order(holdings, NOW)) == [3]


def test_the_wallets_order_is_promotional_soonest_first_then_paid() -> None:
    # the wallet's paid lot never expires; its promotional lots always do
    paid = _holding(1, 500, None)
    later, sooner = _holding(2, 100, 20), _holding(3, 100, 10)
    assert _ids(spending_order([paid, later, sooner], NOW)) == [3, 2, 1]


@given(st.lists(st.tuples(st.integers(0, 50), st.one_of(st.none(), st.integers(-5, 5))),
                max_size=12))
def test_the_order_keeps_exactly_the_usable_lots(rows: list[tuple[int, int | None]]) -> None:
    holdings = [_holding(i, available, days) for i, (available, days) in enumerate(rows)]
    ordered = spending_order(holdings, NOW)
    assert sorted(_ids(ordered)) == [h.lot.id for h in holdings
                                     if h.lot.expires_at is None or h.lot.expires_at > NOW]
    expiries = [h.lot.expires_at for h in ordered]
    lasting = [at is None for at in expiries]
    assert lasting == sorted(lasting)  # never-expiring after every expiring one
    dated = [at for at in expiries if at is not None]
    assert dated == sorted(dated)


# plan_draws

def test_draws_take_each_lot_in_order_until_the_amount_is_met() -> None:
    ordered = [_holding(1, 30, 1), _holding(2, 50, 2), _holding(3, 100, None)]
    assert [(lot.id, take) for lot, take in plan_draws(ordered, 60)] == [(1, 30), (2, 30)]


def test_draws_skip_empty_lots() -> None:
    ordered = [_holding(1, 0, 1), _holding(2, 50, 2)]
    assert [(lot.id, take) for lot, take in plan_draws(ordered, 20)] == [(2, 20)]


def test_drawing_nothing_takes_from_no_lot() -> None:
    assert plan_draws([_holding(1, 10, None)], 0) == []


def test_drawing_more_than_the_lots_hold_is_refused_with_what_they_hold() -> None:
    with pytest.raises(NotEnoughCredit) as refused:
        plan_draws([_holding(1, 30, 1), _holding(2, 20, None)], 60)
    assert (refused.value.amount, refused.value.available) == (60, 50)


def test_drawing_a_negative_amount_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        plan_draws([_holding(1, 30, 1)], -1)


@given(st.lists(st.integers(0, 1000), max_size=10), st.data())
def test_draws_sum_to_the_amount_and_stay_within_each_lot(availables: list[int],
                                                          data: st.DataObject) -> None:
    ordered = [_holding(i, a, None) for i, a in enumerate(availables)]
    amount = data.draw(st.integers(0, total(ordered)))
    draws = plan_draws(ordered, amount)
    assert sum(take for _, take in draws) == amount
    assert all(0 < take <= availables[lot.id] for lot, take in draws)
    # every lot before the last one drawn from is drawn empty
    if draws:
        last = draws[-1][0].id
        assert all(take == availables[lot.id] for lot, take in draws[:-1])
        assert {lot.id for lot, _ in draws} == {i for i in range(last + 1) if availables[i] > 0}


# plan_restore

def test_a_full_return_gives_back_exactly_the_draws() -> None:
    assert plan_restore([(1, 30), (2, 70)], 100) == [(1, 30), (2, 70)]


def test_a_partial_return_is_shared_in_proportion_to_the_draws() -> None:
    assert plan_restore([(1, 30), (2, 70)], 50) == [(1, 15), (2, 35)]


def test_the_leftover_unit_goes_to_the_largest_remainder() -> None:
    # 10 * 1/3 = 3.33 and 10 * 2/3 = 6.67: the second lot's remainder is the larger
    assert plan_restore([(1, 100), (2, 200)], 10) == [(1, 3), (2, 7)]


def test_equal_remainders_go_to_the_lot_listed_first() -> None:
    assert plan_restore([(1, 50), (2, 50)], 1) == [(1, 1)]
    assert plan_restore([(2, 50), (1, 50)], 1) == [(2, 1)]


def test_a_return_shares_what_earlier_returns_left_unrestored() -> None:
    # after 30 went back to lot 1, lots 1 and 2 each have 30 still unrestored
    assert plan_restore([(1, 60), (2, 30)], 60, {1: 30}) == [(1, 30), (2, 30)]


def test_a_lot_fully_restored_gets_no_more() -> None:
    assert plan_restore([(1, 60), (2, 30)], 10, {1: 60}) == [(2, 10)]


def test_returning_more_than_is_unrestored_is_refused() -> None:
    with pytest.raises(ValueError, match="only 35 is unrestored"):
        plan_restore([(1, 60), (2, 30)], 40, {1: 55})
    with pytest.raises(ValueError, match="only 10 is unrestored"):
        plan_restore([(1, 10)], 11)


def test_restored_beyond_a_draw_or_negative_amounts_are_refused() -> None:
    with pytest.raises(ValueError, match="drawn 10, restored 11"):
        plan_restore([(1, 10)], 1, {1: 11})
    with pytest.raises(ValueError, match="negative"):
        plan_restore([(1, 10)], -1)


def test_returning_nothing_gives_back_nothing() -> None:
    assert plan_restore([(1, 10)], 0) == []


_DRAWN = st.lists(st.integers(0, 10_000), min_size=1, max_size=8)


@given(_DRAWN, st.data())
def test_a_return_sums_to_its_amount_and_never_exceeds_what_is_unrestored(
        draws: list[int], data: st.DataObject) -> None:
    drawn = list(enumerate(draws))
    restored = {i: data.draw(st.integers(0, took)) for i, took in drawn}
    open_ = {i: took - restored[i] for i, took in drawn}
    amount = data.draw(st.integers(0, sum(open_.values())))
    shares = plan_restore(drawn, amount, restored)
    assert sum(share for _, share in shares) == amount
    assert all(0 < share <= open_[i] for i, share in shares)
    assert [i for i, _ in shares] == sorted(i for i, _ in shares)  # in the spend's order
    assert plan_restore(drawn, amount, restored) == shares  # deterministic


@given(_DRAWN, st.data())
def test_each_share_is_within_one_unit_of_its_exact_proportion(
        draws: list[int], data: st.DataObject) -> None:
    drawn = list(enumerate(draws))
    outstanding = sum(draws)
    amount = data.draw(st.integers(0, outstanding))
    got = dict(plan_restore(drawn, amount))
    for i, took in drawn:
        exact = amount * took / outstanding if outstanding else 0
        assert exact - 1 < got.get(i, 0) < exact + 1


@given(_DRAWN, st.lists(st.integers(1, 100), min_size=1, max_size=6))
def test_returns_in_several_parts_end_with_exactly_the_draws(draws: list[int],
                                                            weights: list[int]) -> None:
    drawn = list(enumerate(draws))
    outstanding = sum(draws)
    # split the whole return into parts in proportion to `weights`, the last taking the rest
    parts = [outstanding * w // sum(weights) for w in weights[:-1]]
    parts.append(outstanding - sum(parts))
    restored: dict[int, int] = {}
    for part in parts:
        for i, share in plan_restore(drawn, part, restored):
            restored[i] = restored.get(i, 0) + share
    assert {i: restored.get(i, 0) for i, _ in drawn} == dict(drawn)


@given(_DRAWN)
def test_a_full_return_at_once_is_the_draws(draws: list[int]) -> None:
    drawn = list(enumerate(draws))
    assert plan_restore(drawn, sum(draws)) == [(i, took) for i, took in drawn if took > 0]
