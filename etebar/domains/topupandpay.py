"""The manifest of top up and pay: an order paid by a top-up made for it, and the page a renewal
email's signed pay link lands on. It joins top-ups and billing, so it comes after both in the
list (its tables are theirs)."""

from __future__ import annotations

from api.billing.pay_page import pay_page_routes
from api.billing.top_up_and_pay import TopUpAndPayMutation
from etebar.domains.base import Domain, PeriodicJob
from workers.actors.topupandpay import pay_credited_top_ups

DOMAIN = Domain(
    name="topupandpay",
    mutations=(TopUpAndPayMutation,),
    periodic_jobs=(PeriodicJob("pay_credited_top_ups",
                               lambda settings: settings.topupandpay_sweep_seconds,
                               pay_credited_top_ups.send),),
    actor_modules=("workers.actors.topupandpay",),
    http_routes=pay_page_routes,
)
