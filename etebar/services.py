"""The policies and the outbound adapters, built once from the settings for the API, the actors
and the command line alike: the only place that chooses a simulator over a real bank, payout
API or mail server."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from etebar.gateways import open_gateways
from etebar.simulators.payout import shared_simulator
from etebar.sms import sms_sender
from models.billing.renewal import RenewalPolicy
from models.identity.customers import CodePolicy
from models.identity.tokens import Lockout
from models.loyalty.cards import use_card_hash_key
from models.loyalty.psp.adapter import ManualAdapter, SettlementAdapter
from models.loyalty.psp.simulator import shared_simulator as shared_psp_simulator
from models.notify.adapters.smtp import SmtpMailer
from models.platform.services import Adapters, Policies, Services
from models.platform.settings import Settings
from models.wallet.activity.policy import activity_policy, bonus_policy
from models.wallet.cashouts.adapters.http import HttpPayoutAdapter
from models.wallet.cashouts.cashouts import CashOutLimits
from models.wallet.cashouts.payout import PayoutAdapter
from models.wallet.deposits.deposits import DepositPolicy
from models.wallet.topups.gateway import Gateway
from models.wallet.topups.topups import TopUpPolicy


def build_policies(settings: Settings) -> Policies:
    wallet, billing, identity = settings.wallet, settings.billing, settings.identity
    secret_key = settings.secret_key.get_secret_value()
    storage_url = settings.api.rate_limit_storage_url
    return Policies(
        top_up=TopUpPolicy(min_amount=wallet.topup_min_amount,
                           max_amount=wallet.topup_max_amount,
                           max_balance=wallet.topup_max_balance, public_url=settings.public_url,
                           give_up_seconds=wallet.topup_give_up_seconds),
        deposit=DepositPolicy(second_approval_threshold=wallet.deposit_second_approval_threshold,
                              receipt_max_bytes=wallet.deposit_receipt_max_bytes),
        cash_out_limits=CashOutLimits(min_amount=wallet.cashout_min_amount,
                                      max_per_request=wallet.cashout_max_per_request,
                                      max_per_day=wallet.cashout_max_per_day),
        renewal=RenewalPolicy(public_url=settings.public_url, secret_key=secret_key,
                              lead_time=billing.renewal_lead_time,
                              reminder_days=tuple(billing.reminder_days), grace=billing.grace),
        one_off_delivery=billing.one_off_delivery,
        activity=activity_policy(wallet),
        bonus=bonus_policy(wallet),
        code=CodePolicy(secret_key=secret_key, ttl_seconds=identity.customer_code_ttl_seconds,
                        max_attempts=identity.customer_code_max_attempts,
                        requests_per_hour=identity.customer_code_requests_per_hour,
                        session_seconds=identity.customer_session_seconds,
                        requests_per_number_per_address=(
                            identity.customer_code_requests_per_number_per_address),
                        requests_per_address=identity.customer_code_requests_per_address,
                        storage_url=storage_url),
        lockout=Lockout(attempts=identity.staff_lockout_attempts,
                        seconds=identity.staff_lockout_seconds,
                        address_attempts=identity.staff_lockout_address_attempts,
                        storage_url=storage_url))


def payout_adapter(settings: Settings) -> PayoutAdapter:
    """The bank's payout API, or the simulator in this process."""
    if settings.wallet.cashout_payout_adapter == "http":
        return HttpPayoutAdapter(settings.wallet.cashout_payout_url)
    return shared_simulator()


def settlement_adapter(settings: Settings) -> SettlementAdapter:
    """Where the loyalty settlement files go: the PSP simulator in this process, or nowhere
    (staff upload them by hand)."""
    if settings.loyalty.settlement_adapter == "manual":
        return ManualAdapter()
    return shared_psp_simulator()


def smtp_mailer(settings: Settings) -> SmtpMailer:
    """The mail server the settings name, or the local catcher outside production."""
    notify = settings.notify
    if notify.smtp_host is None:
        if settings.environment == "production":
            raise RuntimeError(
                "ETEBAR_NOTIFY__SMTP_HOST is not set: emails stay queued until it is")
        return SmtpMailer("127.0.0.1", notify.smtp_catcher_port, security="none",
                          timeout_seconds=notify.smtp_timeout_seconds)
    password = notify.smtp_password.get_secret_value() if notify.smtp_password else None
    return SmtpMailer(notify.smtp_host, notify.smtp_port, security=notify.smtp_security,
                      username=notify.smtp_username, password=password,
                      timeout_seconds=notify.smtp_timeout_seconds)


def build_adapters(settings: Settings) -> Adapters:
    def gateways() -> AbstractAsyncContextManager[dict[str, Gateway]]:
        return open_gateways(settings)

    return Adapters(open_gateways=gateways, payout=payout_adapter(settings),
                    sms=sms_sender(settings), mailer=lambda: smtp_mailer(settings),
                    settlement=settlement_adapter(settings))


def build_services(settings: Settings) -> Services:
    # Members' bank cards are found by a keyed hash: every process keys it the same way.
    use_card_hash_key(settings.loyalty.card_hash_key.get_secret_value())
    return Services(settings=settings, policies=build_policies(settings),
                    adapters=build_adapters(settings))
