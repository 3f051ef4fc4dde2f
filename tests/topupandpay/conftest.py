"""Top up and pay fixtures: the bank simulators reached in process and the customer's browser on
them (the top-ups' Driver), products and orders made through GraphQL, a customer with an email
address, and credit in their wallet."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from models.identity.tables import Customer
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import wallets
from tests.billing.support import PAY, PLACE, PRODUCT
from tests.topups.conftest import Driver, banks, browser, forms_of

__all__ = ["banks", "browser", "forms_of"]  # the top-ups' fixtures, used here too

TOP_UP_AND_PAY = """
mutation($input: TopUpAndPayInput!) {
  topUpAndPay(input: $input) {
    __typename
    ... on TopUpAndPayStarted { shortfall topUp { id amount status orderId }
                                redirect { url method fields { name value } } }
    ... on OrderPaid { replayed order { id status period } payment { period amount } }
    ... on InsufficientFundsError { missing available }
    ... on BalanceWouldExceedMaximum { maximum balance room }
    ... on UserError { code message field }
  }
}
"""


@pytest.fixture
def driver(browser: httpx.AsyncClient) -> Driver:
    return Driver(gateway="saman", browser=browser)


@pytest.fixture
async def customer(make_customer: Any) -> tuple[Customer, str]:
    """A customer with an email address (renewal emails reach them), and their session."""
    row, token = await make_customer()
    row.email = "sara@example.com"
    await row.save(update_fields=["email"])
    return row, token


@pytest.fixture
def fund(db: str) -> Callable[[int, int, str], Awaitable[None]]:
    """Credit a wallet with paid credit, as a verified top-up would."""

    async def credit(customer_id: int, amount: int, key: str) -> None:
        clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
        await wallets.credit_paid(customer_id, amount, clearing.id, key)

    return credit


@pytest.fixture
def make_product(gql: Any) -> Callable[..., Awaitable[str]]:
    async def make(price: int = 1_000_000, cycle: str = "MONTHLY") -> str:
        body = await gql(PRODUCT, input={"nameFa": "میزبانی", "nameEn": "Hosting",
                                         "price": price, "cycle": cycle})
        return str(body["data"]["createProduct"]["product"]["id"])

    return make


@pytest.fixture
def place(call_as: Any, make_product: Any) -> Callable[..., Awaitable[str]]:
    """Place an order as `token`; its id."""

    async def run(token: str, price: int = 1_000_000, *, auto_pay: bool = False) -> str:
        product_id = await make_product(price)
        body = await call_as(token, PLACE, input={"productId": product_id, "autoPay": auto_pay})
        return str(body["data"]["placeOrder"]["order"]["id"])

    return run


@pytest.fixture
def top_up_and_pay(call_as: Any, driver: Driver) -> Callable[..., Awaitable[dict[str, Any]]]:
    """Call topUpAndPay as `token`; the result."""

    async def run(token: str, order_id: str, key: str = "k1") -> dict[str, Any]:
        body = await call_as(token, TOP_UP_AND_PAY, input={
            "orderId": order_id, "gateway": driver.enum, "idempotencyKey": key})
        assert "errors" not in body, body
        result: dict[str, Any] = body["data"]["topUpAndPay"]
        return result

    return run


@pytest.fixture
def pay_order(call_as: Any) -> Callable[..., Awaitable[dict[str, Any]]]:
    async def run(token: str, order_id: str, key: str) -> dict[str, Any]:
        body = await call_as(token, PAY, id=order_id, key=key)
        assert "errors" not in body, body
        result: dict[str, Any] = body["data"]["payOrder"]
        return result

    return run
