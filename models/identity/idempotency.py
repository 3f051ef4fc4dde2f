"""Creating requests made once per idempotency key, in the caller's namespace (Stripe's rules).

`create_once` runs a creating operation and records, in the same transaction, which row it
created under the caller's (namespace, key). The same key again with the same request answers
that row, without creating anything; with another request (or from another operation) it is
`idempotency_conflict`. A request that fails records nothing, so a retry runs it again.

Two concurrent requests with one key: the second one's insert of the record waits on the unique
index for the first one's transaction; once that commits, the second finds the record and answers
the same row (and if it rolled back, the second creates). Keys of other namespaces are never seen.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from tortoise.models import Model
from tortoise.transactions import in_transaction

from models.errors import Conflict
from models.identity.errors import IdentityErrorCode
from models.identity.tables import IdempotentRequest
from models.keys import check_key

M = TypeVar("M", bound=Model)

_CLAIM = """
    INSERT INTO identity_idempotent_request (namespace, key, operation, request_digest,
                                             result_id, created_at)
    VALUES ($1, $2, $3, $4, 0, now())
    ON CONFLICT (namespace, key) DO NOTHING
    RETURNING id
"""


def request_digest(operation: str, request: Mapping[str, Any]) -> str:
    """A fingerprint of a request's content, to tell a retry from a reused key."""
    text = json.dumps([operation, request], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


async def create_once(namespace: str, key: str | None, operation: str,
                      request: Mapping[str, Any], create: Callable[[], Awaitable[M]],
                      model: type[M]) -> M:
    """`create()` (a row of `model`) once per `key` in `namespace`; without a key, every call
    creates. A key seen before answers the row it created, or `idempotency_conflict` when the
    request (`operation` and `request`, the input that decides what is created) differs."""
    if key is None:
        return await create()
    check_key(key)
    digest = request_digest(operation, request)
    async with in_transaction() as conn:
        rows = await conn.execute_query_dict(_CLAIM, [namespace, key, operation, digest])
        if rows:
            created = await create()
            await IdempotentRequest.filter(id=rows[0]["id"]).using_db(conn).update(
                result_id=created.pk)
            return created
    stored = await IdempotentRequest.get(namespace=namespace, key=key)
    if stored.operation != operation or stored.request_digest != digest:
        raise Conflict(IdentityErrorCode.IDEMPOTENCY_CONFLICT,
                       "this idempotency key was used for a different request",
                       field="idempotencyKey")
    return await model.get(id=stored.result_id)

