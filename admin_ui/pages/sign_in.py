"""The sign-in page: email and password to an admin session through `staffSignIn`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query
from nicegui import ui
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from admin_ui import routes
from admin_ui.client import AdminApi, ApiError
from admin_ui.frame import frame
from admin_ui.session import current_session, show_api_error, sign_in
from admin_ui.text import t
from api.context import client_address


def create(api: AdminApi) -> None:
    @ui.page(routes.SIGN_IN)
    async def sign_in_page(
        request: Request, target: Annotated[str | None, Query(alias="next")] = None,
    ) -> Response | None:
        destination = routes.HOME
        if target is not None and routes.is_local(target) and target != routes.SIGN_IN:
            destination = target
        if await current_session(api) is not None:
            return RedirectResponse(routes.mounted(destination, request), status_code=303)

        with frame(t("sign_in.title")), ui.card().classes("w-full max-w-sm"):
            email = ui.input(t("sign_in.email")).props("type=email autocomplete=username") \
                .classes("w-full").mark("email")
            password = ui.input(t("sign_in.password"), password=True,
                                password_toggle_button=True) \
                .props("autocomplete=current-password").classes("w-full").mark("password")
            refusal = ui.label().classes("text-negative").mark("sign-in-error")

            async def submit() -> None:
                refusal.set_text("")
                if not email.value or not password.value:
                    refusal.set_text(t("sign_in.missing"))
                    return
                try:
                    refused = await sign_in(api, email.value, password.value,
                                            client_address(request))
                except ApiError as error:
                    show_api_error(error)
                    return
                if refused is not None:
                    refusal.set_text(refused)
                    password.set_value("")
                    return
                ui.navigate.to(destination)

            password.on("keydown.enter", submit)
            ui.button(t("sign_in.submit"), on_click=submit).props("no-caps") \
                .classes("w-full").mark("sign-in")
        return None
