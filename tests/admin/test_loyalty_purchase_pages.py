"""The loyalty purchases' admin pages: a club's purchases filtered by merchant, a purchase with
what it earned and its legs, and voiding it from its page."""

from __future__ import annotations

import asyncio
from typing import Any

from nicegui import ui
from nicegui.testing import User

from models.loyalty.codes import EffectKind, PurchaseState
from models.loyalty.purchases import commit_purchase
from models.loyalty.tables import Purchase
from tests.loyalty.purchases.conftest import Rules, committed_id, make_shop, reward


def _rows(user: User, marker: str) -> list[dict[str, Any]]:
    for element in user.current_layout.descendants():
        if isinstance(element, ui.table) and marker in element._markers:
            return list(element.rows)
    return []


async def test_staff_list_a_clubs_purchases_by_merchant_and_void_one(signed_in: User):
    rules = Rules()
    rules.add(lambda f: reward(EffectKind.POINTS, f.amount // 1000, rule_id=1))
    shop = await make_shop(rules)
    here = await commit_purchase(shop.request(12_000, reference="pos-1"), evaluator=rules)
    await commit_purchase(shop.request(8_000, merchant=1, reference="pos-2"), evaluator=rules)

    await signed_in.open(f"/loyalty/clubs/{shop.club.id}/purchases"
                         f"?merchant={shop.merchants[0].id}")
    [row] = _rows(signed_in, "club-purchases")
    assert (row["id"], row["reference"], row["state"]) == (
        str(committed_id(here)), "pos-1", "Committed")

    await signed_in.open(f"/loyalty/purchases/{committed_id(here)}")
    [earned] = _rows(signed_in, "purchase-rewards")
    assert (earned["rule"], earned["kind"]) == ("rule 1", "Points")
    assert [leg["kind"] for leg in _rows(signed_in, "purchase-legs")] == ["Points"]
    signed_in.find(marker="void-purchase").click()
    for _ in range(50):  # the click's mutation runs in the page's task
        if (await Purchase.get(id=committed_id(here))).state is PurchaseState.VOIDED:
            break
        await asyncio.sleep(0.1)
    assert (await Purchase.get(id=committed_id(here))).state is PurchaseState.VOIDED
