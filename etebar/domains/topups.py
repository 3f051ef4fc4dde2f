"""The manifest of the wallet's online top-ups through the banks' gateways."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import topups
from admin_ui.parts import MenuEntry
from api.topups.callbacks import callback_routes
from api.topups.schema import TOPUP_EXCEPTION_HANDLERS, TopUpMutation, TopUpQuery
from etebar.domains.base import Domain, PeriodicJob
from workers.actors.topups import reconcile_stale_topups

DOMAIN = Domain(
    name="topups",
    models=("models.wallet.topups.tables",),
    queries=(TopUpQuery,),
    mutations=(TopUpMutation,),
    exception_handlers=TOPUP_EXCEPTION_HANDLERS,
    periodic_jobs=(PeriodicJob("reconcile_stale_topups",
                               lambda settings: settings.topup_reconcile_interval_seconds,
                               reconcile_stale_topups.send),),
    actor_modules=("workers.actors.topups",),
    http_routes=callback_routes,
    admin_pages=(topups.create,),
    menu=(MenuEntry(routes.TOP_UPS, "menu.top_ups", "topUps", 90),),
)
