"""What an HTTP request may cost before any route reads it: a body limit, and who the client is.

A body larger than `http_max_body_bytes` is answered 413 before it is parsed: at once when its
Content-Length says so, else as soon as the bytes read (a chunked body) pass the limit. A caller
whose bearer token is valid may send more (`signed_in_body_max_bytes`: room for a deposit
receipt in base64); the token is looked up only for such a body. The body is read here, up to
the limit, and handed on whole.

The client's address is the socket's peer, unless the peer is one of `trusted_proxies`: then
uvicorn's ProxyHeadersMiddleware takes it from X-Forwarded-For (the right-most address no
trusted proxy holds), so a client cannot name itself.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from models.errors import AuthenticationFailed
from models.identity.authentication import authenticate
from models.platform.settings import Settings

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
CODE = "REQUEST_TOO_LARGE"


def _bearer(headers: Headers) -> str | None:
    scheme, _, secret = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return secret.strip() or None


async def _signed_in(secret: str | None) -> bool:
    if secret is None:
        return False
    try:
        await authenticate(secret)
    except AuthenticationFailed:
        return False
    return True


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps({"data": None, "errors": [{
        "message": f"The request body is larger than {limit} bytes.",
        "extensions": {"code": CODE, "maxBytes": limit}}]}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Answers 413 to a body over the limit; see the module's docstring."""

    def __init__(self, app: Any, *, max_bytes: int, signed_in_max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.signed_in_max_bytes = max(max_bytes, signed_in_max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        secret = _bearer(headers)
        limit = self.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            if int(declared) > self.signed_in_max_bytes or not await _signed_in(secret):
                await _too_large(send, limit)
                return
            limit = self.signed_in_max_bytes
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                await self.app(scope, _replay([message], receive), send)
                return
            size += len(message.get("body", b""))
            if size > limit:
                if (limit == self.signed_in_max_bytes or size > self.signed_in_max_bytes
                        or not await _signed_in(secret)):
                    await _too_large(send, limit)
                    return
                limit = self.signed_in_max_bytes
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        whole = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        await self.app(scope, _replay([whole], receive), send)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """`messages` first, then whatever the server says next (a disconnect)."""
    pending = list(messages)

    async def replayed() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return replayed


def guard(app: Starlette, settings: Settings) -> None:
    """Install the body limit and, with trusted proxies, the client address they forward."""
    app.add_middleware(BodyLimit, max_bytes=settings.api.http_max_body_bytes,
                       signed_in_max_bytes=settings.signed_in_body_max_bytes)
    if settings.api.trusted_proxies:
        app.add_middleware(ProxyHeadersMiddleware,
                           trusted_hosts=settings.api.trusted_proxies)
