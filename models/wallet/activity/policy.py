"""The activity and bonus policies from any settings object that has their fields (the wallet's
section, `models/wallet/settings.py`, does)."""

from __future__ import annotations

from typing import Protocol

from models.wallet.activity.bonus import BonusPolicy
from models.wallet.activity.figures import ActivityLevel, ActivityPolicy


class ActivitySettings(Protocol):
    @property
    def activity_inactive_days(self) -> int: ...
    @property
    def activity_silver_spend(self) -> int: ...
    @property
    def activity_silver_orders(self) -> int: ...
    @property
    def activity_gold_spend(self) -> int: ...
    @property
    def activity_gold_orders(self) -> int: ...


class BonusSettings(ActivitySettings, Protocol):
    @property
    def bonus_percent_bp(self) -> int: ...
    @property
    def bonus_min_spend(self) -> int: ...
    @property
    def bonus_max_amount(self) -> int: ...
    @property
    def bonus_expiry_days(self) -> int: ...
    @property
    def bonus_min_level(self) -> str | None: ...


def activity_policy(settings: ActivitySettings) -> ActivityPolicy:
    return ActivityPolicy(inactive_days=settings.activity_inactive_days,
                          silver_spend=settings.activity_silver_spend,
                          silver_orders=settings.activity_silver_orders,
                          gold_spend=settings.activity_gold_spend,
                          gold_orders=settings.activity_gold_orders)


def bonus_policy(settings: BonusSettings) -> BonusPolicy:
    level = settings.bonus_min_level
    return BonusPolicy(percent_bp=settings.bonus_percent_bp, min_spend=settings.bonus_min_spend,
                       max_amount=settings.bonus_max_amount,
                       expiry_days=settings.bonus_expiry_days,
                       min_level=ActivityLevel(level) if level else None,
                       activity=activity_policy(settings))
