"""An entry of the admin's menu, as a domain's manifest declares it."""

from __future__ import annotations

from dataclasses import dataclass


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
