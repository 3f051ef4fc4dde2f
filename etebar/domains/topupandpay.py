"""The manifest of top up and pay: an order paid by a top-up made for it, and the page a renewal
email's signed pay link lands on. It joins top-ups and billing, so it comes after both in the
list (its tables are theirs)."""

from __future__ import annotations

from api.billing.pay_page import pay_page_routes
from api.billing.top_up_and_pay import TopUpAndPayMutation
from etebar.domains.base import Domain

DOMAIN = Domain(
    name="topupandpay",
    mutations=(TopUpAndPayMutation,),
    actor_modules=("workers.actors.topupandpay",),
    http_routes=pay_page_routes,
)
