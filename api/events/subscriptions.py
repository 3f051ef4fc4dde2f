"""`balanceChanged`: a thin resolver over `models.events.stream`."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from datetime import datetime

import strawberry
from strawberry.exceptions import StrawberryGraphQLError

from api.context import Context
from api.ids import required_id, to_id
from api.ledger.types import Transfer
from api.permissions import ALL_STAFF, Scope, requires
from api.scalars import Long
from models.errors import DomainError
from models.events.bus import current_bus
from models.events.errors import EventsErrorCode
from models.events.outbox import AccountChange
from models.events.stream import balance_changes, readable_cursors


@strawberry.type(description="One committed change of an account: its new totals, the transfer "
                             "that made it, and its sequence number (gapless per account).")
class BalanceChange:
    account_id: strawberry.ID
    sequence: Long = strawberry.field(
        description="1, 2, 3, … per account; store the last one you handled to resume.")
    debits_pending: Long
    debits_posted: Long
    credits_pending: Long
    credits_posted: Long
    balance: Long = strawberry.field(description="credits_posted - debits_posted.")
    transfer: Transfer
    created_at: datetime

    @classmethod
    def from_change(cls, c: AccountChange) -> BalanceChange:
        return cls(account_id=to_id(c.account_id), sequence=Long(c.sequence),
                   debits_pending=Long(c.debits_pending), debits_posted=Long(c.debits_posted),
                   credits_pending=Long(c.credits_pending), credits_posted=Long(c.credits_posted),
                   balance=Long(c.balance), transfer=Transfer.from_record(c.transfer),
                   created_at=c.created_at)


@strawberry.input(description="Where to resume one account: deliver what came after "
                              "`afterSequence`.")
class AccountCursorInput:
    account_id: strawberry.ID
    after_sequence: Long


def _cursors(account_ids: list[strawberry.ID], after_sequence: int | None,
             resume: list[AccountCursorInput] | None) -> dict[int, int | None]:
    cursors: dict[int, int | None] = {required_id(a, "accountIds"): after_sequence
                                      for a in account_ids}
    for cursor in resume or []:
        account_id = required_id(cursor.account_id, "resume")
        if account_id not in cursors:
            raise DomainError(EventsErrorCode.INVALID_SUBSCRIPTION,
                              f"resume names account {account_id}, "
                              "which is not in accountIds", field="resume")
        cursors[account_id] = cursor.after_sequence
    return cursors


async def _stream(context: Context, cursors: dict[int, int | None],
                  ) -> AsyncGenerator[BalanceChange, None]:
    """The changes, each delivered only while the caller's credential still holds: checked
    again before an event when the last check is older than `ws_caller_recheck_seconds`, and
    that often while the stream is quiet. A revoked caller's subscription ends with
    `CREDENTIAL_REVOKED` instead (`api/connections.py` then closes its socket)."""
    changes = balance_changes(
        current_bus(), cursors, resync_seconds=context.settings.events.resync_seconds)
    recheck_seconds = context.settings.api.ws_caller_recheck_seconds
    # The next change is awaited in a task of its own, so a quiet stream still wakes up to
    # check its caller.
    upcoming: asyncio.Future[AccountChange] | None = None
    try:
        while True:
            if upcoming is None:
                upcoming = asyncio.ensure_future(anext(changes))
            await asyncio.wait({upcoming}, timeout=recheck_seconds)
            await context.recheck(max_age_seconds=recheck_seconds)
            if not upcoming.done():
                continue
            arrived, upcoming = upcoming, None
            try:
                change = arrived.result()
            except StopAsyncIteration:
                return
            yield BalanceChange.from_change(change)
    finally:
        if upcoming is not None:
            upcoming.cancel()
            with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
                await upcoming
        await changes.aclose()


@strawberry.type
class EventSubscription:
    @strawberry.subscription(
        extensions=requires(staff=ALL_STAFF, partner=Scope.LEDGER_READ, customer=True),
        description="Each committed change of the given accounts, in sequence order per account. "
                    "Without a cursor an account streams from now on. With one "
                    "(`afterSequence` for every account, or `resume` per account, which wins), "
                    "every change after it is delivered first, from the outbox, then the live "
                    "stream: reconnect with the last sequence you handled for each account and "
                    "nothing is missed or repeated. The caller must be allowed to read every "
                    "account, or the subscription fails with `account_not_found` and streams "
                    "nothing.")
    async def balance_changed(
            self, info: strawberry.Info[Context, None], account_ids: list[strawberry.ID],
            after_sequence: Long | None = None,
            resume: list[AccountCursorInput] | None = None,
    ) -> AsyncGenerator[BalanceChange, None]:
        try:
            cursors = _cursors(account_ids, after_sequence, resume)
            await readable_cursors(info.context.reach, cursors)
        except DomainError as error:
            raise StrawberryGraphQLError(error.message, extensions={"code": error.code}) \
                from error
        return _stream(info.context, cursors)
