"""The cash book at the terminal: expenses and cash receipts once per (terminal, reference),
corrections by reversing entries only, and the daily income report of purchases through the
clubs (less returns), cash and expenses. The ledger verifies clean after the purchases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from models.errors import Conflict, NotFound, ValidationFailed
from models.ledger.verify import verify_ledger
from models.loyalty import cash_book
from models.loyalty.cash_book import CashInput
from models.loyalty.purchases import commit_purchase
from models.loyalty.returns import ReturnRequest, return_purchase, void_purchase
from models.loyalty.tools_tables import CashEntry, CashKind
from tests.loyalty.tools.conftest import PLATFORM, Tools, merchant_staff

NOON = datetime(2024, 12, 3, 8, 30, tzinfo=UTC)  # 12:00 in Tehran
DAY = date(2024, 12, 3)


def expense(amount: int = 250_000, reference: str = "e-1", **more: str) -> CashInput:
    return CashInput(CashKind.EXPENSE, amount, reference, category=more.get("category", "bread"),
                     note=more.get("note", ""))


def receipt(amount: int = 1_000_000, reference: str = "r-1") -> CashInput:
    return CashInput(CashKind.CASH_RECEIPT, amount, reference)


async def test_an_expense_and_a_cash_receipt_go_on_the_days_page(tools: Tools) -> None:
    # when the terminal records an expense and a cash receipt at noon
    await cash_book.record_entry(tools.terminals[0], expense(), now=NOON)
    await cash_book.record_entry(tools.terminals[0], receipt(), now=NOON)
    # then both are on that day's page of the merchant, with the terminal that wrote them
    page = await cash_book.entries_of(merchant_staff(tools.merchant_id), tools.merchant_id, DAY)
    assert [(e.kind, e.amount, e.category, e.day) for e in page] == [
        (CashKind.EXPENSE, 250_000, "bread", DAY), (CashKind.CASH_RECEIPT, 1_000_000, "", DAY)]
    assert {e.terminal_id for e in page} == {tools.terminals[0].terminal_id}


async def test_an_entry_after_tehran_midnight_counts_on_the_next_day(tools: Tools) -> None:
    entry = await cash_book.record_entry(tools.terminals[0], receipt(),
                                         now=datetime(2024, 12, 3, 20, 31, tzinfo=UTC))
    assert entry.day == date(2024, 12, 4)


async def test_the_same_reference_answers_the_first_entry(tools: Tools) -> None:
    first = await cash_book.record_entry(tools.terminals[0], expense(), now=NOON)
    again = await cash_book.record_entry(tools.terminals[0], expense(), now=NOON)
    assert again.id == first.id
    assert await CashEntry.all().count() == 1


async def test_the_same_reference_with_other_content_is_a_conflict(tools: Tools) -> None:
    await cash_book.record_entry(tools.terminals[0], expense(), now=NOON)
    with pytest.raises(Conflict) as refused:
        await cash_book.record_entry(tools.terminals[0], expense(amount=1), now=NOON)
    assert refused.value.code == "idempotency_conflict"


@pytest.mark.parametrize(("given", "error"), [
    (expense(amount=0), "cash_amount_must_be_positive"),
    (expense(amount=-5), "cash_amount_must_be_positive"),
    (expense(category=""), "invalid_cash_entry"),
    (CashInput(CashKind.CASH_RECEIPT, 10, "r", category="bread"), "invalid_cash_entry"),
    (expense(reference=""), "invalid_reference"),
])
async def test_a_bad_entry_is_refused_and_nothing_is_written(tools: Tools, given: CashInput,
                                                             error: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await cash_book.record_entry(tools.terminals[0], given, now=NOON)
    assert refused.value.code == error
    assert await CashEntry.all().count() == 0


async def test_a_reversing_entry_negates_the_entry_on_its_day_once(tools: Tools) -> None:
    entry = await cash_book.record_entry(tools.terminals[0], expense(), now=NOON)
    reversal = await cash_book.reverse_entry(tools.terminals[0], entry.id, "fix-1")
    assert (reversal.amount, reversal.reverses_id, reversal.day) == (-250_000, entry.id, DAY)
    # the same reference answers the same reversal; another one is refused
    assert (await cash_book.reverse_entry(tools.terminals[0], entry.id, "fix-1")).id \
        == reversal.id
    with pytest.raises(Conflict) as refused:
        await cash_book.reverse_entry(merchant_staff(tools.merchant_id), entry.id, "fix-2")
    assert refused.value.code == "cash_entry_reversed"
    income = await cash_book.daily_income(PLATFORM, tools.merchant_id, DAY)
    assert income.expenses == 0


async def test_a_reversing_entry_is_not_reversed(tools: Tools) -> None:
    entry = await cash_book.record_entry(tools.terminals[0], expense(), now=NOON)
    reversal = await cash_book.reverse_entry(tools.terminals[0], entry.id, "fix-1")
    with pytest.raises(ValidationFailed):
        await cash_book.reverse_entry(tools.terminals[0], reversal.id, "fix-2")


async def test_another_merchants_terminal_cannot_reverse_an_entry(tools: Tools) -> None:
    entry = await cash_book.record_entry(tools.terminals[0], expense(), now=NOON)
    with pytest.raises(NotFound) as refused:
        await cash_book.reverse_entry(tools.terminals[1], entry.id, "fix-1")
    assert refused.value.code == "cash_entry_not_found"
    with pytest.raises(NotFound):
        await cash_book.reverse_entry(merchant_staff(tools.shop.merchants[1].id), entry.id,
                                      "fix-1")


async def test_the_daily_income_counts_purchases_less_returns_cash_and_expenses(
        tools: Tools) -> None:
    shop = tools.shop
    # given two purchases at the merchant that day (one of them half returned), one voided,
    # one the day before, and one at the other merchant
    kept = await commit_purchase(shop.request(400_000), evaluator=shop.rules, now=NOON)
    await commit_purchase(shop.request(600_000), evaluator=shop.rules, now=NOON)
    voided = await commit_purchase(shop.request(900_000), evaluator=shop.rules, now=NOON)
    await commit_purchase(shop.request(700_000), evaluator=shop.rules,
                          now=NOON - timedelta(days=1))
    await commit_purchase(shop.request(800_000, merchant=1), evaluator=shop.rules, now=NOON)
    assert kept.purchase_id is not None and voided.purchase_id is not None
    await return_purchase(ReturnRequest(club_id=shop.club.id, purchase_id=kept.purchase_id,
                                        key="half", amount=200_000), now=NOON)
    await void_purchase(shop.club.id, voided.purchase_id, "void", now=NOON)
    # and the cash book of that day
    await cash_book.record_entry(tools.terminals[0], receipt(1_000_000), now=NOON)
    await cash_book.record_entry(tools.terminals[0], expense(250_000), now=NOON)
    await cash_book.record_entry(tools.terminals[0],
                                 expense(50_000, reference="e-2", category="milk"), now=NOON)
    # when the merchant reads the day's income
    income = await cash_book.daily_income(merchant_staff(tools.merchant_id), tools.merchant_id,
                                          DAY)
    # then
    assert (income.purchases, income.purchases_amount, income.returned_amount,
            income.card_net) == (2, 1_000_000, 200_000, 800_000)
    assert (income.cash_receipts, income.expenses) == (1_000_000, 300_000)
    assert income.expenses_by_category == {"bread": 250_000, "milk": 50_000}
    assert income.net == 800_000 + 1_000_000 - 300_000
    assert await verify_ledger() == []


async def test_the_daily_income_of_a_merchant_out_of_reach_is_not_found(tools: Tools) -> None:
    with pytest.raises(NotFound) as refused:
        await cash_book.daily_income(merchant_staff(tools.shop.merchants[1].id),
                                     tools.merchant_id, DAY)
    assert refused.value.code == "merchant_not_found"


async def test_the_daily_income_of_a_day_at_the_end_of_the_calendar_is_refused(
        tools: Tools) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await cash_book.daily_income(PLATFORM, tools.merchant_id, date.max)
    assert refused.value.code == "invalid_report_period"
