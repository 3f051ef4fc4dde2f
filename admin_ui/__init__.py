"""The staff admin: NiceGUI pages mounted at /admin that work only through the GraphQL schema."""

from __future__ import annotations

from pathlib import Path

from nicegui import app as nicegui_app
from nicegui import core, ui
from starlette.applications import Starlette

from admin_ui import pages, routes
from admin_ui.client import AdminApi
from admin_ui.parts import AdminParts, MenuEntry
from admin_ui.text import t
from api.schema import SchemaParts
from etebar.settings import Settings

MOUNT_PATH = "/admin"
STATIC_DIR = Path(__file__).resolve().parent / "static"

__all__ = ["MOUNT_PATH", "AdminParts", "MenuEntry", "mount_admin"]


def mount_admin(app: Starlette, settings: Settings, schema: SchemaParts,
                admin: AdminParts) -> None:
    """Declare the domains' pages and mount NiceGUI at /admin on `app`, wrapping `app`'s
    lifespan. The admin runs its operations on the schema of `schema`'s parts; its menu holds
    `admin`'s entries by their position.

    NiceGUI is one global app per process, so this can run only once per process.
    """
    if core.app.config.has_run_config:
        raise RuntimeError("the admin is already mounted in this process; NiceGUI runs once per "
                           "process, so build one app and reuse it")
    pages.declare(AdminApi(settings, schema, admin.ordered_menu()), admin.pages)
    # The Persian web font (Vazirmatn, SIL OFL 1.1: its licence sits beside it).
    nicegui_app.add_static_files(routes.STATIC, STATIC_DIR)
    ui.run_with(
        app,  # type: ignore[arg-type]  # typed FastAPI; it only mounts and wraps the lifespan
        mount_path=MOUNT_PATH,
        title=t("app.title"),
        storage_secret=settings.secret_key,
        session_middleware_kwargs={
            "same_site": "lax",
            "https_only": settings.public_url.startswith("https://"),
        },
        show_welcome_message=False,
    )
