"""The pay link of renewal emails: a renewal with too little balance emails a signed link; its
page shows what the order owes and lacks and starts top up and pay at the bank, which resumes
the suspended order; a forged, foreign or expired token is refused with a 403 page."""

from __future__ import annotations

import re
import time
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from etebar.policies import renewal_policy
from etebar.settings import Settings
from models.billing.pay_links import pay_link, pay_link_token
from models.billing.renewal import Outcome, renew_due
from models.billing.tables import Order, OrderPayment, OrderStatus
from models.ledger.verify import verify_ledger
from models.notify.tables import EmailMessage
from models.wallet import wallets
from models.wallet.topups.tables import TopUp
from tests.topups.conftest import Driver, forms_of

SETTINGS = Settings(environment="test")
POLICY = renewal_policy(SETTINGS)
PRICE = 1_000_000
LINK = re.compile(r"https?://\S+/pay/order/\d+\?t=\S+")


def _local(url: str) -> str:
    """The link's path and query, to open it on the app in process."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def _bank_redirect(sent: httpx.Response) -> dict[str, Any]:
    """Where the page sent the browser: a redirect (Saman's GET) or an auto-submitted form."""
    if sent.status_code == 303:
        return {"url": sent.headers["location"], "method": "GET", "fields": []}
    assert sent.status_code == 200, sent.text
    form = forms_of(sent.text)["redirect"]
    return {"url": form.action, "method": form.method,
            "fields": [{"name": k, "value": v} for k, v in form.fields.items()]}


async def _suspended_order(token: str, customer_id: int, fund: Any, place: Any,
                           pay_order: Any) -> tuple[str, datetime]:
    """An auto-pay order paid for its first period, then renewed past its grace period with
    nothing left in the wallet: suspended, with a shortfall email queued."""
    await fund(customer_id, PRICE, "first-period")
    order_id = await place(token, PRICE, auto_pay=True)
    assert (await pay_order(token, order_id, "first"))["__typename"] == "OrderPaid"
    order = await Order.get(id=int(order_id))
    assert order.renews_at is not None
    run = await renew_due(order.renews_at + POLICY.grace + timedelta(hours=1), POLICY)
    assert run.outcomes == {int(order_id): Outcome.SUSPENDED}
    return order_id, order.renews_at


async def test_a_suspended_order_is_resumed_by_paying_through_the_emailed_link(
        customer, fund, place, pay_order, driver: Driver, browser: httpx.AsyncClient):
    # given a suspended order whose shortfall email holds a link
    row, token = customer
    order_id, _ = await _suspended_order(token, row.id, fund, place, pay_order)
    shortfall = await EmailMessage.get(template="billing_shortfall")
    found = LINK.search(shortfall.body)
    assert found is not None, shortfall.body
    assert found.group(0).startswith(f"{SETTINGS.public_url}/pay/order/{order_id}?t=")
    # when the customer opens it
    page = await browser.get(_local(found.group(0)))
    # then it shows the order, what it owes and what the wallet lacks, right to left
    assert page.status_code == 200, page.text
    assert '<html lang="fa" dir="rtl">' in page.text
    assert f'id="amount" data-rials="{PRICE}"' in page.text
    assert 'id="available" data-rials="0"' in page.text
    assert f'id="missing" data-rials="{PRICE}"' in page.text
    assert "Hosting" in page.text and "میزبانی" in page.text
    form = forms_of(page.text)["pay"]
    assert sorted(form.buttons["gateway"]) == ["mellat", "saman"]
    # when they choose a bank, are sent to it and pay there
    sent = await browser.post(form.action, data={**form.fields, "gateway": driver.gateway})
    paid = await driver.pay(_bank_redirect(sent))
    # then the order is resumed, paid once for its second period, and the wallet is empty
    assert paid is not None and 'data-status="credited"' in paid.text
    order = await Order.get(id=int(order_id))
    assert (order.status, order.period, order.suspended_at) == (OrderStatus.ACTIVE, 2, None)
    assert [p.period for p in await OrderPayment.filter(order_id=order.id).order_by("period")] \
        == [1, 2]
    assert (await wallets.balance(row.id)).total == 0
    top_up = await TopUp.get(order_id=order.id)
    assert (top_up.amount, top_up.idempotency_key.startswith("pay-link:")) == (PRICE, True)
    assert await verify_ledger() == []


async def test_sending_the_pay_form_twice_starts_one_payment(customer, fund, place, pay_order,
                                                             browser: httpx.AsyncClient):
    row, token = customer
    order_id, _ = await _suspended_order(token, row.id, fund, place, pay_order)
    page = await browser.get(_local(pay_link(SETTINGS.public_url, SETTINGS.secret_key,
                                             int(order_id), row.id)))
    form = forms_of(page.text)["pay"]
    for _ in range(2):
        sent = await browser.post(form.action, data={**form.fields, "gateway": "saman"})
        assert _bank_redirect(sent)["url"].startswith(SETTINGS.saman_url)
    assert await TopUp.filter(order_id=int(order_id)).count() == 1


async def test_the_link_pays_at_once_when_the_wallet_holds_enough_again(
        customer, fund, place, pay_order, browser: httpx.AsyncClient):
    row, token = customer
    order_id, _ = await _suspended_order(token, row.id, fund, place, pay_order)
    await fund(row.id, PRICE, "deposit-meanwhile")
    page = await browser.get(_local(pay_link(SETTINGS.public_url, SETTINGS.secret_key,
                                             int(order_id), row.id)))
    assert 'id="missing" data-rials="0"' in page.text
    form = forms_of(page.text)["pay"]
    done = await browser.post(form.action, data={**form.fields, "gateway": "saman"})
    assert done.status_code == 200 and 'data-kind="paid"' in done.text
    assert (await Order.get(id=int(order_id))).status is OrderStatus.ACTIVE
    assert await TopUp.all().count() == 0
    assert await verify_ledger() == []


async def test_a_paid_order_s_link_says_nothing_is_due(customer, fund, place, pay_order,
                                                       browser: httpx.AsyncClient):
    row, token = customer
    await fund(row.id, PRICE, "first-period")
    order_id = await place(token, PRICE)
    await pay_order(token, order_id, "first")
    page = await browser.get(_local(pay_link(SETTINGS.public_url, SETTINGS.secret_key,
                                             int(order_id), row.id)))
    assert page.status_code == 200 and 'data-kind="nothing_due"' in page.text
    assert 'id="pay"' not in page.text


def _expired_token(order_id: int, customer_id: int, monkeypatch: pytest.MonkeyPatch) -> str:
    signed_at = time.time() - (SETTINGS.topupandpay_link_max_age_days + 1) * 86_400
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: signed_at)  # what itsdangerous reads
        return pay_link_token(SETTINGS.secret_key, order_id, customer_id)


@pytest.mark.parametrize("kind", ["forged", "other_secret", "other_order", "expired", "none"])
async def test_a_bad_token_is_refused_on_the_page_and_the_form(
        kind, customer, place, browser: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch):
    row, token = customer
    order_id = int(await place(token, PRICE))
    good = pay_link_token(SETTINGS.secret_key, order_id, row.id)
    bad = {"forged": good[:-3] + ("AAA" if not good.endswith("AAA") else "BBB"),
           "other_secret": pay_link_token("another-secret-key-entirely", order_id, row.id),
           "other_order": pay_link_token(SETTINGS.secret_key, order_id + 1, row.id),
           "expired": _expired_token(order_id, row.id, monkeypatch),
           "none": ""}[kind]
    page = await browser.get(f"/pay/order/{order_id}?t={bad}")
    sent = await browser.post(f"/pay/order/{order_id}",
                              data={"t": bad, "nonce": "0123456789abcdef", "gateway": "saman"})
    expected = 'data-kind="expired"' if kind == "expired" else 'data-kind="refused"'
    assert (page.status_code, sent.status_code) == (403, 403)
    assert expected in page.text and expected in sent.text
    assert await TopUp.all().count() == 0


async def test_a_token_only_speaks_for_its_own_customer(customer, make_customer, place,
                                                        browser: httpx.AsyncClient):
    # a valid signature naming someone else as the customer of the order shows nothing
    _, token = customer
    order_id = int(await place(token, PRICE))
    stranger, _ = await make_customer(name="Reza")
    link = pay_link(SETTINGS.public_url, SETTINGS.secret_key, order_id, stranger.id)
    page = await browser.get(_local(link))
    assert page.status_code == 403
    assert "Hosting" not in page.text


def test_the_link_carries_a_timestamped_signature_of_order_and_customer() -> None:
    link = pay_link("https://etebar.example/", "a-secret-of-sixteen", 42, 7)
    assert link.startswith("https://etebar.example/pay/order/42?t=")
    assert re.fullmatch(r"[A-Za-z0-9_.\-]+", link.split("?t=", 1)[1])
