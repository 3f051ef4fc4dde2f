"""Two `etebar serve` processes on one Redis: a transfer made through one reaches a subscriber of
the other, over a real `graphql-transport-ws` websocket."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
import websockets
from websockets.typing import Subprotocol

from tests.conftest import USES_SHARED_QUEUES

pytestmark = [pytest.mark.slow, USES_SHARED_QUEUES]

ETEBAR = str(Path(sys.executable).with_name("etebar"))
REDIS_URL = os.environ.get("ETEBAR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
SUBSCRIBE = """subscription($ids: [ID!]!) { balanceChanged(accountIds: $ids) {
  accountId sequence creditsPosted transfer { id amount } } }"""
TRANSFER = """mutation($d: ID!, $c: ID!) { createTransfers(input: [{idempotencyKey: "two-servers",
  code: "test", amount: 1234, debitAccountId: $d, creditAccountId: $c}]) { __typename } }"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def redis_url() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs Redis at {REDIS_URL}: {error}", pytrace=False)
        pytest.skip(f"no Redis at {REDIS_URL}")
    return REDIS_URL


class Server:
    def __init__(self, database_url: str, redis_url: str, log: Path) -> None:
        self.port = _free_port()
        self.log = log
        env = {k: v for k, v in os.environ.items() if not k.startswith("ETEBAR_")}
        env.update(ETEBAR_DATABASE_URL=database_url, ETEBAR_EVENTS__URL=redis_url,
                   ETEBAR_WORKER__RUN_IN_PROCESS="false", ETEBAR_WORKER__BROKER_URL="stub://",
                   ETEBAR_HOST="127.0.0.1", ETEBAR_PORT=str(self.port),
                   ETEBAR_ENVIRONMENT="development", ETEBAR_EVENTS__POLL_SECONDS="0.5")
        with log.open("ab") as out:
            self.process = subprocess.Popen([ETEBAR, "serve"], env=env, stdout=out,
                                            stderr=subprocess.STDOUT)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"serve exited:\n{self.log.read_text()}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        pytest.fail(f"serve was not healthy:\n{self.log.read_text()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture
def servers(db: str, redis_url: str, tmp_path: Path) -> Iterator[list[Server]]:
    started = [Server(db, redis_url, tmp_path / f"serve-{i}.log") for i in (1, 2)]
    try:
        for server in started:
            server.wait_healthy()
        yield started
    finally:
        for server in started:
            server.stop()


async def _message(ws: Any) -> dict[str, Any]:
    message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 15))
    return message


async def test_a_transfer_through_one_server_reaches_a_subscriber_of_the_other(
        servers, make_account, staff_token):
    one, two = servers
    source, target = await make_account(), await make_account()
    async with websockets.connect(f"ws://127.0.0.1:{two.port}/graphql",
                                  subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        await ws.send(json.dumps({"type": "connection_init",
                                  "payload": {"authorization": f"Bearer {staff_token}"}}))
        assert (await _message(ws))["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {
            "query": SUBSCRIBE, "variables": {"ids": [str(target.id)]}}}))
        await asyncio.sleep(0.5)  # the subscription is on server two's bus

        response = await asyncio.to_thread(
            httpx.post, f"{one.url}/graphql", timeout=10,
            headers={"Authorization": f"Bearer {staff_token}"},
            json={"query": TRANSFER, "variables": {"d": str(source.id), "c": str(target.id)}})
        assert response.json()["data"]["createTransfers"]["__typename"] != "TransferRejected"

        message = await _message(ws)
        assert message["type"] == "next", message
        change = message["payload"]["data"]["balanceChanged"]
        assert (change["accountId"], change["sequence"], change["creditsPosted"]) == \
            (str(target.id), "1", "1234")


async def test_a_websocket_without_a_valid_token_cannot_subscribe(servers, make_account):
    _, two = servers
    account = await make_account()
    async with websockets.connect(f"ws://127.0.0.1:{two.port}/graphql",
                                  subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        await ws.send(json.dumps({"type": "connection_init",
                                  "payload": {"authorization": "Bearer etb_wrong"}}))
        assert (await _message(ws))["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {
            "query": SUBSCRIBE, "variables": {"ids": [str(account.id)]}}}))
        message = await _message(ws)
        assert message["type"] in ("next", "error"), message
        errors = message["payload"] if message["type"] == "error" else \
            message["payload"]["errors"]
        assert errors[0]["extensions"]["code"] == "UNAUTHENTICATED"
