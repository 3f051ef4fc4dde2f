"""What the domains bring to the admin: their pages and their entries in the menu.

The composition root (`etebar.domains`) gathers them from each domain's manifest and hands them
to `admin_ui.mount_admin`; the admin itself names no domain's page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from admin_ui.menu import MenuEntry

if TYPE_CHECKING:
    from admin_ui.client import AdminApi

__all__ = ["AdminParts", "MenuEntry", "PageRegistrar"]

# Declares a domain's NiceGUI pages (`@ui.page`) on the admin's API: a page module's `create`.
PageRegistrar = Callable[["AdminApi"], None]


@dataclass(frozen=True, slots=True)
class AdminParts:
    """The domains' page registrars (called in this order) and menu entries."""

    pages: tuple[PageRegistrar, ...] = ()
    menu: tuple[MenuEntry, ...] = ()

    def ordered_menu(self) -> tuple[MenuEntry, ...]:
        return tuple(sorted(self.menu, key=lambda entry: entry.position))
