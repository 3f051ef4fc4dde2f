"""What the domains bring to the admin: their pages and their entries in the menu.

The composition root (`etebar.domains`) gathers them from each domain's manifest and hands them
to `admin_ui.mount_admin`; the admin itself names no domain's page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from admin_ui.client import AdminApi

# Declares a domain's NiceGUI pages (`@ui.page`) on the admin's API: a page module's `create`.
PageRegistrar = Callable[["AdminApi"], None]


@dataclass(frozen=True, slots=True)
class MenuEntry:
    """A page in the menu: its path, its label's catalogue key, and the operation the page runs
    first. The entry shows only when the API's rules let the member call that operation, so the
    menu and the API cannot disagree. Entries sit in the menu by `position`, whichever domain
    brings them (lower first)."""

    path: str
    key: str
    operation: str
    position: int


@dataclass(frozen=True, slots=True)
class AdminParts:
    """The domains' page registrars (called in this order) and menu entries."""

    pages: tuple[PageRegistrar, ...] = ()
    menu: tuple[MenuEntry, ...] = ()

    def ordered_menu(self) -> tuple[MenuEntry, ...]:
        return tuple(sorted(self.menu, key=lambda entry: entry.position))
