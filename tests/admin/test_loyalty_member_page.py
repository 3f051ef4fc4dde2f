"""A member's admin page below their cards: what they hold (a credit lot with its kind, scope,
Jalali expiry and rials in Persian digits; points) and their purchases, each a link to its
page."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from nicegui import ui
from nicegui.testing import User

from models.identity.tables import StaffUser
from models.loyalty.codes import EffectKind
from models.loyalty.purchases import commit_purchase
from tests.loyalty.purchases.conftest import Rules, committed_id, make_shop, reward

EXPIRES = datetime(2030, 3, 20, 20, 30, tzinfo=UTC)  # 1409/01/01 00:00 in Tehran


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def test_the_member_page_shows_the_credit_lot_points_and_the_purchase(
        signed_in: User, staff: StaffUser):
    rules = Rules()
    rules.add(lambda f: reward(EffectKind.CLUB_CREDIT, f.amount // 10, rule_id=1,
                               expires_at=EXPIRES))
    rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 1000, rule_id=2))
    shop = await make_shop(rules)
    purchase_id = committed_id(await commit_purchase(shop.request(100_000), evaluator=rules))
    staff.language = "fa"
    await staff.save(update_fields=["language"])

    await signed_in.open(f"/loyalty/members/{shop.members[0].id}")

    await signed_in.should_see(marker="member-holdings")
    await signed_in.should_see("اعتبار و امتیاز")
    await signed_in.should_see(marker="member-credit", content="۱۰٬۰۰۰")
    await signed_in.should_see(marker="member-points", content="۱۰۰")
    credit, points = _rows(signed_in, "member-lots")
    assert (credit["kind"], credit["scope"], credit["available"]) == (
        "اعتبار باشگاه", f"باشگاه {shop.club.id}".translate(str.maketrans("0123456789",
                                                                          "۰۱۲۳۴۵۶۷۸۹")),
        "۱۰٬۰۰۰")
    assert credit["expires_at"].startswith("۱۴۰۹")  # Jalali
    assert (points["kind"], points["available"], points["expires_at"]) == (
        "امتیاز", "۱۰۰", "بدون انقضا")
    [bought] = _rows(signed_in, "member-purchases")
    assert bought["id"] == str(purchase_id)
    assert bought["id_href"].endswith(f"/loyalty/purchases/{purchase_id}")
    assert bought["amount"] == "۱۰۰٬۰۰۰"


async def test_a_member_without_purchases_says_so(signed_in: User):
    shop = await make_shop(Rules())

    await signed_in.open(f"/loyalty/members/{shop.members[0].id}")

    await signed_in.should_see(marker="member-lots-empty")
    await signed_in.should_see(marker="member-purchases-empty")
