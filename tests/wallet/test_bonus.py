"""The monthly bonus: a share of last month's spend (Tehran's calendar) above a threshold, capped,
granted once per customer and month however often or concurrently it runs, and emailed."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import ValidationFailed
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import Transfer
from models.ledger.verify import verify_ledger
from models.lots.tables import Lot, LotKind
from models.notify.tables import EmailMessage
from models.platform.settings import Settings
from models.wallet import wallets
from models.wallet.activity.bonus import (
    BonusPolicy,
    bonus_amount,
    grant_monthly_bonuses,
    month_bounds,
    previous_month,
)
from models.wallet.activity.figures import ActivityLevel, ActivityPolicy
from models.wallet.settings import WalletSettings
from tests.actors import body_of
from tests.services import use_services
from workers.actors.wallet import grant_monthly_bonuses as bonus_actor

POLICY = BonusPolicy(percent_bp=250, min_spend=1_000, max_amount=100, expiry_days=30)


def this_month() -> str:
    return previous_month(datetime.now(UTC) + timedelta(days=32))


def test_a_month_runs_from_midnight_to_midnight_in_tehran():
    start, end = month_bounds("2026-03")
    assert start == datetime(2026, 2, 28, 20, 30, tzinfo=UTC)  # +03:30
    assert end == datetime(2026, 3, 31, 20, 30, tzinfo=UTC)
    assert month_bounds("2026-12")[1] == datetime(2026, 12, 31, 20, 30, tzinfo=UTC)


def test_the_previous_month_is_read_on_tehrans_calendar():
    # 1 December 2026, 00:10 in Tehran is still 30 November in UTC
    assert previous_month(datetime(2026, 11, 30, 20, 40, tzinfo=UTC)) == "2026-11"
    assert previous_month(datetime(2026, 11, 30, 20, 20, tzinfo=UTC)) == "2026-10"
    assert previous_month(datetime(2026, 1, 15, tzinfo=UTC)) == "2025-12"


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "november", "2026-00", "2026-+1",
                                   " 2026-1", "2026-01 "])
def test_a_malformed_month_is_refused(month):
    with pytest.raises(ValidationFailed):
        month_bounds(month)


@pytest.mark.parametrize(("spend", "amount"), [
    (999, 0),  # below the minimum
    (1_000, 25),
    (1_039, 25),  # 25.975 floored
    (3_999, 99),
    (10_000, 100),  # capped
])
def test_the_amount_is_a_floored_share_capped(spend, amount):
    assert bonus_amount(spend, POLICY) == amount


async def _spent(make_customer, top_up, pay, amounts, email="sara@example.com"):
    customers = []
    for amount in amounts:
        customer, _ = await make_customer()
        customer.email = email
        await customer.save(update_fields=["email"])
        await top_up(customer.id, 10_000)
        if amount:
            await pay(customer.id, amount)
        customers.append(customer)
    return customers


async def test_a_bonus_is_granted_once_per_customer_and_month_however_often_it_runs(
        make_customer, top_up, pay):
    # given one customer who spent 2,000 this month
    [customer] = await _spent(make_customer, top_up, pay, [2_000])
    month = this_month()
    # when the month's bonuses are granted, then again
    first = await grant_monthly_bonuses(month, POLICY)
    again = await grant_monthly_bonuses(month, POLICY)
    # then one grant of 2.5 %, expiring 30 days after the month, and the rerun grants nothing
    assert first.granted == [(customer.id, 50)]
    assert again.granted == []
    [lot] = await Lot.filter(kind=LotKind.PROMOTIONAL)
    assert lot.key == f"grant:bonus:{customer.id}:{month}"
    assert lot.expires_at == month_bounds(month)[1] + timedelta(days=30)
    assert (await wallets.balance(customer.id)).promotional == 50
    assert await verify_ledger() == []


async def test_concurrent_runs_grant_each_bonus_once(make_customer, top_up, pay):
    # given three customers who spent enough
    customers = await _spent(make_customer, top_up, pay, [1_000, 2_000, 3_000])
    month = this_month()
    # when five runs race
    runs = await asyncio.gather(*(grant_monthly_bonuses(month, POLICY) for _ in range(5)))
    # then each customer got exactly one bonus, and one email
    granted = sorted(g for run in runs for g in run.granted)
    assert granted == [(customers[0].id, 25), (customers[1].id, 50), (customers[2].id, 75)]
    promotions = await system_account("IRR", SystemAccount.PROMOTIONS)
    assert await Transfer.filter(debit_account_id=promotions.id).count() == 3
    assert await EmailMessage.filter(template="wallet_bonus").count() == 3
    assert await verify_ledger() == []


async def test_no_bonus_below_the_threshold(make_customer, top_up, pay):
    await _spent(make_customer, top_up, pay, [999, 0])
    assert (await grant_monthly_bonuses(this_month(), POLICY)).granted == []
    assert await Lot.filter(kind=LotKind.PROMOTIONAL).count() == 0
    assert await EmailMessage.all().count() == 0


async def test_spend_of_this_month_earns_nothing_for_last_month(make_customer, top_up, pay):
    await _spent(make_customer, top_up, pay, [5_000])
    assert (await grant_monthly_bonuses(previous_month(datetime.now(UTC)), POLICY)).granted == []
    assert await Lot.filter(kind=LotKind.PROMOTIONAL).count() == 0


async def test_refunded_spend_earns_no_bonus(make_customer, top_up, pay):
    [customer] = await _spent(make_customer, top_up, pay, [800])
    await wallets.refund(await pay(customer.id, 900))
    assert (await grant_monthly_bonuses(this_month(), POLICY)).granted == []


async def test_only_customers_at_the_minimum_level_earn_it(make_customer, top_up, pay):
    # given the bonus only for silver and above, and two customers who spent the same
    policy = BonusPolicy(percent_bp=250, min_spend=1_000, max_amount=100, expiry_days=30,
                         min_level=ActivityLevel.SILVER,
                         activity=ActivityPolicy(silver_spend=1_000, silver_orders=2))
    bronze, silver = await _spent(make_customer, top_up, pay, [1_000, 0])
    await pay(silver.id, 500, "order:1:1", order=1)
    await pay(silver.id, 500, "order:2:1", order=2)
    # when the month's bonuses are granted
    run = await grant_monthly_bonuses(this_month(), policy)
    # then only the silver customer's
    assert (run.granted, run.below_level) == ([(silver.id, 25)], 1)
    assert (await wallets.balance(bronze.id)).promotional == 0


async def test_the_bonus_email_is_in_the_customers_language(make_customer, top_up, pay):
    [customer] = await _spent(make_customer, top_up, pay, [4_000])
    customer.language = "en"
    await customer.save(update_fields=["language"])
    await grant_monthly_bonuses(this_month(), POLICY)
    [message] = await EmailMessage.filter(template="wallet_bonus")
    assert (message.to_address, message.language, message.customer_id) == (
        "sara@example.com", "en", customer.id)
    assert message.subject == "A bonus of 100 IRR is in your Etebar wallet"
    assert "100 IRR of promotional credit" in message.body


async def test_the_persian_bonus_email_has_persian_digits(make_customer, top_up, pay):
    await _spent(make_customer, top_up, pay, [4_000])
    await grant_monthly_bonuses(this_month(), POLICY)
    [message] = await EmailMessage.filter(template="wallet_bonus")
    assert message.language == "fa"
    assert "۱۰۰ ریال" in message.subject


async def test_the_actor_grants_last_months_bonuses(make_customer, top_up, pay, actor_services):
    # given a payment last month (Tehran) and the settings' rule
    [customer] = await _spent(make_customer, top_up, pay, [0])
    await top_up(customer.id, 2_000_000)
    start, _ = month_bounds(previous_month(datetime.now(UTC)))
    await pay(customer.id, 2_000_000, at=start + timedelta(hours=1))
    use_services(Settings(environment="test",
                          wallet=WalletSettings(bonus_percent_bp=100, bonus_min_spend=1_000_000)))
    # when the daily actor runs twice
    await body_of(bonus_actor)()
    await body_of(bonus_actor)()
    # then last month's bonus was granted once: 1 % of 2,000,000
    assert (await wallets.balance(customer.id)).promotional == 20_000
    assert await Lot.filter(kind=LotKind.PROMOTIONAL).count() == 1
