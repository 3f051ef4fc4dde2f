"""Typed domain events: written with the change or not at all, fanned out once per subscription,
sent again while not delivered, and run once per delivery however often it is sent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import pytest
from tortoise.transactions import in_transaction

from etebar.domains.compose import declare_actors
from models.domain_events import outbox as domain
from models.domain_events.outbox import (
    DomainEvent,
    deliver,
    due_again,
    emit,
    event,
    fan_out,
    subscribe,
)
from models.domain_events.tables import DomainEventDelivery, DomainEventRecord
from models.identity.customers import create_customer
from models.identity.events import CustomerEnrolled
from workers.actors.events import runners


@dataclass(frozen=True, slots=True)
class ThingHappened(DomainEvent):
    thing_id: int
    note: str


@pytest.fixture
def declared(monkeypatch: pytest.MonkeyPatch) -> domain.Subscription[ThingHappened]:
    """`ThingHappened` declared, with one subscription, for this test only."""
    monkeypatch.setattr(domain, "_EVENTS", domain.event_types())
    monkeypatch.setattr(domain, "_SUBSCRIPTIONS", domain.subscriptions())
    event("test.thing_happened")(ThingHappened)
    return subscribe(ThingHappened, "test.count_things")


async def test_an_event_is_written_only_if_its_transaction_commits(db: str, declared: object):
    # when one transaction emits and commits, and another emits and fails
    async with in_transaction():
        await emit(ThingHappened(thing_id=1, note="kept"))
    async def fails() -> None:
        async with in_transaction():
            await emit(ThingHappened(thing_id=2, note="lost"))
            raise RuntimeError("the change fails")

    with pytest.raises(RuntimeError):
        await fails()
    # then only the committed one is in the outbox, with its kind and payload
    rows = await DomainEventRecord.all()
    assert [(r.kind, r.payload) for r in rows] == [
        ("test.thing_happened", {"thing_id": 1, "note": "kept"})]


async def test_fanning_out_makes_one_delivery_per_subscription_once(
        db: str, declared: domain.Subscription[ThingHappened]):
    subscribe(ThingHappened, "test.log_things")
    event_id = await emit(ThingHappened(thing_id=1, note=""))
    first = await fan_out()
    second = await fan_out()
    assert sorted(d.subscription for d in first) == ["test.count_things", "test.log_things"]
    assert second == []
    assert await DomainEventDelivery.filter(event_id=event_id).count() == 2
    assert (await DomainEventRecord.get(id=event_id)).fanned_out


async def test_a_delivery_runs_its_handler_once_however_often_it_is_sent(
        db: str, declared: domain.Subscription[ThingHappened]):
    # given a delivery of an event
    event_id = await emit(ThingHappened(thing_id=7, note="seven"))
    [delivery] = await fan_out()
    seen: list[tuple[ThingHappened, int]] = []

    async def count(thing: ThingHappened, from_event: int) -> None:
        seen.append((thing, from_event))

    # when it is delivered three times
    ran = [await deliver(delivery.id, declared, count) for _ in range(3)]
    # then the handler ran once, with the typed event
    assert ran == [True, False, False]
    assert seen == [(ThingHappened(thing_id=7, note="seven"), event_id)]


async def test_a_failing_handler_leaves_the_delivery_to_a_retry(
        db: str, declared: domain.Subscription[ThingHappened]):
    await emit(ThingHappened(thing_id=1, note=""))
    [delivery] = await fan_out()

    async def fail(thing: ThingHappened, from_event: int) -> None:
        raise RuntimeError("the subscriber's database went away")

    async def succeed(thing: ThingHappened, from_event: int) -> None:
        return None

    with pytest.raises(RuntimeError):
        await deliver(delivery.id, declared, fail)
    assert (await DomainEventDelivery.get(id=delivery.id)).delivered_at is None
    assert await deliver(delivery.id, declared, succeed)


async def test_a_delivery_not_delivered_is_sent_again_after_its_resend_time(
        db: str, declared: domain.Subscription[ThingHappened]):
    # given a delivery sent and never delivered (its message was lost)
    await emit(ThingHappened(thing_id=1, note=""))
    [delivery] = await fan_out()
    # then it is not sent again before its time, and is once its time has come
    assert await due_again(older_than=timedelta(minutes=15)) == []
    assert await due_again(older_than=timedelta(0)) == [delivery]


async def test_a_delivered_delivery_is_never_sent_again(
        db: str, declared: domain.Subscription[ThingHappened]):
    await emit(ThingHappened(thing_id=1, note=""))
    [delivery] = await fan_out()

    async def done(thing: ThingHappened, from_event: int) -> None:
        return None

    await deliver(delivery.id, declared, done)
    assert await due_again(older_than=timedelta(0)) == []


def test_an_event_kind_is_declared_once(declared: object) -> None:
    @dataclass(frozen=True, slots=True)
    class Imposter(DomainEvent):
        thing_id: int

    with pytest.raises(ValueError, match="declared by ThingHappened"):
        event("test.thing_happened")(Imposter)


def test_an_event_type_must_be_a_frozen_dataclass(declared: object) -> None:
    @dataclass(slots=True)
    class Mutable(DomainEvent):
        thing_id: int

    with pytest.raises(TypeError, match="frozen dataclass"):
        event("test.mutable")(Mutable)


def test_every_subscription_is_run_by_an_actor() -> None:
    declare_actors()  # every domain's actor modules, as a worker imports them
    assert set(domain.subscriptions()) <= set(runners())


async def test_enrolling_a_customer_tells_of_it_in_the_same_transaction(db: str):
    customer = await create_customer("09121234567", "Sara")
    [row] = await DomainEventRecord.filter(kind=CustomerEnrolled.kind)
    assert CustomerEnrolled(**row.payload) == CustomerEnrolled(customer_id=customer.id,
                                                               partner_id=None)


async def test_events_of_a_transaction_are_published_after_its_commit(
        db: str, declared: domain.Subscription[ThingHappened],
        monkeypatch: pytest.MonkeyPatch):
    # given a publisher that records what it is handed
    sent: list[list[str]] = []

    def publisher(deliveries: Sequence[domain.Delivery]) -> None:
        sent.append([d.subscription for d in deliveries])

    monkeypatch.setattr(domain, "_publisher", publisher)
    # when an event is emitted in a transaction wrapped in publishing()
    async with domain.publishing(), in_transaction():
        await emit(ThingHappened(thing_id=1, note=""))
        assert sent == []  # nothing is sent before the commit
    # then its delivery was sent once the transaction committed
    assert sent == [["test.count_things"]]


async def test_events_inside_a_callers_transaction_are_left_to_the_sweep(
        db: str, declared: domain.Subscription[ThingHappened],
        monkeypatch: pytest.MonkeyPatch):
    sent: list[Sequence[domain.Delivery]] = []
    monkeypatch.setattr(domain, "_publisher", sent.append)
    async with in_transaction(), domain.publishing(), in_transaction():
        await emit(ThingHappened(thing_id=1, note=""))
    assert sent == []
    assert [d.subscription for d in await fan_out()] == ["test.count_things"]
