"""Helpers for the events tests: money moves, subscriptions through the schema."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

from api.context import context_for_token
from etebar.domains.compose import build_schema
from etebar.settings import Settings
from models.ledger.posting import TransferRequest, create_transfers

SCHEMA = build_schema(Settings(environment="test"))

SUBSCRIPTION = """
subscription($ids: [ID!]!, $after: Long, $resume: [AccountCursorInput!]) {
  balanceChanged(accountIds: $ids, afterSequence: $after, resume: $resume) {
    accountId sequence creditsPosted debitsPosted balance
    transfer { id amount code debitAccountId creditAccountId }
  }
}
"""


async def move(debit: int, credit: int, amount: int) -> int:
    [record] = await create_transfers([TransferRequest(
        idempotency_key=f"test:{uuid.uuid4().hex}", code="test", amount=amount,
        debit_account_id=debit, credit_account_id=credit)])
    return record.id


async def subscribe(token: str, ids: list[int], **variables: Any) -> Any:
    """The schema's answer: an async iterator of results, or one result holding the errors."""
    context = await context_for_token(token)
    return await SCHEMA.subscribe(SUBSCRIPTION, context_value=context, variable_values={
        "ids": [str(i) for i in ids], **variables})


async def take(stream: AsyncIterator[Any], count: int,
               wait: float = 10) -> list[dict[str, Any]]:
    got = []
    for _ in range(count):
        result = await asyncio.wait_for(anext(stream), wait)
        assert not result.errors, result.errors
        got.append(_ints(result.data["balanceChanged"]))
    return got


LONGS = frozenset({"sequence", "creditsPosted", "debitsPosted", "balance", "amount"})


def _ints(value: dict[str, Any]) -> dict[str, Any]:
    """Longs travel as strings; compare them as numbers."""
    return {k: _ints(v) if isinstance(v, dict) else int(v) if k in LONGS else v
            for k, v in value.items()}
