"""The frame every page sits in: a header with the menu and the signed-in staff member."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from nicegui import ui

from admin_ui import routes
from admin_ui.client import ApiError
from admin_ui.session import StaffSession, show_api_error, sign_out
from admin_ui.text import t


@contextmanager
def frame(title: str, session: StaffSession | None = None) -> Iterator[None]:
    """Header and menu (the menu only for a signed-in member), then the page's content."""
    ui.page_title(t("app.page_title", page=title, app=t("app.title")))
    with ui.header().classes("items-center gap-6 px-6 py-2 bg-slate-800"):
        ui.label(t("app.title")).classes("text-lg font-semibold")
        if session is not None:
            ui.link(t("menu.accounts"), routes.ACCOUNTS).classes("text-white no-underline")
            ui.space()
            ui.label(t("menu.signed_in_as", name=session.name, role=t(f"role.{session.role}"))) \
                .classes("text-sm opacity-80")

            async def leave() -> None:
                try:
                    await sign_out(session)
                except ApiError as error:
                    show_api_error(error)
                ui.navigate.to(routes.SIGN_IN)

            ui.button(t("menu.sign_out"), icon="logout", on_click=leave) \
                .props("flat color=white no-caps").mark("sign-out")
    with ui.column().classes("w-full max-w-screen-xl mx-auto p-6 gap-4"):
        ui.label(title).classes("text-2xl font-semibold")
        yield
