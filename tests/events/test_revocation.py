"""Revocation reaches open sockets: over a real `graphql-transport-ws` websocket, a caller whose
credential ends (key revoked, partner or staff member deactivated, session signed out) gets no
further event, cannot subscribe again on the same socket, and is disconnected with 4403."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn
import websockets
from websockets.typing import Subprotocol

from api.context import CredentialRevoked, context_for_token
from etebar.server import build_app
from etebar.settings import Settings
from models.identity.reach import customer_owner, partner_owner
from models.identity.tables import PartnerKey, StaffRole

from .support import move

SUBSCRIBE = """subscription($ids: [ID!]!, $after: Long) {
  balanceChanged(accountIds: $ids, afterSequence: $after) { accountId sequence } }"""
# Short, so a test need not wait out the default's few seconds.
RECHECK_SECONDS = 0.2


@pytest.fixture
async def server(events: Any) -> AsyncIterator[str]:
    """The API served by uvicorn on a free port, in this test's loop and database."""
    settings = Settings(environment="test", ws_caller_recheck_seconds=RECHECK_SECONDS)
    app = build_app(settings, manage_database=False, run_worker=False, with_admin=False)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="off", log_level="warning")
    running = uvicorn.Server(config)
    task = asyncio.create_task(running.serve())
    while not running.started:
        assert not task.done(), task.exception()
        await asyncio.sleep(0.01)
    port = running.servers[0].sockets[0].getsockname()[1]
    yield f"ws://127.0.0.1:{port}/graphql"
    running.should_exit = True
    await asyncio.wait_for(task, 10)


class Socket:
    """One client connection: its messages, and how it was closed."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    async def subscribe(self, op: str, ids: list[int], after: int | None = None) -> None:
        await self.ws.send(json.dumps({"id": op, "type": "subscribe", "payload": {
            "query": SUBSCRIBE, "variables": {"ids": [str(i) for i in ids], "after": after}}}))

    async def receive(self) -> dict[str, Any]:
        message: dict[str, Any] = json.loads(await asyncio.wait_for(self.ws.recv(), 10))
        return message

    async def rest(self) -> tuple[list[dict[str, Any]], int | None]:
        """Every message until the server closes the socket, and the close code."""
        messages = []
        try:
            async with asyncio.timeout(10):
                async for raw in self.ws:
                    messages.append(json.loads(raw))
        except websockets.ConnectionClosed:
            pass
        code: int | None = self.ws.close_code
        return messages, code


async def connect(url: str, token: str) -> Socket:
    ws = await websockets.connect(url, subprotocols=[Subprotocol("graphql-transport-ws")])
    await ws.send(json.dumps({"type": "connection_init",
                              "payload": {"authorization": f"Bearer {token}"}}))
    socket = Socket(ws)
    assert (await socket.receive())["type"] == "connection_ack"
    return socket


async def streaming(socket: Socket, source: int, account: int) -> None:
    """Subscribe as operation 1 and see one live event, so the subscription surely runs."""
    await socket.subscribe("1", [account])
    await asyncio.sleep(0.3)  # the subscription is on the bus
    await move(source, account, 100)
    event = await socket.receive()
    assert event["type"] == "next" and event["payload"]["data"]["balanceChanged"], event


def revoked(message: dict[str, Any], op: str) -> bool:
    """Whether `message` ends operation `op` with the typed error."""
    errors = message.get("payload") if message["type"] == "error" else \
        (message.get("payload") or {}).get("errors")
    return message.get("id") == op and bool(errors) and \
        errors is not None and errors[0]["extensions"]["code"] == "CREDENTIAL_REVOKED"


async def assert_cut_off(socket: Socket, source: int, account: int) -> None:
    """After the revocation: the next event is not delivered; the subscription ends with
    CREDENTIAL_REVOKED and the socket closes with 4403."""
    await asyncio.sleep(RECHECK_SECONDS * 2)  # the last check is older than the cache
    await move(source, account, 200)
    messages, code = await socket.rest()
    assert not any(m["type"] == "next" and (m["payload"].get("data") or {}).get("balanceChanged")
                   for m in messages), messages
    assert any(revoked(m, "1") for m in messages), messages
    assert code == 4403


async def _revoke_key(call_as: Any, staff_token: str, partner_id: int) -> None:
    key = await PartnerKey.get(partner_id=partner_id)
    body = await call_as(staff_token, "mutation($k: ID!) { revokePartnerKey(keyId: $k) "
                                      "{ __typename } }", k=str(key.id))
    assert body["data"]["revokePartnerKey"]["__typename"] == "PartnerKeySuccess", body


async def test_a_revoked_keys_subscription_ends_and_its_socket_closes_4403(
        server, call_as, staff_token, make_account, make_partner, make_partner_key):
    # given a partner key streaming its account's changes
    partner = await make_partner()
    source, account = await make_account(), await make_account(owner=partner_owner(partner.id))
    socket = await connect(server, await make_partner_key(partner))
    await streaming(socket, source.id, account.id)
    # when staff revoke the key
    await _revoke_key(call_as, staff_token, partner.id)
    # then the next change is not delivered, and the connection ends
    await assert_cut_off(socket, source.id, account.id)


async def test_a_quiet_subscription_of_a_revoked_key_ends_without_waiting_for_an_event(
        server, call_as, staff_token, make_account, make_partner, make_partner_key):
    # given a partner key streaming its account's changes
    partner = await make_partner()
    source, account = await make_account(), await make_account(owner=partner_owner(partner.id))
    socket = await connect(server, await make_partner_key(partner))
    await streaming(socket, source.id, account.id)
    # when the key is revoked and no money moves
    await _revoke_key(call_as, staff_token, partner.id)
    # then the subscription still ends with the typed error, and the socket closes
    messages, code = await socket.rest()
    assert [m for m in messages if revoked(m, "1")], messages
    assert code == 4403


async def test_a_revoked_key_cannot_replay_history_on_its_open_socket(
        server, call_as, staff_token, make_account, make_partner, make_partner_key):
    # given a partner key streaming its account's changes
    partner = await make_partner()
    source, account = await make_account(), await make_account(owner=partner_owner(partner.id))
    socket = await connect(server, await make_partner_key(partner))
    await streaming(socket, source.id, account.id)
    # when the key is revoked and the socket asks for the history from the start
    await _revoke_key(call_as, staff_token, partner.id)
    await socket.subscribe("2", [account.id], after=0)
    # then nothing of the history comes: both subscriptions end with the typed error
    messages, code = await socket.rest()
    assert not any(m["type"] == "next" and m["payload"].get("data") for m in messages), messages
    assert any(revoked(m, "2") for m in messages), messages
    assert any(revoked(m, "1") for m in messages), messages
    assert code == 4403


async def test_a_deactivated_partners_key_and_staff_are_cut_off(
        server, call_as, staff_token, make_account, make_partner, make_partner_key,
        make_staff):
    # given a partner's key and one of its staff members, each streaming on a socket
    partner = await make_partner()
    source, account = await make_account(), await make_account(owner=partner_owner(partner.id))
    _, member_token = await make_staff(StaffRole.OPERATOR, partner=partner)
    sockets = [await connect(server, await make_partner_key(partner)),
               await connect(server, member_token)]
    for socket in sockets:
        await streaming(socket, source.id, account.id)
    # when staff deactivate the partner
    body = await call_as(staff_token, "mutation($p: ID!) { deactivatePartner(partnerId: $p) "
                                      "{ __typename } }", p=str(partner.id))
    assert body["data"]["deactivatePartner"]["__typename"] == "PartnerSuccess", body
    # then both are cut off
    await asyncio.sleep(RECHECK_SECONDS * 2)
    await move(source.id, account.id, 200)
    for socket in sockets:
        messages, code = await socket.rest()
        assert any(revoked(m, "1") for m in messages), messages
        assert code == 4403


async def test_a_customer_who_signed_out_is_cut_off(server, call_as, make_account,
                                                    make_customer):
    # given a customer streaming their own wallet's changes
    customer, token = await make_customer()
    source = await make_account()
    wallet = await make_account(wallet=True, owner=customer_owner(customer.id))
    socket = await connect(server, token)
    await streaming(socket, source.id, wallet.id)
    # when they sign out (elsewhere, over HTTP)
    body = await call_as(token, "mutation { signOut { signedOut } }")
    assert body["data"]["signOut"]["signedOut"] is True, body
    # then the socket that signed in with that session streams no more
    await assert_cut_off(socket, source.id, wallet.id)


async def test_a_deactivated_staff_member_is_cut_off(server, call_as, make_account, make_staff):
    # given an operator streaming an account's changes
    _, owner_token = await make_staff(StaffRole.OWNER)
    operator, operator_token = await make_staff(StaffRole.OPERATOR)
    source, account = await make_account(), await make_account()
    socket = await connect(server, operator_token)
    await streaming(socket, source.id, account.id)
    # when an owner deactivates them
    body = await call_as(owner_token, "mutation($id: ID!) { deactivateStaff(staffId: $id) "
                                      "{ __typename } }", id=str(operator.id))
    assert body["data"]["deactivateStaff"]["__typename"] == "StaffSuccess", body
    # then their socket is cut off
    await assert_cut_off(socket, source.id, account.id)


async def test_a_caller_still_valid_keeps_streaming(server, make_account, staff_token):
    # given staff streaming an account's changes, and the recheck interval gone by
    source, account = await make_account(), await make_account()
    socket = await connect(server, staff_token)
    await streaming(socket, source.id, account.id)
    await asyncio.sleep(RECHECK_SECONDS * 2)
    # when money moves again, and the caller subscribes once more on the same socket
    await move(source.id, account.id, 200)
    event = await socket.receive()
    await socket.subscribe("2", [account.id], after=0)
    replay = [await socket.receive(), await socket.receive()]
    # then everything arrives, and the socket stays open
    assert event["payload"]["data"]["balanceChanged"]["sequence"] == "2"
    assert [m["payload"]["data"]["balanceChanged"]["sequence"] for m in replay] == ["1", "2"]
    assert socket.ws.close_code is None
    await socket.ws.close()


async def test_a_recheck_trusts_a_check_younger_than_the_interval_and_no_older(
        call_as, staff_token, make_partner, make_partner_key):
    # given a connection's context for a partner key, just authenticated
    partner = await make_partner()
    context = await context_for_token(await make_partner_key(partner))
    # when the key is revoked
    await _revoke_key(call_as, staff_token, partner.id)
    # then a check younger than the interval stands, and a fresh one finds the revocation
    await context.recheck(max_age_seconds=60)
    with pytest.raises(CredentialRevoked):
        await context.recheck(max_age_seconds=0)
    # and from then on the context stays revoked, whatever the interval
    with pytest.raises(CredentialRevoked):
        await context.recheck(max_age_seconds=60)
