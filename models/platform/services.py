"""What the composition root builds once from the settings and hands to the API (through the
GraphQL context) and to the actors (through a worker middleware): the domains' policies and the
outbound adapters (banks, payouts, mail, SMS). Code here only names their types; which adapter
or simulator stands behind each is the root's choice (`etebar/services.py`)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta

from models.billing.renewal import RenewalPolicy
from models.identity.customers import CodePolicy
from models.identity.tokens import Lockout
from models.loyalty.psp.adapter import SettlementAdapter
from models.notify.mailer import Mailer
from models.notify.sms import SmsSender
from models.platform.settings import Settings
from models.wallet.activity.bonus import BonusPolicy
from models.wallet.activity.figures import ActivityPolicy
from models.wallet.cashouts.cashouts import CashOutLimits
from models.wallet.cashouts.payout import PayoutAdapter
from models.wallet.deposits.deposits import DepositPolicy
from models.wallet.topups.gateway import Gateway
from models.wallet.topups.topups import TopUpPolicy

# Every configured bank gateway by name, with HTTP clients open for the block's duration.
GatewayOpener = Callable[[], AbstractAsyncContextManager[dict[str, Gateway]]]


@dataclass(frozen=True, slots=True)
class Policies:
    """The domains' rules as the settings configure them."""

    top_up: TopUpPolicy
    deposit: DepositPolicy
    cash_out_limits: CashOutLimits
    renewal: RenewalPolicy
    one_off_delivery: timedelta
    activity: ActivityPolicy
    bonus: BonusPolicy
    code: CodePolicy
    lockout: Lockout


@dataclass(frozen=True, slots=True)
class Adapters:
    """The outside world: banks, the payout API, the PSPs' split settlement, the mail server
    and the SMS provider."""

    open_gateways: GatewayOpener
    payout: PayoutAdapter
    sms: SmsSender
    # A factory, so that a mail server that is not configured (production without
    # ETEBAR_NOTIFY__SMTP_HOST) fails each send and leaves the email queued, not the start-up.
    mailer: Callable[[], Mailer]
    settlement: SettlementAdapter


@dataclass(frozen=True, slots=True)
class Services:
    """The settings with the policies and adapters built from them, once per process."""

    settings: Settings
    policies: Policies
    adapters: Adapters
