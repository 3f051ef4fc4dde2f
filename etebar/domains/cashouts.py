"""The manifest of the wallet's cash-outs: bank accounts, approval, payouts and their batches."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import cashouts
from admin_ui.parts import MenuEntry
from api.cashouts.bank_accounts import BankAccountMutation, BankAccountQuery
from api.cashouts.cashouts import CashOutMutation, CashOutQuery
from api.cashouts.types import CASHOUT_EXCEPTION_HANDLERS
from etebar.domains.base import Domain, PeriodicJob
from workers.actors.cashouts import check_sent_cash_outs, send_approved_cash_outs

DOMAIN = Domain(
    name="cashouts",
    models=("models.wallet.cashouts.tables",),
    queries=(BankAccountQuery, CashOutQuery),
    mutations=(BankAccountMutation, CashOutMutation),
    exception_handlers=CASHOUT_EXCEPTION_HANDLERS,
    periodic_jobs=(PeriodicJob("send_approved_cash_outs",
                               lambda settings: settings.cashout_send_seconds,
                               send_approved_cash_outs.send),
                   PeriodicJob("check_sent_cash_outs",
                               lambda settings: settings.cashout_check_seconds,
                               check_sent_cash_outs.send)),
    actor_modules=("workers.actors.cashouts",),
    admin_pages=(cashouts.create,),
    menu=(MenuEntry(routes.CASH_OUTS, "menu.cash_outs", "cashOuts", 140),),
)
