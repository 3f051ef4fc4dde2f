"""The domain's policies as the settings configure them, built in one place for the API, the
actors and the command line alike (`topup_policy` lives beside the gateways it goes with)."""

from __future__ import annotations

from datetime import timedelta

from etebar.settings import Settings
from models.billing.renewal import RenewalPolicy
from models.wallet.cashouts.cashouts import CashOutLimits
from models.wallet.deposits.deposits import DepositPolicy


def renewal_lead_time(settings: Settings) -> timedelta:
    """How long before its renewal an order may be charged (and counts as due)."""
    return timedelta(days=settings.billing_renewal_lead_days)


def one_off_delivery(settings: Settings) -> timedelta:
    """How long after its payment a one-off order counts as delivered (and no longer fails)."""
    return timedelta(days=settings.billing_one_off_delivery_days)


def renewal_policy(settings: Settings) -> RenewalPolicy:
    return RenewalPolicy(public_url=settings.public_url, secret_key=settings.secret_key,
                         lead_time=renewal_lead_time(settings),
                         reminder_days=tuple(settings.billing_reminder_days),
                         grace=timedelta(days=settings.billing_grace_days))


def deposit_policy(settings: Settings) -> DepositPolicy:
    return DepositPolicy(second_approval_threshold=settings.deposit_second_approval_threshold,
                         receipt_max_bytes=settings.deposit_receipt_max_bytes)


def cash_out_limits(settings: Settings) -> CashOutLimits:
    return CashOutLimits(min_amount=settings.cashout_min_amount,
                         max_per_request=settings.cashout_max_per_request,
                         max_per_day=settings.cashout_max_per_day)
