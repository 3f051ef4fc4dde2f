"""The batch's lines and the PSPs' files: pure, checked by properties and by the simulator."""

from __future__ import annotations

import asyncio

from hypothesis import given, settings
from hypothesis import strategies as st

from models.loyalty.psp.formats import Psp, ShareAmount, payout_lines, write_file
from models.loyalty.psp.simulator import SettlementSimulator, problems

from .conftest import sheba

shares = st.lists(st.builds(ShareAmount, purchase_id=st.integers(1, 30),
                            sheba=st.sampled_from([None, sheba(1), sheba(2)]),
                            amount=st.integers(-50_000, 100_000).filter(bool)),
                  min_size=1, max_size=40).filter(lambda s: sum(x.amount for x in s) > 0)


@settings(deadline=None)  # a shared machine: no time limit per example
@given(shares)
def test_the_lines_are_positive_and_sum_to_the_batch(given_shares: list[ShareAmount]) -> None:
    lines = payout_lines(given_shares, fallback_sheba=sheba(3))
    assert sum(line.amount for line in lines) == sum(s.amount for s in given_shares)
    assert all(line.amount > 0 for line in lines)


@settings(deadline=None)
@given(shares, st.sampled_from(list(Psp)))
def test_every_format_of_any_batch_is_well_formed(given_shares: list[ShareAmount],
                                                  psp: Psp) -> None:
    lines = payout_lines(given_shares, fallback_sheba=sheba(3))
    file = write_file(psp, "ETB-LS-1", lines, description="test")
    assert problems(file) == []
    answer = asyncio.run(SettlementSimulator().send(file))
    assert answer.accepted


def test_a_share_with_no_sheba_is_paid_to_the_batch_payee() -> None:
    [line] = payout_lines([ShareAmount(7, None, 500)], fallback_sheba=sheba(3))
    assert (line.sheba, line.amount, line.purchase_id) == (sheba(3), 500, 7)


def test_a_file_whose_shares_do_not_sum_to_its_amount_is_refused() -> None:
    file = write_file(Psp.SEP, "ETB-LS-1", payout_lines([ShareAmount(7, sheba(1), 500)],
                                                        fallback_sheba=""), description="x")
    tampered = file.body.replace('"Amount":500,"ResNum"', '"Amount":600,"ResNum"')
    assert tampered != file.body
    assert problems(type(file)(file.psp, file.name, tampered)) == [
        "request 1: the shares do not sum to the amount"]
