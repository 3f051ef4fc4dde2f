"""Helpers for the workers' tests: the real services' URLs and waiting for an effect."""

from __future__ import annotations

import asyncio
import os
import socket
import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlparse

import pytest

from models.ledger.codes import PendingState
from models.ledger.tables import PendingTransfer

SERVICE_DEFAULTS = {
    "redis": ("ETEBAR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"),
    "amqp": ("ETEBAR_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"),
}
DEFAULT_PORTS = {"redis": 6379, "rediss": 6379, "amqp": 5672, "amqps": 5671}


def service_url(kind: str) -> str:
    """The URL of a real Redis or RabbitMQ for integration tests.

    Unreachable: a failure under CI (which must provide it), a skip with the reason elsewhere."""
    variable, default = SERVICE_DEFAULTS[kind]
    url = os.environ.get(variable) or default
    parsed = urlparse(url)
    host, port = parsed.hostname or "127.0.0.1", parsed.port or DEFAULT_PORTS[parsed.scheme]
    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError as error:
        reason = f"{kind} is not reachable at {host}:{port} ({error}); set {variable}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI must provide this service", pytrace=False)
        pytest.skip(reason)
    return url


async def wait_until(check: Callable[[], Awaitable[bool]], timeout_seconds: float = 15.0,
                     what: str = "condition") -> None:
    deadline = time.monotonic() + timeout_seconds
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_seconds}s waiting for {what}")
        await asyncio.sleep(0.05)


async def pending_state(pending_id: int) -> PendingState:
    row = await PendingTransfer.get(transfer_id=pending_id)
    return PendingState(row.state)
