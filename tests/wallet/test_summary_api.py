"""`businessSummary` over GraphQL: staff read the figures, with every day of the window."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from models.clock import TEHRAN

from .support import data

SUMMARY = """
query BusinessSummary($days: Int!) {
  businessSummary {
    depositsAwaiting { count amount }
    cashOutsAwaiting { count amount }
    outstandingWalletCredit
    paymentsByDay(days: $days) { day count amount }
    topUpsByDay(days: $days) { day count amount }
  }
}
"""


async def test_staff_read_the_business_summary(gql, make_customer, top_up,
                                               pay: Callable[..., Awaitable[str]]):
    # given: a wallet topped up with 1,000,000 rials that paid 250,000 today
    customer, _ = await make_customer()
    await top_up(customer.id, 1_000_000)
    await pay(customer.id, 250_000)

    # when
    summary = data(await gql(SUMMARY, days=3))["businessSummary"]

    # then
    today = datetime.now(UTC).astimezone(TEHRAN).date().isoformat()
    assert summary["depositsAwaiting"] == {"count": 0, "amount": "0"}
    assert summary["cashOutsAwaiting"] == {"count": 0, "amount": "0"}
    assert summary["outstandingWalletCredit"] == "750000"
    assert [d["count"] for d in summary["paymentsByDay"]] == [0, 0, 1]
    assert summary["paymentsByDay"][-1] == {"day": today, "count": 1, "amount": "250000"}
    assert [d["amount"] for d in summary["topUpsByDay"]] == ["0", "0", "0"]


async def test_a_window_of_more_than_a_year_is_refused(gql):
    body: dict[str, Any] = await gql(SUMMARY, days=400)
    assert body["data"] is None
    assert "days must be 1 to 366" in body["errors"][0]["message"]


async def test_a_customer_may_not_read_the_business_summary(call_as, make_customer):
    _, token = await make_customer()
    body = await call_as(token, "{ businessSummary { outstandingWalletCredit } }")
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
