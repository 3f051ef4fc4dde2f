"""The rule builder in a real browser (headless Chromium, as tests/admin/test_browser.py runs
it): an owner reading Persian builds a rule (a weekday condition, the default 10 % discount),
previews a Friday purchase in the club's merchant, sees what it earns in Persian digits, and
saves it as a draft. A screenshot is kept in tests/artifacts/.

A second test goes on to the purchase (issue 10 §7): in one browser session in Persian, the owner
builds a rule (a purchase amount condition, so that it holds on any day), previews it and
activates it; then a terminal of the club's merchant commits a purchase through GraphQL (the POS's
part, with a key issued here), and the club's purchases page shows that purchase, and its page the
discount the rule gave, in Persian digits. Screenshots are kept in tests/artifacts/."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import jdatetime
import pytest

from models.identity.callers import CallerKind, Identity
from models.identity.customers import create_customer
from models.identity.partners import create_partner
from models.identity.tables import PartnerKind, StaffRole, StaffUser
from models.loyalty.codes import Channel, RewardKind, RuleStatus
from models.loyalty.tables import Club, ClubMerchant, Member, Purchase, Rule, RuleVersion
from models.loyalty.terminals import create_terminal, issue_key
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


PLATFORM = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)
COMMIT = """
mutation($input: PurchaseInput!) {
  commitPurchase(input: $input) {
    __typename
    ... on PurchaseOutcomeType { purchaseId discount payable rewards { ruleName kind amount } }
    ... on UserError { code message }
  }
}
"""


def _fa(text: str) -> str:
    return text.translate(PERSIAN_DIGITS)


async def test_an_owner_activates_a_rule_in_persian_and_sees_the_purchase_it_rewarded(
        served: str, staff: StaffUser, call_as: Any) -> None:  # noqa: F811  # the fixture
    chromium = _browser_or_skip()
    from playwright.async_api import async_playwright

    # given: a club with one merchant, its terminal and key, a member, and an owner reading
    # Persian
    owner = await create_partner("باشگاه باران", PartnerKind.CLUB_OWNER)
    club = await Club.create(owner=owner, name="باران", rewards=[str(k) for k in RewardKind])
    cafe = await create_partner("کافه نارون", PartnerKind.MERCHANT)
    await ClubMerchant.create(club=club, merchant=cafe)
    terminal = await create_terminal(PLATFORM, cafe.id, "POS-1")
    key, _ = await issue_key(PLATFORM, terminal.id)
    customer = await create_customer("09121234567", "مریم", partner_id=owner.id)
    member = await Member.create(club_id=club.id, customer_id=customer.id, card_number="7001",
                                 enrolled_via=Channel.POS)
    staff.language = "fa"
    await staff.save(update_fields=["language"])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            page = await browser.new_page(viewport={"width": 1400, "height": 1200})
            await page.goto(f"{served}/admin/login")
            await page.locator("input[type=email]").fill("owner@example.com")
            await page.locator("input[type=password]").fill("correct horse battery")
            await page.locator("input[type=password]").press("Enter")
            await page.wait_for_url("**/admin/dashboard")
            # when: building a rule: its name, a clause turned to "purchase amount at least
            # 500,000 rials", the default 10 % discount
            await page.goto(f"{served}/admin/loyalty/rules/new?club={club.id}")
            await page.wait_for_function("document.documentElement.dir === 'rtl'")
            await page.get_by_label("نام", exact=True).fill("تخفیف خرید بزرگ")
            await page.get_by_role("button", name="افزودن شرط").first.click()
            await page.get_by_label("ویژگی", exact=True).click()
            await page.get_by_role("option", name="مبلغ خرید", exact=True).click()
            await page.get_by_text("دست‌کم", exact=True).wait_for()
            amount = page.get_by_label("مقدار", exact=True)
            await amount.fill("500000")
            await amount.blur()
            # and previewing a purchase of 1,000,000 rials (the preview's default, today)
            await page.get_by_role("button", name="پیش‌نمایش").click()
            # then: it earns a 10 % instant discount, in Persian digits
            await page.get_by_text("۱۰۰٬۰۰۰").first.wait_for()
            assert "تخفیف آنی" in await page.locator("body").inner_text()
            # when: saving and activating it
            await page.get_by_role("button", name="ذخیره و فعال‌سازی").click()
            await page.wait_for_url(re.compile(r".*/admin/loyalty/rules/\d+$"))
            # then: its page says it is active, version 1
            await page.get_by_text("فعال، نسخهٔ ۱").wait_for()

            # when: the merchant's terminal commits a purchase of 1,000,000 rials for the member
            body = await call_as(key, COMMIT, input={
                "clubId": str(club.id), "member": "09121234567", "amount": "1000000",
                "reference": "pos-0001"})
            outcome = body["data"]["commitPurchase"]
            assert outcome["__typename"] == "PurchaseOutcomeType", body
            assert (outcome["discount"], outcome["payable"]) == ("100000", "900000")
            assert [(r["ruleName"], r["kind"]) for r in outcome["rewards"]] == [
                ("تخفیف خرید بزرگ", "DISCOUNT")]
            purchase_id = outcome["purchaseId"]

            # then: the club's purchases page lists it: its reference, member, amount, discount
            await page.goto(f"{served}/admin/loyalty/clubs/{club.id}/purchases")
            await page.get_by_text("خریدهای باران").first.wait_for()
            row = page.locator("tr", has_text="pos-0001")
            await row.wait_for()
            cells = [c.strip() for c in await row.locator("td").all_inner_texts()]
            # (id, time,) member, merchant, reference (Latin text isolated in the right-to-left
            # page), amount, discount, payable, returned, state
            assert cells[2:] == [_fa(str(member.id)), _fa(str(cafe.id)), "\u2068pos-0001\u2069",
                                 "۱٬۰۰۰٬۰۰۰", "۱۰۰٬۰۰۰", "۹۰۰٬۰۰۰", "۰", "ثبت‌شده"], cells
            await page.screenshot(path=str(ARTIFACTS / "admin-club-purchases-fa.png"),
                                  full_page=True)
            # and its page shows the reward the rule gave, with the rule and its version
            await row.get_by_role("link", name=_fa(str(purchase_id))).click()
            await page.wait_for_url(f"**/admin/loyalty/purchases/{purchase_id}")
            rewards = page.locator("tr", has_text="تخفیف خرید بزرگ")
            await rewards.wait_for()
            reward = [c.strip() for c in await rewards.locator("td").all_inner_texts()]
            assert reward[:4] == ["تخفیف خرید بزرگ", "۱", "تخفیف", "۱۰۰٬۰۰۰"], reward
            shot = ARTIFACTS / "admin-purchase-reward-fa.png"
            await page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 0
        finally:
            await browser.close()
    rule = await Rule.get(club_id=club.id)
    assert (rule.name, rule.status) == ("تخفیف خرید بزرگ", RuleStatus.ACTIVE)
    version = await RuleVersion.get(rule_id=rule.id)
    assert version.condition == {"all": [{"field": "amount", "op": "gte", "value": 500_000}]}
    assert (await Purchase.get(id=int(purchase_id))).discount == 100_000
