"""The billing domain's manifest: products, orders paid from the wallet, renewals, refunds."""

from __future__ import annotations

from admin_ui import routes
from admin_ui.pages import orders
from admin_ui.parts import MenuEntry
from api.billing.schema import BillingMutation, BillingQuery
from etebar.domains.base import Domain, PeriodicJob
from workers.actors.billing import refund_failed_orders, renew_orders

DOMAIN = Domain(
    name="billing",
    models=("models.billing.tables",),
    queries=(BillingQuery,),
    mutations=(BillingMutation,),
    periodic_jobs=(PeriodicJob("renew_orders",
                               lambda settings: settings.billing_renewal_seconds,
                               renew_orders.send),
                   PeriodicJob("refund_failed_orders",
                               lambda settings: settings.billing_refund_sweep_seconds,
                               refund_failed_orders.send)),
    actor_modules=("workers.actors.billing",),
    admin_pages=(orders.create,),
    menu=(MenuEntry(routes.ORDERS, "menu.orders", "orders", 130),),
)
