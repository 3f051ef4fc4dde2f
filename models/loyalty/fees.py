"""The platform's fee for a club's purchase, per the tariff approved for the club: pure."""

from __future__ import annotations

from typing import Protocol

from models.loyalty.split import BASIS_POINTS


class Tariff(Protocol):
    """A club's approved tariff (`Club` has these columns)."""

    @property
    def fee_percent_bp(self) -> int: ...

    @property
    def fee_amount(self) -> int: ...


def platform_fee(club: Tariff, amount: int) -> int:
    """The fee charged to the club owner for one purchase of `amount` rials: the tariff's
    percentage of the amount (in hundredths of a percent) floored, plus its fixed amount per
    purchase. A purchase of nothing costs nothing; returns give no fee back (the fee is per
    purchase made)."""
    if amount <= 0:
        return 0
    return amount * club.fee_percent_bp // BASIS_POINTS + club.fee_amount
