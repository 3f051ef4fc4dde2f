"""The stuck-delivery sweep, run by a real dramatiq Worker on a stub broker against PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from dramatiq import Middleware
from dramatiq.brokers.stub import StubBroker
from dramatiq.message import Message

from models.events import webhooks
from models.events.tables import DeliveryState, WebhookAttempt, WebhookDelivery
from models.identity.callers import CallerKind, Identity
from models.identity.reach import partner_owner
from models.identity.tables import StaffRole
from models.ledger.posting import TransferRequest, create_transfers
from models.platform.settings import get_settings
from workers.actors.webhooks import requeue_stuck_webhooks

OWNER = Identity(kind=CallerKind.STAFF, name="t", staff_id=1, role=StaffRole.OWNER)


class Enqueued(Middleware):
    """Records every message the broker enqueues."""

    def __init__(self) -> None:
        self.messages: list[Message[Any]] = []

    def after_enqueue(self, broker: Any, message: Message[Any], delay: int) -> None:
        self.messages.append(message)


class Receiver:
    """An HTTP endpoint in memory: answers with the queued statuses, then 200."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.statuses.pop(0) if self.statuses else 200)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver(500)
    webhooks.transport = httpx.MockTransport(found)
    yield found
    webhooks.transport = None


async def _age(delivery_id: int, hours: int = 1) -> None:
    """Place a delivery (and its attempts) `hours` back, as if its message had been lost then."""
    back = datetime.now(UTC) - timedelta(hours=hours)
    await WebhookDelivery.filter(id=delivery_id).update(created_at=back)
    await WebhookAttempt.filter(delivery_id=delivery_id).update(created_at=back)


async def test_the_sweep_enqueues_only_idle_pending_deliveries_and_delivers_them_once(
        stub_broker: StubBroker, run_stub, receiver, make_partner, make_account):
    # given four deliveries of a partner's endpoint, none of them enqueued
    partner = await make_partner()
    await webhooks.create_endpoint(OWNER, partner.id, "https://hooks.example.com/x",
                                   get_settings().secret_key.get_secret_value())
    source, ours = await make_account(), await make_account(owner=partner_owner(partner.id))
    for amount in (1, 2, 3, 4):
        await create_transfers([TransferRequest(
            idempotency_key=f"test:{uuid.uuid4().hex}", code="test", amount=amount,
            debit_account_id=source.id, credit_account_id=ours.id)])
    lost, retrying, done, fresh = await webhooks.dispatch()
    key = get_settings().secret_key.get_secret_value()
    # one failed an hour ago, was retried just now and failed again (waiting for its next retry)
    with pytest.raises(webhooks.DeliveryFailed):
        await webhooks.deliver(retrying, key)
    await _age(retrying)
    receiver.statuses.append(500)
    with pytest.raises(webhooks.DeliveryFailed):
        await webhooks.deliver(retrying, key)
    # one was delivered an hour ago; one lost its message an hour ago; one is new
    await webhooks.deliver(done, key)
    await _age(done)
    await _age(lost)
    assert len(receiver.requests) == 3
    enqueued = Enqueued()
    stub_broker.add_middleware(enqueued)

    # when the sweep runs, twice
    requeue_stuck_webhooks.send()
    await run_stub()
    requeue_stuck_webhooks.send()
    await run_stub()

    # then only the lost delivery was enqueued again, once, and delivered
    sent = [m.args for m in enqueued.messages if m.actor_name == "deliver_webhook"]
    assert sent == [(lost,)]
    assert len(receiver.requests) == 4
    assert receiver.requests[-1].headers["etebar-delivery"] == str(lost)
    states = {d.id: (d.state, d.attempts) for d in await WebhookDelivery.all()}
    assert states == {lost: (DeliveryState.DELIVERED, 1),
                      retrying: (DeliveryState.PENDING, 2),
                      done: (DeliveryState.DELIVERED, 1),
                      fresh: (DeliveryState.PENDING, 0)}


async def test_stuck_deliveries_lists_nothing_delivered_or_failed(receiver, make_partner,
                                                                  make_account):
    # given a delivery that failed for good and one delivered, both an hour old
    partner = await make_partner()
    await webhooks.create_endpoint(OWNER, partner.id, "https://hooks.example.com/x", "k" * 16)
    source, ours = await make_account(), await make_account(owner=partner_owner(partner.id))
    for amount in (1, 2):
        await create_transfers([TransferRequest(
            idempotency_key=f"test:{uuid.uuid4().hex}", code="test", amount=amount,
            debit_account_id=source.id, credit_account_id=ours.id)])
    failed, delivered = await webhooks.dispatch()
    assert not (await webhooks.deliver(failed, "k" * 16, max_attempts=1)).delivered
    assert (await webhooks.deliver(delivered, "k" * 16)).delivered
    await _age(failed)
    await _age(delivered)
    # then neither is stuck, whatever the age asked for
    assert await webhooks.stuck_deliveries(60) == []
    assert await webhooks.stuck_deliveries(60, now=datetime.now(UTC) + timedelta(days=1)) == []
