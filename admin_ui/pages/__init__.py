"""The admin's pages, one module each; `declare` registers them all with NiceGUI."""

from __future__ import annotations

from nicegui import ui
from starlette.requests import Request
from starlette.responses import RedirectResponse

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.pages import (
    account,
    accounts,
    audit,
    cashouts,
    customer,
    customers,
    dashboard,
    deposits,
    mail,
    orders,
    partners,
    sign_in,
    staff,
    topups,
    transfer,
    transfers,
    webhooks,
)


def declare(api: AdminApi) -> None:
    """Declare every page; NiceGUI keeps them in its global router, so this runs once."""

    @ui.page("/")
    def home(request: Request) -> RedirectResponse:
        return RedirectResponse(routes.mounted(routes.HOME, request), status_code=303)

    sign_in.create(api)
    dashboard.create(api)
    accounts.create(api)
    account.create(api)
    transfers.create(api)
    transfer.create(api)
    staff.create(api)
    partners.create(api)
    audit.create(api)
    webhooks.create(api)
    deposits.create(api)
    topups.create(api)
    mail.create(api)
    customers.create(api)
    customer.create(api)
    orders.create(api)
    cashouts.create(api)
