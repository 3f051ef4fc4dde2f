"""The admin's pages, one module each; `declare` registers the admin's own and the domains'
pages (each domain's manifest names its page modules) with NiceGUI."""

from __future__ import annotations

from collections.abc import Sequence

from nicegui import ui
from starlette.requests import Request
from starlette.responses import RedirectResponse

from admin_ui import routes
from admin_ui.client import AdminApi
from admin_ui.pages import sign_in
from admin_ui.parts import PageRegistrar


def declare(api: AdminApi, domain_pages: Sequence[PageRegistrar]) -> None:
    """Declare the admin's own pages (home, sign-in) and the domains' pages; NiceGUI keeps
    them in its global router, so this runs once."""

    @ui.page("/")
    def home(request: Request) -> RedirectResponse:
        return RedirectResponse(routes.mounted(routes.HOME, request), status_code=303)

    sign_in.create(api)
    for create in domain_pages:
        create(api)
