"""graphql-transport-ws connections that end when their caller's credential does.

A websocket authenticates once, at `connection_init`, and may then live for days. So the
connection checks its caller again on every `subscribe` (whatever the operation), and each
subscription before each event and while it is quiet (`api/events/subscriptions.py`, whenever
the last check is older than `ws_caller_recheck_seconds`). Once the credential is found
revoked, every open operation ends with a `CREDENTIAL_REVOKED` error and the socket closes with
4403, the code the protocol uses for a forbidden connection."""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
    Operation,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import SubscribeMessage

from api.context import Context, CredentialRevoked

REVOKED_CLOSE_CODE = 4403
REVOKED_CLOSE_REASON = "Credential revoked"

log = logging.getLogger(__name__)


class RevocableConnection(BaseGraphQLTransportWSHandler[Context, None]):
    """Strawberry's graphql-transport-ws handler, closing the connection of a revoked caller."""

    closing = False

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if self.connection_acknowledged and not self.closing:
            try:
                await self.context.recheck()
            except CredentialRevoked as error:
                await self.send_message({"id": message["id"], "type": "error",
                                         "payload": [error.formatted]})
                await self.close_revoked()
                return
        await super().handle_subscribe(message)

    async def run_operation(self, operation: Operation[Context, None]) -> None:
        await super().run_operation(operation)
        # A subscription that met the revocation has sent its error and completed.
        if self.context.revoked:
            await self.close_revoked()

    async def close_revoked(self) -> None:
        """End every other open operation with the typed error, then close with 4403."""
        if self.closing:
            return
        self.closing = True
        log.info("closing a websocket: its caller's credential was revoked")
        payload = [CredentialRevoked().formatted]
        current = asyncio.current_task()
        for operation_id, operation in list(self.operations.items()):
            if operation.task is current:
                continue
            await self.cleanup_operation(operation_id)
            with suppress(Exception):  # the client may be gone already
                await self.send_message({"id": operation_id, "type": "error",
                                         "payload": payload})
        with suppress(Exception):
            await self.websocket.close(code=REVOKED_CLOSE_CODE, reason=REVOKED_CLOSE_REASON)
