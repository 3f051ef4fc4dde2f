"""The frame every page sits in: the page's direction and font for its language, a header with
the menu the member's role may use, the language and toman switches, and sign-out.

On a narrow screen (below `WIDE_PX`, a 1024-pixel laptop included) the menu folds into a drawer
opened by a button in the header; the drawer lies on the side the page's text starts at (the
right in Persian)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from nicegui import app, ui

from admin_ui import routes
from admin_ui.client import ApiError
from admin_ui.session import StaffSession, set_language, show_api_error, sign_out
from admin_ui.text import LANGUAGE_KEY, TOMAN_KEY, current_language, is_rtl, t, toman_shown

FONT_FILE = "fonts/Vazirmatn-Variable.woff2"
# From this width on the menu fits in the header; below it, it folds into the drawer. CSS does
# the switch, so a resized window needs no round trip and the first paint is already right. The
# inline menu is what gives way (it wraps) when the header is short of room, not the switches.
WIDE_PX = 1280
_FOLDING = (".etebar-menu-inline{flex:0 1 auto}.etebar-menu-inline~*{flex-shrink:0}"
            f"@media (max-width:{WIDE_PX - 0.02}px)"
            "{.etebar-menu-inline{display:none!important}}"
            f"@media (min-width:{WIDE_PX}px){{.etebar-menu-button{{display:none!important}}}}")


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
        "{font-family:Vazirmatn,'Noto Sans Arabic',sans-serif;}"
        f"{_FOLDING}</style>")


def _drawer(menu: list[tuple[str, str]]) -> ui.drawer:
    """The menu as a drawer, closed until its button opens it; it lies over the page instead of
    pushing it aside, at any width. Quasar's "left" is the side a line starts at: its CSS puts a
    left drawer on the right of a right-to-left page, so one drawer serves both languages."""
    drawer = ui.left_drawer(value=False, elevated=True).props("behavior=mobile overlay") \
        .classes("bg-slate-50").mark("menu-drawer")
    with drawer, ui.column().classes("gap-3 p-2"):
        for path, label in menu:
            ui.link(label, path).classes("text-slate-900 no-underline text-base") \
                .mark(f"drawer-{path.strip('/')}")
    return drawer


@contextmanager
def frame(title: str, session: StaffSession | None = None) -> Iterator[None]:
    """Header and menu (the menu only for a signed-in member), then the page's content."""
    _head(routes.prefix(ui.context.client.request))
    ui.page_title(t("app.page_title", page=title, app=t("app.title")))
    menu = menu_for(session) if session is not None else []
    drawer = _drawer(menu) if menu else None
    with ui.header().classes("items-center gap-x-6 gap-y-1 px-6 py-2 bg-slate-800 no-wrap"):
        if drawer is not None:
            ui.button(icon="menu", on_click=drawer.toggle) \
                .props(f'flat round dense color=white aria-label="{t("menu.open")}"') \
                .classes("etebar-menu-button").mark("menu-button")
        ui.label(t("app.title")).classes("text-lg font-semibold whitespace-nowrap")
        if menu:
            with ui.row().classes("etebar-menu-inline items-center gap-x-5 gap-y-1 min-w-0"):
                for path, label in menu:
                    ui.link(label, path).classes("text-white no-underline whitespace-nowrap") \
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
