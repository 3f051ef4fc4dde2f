"""The winners of a lottery draw from its revealed seed and its entries: a pure function, with no
database, published so that anyone can compute a draw's winners again (`etebar draw-verify`).

The algorithm (version `sha256-rejection-v1`), exactly:

Inputs: `seed`, the 32 bytes whose SHA-256 the draw published as its commitment before its
cut-off; `entries`, the snapshot as published: pairs (member id, entries), every entries count
positive, sorted by member id ascending, member ids distinct; `prizes`, the number of prizes.

For each prize k = 0, 1, ..., prizes - 1 (the first prize is k = 0), while some entrant is left:

1. T is the sum of the entries of the entrants left.
2. A uniform integer r in [0, T): for counter = 0, 1, 2, ... take
   x = SHA-256(seed ‖ k ‖ counter) read as a 256-bit unsigned big-endian integer, where k and
   counter are each 8 bytes, unsigned big-endian; the first x below L = floor(2^256 / T) · T
   gives r = x mod T. (Rejecting x ≥ L leaves no modulo bias: every r has exactly L / T values
   of x. With T < 2^63 a rejection happens with probability below 2^-193.)
3. Walk the entrants left in member id order adding up their entries; the winner of prize k is
   the first entrant at which the running sum exceeds r. So each entrant wins with probability
   its entries / T.
4. The winner leaves the pool with all their entries: a member wins at most once.

When fewer entrants than prizes took part, the last prizes are not awarded.

The snapshot's hash, published with the commitment once the entries are taken: SHA-256 (hex) of
the JSON text `[[member_id,entries],...]` of the sorted entries, with no spaces."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

ALGORITHM = "sha256-rejection-v1"
SEED_BYTES = 32
_SPACE = 1 << 256


def commitment_of(seed: bytes) -> str:
    """The commitment a draw publishes before its cut-off: SHA-256 of the seed, in hex."""
    return hashlib.sha256(seed).hexdigest()


def uniform_below(seed: bytes, prize: int, total: int) -> int:
    """The uniform integer in [0, total) of prize `prize` (step 2 above)."""
    if total <= 0:
        raise ValueError("the total weight must be positive")
    limit = (_SPACE // total) * total
    counter = 0
    while True:
        digest = hashlib.sha256(seed + prize.to_bytes(8, "big")
                                + counter.to_bytes(8, "big")).digest()
        x = int.from_bytes(digest, "big")
        if x < limit:
            return x % total
        counter += 1


def check_entries(entries: Sequence[tuple[int, int]]) -> None:
    """Refuse a snapshot that breaks the inputs' rules (sorted, distinct, positive)."""
    previous: int | None = None
    for member_id, weight in entries:
        if weight <= 0:
            raise ValueError(f"member {member_id} has {weight} entries; each count is positive")
        if previous is not None and member_id <= previous:
            raise ValueError("the entries must be sorted by member id, each member once")
        previous = member_id


def select_winners(seed: bytes, entries: Sequence[tuple[int, int]], prizes: int) -> list[int]:
    """The member ids winning prizes 0, 1, ... in order (fewer when fewer took part)."""
    if len(seed) != SEED_BYTES:
        raise ValueError(f"the seed is {SEED_BYTES} bytes")
    if prizes < 0:
        raise ValueError("the number of prizes is not negative")
    check_entries(entries)
    pool = list(entries)
    winners: list[int] = []
    for prize in range(prizes):
        if not pool:
            break
        r = uniform_below(seed, prize, sum(weight for _, weight in pool))
        running = 0
        for index, (member_id, weight) in enumerate(pool):
            running += weight
            if running > r:
                winners.append(member_id)
                del pool[index]
                break
    return winners


def snapshot_hash(entries: Sequence[tuple[int, int]]) -> str:
    """SHA-256 (hex) of the snapshot's canonical text: `[[member_id,entries],...]`."""
    text = json.dumps([[m, n] for m, n in entries], separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()
