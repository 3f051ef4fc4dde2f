"""The frame every page sits in: the page's direction and font for its language, a header with
the menu the member's role may use, the language and toman switches, and sign-out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from nicegui import app, ui

from admin_ui import routes
from admin_ui.client import ApiError
from admin_ui.session import StaffSession, set_language, show_api_error, sign_out
from admin_ui.text import LANGUAGE_KEY, TOMAN_KEY, current_language, is_rtl, t, toman_shown

FONT_FILE = "fonts/Vazirmatn-Variable.woff2"


def menu_for(session: StaffSession) -> list[tuple[str, str]]:
    """(path, label) of each page this member may use, in the menu's order (the domains'
    entries, handed to the admin at its mount)."""
    return [(entry.path, t(entry.key)) for entry in session.api.menu
            if session.may(entry.operation)]


def _head(prefix: str) -> None:
    """Direction and language on <html> before the body renders (no flash of the wrong side),
    and the Persian web font, served by the admin itself."""
    language = current_language()
    direction = "rtl" if is_rtl() else "ltr"
    font = f"{prefix}{routes.STATIC}/{FONT_FILE}"
    ui.add_head_html(
        f"<script>document.documentElement.lang='{language}';"
        f"document.documentElement.dir='{direction}';</script>"
        "<style>@font-face{font-family:Vazirmatn;font-weight:100 900;font-display:swap;"
        f"src:url('{font}') format('woff2');}}"
        "html[lang=fa] body, html[lang=fa] .q-field, html[lang=fa] .q-btn"
        "{font-family:Vazirmatn,'Noto Sans Arabic',sans-serif;}</style>")


@contextmanager
def frame(title: str, session: StaffSession | None = None) -> Iterator[None]:
    """Header and menu (the menu only for a signed-in member), then the page's content."""
    _head(routes.prefix(ui.context.client.request))
    ui.page_title(t("app.page_title", page=title, app=t("app.title")))
    with ui.header().classes("items-center gap-6 px-6 py-2 bg-slate-800"):
        ui.label(t("app.title")).classes("text-lg font-semibold")
        if session is not None:
            for path, label in menu_for(session):
                ui.link(label, path).classes("text-white no-underline") \
                    .mark(f"menu-{path.strip('/')}")
        ui.space()
        other = "en" if current_language() == "fa" else "fa"

        async def switch_language() -> None:
            try:
                if session is not None:
                    await set_language(session, other)
                else:
                    app.storage.user[LANGUAGE_KEY] = other
            except ApiError as error:
                show_api_error(error)
                return
            ui.navigate.reload()

        ui.button(t("menu.other_language"), icon="translate", on_click=switch_language) \
            .props("flat color=white no-caps").mark("switch-language")

        def switch_toman(on: bool) -> None:
            app.storage.user[TOMAN_KEY] = on
            ui.navigate.reload()

        ui.switch(t("menu.toman"), value=toman_shown(),
                  on_change=lambda event: switch_toman(bool(event.value))) \
            .props("color=white dark").mark("toman")
        if session is not None:
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
        ui.label(title).classes("text-2xl font-semibold").mark("page-title")
        yield
