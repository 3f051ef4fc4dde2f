"""The ledger actors, run by a real dramatiq Worker on a stub broker against PostgreSQL."""

from __future__ import annotations

from typing import Any, cast

from dramatiq import Middleware
from dramatiq.brokers.stub import StubBroker
from dramatiq.message import Message

from models.errors import DomainError
from models.ledger.codes import PendingState
from models.ledger.expiry import EXPIRY_CODE, expiry_key
from models.ledger.tables import Account, Transfer
from models.ledger.verify import verify_ledger
from tests.workers.worker_helpers import pending_state
from workers.actors.ledger import expire_due_pending, expire_pending_transfer
from workers.registry import declared_actors


class Enqueued(Middleware):
    """Records every message the broker enqueues."""

    def __init__(self) -> None:
        self.messages: list[Message[Any]] = []

    def after_enqueue(self, broker: Any, message: Message[Any], delay: int) -> None:
        self.messages.append(message)


async def test_expiry_voids_an_expired_pending_once_when_delivered_twice(
        stub_broker: StubBroker, run_stub, make_pending):
    # given an expired pending transfer and its expiry message delivered twice
    pending_id = await make_pending(expired=True)
    message = expire_pending_transfer.message(pending_id)
    stub_broker.enqueue(message)
    stub_broker.enqueue(message)
    # when the worker runs both deliveries
    await run_stub()
    # then the pending is expired by exactly one void transfer and the holds are released
    assert await pending_state(pending_id) is PendingState.EXPIRED
    voids = await Transfer.filter(code=EXPIRY_CODE).values_list("idempotency_key", flat=True)
    assert cast(list[str], voids) == [expiry_key(pending_id)]
    pending = await Transfer.get(id=pending_id)
    debit = await Account.get(id=pending.debit_account_id)
    credit = await Account.get(id=pending.credit_account_id)
    assert debit.debits_pending == 0 and credit.credits_pending == 0
    assert debit.debits_posted == 0 and credit.credits_posted == 0
    assert await verify_ledger() == []


async def test_expire_due_pending_enqueues_one_message_per_due_pending(
        stub_broker: StubBroker, run_stub, make_pending):
    # given three expired pendings and one that is not due
    due = [await make_pending(expired=True) for _ in range(3)]
    not_due = await make_pending(expired=False)
    enqueued = Enqueued()
    stub_broker.add_middleware(enqueued)
    # when the sweep runs
    expire_due_pending.send()
    await run_stub()
    # then one expiry message went out per due pending, and only those expired
    sent = [m.args for m in enqueued.messages if m.actor_name == "expire_pending_transfer"]
    assert sorted(sent) == sorted((pending_id,) for pending_id in due)
    assert [await pending_state(p) for p in due] == [PendingState.EXPIRED] * 3
    assert await pending_state(not_due) is PendingState.PENDING
    assert await verify_ledger() == []


async def test_expiry_leaves_a_pending_that_is_not_due_untouched(run_stub, make_pending):
    # given a pending transfer whose timeout has not passed
    pending_id = await make_pending(expired=False)
    # when its expiry message arrives anyway
    expire_pending_transfer.send(pending_id)
    await run_stub()
    # then it is still pending and nothing was written
    assert await pending_state(pending_id) is PendingState.PENDING
    assert await Transfer.filter(code=EXPIRY_CODE).count() == 0


async def test_expiry_of_an_unknown_pending_does_nothing(run_stub, db):
    expire_pending_transfer.send(987654)
    await run_stub()
    assert await Transfer.filter(code=EXPIRY_CODE).count() == 0


def test_every_actor_declares_retries_time_limit_and_permanent_errors():
    actors = declared_actors()
    assert {a.actor_name for a in actors} >= {"expire_pending_transfer", "expire_due_pending"}
    for actor in actors:
        assert isinstance(actor.options["max_retries"], int), actor.actor_name
        assert 0 < actor.options["time_limit"] <= 300_000, actor.actor_name
        assert DomainError in actor.options["throws"], actor.actor_name
