"""Dataloaders, built per request (`Context.loaders`): a relation that GraphQL resolves for each
object of a list is loaded for all of them in one query, through the domain's load-by-ids
function. A loader reads what exists; what the caller may see is still decided by the domain
(`customers` through `find_many`) or by the resolver (accounts through the caller's reach).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Hashable, Mapping
from typing import TypeVar

from strawberry.dataloader import DataLoader

from models.billing import orders, products
from models.billing.tables import Order, OrderPayment, Product
from models.identity import customers, partners
from models.identity.callers import Identity
from models.identity.names import names_of
from models.identity.tables import BankAccount, Customer, Partner
from models.ledger import queries
from models.ledger.tables import Account, PendingTransfer, Transfer
from models.wallet import wallets
from models.wallet.activity import figures
from models.wallet.activity.figures import Activity, ActivityPolicy
from models.wallet.cashouts import cashouts
from models.wallet.cashouts.tables import CashOut
from models.wallet.deposits import deposits
from models.wallet.deposits.tables import Deposit, DepositReceipt
from models.wallet.tables import SpendPart, Wallet
from models.wallet.topups import topups
from models.wallet.topups.tables import TopUp, TopUpEvent
from models.wallet.wallets import LotBalance, WalletBalance

K = TypeVar("K", bound=Hashable)
Owner = TypeVar("Owner", bound=Hashable)
V = TypeVar("V")


def by_key(load: Callable[[Collection[K]], Awaitable[Mapping[K, V]]]) -> DataLoader[K, V | None]:
    """A loader of one value per key (None where there is none) from a load-by-keys function."""

    async def load_fn(keys: list[K]) -> list[V | None]:
        found = await load(keys)
        return [found.get(key) for key in keys]

    return DataLoader(load_fn=load_fn)


def lists_by_key(
        load: Callable[[Collection[K]], Awaitable[Mapping[K, list[V]]]]) -> DataLoader[K, list[V]]:
    """A loader of a list per key (maybe empty) from a load-by-keys function."""

    async def load_fn(keys: list[K]) -> list[list[V]]:
        found = await load(keys)
        return [found.get(key, []) for key in keys]

    return DataLoader(load_fn=load_fn)


def by_owner(load: Callable[[Owner, Collection[int]], Awaitable[Mapping[int, V]]],
             ) -> DataLoader[tuple[Owner, int], V | None]:
    """A loader keyed by (owner, id) from a function that loads one owner's objects by ids
    (a customer's, or by one policy): one call per owner among the keys (a wallet's movements
    have one)."""

    async def load_fn(keys: list[tuple[Owner, int]]) -> list[V | None]:
        wanted: dict[Owner, set[int]] = {}
        for owner, key in keys:
            wanted.setdefault(owner, set()).add(key)
        found = {owner: await load(owner, ids) for owner, ids in wanted.items()}
        return [found[owner].get(key) for owner, key in keys]

    return DataLoader(load_fn=load_fn)


async def _activities(policy: ActivityPolicy, customer_ids: Collection[int],
                      ) -> dict[int, Activity]:
    return await figures.activities(list(customer_ids), policy)


class Loaders:
    """One request's loaders; `caller` gives who is calling now (a websocket's caller may sign
    in again, so it is asked at each load, not kept)."""

    def __init__(self, caller: Callable[[], Identity | None]) -> None:
        self._caller = caller
        self.accounts: DataLoader[int, Account | None] = by_key(queries.accounts_by_id)
        self.transfers: DataLoader[int, Transfer | None] = by_key(queries.transfers_by_id)
        self.pending_states: DataLoader[int, PendingTransfer | None] = by_key(
            queries.pending_states_of)
        self.resolutions: DataLoader[int, list[Transfer]] = lists_by_key(
            queries.resolutions_of_many)
        self.partners: DataLoader[int, Partner | None] = by_key(partners.partners_by_id)
        # "staff:<id>" / "customer:<id>" -> the name, one query per kind (api.names).
        self.actor_names: DataLoader[str, str | None] = DataLoader(load_fn=names_of)
        self.customers: DataLoader[int, Customer | None] = by_key(self._readable_customers)
        self.products: DataLoader[int, Product | None] = by_key(products.products_by_id)
        self.order_payments: DataLoader[int, list[OrderPayment]] = lists_by_key(
            orders.payments_of_orders)
        self.draws: DataLoader[str, list[SpendPart]] = lists_by_key(orders.draws_of_keys)
        self.bank_accounts: DataLoader[int, BankAccount | None] = by_key(
            cashouts.bank_accounts_by_id)
        self.receipts: DataLoader[int, DepositReceipt | None] = by_key(
            deposits.receipt_facts_of)
        self.top_up_events: DataLoader[int, list[TopUpEvent]] = lists_by_key(
            topups.events_of_many)
        # What a wallet movement came from, by (customer, id): only the customer's own.
        self.customer_top_ups: DataLoader[tuple[int, int], TopUp | None] = by_owner(
            topups.topups_of)
        self.customer_deposits: DataLoader[tuple[int, int], Deposit | None] = by_owner(
            self._readable_deposits)
        self.customer_lots: DataLoader[tuple[int, int], LotBalance | None] = by_owner(
            wallets.lot_balances)
        self.customer_orders: DataLoader[tuple[int, int], Order | None] = by_owner(
            orders.orders_of)
        self.customer_cash_outs: DataLoader[tuple[int, int], CashOut | None] = by_owner(
            cashouts.cash_outs_of)
        self.wallets: DataLoader[int, tuple[Wallet, WalletBalance] | None] = by_key(
            wallets.balances_of)
        self.activities: DataLoader[tuple[ActivityPolicy, int], Activity | None] = by_owner(
            _activities)

    async def _readable_customers(self, ids: Collection[int]) -> dict[int, Customer]:
        caller = self._caller()
        return {} if caller is None else await customers.find_many(caller, ids)

    async def _readable_deposits(self, customer_id: int,
                                 ids: Collection[int]) -> dict[int, Deposit]:
        caller = self._caller()
        return {} if caller is None else await deposits.deposits_of(caller, customer_id, ids)
