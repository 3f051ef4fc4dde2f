"""The rule builder in a real browser (headless Chromium, as tests/admin/test_browser.py runs
it): an owner reading Persian builds a rule (a weekday condition, the default 10 % discount),
previews a Friday purchase in the club's merchant, sees what it earns in Persian digits, and
saves it as a draft. A screenshot is kept in tests/artifacts/."""

from __future__ import annotations

import re
from datetime import date

import jdatetime
import pytest

from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffUser
from models.loyalty.codes import RewardKind, RuleStatus
from models.loyalty.tables import Club, ClubMerchant, Rule, RuleVersion
from tests.admin.test_browser import (  # noqa: F401  # `served` is a fixture used by name
    ARTIFACTS,
    CHROMIUM_FLAGS,
    PERSIAN_DIGITS,
    _browser_or_skip,
    served,
)

pytestmark = pytest.mark.slow

FRIDAY = date(2026, 12, 4)


async def test_an_owner_builds_a_rule_in_persian_and_previews_it(
        served: str, staff: StaffUser) -> None:  # noqa: F811  # the imported fixture
    chromium = _browser_or_skip()
    from playwright.async_api import async_playwright

    # given: a club with one merchant, and an owner who reads Persian
    owner = await create_partner("باشگاه باران", PartnerKind.CLUB_OWNER)
    club = await Club.create(owner=owner, name="باران", rewards=[str(k) for k in RewardKind])
    cafe = await create_partner("کافه نارون", PartnerKind.MERCHANT)
    await ClubMerchant.create(club=club, merchant=cafe)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    friday = jdatetime.date.fromgregorian(date=FRIDAY).strftime("%Y/%m/%d")

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            page = await browser.new_page(viewport={"width": 1400, "height": 1200})
            await page.goto(f"{served}/admin/login")
            await page.locator("input[type=email]").fill("owner@example.com")
            await page.locator("input[type=password]").fill("correct horse battery")
            await page.locator("input[type=password]").press("Enter")
            await page.wait_for_url("**/admin/dashboard")
            # when: building a rule: its name, a weekday condition (Thursday and Friday)
            await page.goto(f"{served}/admin/loyalty/rules/new?club={club.id}")
            await page.wait_for_function("document.documentElement.dir === 'rtl'")
            await page.get_by_label("نام", exact=True).fill("تخفیف آخر هفته")
            await page.get_by_role("button", name="افزودن شرط").first.click()
            await page.get_by_text("پنجشنبه").first.wait_for()
            # and previewing a purchase of 1,000,000 rials on a Friday
            await page.get_by_label("روز", exact=True).fill(friday)
            await page.get_by_role("button", name="پیش‌نمایش").click()
            # then: it earns a 10 % instant discount, in Persian digits
            await page.get_by_text("۱۰۰٬۰۰۰").first.wait_for()
            text = await page.locator("body").inner_text()
            assert "تخفیف آنی" in text
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shot = ARTIFACTS / "admin-rule-builder-fa.png"
            await page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 0
            # when: saving it as a draft
            await page.get_by_role("button", name="ذخیرهٔ پیش‌نویس").click()
            await page.wait_for_url(re.compile(r".*/admin/loyalty/rules/\d+$"))
            await page.get_by_text("پیش‌نویس، نسخهٔ " + "1".translate(PERSIAN_DIGITS)).wait_for()
        finally:
            await browser.close()
    rule = await Rule.get(club_id=club.id)
    assert (rule.name, rule.status) == ("تخفیف آخر هفته", RuleStatus.DRAFT)
    version = await RuleVersion.get(rule_id=rule.id)
    assert version.condition == {"all": [{"field": "weekday", "op": "in",
                                          "value": ["thu", "fri"]}]}
