"""Webhooks: partners' endpoints, signed deliveries of their accounts' changes, and the log.

- An endpoint belongs to one partner and receives every change of the accounts that partner
  reaches (its own and its members'), from the moment it is registered.
- Its signing secret is shown once, when it is created, and is not stored: it is derived from the
  server's `secret_key` and the endpoint's random salt, so a copy of the database alone cannot
  forge a signature.
- Each POST carries the change as JSON, `Etebar-Timestamp` (Unix seconds) and `Etebar-Signature:
  v1=<hex HMAC-SHA256 of "<timestamp>.<body>" under the secret>`. `verify_signature` is what a
  receiver does.
- `dispatch()` turns new outbox rows into one `WebhookDelivery` per (endpoint, event), exactly once
  (a unique key; it looks back `LOOKBACK_IDS` ids for rows that committed late). `deliver()` makes
  one attempt, logs it, and marks the delivery delivered on a 2xx; a delivery already delivered is
  never sent again, so a retried message records no second success.
- Targets: only public addresses, checked after DNS when an endpoint is registered and again
  before each attempt, which connects to the address it checked (`models.events.targets`). An
  attempt's log shows what happened as a category (`AttemptCategory`), never the raw error, so
  the log tells a partner nothing about the network beyond its own endpoint.
- `stuck_deliveries()` finds pending deliveries nobody is working on: their message was lost
  (the broker failed after `dispatch()` committed, say). A delivery counts as stuck when neither
  its creation nor its latest attempt is younger than the given age; the age must exceed the
  longest retry backoff, so a delivery waiting for its next retry is left alone. Re-enqueueing one
  is safe: `deliver()` locks the delivery and never sends a delivered one again.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import secrets
import socket
import ssl
import time
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse

import httpx
from tortoise import connections
from tortoise.transactions import in_transaction

from models.db import given
from models.errors import NotFound, ValidationFailed
from models.events import targets
from models.events.outbox import changes_by_ids
from models.events.tables import (
    AttemptCategory,
    DeliveryState,
    WebhookAttempt,
    WebhookCursor,
    WebhookDelivery,
    WebhookEndpoint,
)
from models.identity.callers import Identity
from models.identity.partners import get_partner

LOOKBACK_IDS = 10_000
DISPATCH_LIMIT = 1_000
SIGNATURE_TOLERANCE_SECONDS = 300

# The seam for tests: an httpx transport to use instead of the network.
transport: httpx.AsyncBaseTransport | None = None


class DeliveryFailed(Exception):
    """An attempt failed (network, timeout, non-2xx): the actor retries it with backoff."""


def _partner_of(actor: Identity, partner_id: int | None) -> int:
    if actor.is_partner:
        if partner_id is not None and partner_id != actor.partner_id:
            raise NotFound("partner_not_found", f"no partner {partner_id}", field="partnerId")
        assert actor.partner_id is not None
        return actor.partner_id
    if partner_id is None:
        raise ValidationFailed("partner_required", "name the partner", field="partnerId")
    return partner_id


def endpoint_secret(endpoint: WebhookEndpoint, secret_key: str) -> str:
    digest = hmac.new(secret_key.encode(), f"webhook:{endpoint.id}:{endpoint.secret_salt}"
                      .encode(), hashlib.sha256).hexdigest()
    return f"whsec_{digest}"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"v1={mac.hexdigest()}"


def verify_signature(secret: str, timestamp: str, body: bytes, signature: str, *,
                     now: float | None = None,
                     tolerance: int = SIGNATURE_TOLERANCE_SECONDS) -> bool:
    """What a receiver checks: the signature matches and the timestamp is recent."""
    if not timestamp.isdigit():
        return False
    if abs((now if now is not None else time.time()) - int(timestamp)) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, int(timestamp), body), signature)


async def create_endpoint(actor: Identity, partner_id: int | None, url: str,
                          secret_key: str, *, allowed_hosts: Collection[str] = (),
                          ) -> tuple[WebhookEndpoint, str]:
    """A new endpoint for the partner, and its signing secret (shown only now). Its host must
    resolve to public addresses only (`targets.TargetRefused`), unless `allowed_hosts` names
    it."""
    partner = await get_partner(_partner_of(actor, partner_id))
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.hostname or len(url) > 2000:
        raise ValidationFailed("invalid_url", "an http(s) URL of at most 2000 characters",
                               field="url")
    await targets.pin(url, allowed_hosts)
    endpoint = await WebhookEndpoint.create(partner_id=partner.id, url=url,
                                            secret_salt=secrets.token_hex(16))
    return endpoint, endpoint_secret(endpoint, secret_key)


async def _endpoint_of(actor: Identity, endpoint_id: int) -> WebhookEndpoint:
    endpoint = await WebhookEndpoint.get_or_none(id=endpoint_id)
    if endpoint is None or (actor.is_partner
                            and endpoint.partner_id != actor.partner_id):
        raise NotFound("endpoint_not_found", f"no webhook endpoint {endpoint_id}",
                       field="endpointId")
    return endpoint


async def deactivate_endpoint(actor: Identity, endpoint_id: int) -> WebhookEndpoint:
    endpoint = await _endpoint_of(actor, endpoint_id)
    if endpoint.is_active:
        endpoint.is_active = False
        await endpoint.save(update_fields=["is_active"])
    return endpoint


async def endpoints(actor: Identity, partner_id: int | None) -> list[WebhookEndpoint]:
    return await WebhookEndpoint.filter(
        partner_id=_partner_of(actor, partner_id)).order_by("id")


async def attempts_page(actor: Identity, endpoint_id: int, *, limit: int,
                        before_id: int | None = None,
                        succeeded: bool | None = None) -> list[WebhookAttempt]:
    """The endpoint's delivery log, newest first; only successes or failures when `succeeded`
    says which."""
    await _endpoint_of(actor, endpoint_id)
    query = WebhookAttempt.filter(endpoint_id=endpoint_id,
                                  **given(succeeded=succeeded, id__lt=before_id))
    return await query.order_by("-id").limit(limit)


# New outbox rows of accounts that partners with an active endpoint reach, one delivery each.
_DISPATCH = """
    INSERT INTO events_webhook_delivery (endpoint_id, event_id, state, attempts, created_at)
    SELECT w.id, e.id, 'pending', 0, now()
    FROM ledger_account_event e
    JOIN ledger_account a ON a.id = e.account_id
    JOIN events_webhook_endpoint w ON w.is_active AND w.created_at <= e.created_at AND (
        a.owner = 'partner:' || w.partner_id OR a.owner IN (
            SELECT 'customer:' || c.id FROM identity_customer c WHERE c.partner_id = w.partner_id))
    WHERE e.id > $1 AND e.id <= $2
    ON CONFLICT (endpoint_id, event_id) DO NOTHING
    RETURNING id
"""


async def dispatch() -> list[int]:
    """Create the deliveries of new events; the ids of those created now (to enqueue)."""
    async with in_transaction() as tx:
        cursor, _ = await WebhookCursor.get_or_create(name="webhooks", using_db=tx)
        cursor = await WebhookCursor.select_for_update().using_db(tx).get(name="webhooks")
        top = (await tx.execute_query_dict(
            "SELECT coalesce(max(id), 0) AS id FROM ledger_account_event"))[0]["id"]
        upto = min(top, cursor.event_id + DISPATCH_LIMIT)
        rows = await tx.execute_query_dict(
            _DISPATCH, [max(0, cursor.event_id - LOOKBACK_IDS), upto])
        cursor.event_id = upto
        await cursor.save(using_db=tx, update_fields=["event_id"])
    return [r["id"] for r in rows]


async def pending_deliveries(limit: int = DISPATCH_LIMIT) -> list[int]:
    rows = await connections.get("default").execute_query_dict(
        "SELECT id FROM events_webhook_delivery WHERE state = 'pending' ORDER BY id LIMIT $1",
        [limit])
    return [r["id"] for r in rows]


_STUCK = """
    SELECT d.id FROM events_webhook_delivery d
    WHERE d.state = 'pending' AND d.created_at < $1
      AND NOT EXISTS (SELECT 1 FROM events_webhook_attempt a
                      WHERE a.delivery_id = d.id AND a.created_at >= $1)
    ORDER BY d.id LIMIT $2
"""


async def stuck_deliveries(older_than_seconds: float, *, limit: int = DISPATCH_LIMIT,
                           now: datetime | None = None) -> list[int]:
    """Pending deliveries with no activity (creation or attempt) for `older_than_seconds`: the
    ones whose message was lost, to enqueue again. Delivered and failed ones are never listed."""
    if older_than_seconds <= 0:
        raise ValidationFailed("invalid_age", "the age must be positive",
                               field="olderThanSeconds")
    cutoff = (now or datetime.now(UTC)) - timedelta(seconds=older_than_seconds)
    rows = await connections.get("default").execute_query_dict(_STUCK, [cutoff, limit])
    return [r["id"] for r in rows]


@dataclass(frozen=True, slots=True)
class Attempted:
    delivered: bool
    status_code: int | None


def _causes(failure: BaseException) -> Iterator[BaseException]:
    """The failure and everything it was raised from, exception groups opened."""
    seen: set[int] = set()
    waiting = [failure]
    while waiting:
        current = waiting.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        waiting += [c for c in (current.__cause__, current.__context__) if c is not None]
        if isinstance(current, BaseExceptionGroup):
            waiting += list(current.exceptions)


def failure_category(failure: httpx.HTTPError) -> AttemptCategory:
    """What kind of network failure an attempt met, read from the chain of causes."""
    if isinstance(failure, httpx.TimeoutException):
        return AttemptCategory.TIMEOUT
    for cause in _causes(failure):
        if isinstance(cause, ssl.SSLError | ssl.CertificateError):
            return AttemptCategory.TLS
        if isinstance(cause, socket.gaierror):
            return AttemptCategory.DNS
        if isinstance(cause, ConnectionRefusedError) or (
                isinstance(cause, OSError) and cause.errno == errno.ECONNREFUSED):
            return AttemptCategory.REFUSED
        if isinstance(cause, TimeoutError):
            return AttemptCategory.TIMEOUT
    return AttemptCategory.NETWORK


async def _post(url: str, body: bytes, headers: dict[str, str], http_timeout: float,
                allowed_hosts: Collection[str]) -> tuple[AttemptCategory, int | None]:
    """POST to the endpoint at the address checked just now; what happened."""
    try:
        target = await targets.pin(url, allowed_hosts)
    except targets.TargetRefused as refused:
        unresolvable = refused.refusal is targets.Refusal.UNRESOLVABLE
        return (AttemptCategory.DNS if unresolvable else AttemptCategory.BLOCKED_ADDRESS), None
    extensions: dict[str, str] = {}
    if target.address is not None:
        headers = {**headers, "host": target.host_header()}
        extensions = {"sni_hostname": target.host}
    try:
        # trust_env off: no proxy from the environment stands between us and the checked address.
        async with httpx.AsyncClient(transport=transport, timeout=http_timeout,
                                     trust_env=False) as client:
            response = await client.post(target.pinned_url(), content=body, headers=headers,
                                         extensions=extensions)
    except httpx.HTTPError as failure:
        return failure_category(failure), None
    return AttemptCategory.HTTP_STATUS, response.status_code


async def deliver(delivery_id: int, secret_key: str, *, http_timeout: float = 10.0,
                  max_attempts: int = 9, allowed_hosts: Collection[str] = ()) -> Attempted:
    """One attempt of one delivery. Raises `DeliveryFailed` when it should be retried; a failure
    of the `max_attempts`-th attempt marks the delivery failed instead. The endpoint's host is
    resolved and checked again now (it may have been made to point inside since it was
    registered); a refused address is a failed attempt (`blocked_address`), retried as any."""
    delivery = await WebhookDelivery.get_or_none(id=delivery_id).prefetch_related("endpoint")
    if delivery is None:
        raise NotFound("delivery_not_found", f"no webhook delivery {delivery_id}")
    if delivery.state is not DeliveryState.PENDING:
        return Attempted(delivery.state is DeliveryState.DELIVERED, None)
    endpoint = delivery.endpoint
    [change] = await changes_by_ids([delivery.event_id])
    body = json.dumps({"type": "balance_changed", "delivery_id": delivery.id,
                       "event_id": change.id, "data": change.to_json()},
                      separators=(",", ":"), sort_keys=True).encode()
    timestamp = int(time.time())
    headers = {"content-type": "application/json", "etebar-timestamp": str(timestamp),
               "etebar-signature": sign(endpoint_secret(endpoint, secret_key), timestamp, body),
               "etebar-delivery": str(delivery.id)}
    started = time.perf_counter()
    category, status = await _post(endpoint.url, body, headers, http_timeout, allowed_hosts)
    succeeded = status is not None and 200 <= status < 300
    async with in_transaction() as tx:
        locked = await WebhookDelivery.select_for_update().using_db(tx).get(id=delivery.id)
        if locked.state is not DeliveryState.PENDING:  # a concurrent attempt decided it
            return Attempted(locked.state is DeliveryState.DELIVERED, status)
        locked.attempts += 1
        await WebhookAttempt.create(
            using_db=tx, delivery_id=delivery.id, endpoint_id=endpoint.id,
            number=locked.attempts, status_code=status, category=category, succeeded=succeeded,
            duration_ms=int((time.perf_counter() - started) * 1000))
        if succeeded:
            locked.state, locked.delivered_at = DeliveryState.DELIVERED, datetime.now(UTC)
        elif locked.attempts >= max_attempts:
            locked.state = DeliveryState.FAILED
        await locked.save(using_db=tx, update_fields=["attempts", "state", "delivered_at"])
        final = locked.state is DeliveryState.FAILED
    if not succeeded and not final:
        raise DeliveryFailed(category.value if status is None else f"HTTP {status}")
    return Attempted(succeeded, status)
