"""Lists cost a fixed number of SQL queries however long they are: each relation of a page's
orders, deposits, cash-outs, wallet movements or customers is loaded for the whole page at once
(api.loaders)."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from asyncpg.connection import Connection
from PIL import Image

from models.billing import orders, products
from models.billing.tables import BillingCycle
from models.identity.callers import CallerKind, Identity
from models.identity.customers import add_bank_account, create_customer, verify_bank_account
from models.identity.numbers import sheba_check_digits
from models.identity.tables import Customer, StaffUser
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet.cashouts.cashouts import CashOutLimits, request_cash_out
from models.wallet.deposits.deposits import DepositPolicy, declare_deposit
from models.wallet.deposits.tables import Bank
from models.wallet.wallets import credit_paid

# The most queries one list may cost, whatever its length: the caller's authentication (two),
# the page, and one query per relation asked for (the orders' eight are the most: a wallet
# takes three).
MOST_QUERIES = 12
# What the pool sends when a connection goes back to it: not a query of the request's.
POOL_RESET = "SELECT pg_advisory_unlock_all()"
FEW, MANY = 5, 50
CUSTOMERS = 4

ORDERS = """
query CountOrders($first: Int!) {
  orders(first: $first) {
    edges { node { id status allowedActions customer { id name } product { nameFa nameEn }
                   due { period amount available missing }
                   payments { id period draws { lotId kind amount } } } }
  }
}
"""
DEPOSITS = """
query CountDeposits($first: Int!) {
  deposits(first: $first) {
    edges { node { id status allowedActions customer { id name }
                   receipt { contentType size } } }
  }
}
"""
CASH_OUTS = """
query CountCashOuts($first: Int!) {
  cashOuts(first: $first) {
    edges { node { id status allowedActions customer { id name }
                   bankAccount { sheba holderName verified } } }
  }
}
"""
MOVEMENTS = """
query CountMovements($id: ID!, $first: Int!) {
  customer(id: $id) {
    wallet { movements(first: $first) {
      edges { node { transferId amount source { kind id item {
        __typename ... on Order { id period } ... on TopUp { id amount } } } } }
    } }
  }
}
"""
CUSTOMERS_LIST = """
query CountCustomers($first: Int!) {
  customers(first: $first) {
    edges { node { id name wallet { total paid promotional lots { id kind available } }
                   activity { level paidOrders } } }
  }
}
"""


class Queries:
    """The SQL statements sent to PostgreSQL while counting."""

    def __init__(self) -> None:
        self.sent: list[str] = []


@contextmanager
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[Queries]:
    """Count every statement any asyncpg connection sends (Tortoise's pool uses these) but the
    pool's own reset of a connection it takes back."""
    queries = Queries()
    for name in ("execute", "executemany", "fetch", "fetchrow", "fetchval"):
        original = getattr(Connection, name)

        def counting(self: Connection, query: str, *args: Any, _original: Any = original,
                     **kwargs: Any) -> Any:
            if not query.startswith(POOL_RESET):
                queries.sent.append(query)
            return _original(self, query, *args, **kwargs)

        monkeypatch.setattr(Connection, name, counting)
    try:
        yield queries
    finally:
        monkeypatch.undo()


async def _sent(gql: Any, monkeypatch: pytest.MonkeyPatch, query: str, field: str,
                first: int, **variables: Any) -> list[str]:
    """The statements one request for the first `first` of `field` sends."""
    with counted(monkeypatch) as queries:
        body = await gql(query, first=first, **variables)
    assert "errors" not in body, body
    found = body["data"]
    for step in field.split("."):
        found = found[step]
    assert len(found["edges"]) == first
    return queries.sent


async def _customers() -> list[Customer]:
    source = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    made = []
    for n in range(CUSTOMERS):
        customer = await create_customer(f"0912555{n:04d}", f"Customer {n}")
        await credit_paid(customer.id, 10_000_000_000, source.id, f"fund-{n}")
        made.append(customer)
    return made


async def _assert_fixed(gql: Any, monkeypatch: pytest.MonkeyPatch, query: str, field: str,
                        **variables: Any) -> None:
    await gql(query, first=1, **variables)  # the token's first use is recorded once
    few = await _sent(gql, monkeypatch, query, field, FEW, **variables)
    many = await _sent(gql, monkeypatch, query, field, MANY, **variables)
    assert len(few) == len(many), "\n".join(many)
    assert len(many) <= MOST_QUERIES, "\n".join(many)


async def test_a_page_of_orders_with_their_relations_costs_a_fixed_number_of_queries(
        gql: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # given: orders of several customers, every other one paid from the wallet (a payment and
    # its draws), the others due
    people = await _customers()
    product = await products.create_product("اشتراک", "Subscription", 1_000_000,
                                            BillingCycle.MONTHLY, True)
    for n in range(MANY):
        customer = people[n % CUSTOMERS]
        order = await orders.place_order(customer.id, product.id)
        if n % 2:
            await orders.pay_order(customer.id, order.id, f"pay-{n}")
    # when / then
    await _assert_fixed(gql, monkeypatch, ORDERS, "orders")


async def test_a_page_of_wallet_movements_with_their_sources_costs_a_fixed_number_of_queries(
        gql: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # given: a customer who paid many orders from their wallet
    [customer] = (await _customers())[:1]
    product = await products.create_product("اشتراک", "Subscription", 1_000_000,
                                            BillingCycle.MONTHLY, True)
    for n in range(MANY):
        order = await orders.place_order(customer.id, product.id)
        await orders.pay_order(customer.id, order.id, f"pay-{n}")
    # when / then
    await _assert_fixed(gql, monkeypatch, MOVEMENTS, "customer.wallet.movements",
                        id=str(customer.id))


async def test_a_page_of_customers_with_their_wallets_costs_a_fixed_number_of_queries(
        gql: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # given: many customers, each with credit in their wallet
    source = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    for n in range(MANY):
        customer = await create_customer(f"0912666{n:04d}", f"Customer {n}")
        await credit_paid(customer.id, 1_000_000, source.id, f"fund-{n}")
    # when / then
    await _assert_fixed(gql, monkeypatch, CUSTOMERS_LIST, "customers")


def _receipt(n: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 24), (n, n, n)).save(buffer, "PNG")
    return buffer.getvalue()


async def test_a_page_of_deposits_with_their_relations_costs_a_fixed_number_of_queries(
        gql: Any, staff: StaffUser, monkeypatch: pytest.MonkeyPatch) -> None:
    # given: deposits of several customers, each with its receipt
    people = await _customers()
    clerk = Identity(kind=CallerKind.STAFF, name=staff.name, staff_id=staff.id,
                     role=staff.role)
    tracking = itertools.count(100_000_000)
    for n in range(MANY):
        await declare_deposit(clerk, people[n % CUSTOMERS].id, 2_000_000, Bank.MELLAT,
                              date(2026, 11, 20), str(next(tracking)), _receipt(n),
                              "image/png", f"declare-{n}", policy=DepositPolicy(),
                              today=date(2026, 11, 21))
    # when / then
    await _assert_fixed(gql, monkeypatch, DEPOSITS, "deposits")


async def test_a_page_of_cash_outs_with_their_relations_costs_a_fixed_number_of_queries(
        gql: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # given: cash-outs of several customers to their verified bank accounts
    people = await _customers()
    accounts = []
    for n, customer in enumerate(people):
        account = await add_bank_account(customer.id, _sheba(n), "Sara Ahmadi")
        accounts.append(await verify_bank_account(account.id, by="staff:99"))
    limits = CashOutLimits(min_amount=1, max_per_request=10**12, max_per_day=10**13)
    for n in range(MANY):
        customer = people[n % CUSTOMERS]
        await request_cash_out(customer.id, accounts[n % CUSTOMERS].id, 1_000_000,
                               f"cash-out-{n}", limits)
    # when / then
    await _assert_fixed(gql, monkeypatch, CASH_OUTS, "cashOuts")


def _sheba(n: int) -> str:
    bban = f"{n:022d}"
    return f"IR{sheba_check_digits(bban)}{bban}"
