"""The ledger's manifest: accounts, transfers, two-phase holds and their expiry."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import account, accounts, dashboard, transfer, transfers
from admin_ui.parts import MenuEntry
from api.ledger.mutations import LedgerMutation
from api.ledger.queries import LedgerQuery
from etebar.domains.base import Domain, PeriodicJob
from workers.actors.ledger import expire_due_pending

DOMAIN = Domain(
    name="ledger",
    models=("models.ledger.tables",),
    queries=(LedgerQuery,),
    mutations=(LedgerMutation,),
    periodic_jobs=(PeriodicJob("expire_due_pending",
                               lambda settings: settings.scheduler_interval_seconds,
                               expire_due_pending.send),),
    actor_modules=("workers.actors.ledger",),
    admin_pages=(dashboard.create, accounts.create, account.create, transfers.create,
                 transfer.create),
    menu=(MenuEntry(routes.DASHBOARD, "menu.dashboard", "ledgerSummary", 10),
          MenuEntry(routes.ACCOUNTS, "menu.accounts", "accounts", 20),
          MenuEntry(routes.TRANSFERS, "menu.transfers", "searchTransfers", 30)),
)
