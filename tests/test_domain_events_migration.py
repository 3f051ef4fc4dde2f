"""Migration 16 (domain events) must carry what billing recorded in the wallet's top-up events into
billing's own table, give a credited top-up whose order step never ran its `TopUpCredited`
event (or its order is never paid), and name the source of every order payment's spend (or the
wallet's activity loses the customer's paid orders).

Each test takes the database back to before the migration, migrates again, looks, and rolls
everything back (PostgreSQL's DDL is transactional).
"""

from __future__ import annotations

import importlib.util
from typing import Any

from tortoise.transactions import in_transaction

from etebar.database import MIGRATIONS_DIR
from models.billing.tables import BillingCycle, Order, Product
from models.keys import customer_namespace
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.wallet import wallets
from models.wallet.codes import Source, SourceKind
from models.wallet.topups.gateway import GatewayName
from models.wallet.topups.tables import TopUp, TopUpEvent, TopUpEventKind, TopUpStatus

[_PATH] = (MIGRATIONS_DIR / "models").glob("16_*_domain_events.py")
_SPEC = importlib.util.spec_from_file_location("domain_events", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
MIGRATION: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(MIGRATION)


class _RolledBack(Exception):
    def __init__(self, result: Any) -> None:
        super().__init__("rolled back")
        self.result = result


async def _after_upgrade(query: str, *args: Any) -> list[dict[str, Any]]:
    try:
        async with in_transaction() as tx:
            await tx.execute_script(await MIGRATION.downgrade(tx))
            await tx.execute_script(await MIGRATION.upgrade(tx))
            raise _RolledBack(await tx.execute_query_dict(query, list(args)))
    except _RolledBack as done:
        result: list[dict[str, Any]] = done.result
        return result


async def _credited_top_up_for_an_order(customer_id: int) -> tuple[int, int]:
    """A credited top-up for a new order of the customer: (top-up, order)."""
    product = await Product.create(name_fa="میزبانی", name_en="Hosting", price=500_000,
                                   cycle=BillingCycle.MONTHLY)
    order = await Order.create(customer_id=customer_id, product=product, price=500_000,
                               cycle=BillingCycle.MONTHLY)
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    top_up = await TopUp.create(customer_id=customer_id, gateway=GatewayName.SAMAN,
                                amount=500_000, key_namespace=customer_namespace(customer_id),
                                idempotency_key=f"k-{order.id}", order_id=order.id)
    record = await wallets.credit_paid(customer_id, 500_000, clearing.id, f"topup:{top_up.id}")
    top_up.status = TopUpStatus.CREDITED
    top_up.credit_transfer_id = record.id
    await top_up.save()
    return top_up.id, order.id


async def test_an_outcome_billing_recorded_as_a_top_up_event_moves_to_billing(make_customer):
    # given a credited top-up whose order billing paid, recorded the old way
    customer, _ = await make_customer()
    top_up_id, order_id = await _credited_top_up_for_an_order(customer.id)
    await TopUpEvent.create(top_up_id=top_up_id, kind=TopUpEventKind.CREDIT, code="order_paid",
                            summary=f"order={order_id} period=1")
    # when migrated, then billing has the outcome, and the top-up needs no event to settle it
    settled = await _after_upgrade(
        "SELECT top_up_id, order_id, outcome, event_id FROM billing_top_up_settlement")
    assert settled == [{"top_up_id": top_up_id, "order_id": order_id, "outcome": "order_paid",
                        "event_id": None}]
    assert await _after_upgrade("SELECT id FROM events_domain_event") == []


async def test_a_credited_top_up_whose_order_step_never_ran_gets_its_event(make_customer):
    customer, _ = await make_customer()
    top_up_id, order_id = await _credited_top_up_for_an_order(customer.id)
    events = await _after_upgrade(
        "SELECT kind, payload::text AS payload, fanned_out FROM events_domain_event")
    assert [(e["kind"], e["fanned_out"]) for e in events] == [("wallet.top_up_credited", False)]
    assert f'"order_id": {order_id}' in events[0]["payload"]
    assert f'"top_up_id": {top_up_id}' in events[0]["payload"]


async def test_order_payments_name_their_order_as_the_source_of_their_spend(make_customer):
    # given a spend whose transfers name the order, and an older one only its key does
    customer, _ = await make_customer()
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    await wallets.credit_paid(customer.id, 1_000, clearing.id, "top-up-1")
    await wallets.spend(customer.id, 100, revenue.id, "order:41:1",
                        source=Source(SourceKind.ORDER, 41))
    await wallets.spend(customer.id, 100, revenue.id, "order:42:1")
    await wallets.spend(customer.id, 100, revenue.id, "something-else")
    # when migrated, then both order payments name their order, and the rest nothing
    spends = await _after_upgrade(
        "SELECT key, source_kind, source_id FROM wallet_spend ORDER BY id")
    assert [(s["key"], s["source_kind"], s["source_id"]) for s in spends] == [
        ("order:41:1", "order", 41), ("order:42:1", "order", 42),
        ("something-else", None, None)]
