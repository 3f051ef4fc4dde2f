"""balanceChanged through the schema: live, resumed, deduplicated, gap-filled, and refused."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from models.events.outbox import changes_by_ids
from models.identity.reach import partner_owner
from models.identity.tables import StaffRole

from .support import move, subscribe, take


async def test_a_subscriber_receives_a_transfers_event(events, make_account, staff_token):
    source, target = await make_account(), await make_account()
    stream = await subscribe(staff_token, [target.id])
    pending = asyncio.ensure_future(take(stream, 1))
    await asyncio.sleep(0.1)  # the subscription is registered on the bus

    transfer_id = await move(source.id, target.id, 700)

    [change] = await pending
    assert change == {"accountId": str(target.id), "sequence": 1, "creditsPosted": 700,
                      "debitsPosted": 0, "balance": 700,
                      "transfer": {"id": str(transfer_id), "amount": 700, "code": "test",
                                   "debitAccountId": str(source.id),
                                   "creditAccountId": str(target.id)}}
    await stream.aclose()


async def test_resume_after_a_disconnect_loses_nothing_and_repeats_nothing(
        events, make_account, staff_token):
    source, a, b = await make_account(), await make_account(), await make_account()
    stream = await subscribe(staff_token, [a.id, b.id])
    first = asyncio.ensure_future(take(stream, 2))
    await asyncio.sleep(0.1)
    await move(source.id, a.id, 1)
    await move(source.id, b.id, 2)
    seen = await first
    await stream.aclose()  # the client goes away, remembering each account's last sequence
    last = {c["accountId"]: c["sequence"] for c in seen}

    # while it is away, money keeps moving
    for amount in (10, 20, 30):
        await move(source.id, a.id, amount)
    await move(source.id, b.id, 40)

    resume = [{"accountId": k, "afterSequence": v} for k, v in last.items()]
    stream = await subscribe(staff_token, [a.id, b.id], resume=resume)
    missed = await take(stream, 4)
    live = asyncio.ensure_future(take(stream, 1))
    await asyncio.sleep(0.1)
    await move(source.id, a.id, 50)
    missed += await live

    by_account: dict[str, list[int]] = {}
    for c in missed:
        by_account.setdefault(c["accountId"], []).append(c["sequence"])
    assert by_account == {str(a.id): [2, 3, 4, 5], str(b.id): [2]}
    assert [c["creditsPosted"] for c in missed if c["accountId"] == str(a.id)] == \
        [11, 31, 61, 111]
    # nothing more is pending: no duplicate of what was delivered
    extra = asyncio.ensure_future(take(stream, 1, wait=0.5))
    await asyncio.sleep(0.6)
    assert extra.done() and isinstance(extra.exception(), TimeoutError)
    await stream.aclose()


async def test_after_sequence_replays_the_outbox_then_goes_live(events, make_account,
                                                                staff_token):
    source, target = await make_account(), await make_account()
    for amount in (1, 2, 3):
        await move(source.id, target.id, amount)
    stream = await subscribe(staff_token, [target.id], after=0)
    assert [c["sequence"] for c in await take(stream, 3)] == [1, 2, 3]
    await stream.aclose()


async def test_a_duplicate_or_out_of_order_publication_is_delivered_once_in_order(
        events, make_account, staff_token):
    source, target = await make_account(), await make_account()
    stream = await subscribe(staff_token, [target.id])
    pending = asyncio.ensure_future(take(stream, 3))
    await asyncio.sleep(0.1)
    # the bus loses the first two events (the relay's own publications are stopped meanwhile)
    events.relay.leader = False
    await move(source.id, target.id, 1)
    await move(source.id, target.id, 2)
    await events.relay.pump()
    events.relay.leader = True
    await move(source.id, target.id, 3)
    await events.relay.pump()
    # and then delivers everything twice
    from tortoise import connections
    rows = await connections.get("default").execute_query_dict(
        "SELECT id FROM ledger_account_event WHERE account_id = $1", [target.id])
    await events.bus.publish(await changes_by_ids([r["id"] for r in rows]))

    got = await pending
    assert [c["sequence"] for c in got] == [1, 2, 3]
    assert [c["creditsPosted"] for c in got] == [1, 3, 6]
    extra = asyncio.ensure_future(take(stream, 1, wait=0.5))
    await asyncio.sleep(0.6)
    assert isinstance(extra.exception(), TimeoutError)
    await stream.aclose()


async def test_a_partner_cannot_subscribe_to_another_partners_account(
        events, make_account, make_partner, make_staff, make_partner_key):
    ours, theirs = await make_partner("Ours"), await make_partner("Theirs")
    our_account = await make_account(owner=partner_owner(ours.id))
    their_account = await make_account(owner=partner_owner(theirs.id))
    key = await make_partner_key(ours)

    refused = await refusal(await subscribe(key, [our_account.id, their_account.id]))
    assert refused.extensions["code"] == "account_not_found"
    assert refused.message == f"no account {their_account.id}"

    _, partner_admin = await make_staff(StaffRole.ADMIN, partner=ours)
    allowed = await subscribe(partner_admin, [our_account.id])
    assert hasattr(allowed, "__anext__")
    await allowed.aclose()


async def test_anonymous_callers_are_refused(events, make_account):
    account = await make_account()
    refused = await refusal(await subscribe("", [account.id]))
    assert refused.extensions["code"] == "UNAUTHENTICATED"


async def refusal(stream: Any) -> Any:
    """The one error a refused subscription answers with; then it ends, streaming nothing."""
    result = await asyncio.wait_for(anext(stream), 5)
    assert result.data is None and len(result.errors) == 1
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(anext(stream), 5)
    return result.errors[0]
