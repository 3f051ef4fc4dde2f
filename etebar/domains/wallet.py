"""The wallet's manifest: credit in lots, movements, activity and the monthly bonus (its
top-ups, deposits and cash-outs have manifests of their own)."""

from __future__ import annotations

from api.wallet.wallets import WalletMutation, WalletQuery
from etebar.domains.base import Domain, PeriodicJob
from workers.actors.wallet import expire_wallet_credit, grant_monthly_bonuses

DOMAIN = Domain(
    name="wallet",
    models=("models.wallet.tables",),
    queries=(WalletQuery,),
    mutations=(WalletMutation,),
    periodic_jobs=(PeriodicJob("expire_wallet_credit",
                               lambda settings: settings.wallet_expiry_interval_seconds,
                               expire_wallet_credit.send),
                   PeriodicJob("grant_monthly_bonuses",
                               lambda settings: settings.bonus_check_seconds,
                               grant_monthly_bonuses.send)),
    actor_modules=("workers.actors.wallet",),
)
