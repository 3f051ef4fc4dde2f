"""The winners' algorithm (`models.loyalty.draw_selection`) as it is published: a pure function
of the seed, the entries and the number of prizes."""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest

from models.loyalty.draw_selection import (
    commitment_of,
    select_winners,
    uniform_below,
)

SEED = bytes(range(32))
ENTRIES = [(3, 5), (8, 1), (12, 10), (40, 2)]


def test_a_second_computation_from_the_same_seed_and_entries_gives_the_same_winners():
    assert select_winners(SEED, ENTRIES, 3) == select_winners(bytes(SEED), list(ENTRIES), 3)


def test_the_commitment_is_the_sha256_of_the_seed():
    assert commitment_of(SEED) == hashlib.sha256(SEED).hexdigest()


def test_the_first_prize_follows_the_published_steps():
    # given: the documented steps, by hand (k = 0, counter = 0; no rejection is that likely)
    x = int.from_bytes(hashlib.sha256(SEED + (0).to_bytes(8, "big")
                                      + (0).to_bytes(8, "big")).digest(), "big")
    total = sum(weight for _, weight in ENTRIES)
    r = x % total
    running, expected = 0, None
    for member_id, weight in ENTRIES:
        running += weight
        if running > r:
            expected = member_id
            break
    # then
    assert select_winners(SEED, ENTRIES, 1) == [expected]


def test_a_member_wins_at_most_once():
    winners = select_winners(SEED, ENTRIES, 4)
    assert sorted(winners) == [3, 8, 12, 40]


def test_with_fewer_entrants_than_prizes_the_last_prizes_are_not_awarded():
    assert len(select_winners(SEED, [(1, 3), (2, 1)], 5)) == 2
    assert select_winners(SEED, [], 2) == []


def test_a_different_seed_gives_another_draw():
    outcomes = {tuple(select_winners(bytes([n]) * 32, ENTRIES, 4)) for n in range(20)}
    assert len(outcomes) > 1


def test_winners_are_drawn_in_proportion_to_their_entries():
    wins = Counter(select_winners(hashlib.sha256(str(n).encode()).digest(),
                                  [(1, 1), (2, 3)], 1)[0] for n in range(4000))
    assert 0.72 < wins[2] / 4000 < 0.78


def test_uniform_below_stays_below_its_total_for_awkward_totals():
    for total in (1, 2, 3, 7, 2**63 - 1, 2**255 + 1):
        assert all(0 <= uniform_below(SEED, k, total) < total for k in range(5))


def test_entries_out_of_member_order_or_not_positive_are_refused():
    with pytest.raises(ValueError, match="sorted by member id"):
        select_winners(SEED, [(5, 1), (3, 1)], 1)
    with pytest.raises(ValueError, match="sorted by member id"):
        select_winners(SEED, [(3, 1), (3, 2)], 1)
    with pytest.raises(ValueError, match="positive"):
        select_winners(SEED, [(3, 0)], 1)
    with pytest.raises(ValueError, match="32 bytes"):
        select_winners(SEED[:16], [(3, 1)], 1)
