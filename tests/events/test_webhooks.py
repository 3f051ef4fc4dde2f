"""Webhooks: registered through GraphQL, signed, retried on failure, logged, delivered once."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from models.events import webhooks
from models.events.tables import DeliveryState, WebhookDelivery
from models.identity.reach import partner_owner
from models.identity.tables import StaffRole
from models.platform.settings import get_settings
from workers.actors.webhooks import MAX_RETRIES, deliver_webhook

from .support import move

CREATE = """mutation($url: String!) { createWebhookEndpoint(url: $url) {
  __typename ... on CreateWebhookEndpointSuccess { secret endpoint { id url } }
  ... on UserError { code } } }"""
LOG = """query($e: ID!, $ok: Boolean) { webhookAttempts(endpointId: $e, succeeded: $ok) {
  edges { node { number statusCode category succeeded } } } }"""


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
    found = Receiver(500, 503)
    webhooks.transport = httpx.MockTransport(found)
    yield found
    webhooks.transport = None


async def test_a_partners_webhook_is_signed_retried_logged_and_delivered_once(
        receiver, call_as, make_partner, make_staff, make_account):
    partner = await make_partner()
    _, admin = await make_staff(StaffRole.ADMIN, partner=partner)
    created = (await call_as(admin, CREATE, url="https://hooks.example.com/etebar"))
    success = created["data"]["createWebhookEndpoint"]
    assert success["__typename"] == "CreateWebhookEndpointSuccess", created
    secret, endpoint_id = success["secret"], success["endpoint"]["id"]

    source = await make_account()
    ours = await make_account(owner=partner_owner(partner.id))
    await make_account(owner="someone-else")
    await move(source.id, ours.id, 900)

    [delivery_id] = await webhooks.dispatch()
    assert await webhooks.dispatch() == []  # each event becomes one delivery, once
    key = get_settings().secret_key.get_secret_value()
    # the endpoint fails twice: each failure raises for dramatiq to retry
    for _ in range(2):
        with pytest.raises(webhooks.DeliveryFailed):
            await webhooks.deliver(delivery_id, key)
    done = await webhooks.deliver(delivery_id, key)
    assert done.delivered and done.status_code == 200
    # a retried message after the success sends nothing and records nothing
    again = await webhooks.deliver(delivery_id, key)
    assert again.delivered and len(receiver.requests) == 3

    request = receiver.requests[-1]
    assert webhooks.verify_signature(secret, request.headers["etebar-timestamp"],
                                     request.content, request.headers["etebar-signature"])
    assert not webhooks.verify_signature(secret, request.headers["etebar-timestamp"],
                                         request.content + b" ",
                                         request.headers["etebar-signature"])
    body = json.loads(request.content)
    assert body["data"]["account_id"] == ours.id and body["data"]["credits_posted"] == 900

    log = await call_as(admin, LOG, e=endpoint_id)
    nodes = [e["node"] for e in log["data"]["webhookAttempts"]["edges"]]
    assert nodes == [
        {"number": 3, "statusCode": 200, "category": "HTTP_STATUS", "succeeded": True},
        {"number": 2, "statusCode": 503, "category": "HTTP_STATUS", "succeeded": False},
        {"number": 1, "statusCode": 500, "category": "HTTP_STATUS", "succeeded": False},
    ]
    failures = await call_as(admin, LOG, e=endpoint_id, ok=False)
    assert [e["node"]["number"] for e in failures["data"]["webhookAttempts"]["edges"]] == [2, 1]
    successes = await call_as(admin, LOG, e=endpoint_id, ok=True)
    assert [e["node"]["number"] for e in successes["data"]["webhookAttempts"]["edges"]] == [3]
    delivery = await WebhookDelivery.get(id=delivery_id)
    assert (delivery.state, delivery.attempts) == (DeliveryState.DELIVERED, 3)


async def test_the_last_failed_attempt_marks_the_delivery_failed(
        receiver, make_partner, make_account):
    partner = await make_partner()
    from models.identity.callers import CallerKind, Identity

    owner = Identity(kind=CallerKind.STAFF, name="t", staff_id=1, role=StaffRole.OWNER)
    await webhooks.create_endpoint(owner, partner.id, "https://hooks.example.com/x", "k" * 16)
    source, ours = await make_account(), await make_account(owner=partner_owner(partner.id))
    await move(source.id, ours.id, 1)
    [delivery_id] = await webhooks.dispatch()
    with pytest.raises(webhooks.DeliveryFailed):
        await webhooks.deliver(delivery_id, "k" * 16, max_attempts=2)
    last = await webhooks.deliver(delivery_id, "k" * 16, max_attempts=2)
    assert not last.delivered
    assert (await WebhookDelivery.get(id=delivery_id)).state is DeliveryState.FAILED


async def test_another_partners_admin_cannot_see_an_endpoints_log(
        call_as, make_partner, make_staff):
    ours, theirs = await make_partner("Ours"), await make_partner("Theirs")
    _, our_admin = await make_staff(StaffRole.ADMIN, partner=ours)
    _, their_admin = await make_staff(StaffRole.ADMIN, partner=theirs)
    created = await call_as(our_admin, CREATE, url="https://hooks.example.com/ours")
    endpoint_id = created["data"]["createWebhookEndpoint"]["endpoint"]["id"]
    body = await call_as(their_admin, LOG, e=endpoint_id)
    assert body["errors"][0]["extensions"]["code"] == "endpoint_not_found"


def test_the_delivery_actor_declares_retries_backoff_and_time_limit():
    options = deliver_webhook.options
    assert options["max_retries"] == MAX_RETRIES
    assert options["time_limit"] == 60_000 and options["min_backoff"] == 1_000
