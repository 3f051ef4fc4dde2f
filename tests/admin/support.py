"""Helpers of the admin tests: signing in as a person would, and reading what a table shows."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from nicegui import ui
from nicegui.element import Element
from nicegui.elements.mixins.text_element import TextElement
from nicegui.testing import User

PASSWORD = "correct horse battery"


async def sign_in_as(user: User, email: str = "owner@example.com",
                     password: str = PASSWORD) -> None:
    """Sign in through the sign-in page, as a person would."""
    await user.open("/login")
    user.find(marker="email").type(email)
    user.find(marker="password").type(password)
    user.find(marker="sign-in").click()


def table_rows(user: User) -> list[dict[str, Any]]:
    """The rows of the one table on the page; none when the page shows no table."""
    tables = [element for element in user.current_layout.descendants()
              if isinstance(element, ui.table)]
    return list(tables[0].rows) if tables else []


def row_ids(user: User) -> list[str]:
    return [row["id"] for row in table_rows(user)]


async def settle(condition: Callable[[], bool], attempts: int = 40) -> None:
    """Wait for what a click started in the background (a reload, a navigation) to show."""
    for _ in range(attempts):
        if condition():
            return
        await asyncio.sleep(0.05)


def text_of(element: Element) -> str:
    """What a label (or any element with text) shows."""
    assert isinstance(element, TextElement), element
    return element.text
