"""The admin in a real browser: headless Chromium (Debian's `chromium`, driven by Playwright)
against `etebar serve` running on the test database. Sign in, switch to Persian, open an account:
the page is right to left, with a Jalali date and Persian digits. A screenshot is kept in
tests/artifacts/ as the run's artefact.

Without Chromium or Playwright on a developer's machine the test says so and skips; with the
environment variable CI set (`.ci/run`), it must run.

A second test follows the main wallet flow on the demo data: the customers list, a customer's page
in Persian (the wallet total in Persian digits, Jalali dates), then a deposit approved from the
deposits page, and the wallet total grown by it."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import httpx
import jdatetime
import pytest

from admin_ui.frame import WIDE_PX
from models.demo import seed_demo
from models.demo_customers import CUSTOMERS as DEMO_CUSTOMERS
from models.identity.tables import Customer, StaffUser
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.verify import verify_ledger
from models.wallet import wallets

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
ETEBAR = str(Path(sys.executable).with_name("etebar"))
CHROMIUM = os.environ.get("ETEBAR_CHROMIUM", "/usr/bin/chromium")
# NOTES.md "Browser tests": what Debian's Chromium needs to run headless here.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
START_SECONDS = 60


def _browser_or_skip() -> str:
    """Chromium's path; without it (or Playwright) skip, or fail under CI."""
    found = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    missing = None
    if found is None:
        missing = f"no Chromium at {CHROMIUM} or on PATH (apt-get install chromium)"
    else:
        try:
            import playwright.async_api  # noqa: F401
        except ImportError:
            missing = "Playwright is not installed (pip install -e '.[dev]')"
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser test: {missing}")
        pytest.skip(f"browser test skipped: {missing}")
    assert found is not None
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def served(db: str, tmp_path: Path) -> Iterator[str]:
    """`etebar serve` on the test database, no worker; its base URL."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ETEBAR_")}
    env.update({"ETEBAR_DATABASE_URL": db, "ETEBAR_PORT": str(port), "ETEBAR_HOST": "127.0.0.1",
                "ETEBAR_ENVIRONMENT": "test", "ETEBAR_WORKER__RUN_IN_PROCESS": "false",
                "ETEBAR_DATA_DIR": str(tmp_path), "ETEBAR_DATABASE_POOL_SIZE": "5",
                "ETEBAR_PUBLIC_URL": f"http://127.0.0.1:{port}",
                # This checkout's code, not the one the `etebar` script was installed from.
                "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT),
                                                            env.get("PYTHONPATH"))))})
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen([ETEBAR, "serve"], env=env, cwd=tmp_path, stdout=out,
                                   stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"serve exited with {process.returncode}:\n{log.read_text()}")
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"serve did not come up:\n{log.read_text()}")
            time.sleep(0.25)
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


async def test_sign_in_switch_to_persian_and_read_an_account_right_to_left(
        served: str, staff: StaffUser, make_account) -> None:
    chromium = _browser_or_skip()
    from playwright.async_api import async_playwright

    # given: an English-reading owner and a funded wallet
    staff.language = "en"
    await staff.save(update_fields=["language"])
    wallet = await make_account(wallet=True, owner="customer:1", code="customer_wallet")
    opening = await system_account("IRR", SystemAccount.OPENING_BALANCES)
    await create_transfers([TransferRequest(idempotency_key="fund", code="top_up",
                                            amount=2_500_000, debit_account_id=opening.id,
                                            credit_account_id=wallet.id)])
    today = jdatetime.date.fromgregorian(date=datetime.now(ZoneInfo("Asia/Tehran")).date())
    jalali_today = today.strftime("%Y/%m/%d").translate(PERSIAN_DIGITS)

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            page = await browser.new_page(viewport={"width": 1400, "height": 1000})
            # when: signing in (the sign-in page speaks Persian until someone says otherwise)
            await page.goto(f"{served}/admin/login")
            await page.locator("input[type=email]").fill("owner@example.com")
            await page.locator("input[type=password]").fill("correct horse battery")
            await page.locator("input[type=password]").press("Enter")
            await page.wait_for_url("**/admin/dashboard")
            await page.wait_for_function("document.documentElement.dir === 'ltr'")
            # and switching to Persian
            await page.get_by_role("button", name="فارسی").click()
            await page.wait_for_function("document.documentElement.dir === 'rtl'")
            # and opening the account
            await page.goto(f"{served}/admin/accounts/{wallet.id}")
            await page.get_by_text("۲٬۵۰۰٬۰۰۰").first.wait_for()

            # then
            assert await page.locator("html").get_attribute("dir") == "rtl"
            assert await page.locator("html").get_attribute("lang") == "fa"
            text = await page.locator("body").inner_text()
            assert jalali_today in text  # the transfer's and the account's Jalali date
            assert "۲٬۵۰۰٬۰۰۰" in text  # the balance, in Persian digits
            assert "حساب" in text
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shot = ARTIFACTS / "admin-account-fa.png"
            await page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 0
        finally:
            await browser.close()
    assert (await StaffUser.get(id=staff.id)).language == "fa"  # remembered at the API


async def test_a_customers_wallet_in_persian_then_a_deposit_approved_changes_its_total(
        served: str, staff: StaffUser) -> None:
    chromium = _browser_or_skip()
    from playwright.async_api import TimeoutError as PlaywrightTimeout
    from playwright.async_api import async_playwright

    # given: the demo data (a customer with 3,000,000 rials and a 5,000,000 deposit awaiting
    # approval) and an owner who reads Persian
    await seed_demo(password="a demo password", stored_token=None)
    [david] = [c for c in DEMO_CUSTOMERS if c.key == "david"]
    customer = await Customer.get(person__mobile=david.mobile)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    today = jdatetime.date.fromgregorian(date=datetime.now(ZoneInfo("Asia/Tehran")).date())
    jalali_today = today.strftime("%Y/%m/%d").translate(PERSIAN_DIGITS)
    before, after = "۳٬۰۰۰٬۰۰۰", "۸٬۰۰۰٬۰۰۰"

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            page = await browser.new_page(viewport={"width": 1400, "height": 1000})
            # when: signing in, and opening the customer from the customers list
            await page.goto(f"{served}/admin/login")
            await page.locator("input[type=email]").fill("owner@example.com")
            await page.locator("input[type=password]").fill("correct horse battery")
            await page.locator("input[type=password]").press("Enter")
            await page.wait_for_url("**/admin/dashboard")
            await page.get_by_role("link", name="مشتریان", exact=True).click()
            await page.wait_for_url("**/admin/customers")
            await page.locator("tr", has_text=david.name).locator("a").first.click()
            await page.wait_for_url(f"**/admin/customers/{customer.id}")
            await page.get_by_text(before).first.wait_for()

            # then: the page is Persian, right to left, the total in Persian digits, dates Jalali
            assert await page.locator("html").get_attribute("dir") == "rtl"
            text = await page.locator("body").inner_text()
            assert before in text and after not in text
            assert jalali_today in text
            assert "واریزهای بانکی" in text and "سفارش‌ها" in text  # the money sections

            # when: approving the deposit from the deposits page
            await page.get_by_role("link", name="واریزها", exact=True).click()
            await page.wait_for_url("**/admin/deposits")
            link = page.locator("tr", has_text="۵٬۰۰۰٬۰۰۰").locator("a").first
            href = await link.get_attribute("href")
            assert href is not None and "/admin/deposits/" in href
            await link.click()
            try:
                await page.wait_for_url("**/admin/deposits/*", timeout=10_000)
            except PlaywrightTimeout:  # the click met the table as it was drawn again: follow
                await page.goto(urljoin(page.url, href))
            await page.get_by_role("button", name="تأیید", exact=True).click()
            await page.get_by_text("تأییدشده").first.wait_for()

            # then: the customer's wallet holds the deposit too
            await page.goto(f"{served}/admin/customers/{customer.id}")
            await page.get_by_text(after).first.wait_for()
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shot = ARTIFACTS / "admin-customer-fa.png"
            await page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 0
        finally:
            await browser.close()
    assert (await wallets.balance(customer.id)).total == 8_000_000
    assert await verify_ledger() == []


# The widths of the layout test: a small laptop (the menu folds into a drawer) and a desktop.
NARROW, WIDE = 1024, 1440
NO_HORIZONTAL_OVERFLOW = "document.scrollingElement.scrollWidth <= window.innerWidth"


async def _sign_in(page: Any, served: str) -> None:
    await page.goto(f"{served}/admin/login")
    await page.locator("input[type=email]").fill("owner@example.com")
    await page.locator("input[type=password]").fill("correct horse battery")
    await page.locator("input[type=password]").press("Enter")
    await page.wait_for_url("**/admin/dashboard")


async def _check_layout(page: Any, width: int, shot: str) -> None:
    """The page as laid out at `width`: right to left, nothing wider than the window, the menu
    inline on a wide screen and behind its button on a narrow one; saved as `shot`."""
    assert await page.locator("html").get_attribute("dir") == "rtl"
    assert await page.evaluate(NO_HORIZONTAL_OVERFLOW), await page.evaluate(
        "[document.scrollingElement.scrollWidth, window.innerWidth]")
    menu_button = page.get_by_role("button", name="منو", exact=True)
    inline_menu = page.locator(".etebar-menu-inline")
    if width < WIDE_PX:
        assert await menu_button.is_visible() and not await inline_menu.is_visible()
        assert not await page.locator("aside.q-drawer").is_visible()  # closed until asked
    else:
        assert await inline_menu.is_visible() and not await menu_button.is_visible()
        # the whole menu inside the header, none of it cut off at either side
        box = await inline_menu.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / shot
    await page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 0


@pytest.mark.parametrize("width", [NARROW, WIDE])
async def test_the_dashboard_and_a_customer_in_persian_fit_the_screen(
        served: str, staff: StaffUser, width: int) -> None:
    chromium = _browser_or_skip()
    from playwright.async_api import async_playwright

    # given: the demo data and an owner who reads Persian
    await seed_demo(password="a demo password", stored_token=None)
    [david] = [c for c in DEMO_CUSTOMERS if c.key == "david"]
    customer = await Customer.get(person__mobile=david.mobile, partner_id=None)
    staff.language = "fa"
    await staff.save(update_fields=["language"])

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            page = await browser.new_page(viewport={"width": width, "height": 900})
            # when: opening the dashboard
            await _sign_in(page, served)
            await page.get_by_text("واریزهای در انتظار تأیید").first.wait_for()
            await page.locator("canvas").first.wait_for()
            # then: it fits, and shows the deposit awaiting approval (5,000,000 rials)
            await _check_layout(page, width, f"admin-dashboard-fa-{width}.png")
            assert "۵٬۰۰۰٬۰۰۰" in await page.locator("body").inner_text()

            # when: opening a customer's page
            await page.goto(f"{served}/admin/customers/{customer.id}")
            await page.get_by_text("۳٬۰۰۰٬۰۰۰").first.wait_for()
            # then
            await _check_layout(page, width, f"admin-customer-fa-{width}.png")
        finally:
            await browser.close()


async def test_on_a_narrow_screen_the_menu_opens_as_a_drawer_on_the_right_in_persian(
        served: str, staff: StaffUser) -> None:
    chromium = _browser_or_skip()
    from playwright.async_api import async_playwright

    # given: an owner who reads Persian, on a 1024-pixel screen
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            page = await browser.new_page(viewport={"width": NARROW, "height": 900})
            await _sign_in(page, served)
            drawer = page.locator("aside.q-drawer")
            # when: pressing the menu button
            await page.get_by_role("button", name="منو", exact=True).click()
            link = drawer.get_by_role("link", name="مشتریان", exact=True)
            await link.wait_for()
            await page.wait_for_timeout(500)  # Quasar slides the drawer in
            # then: the drawer lies against the right edge, and its links lead to the pages
            box = await drawer.bounding_box()
            assert box is not None and abs(box["x"] + box["width"] - NARROW) <= 1, box
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(ARTIFACTS / "admin-drawer-fa-1024.png"))
            await link.click()
            await page.wait_for_url("**/admin/customers")
        finally:
            await browser.close()
