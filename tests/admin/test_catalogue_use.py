"""Every catalogue key the admin's code names exists in both languages, and every page, filled
with the demo data, renders in Persian and in English without showing a key instead of a text
(`t` answers the key itself when the catalogue lacks it)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from nicegui import ui
from nicegui.testing import User
from tortoise import connections

from admin_ui.text import CATALOGUE, LANGUAGES
from models.billing.tables import Order
from models.demo import seed_demo
from models.demo_customers import CUSTOMERS
from models.identity.tables import Customer, StaffUser
from models.notify.tables import EmailMessage
from models.wallet.cashouts.tables import CashOut
from models.wallet.deposits.tables import Deposit

ADMIN = Path(__file__).resolve().parents[2] / "admin_ui"
CATALOGUES = {language: CATALOGUE.messages(language) for language in LANGUAGES}
# A text that looks like a catalogue key: dotted lower-case words (`customer.no_orders`).
KEY_LIKE = re.compile(r"^[a-z][a-z0-9_\-]*(\.[a-z0-9_\-]+)+$")
# Functions whose argument at this position is a catalogue key.
KEY_ARGUMENTS = {"t": 0, "column": 1}


def _key_calls() -> Iterator[tuple[str, int, ast.expr]]:
    """(file, line, key expression) of every `t(...)` and `column(..., key)` in admin_ui."""
    for path in sorted(ADMIN.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            position = KEY_ARGUMENTS.get(node.func.id)
            if position is not None and len(node.args) > position:
                yield path.name, node.lineno, node.args[position]


def test_every_literal_key_the_admin_names_is_in_both_catalogues():
    missing = [(name, line, key.value, language)
               for name, line, key in _key_calls()
               if isinstance(key, ast.Constant) and isinstance(key.value, str)
               for language, catalogue in CATALOGUES.items() if key.value not in catalogue]
    assert missing == []


def test_every_formatted_key_has_its_family_in_both_catalogues():
    """`t(f"cycle.{value}")`: the text before the first placeholder starts some key."""
    missing = []
    for name, line, key in _key_calls():
        if isinstance(key, ast.JoinedStr) and key.values and isinstance(key.values[0],
                                                                         ast.Constant):
            start = str(key.values[0].value)
            for language, catalogue in CATALOGUES.items():
                if not any(k.startswith(start) for k in catalogue):
                    missing.append((name, line, start, language))
    assert missing == []


def _texts(user: User) -> Iterator[str]:
    """Every text a page shows: labels, links, buttons, field labels, table headings and cells."""
    for element in user.current_layout.descendants():
        text = getattr(element, "text", None)
        if isinstance(text, str):
            yield text
        for prop in ("label", "placeholder"):
            value = element.props.get(prop)
            if isinstance(value, str):
                yield value
        if isinstance(element, ui.table):
            for column in element.columns:
                yield str(column["label"])
            for row in element.rows:
                yield from (v for k, v in row.items() if isinstance(v, str)
                            and not k.endswith("_href"))
        if isinstance(element, ui.select):
            options: Any = element.options
            yield from (str(v) for v in (options.values() if isinstance(options, dict)
                                         else options))


@pytest.fixture
async def db(db: str) -> str:
    await connections.get("default").execute_script("TRUNCATE notify_email_message")
    return db


async def _pages() -> list[str]:
    await seed_demo(password="a demo password", stored_token=None)
    customers = await Customer.filter(person__mobile__in=[c.mobile for c in CUSTOMERS])
    order = await Order.first()
    deposit = await Deposit.first()
    email = await EmailMessage.first()
    cash_out = await CashOut.first()
    assert order is not None and deposit is not None and email is not None
    assert cash_out is not None
    return ["/dashboard", "/customers", *(f"/customers/{c.id}" for c in customers),
            "/orders", f"/orders/{order.id}", "/topups", "/deposits?status=all",
            f"/deposits/{deposit.id}", "/cash-outs", "/cash-outs?status=all",
            f"/cash-outs/{cash_out.id}", f"/cash-outs?status=all&customer={customers[0].id}",
            "/mail",
            f"/mail/{email.id}", "/caught-mail", "/accounts", "/transfers"]


@pytest.mark.parametrize("language", ["en", "fa"])
async def test_every_page_with_the_demo_data_shows_no_missing_key(
        signed_in: User, staff: StaffUser, language: str):
    pages = await _pages()
    staff.language = language
    await staff.save(update_fields=["language"])
    shown_keys: dict[str, list[str]] = {}
    for page in pages:
        await signed_in.open(page)
        await signed_in.should_see(marker="page-title")
        keys = [text for text in _texts(signed_in) if KEY_LIKE.match(text)]
        if keys:
            shown_keys[page] = keys
    assert shown_keys == {}
