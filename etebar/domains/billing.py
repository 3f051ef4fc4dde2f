"""The billing domain's manifest: products, orders paid from the wallet, renewals, refunds."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import orders
from admin_ui.parts import MenuEntry
from api.billing.errors import BILLING_ERRORS
from api.billing.schema import BillingMutation, BillingQuery
from etebar.domains.base import LOCALES, Domain, PeriodicJob
from models.billing.settings import BillingSettings
from workers.actors.billing import refund_failed_orders, renew_orders

DOMAIN = Domain(
    name="billing",
    translations=LOCALES / "billing" / "locale",
    settings=BillingSettings,
    models=("models.billing.tables",),
    queries=(BillingQuery,),
    mutations=(BillingMutation,),
    errors=BILLING_ERRORS,
    periodic_jobs=(PeriodicJob("renew_orders",
                               lambda settings: settings.billing.renewal_seconds,
                               renew_orders.send),
                   PeriodicJob("refund_failed_orders",
                               lambda settings: settings.billing.refund_sweep_seconds,
                               refund_failed_orders.send)),
    actor_modules=("workers.actors.billing",),
    admin_pages=(orders.create,),
    menu=(MenuEntry(routes.ORDERS, "menu.orders", "orders", 130),),
)
