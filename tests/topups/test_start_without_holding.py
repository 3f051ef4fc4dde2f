"""Starting a top-up holds no transaction while the bank answers: the row is committed first,
and a second start with the same key waits for the bank's answer instead of a lock."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import pytest

from models.errors import Conflict
from models.identity.customers import create_customer
from models.wallet.topups.errors import GatewayUnavailable
from models.wallet.topups.gateway import (
    Callback,
    Confirmation,
    GatewayError,
    GatewayName,
    Inquiry,
    InquiryState,
    PaymentRequest,
    Redirect,
)
from models.wallet.topups.tables import TopUp, TopUpStatus
from models.wallet.topups.topups import TopUpPolicy, start_topup

POLICY = TopUpPolicy(min_amount=1, max_amount=10**9, max_balance=10**10,
                     public_url="http://test", start_wait_seconds=5)


class SlowBank:
    """A bank that answers a token request only when the test lets it."""

    name = GatewayName.SAMAN

    def __init__(self, *, fail: bool = False) -> None:
        self.asked = asyncio.Event()
        self.answer = asyncio.Event()
        self.fail = fail
        self.calls = 0

    async def start(self, payment: PaymentRequest) -> Redirect:
        self.calls += 1
        self.asked.set()
        await self.answer.wait()
        if self.fail:
            raise GatewayError("the bank is down")
        return Redirect(url="http://bank/pay", method="GET", token=f"T{payment.order_id}")

    def parse_callback(self, form: Mapping[str, str]) -> Callback:
        raise NotImplementedError

    async def confirm(self, callback: Callback, expected_amount: int) -> Confirmation:
        raise NotImplementedError

    async def reverse(self, callback: Callback) -> bool:
        raise NotImplementedError

    async def inquire(self, order_id: int, token: str = "") -> Inquiry:
        return Inquiry(InquiryState.UNKNOWN)


@pytest.fixture
async def customer_id(db: Any) -> int:
    return (await create_customer("09120001111", "Sara")).id


async def test_the_row_is_committed_before_the_bank_answers(customer_id: int) -> None:
    bank = SlowBank()
    started = asyncio.create_task(start_topup(customer_id, 5000, bank, "k", policy=POLICY))
    await bank.asked.wait()
    # while the bank thinks, the top-up is visible to every other connection
    assert (await TopUp.get(idempotency_key="k")).status is TopUpStatus.CREATED
    bank.answer.set()
    row, redirect = await started
    assert (row.status, redirect.token) == (TopUpStatus.REDIRECTED, f"T{row.id}")


async def test_a_second_start_with_the_key_waits_for_the_banks_answer(customer_id: int) -> None:
    bank = SlowBank()
    first = asyncio.create_task(start_topup(customer_id, 5000, bank, "k", policy=POLICY))
    await bank.asked.wait()
    second = asyncio.create_task(start_topup(customer_id, 5000, bank, "k", policy=POLICY))
    await asyncio.sleep(0.3)
    assert not second.done()
    bank.answer.set()
    (one, _), (two, redirect) = await first, await second
    assert one.id == two.id and redirect.token == f"T{one.id}"
    assert bank.calls == 1


async def test_a_bank_that_fails_leaves_no_top_up_and_the_key_may_start_again(
        customer_id: int) -> None:
    down = SlowBank(fail=True)
    down.answer.set()
    with pytest.raises(GatewayUnavailable):
        await start_topup(customer_id, 5000, down, "k", policy=POLICY)
    assert await TopUp.all().count() == 0
    up = SlowBank()
    up.answer.set()
    row, _ = await start_topup(customer_id, 5000, up, "k", policy=POLICY)
    assert row.status is TopUpStatus.REDIRECTED


async def test_a_start_left_unanswered_is_reported_as_still_starting(customer_id: int) -> None:
    # given a start whose process died while the bank was asked
    await TopUp.create(customer_id=customer_id, gateway=GatewayName.SAMAN, amount=5000,
                       key_namespace=f"customer:{customer_id}", idempotency_key="k")
    quick = TopUpPolicy(min_amount=1, max_amount=10**9, max_balance=10**10,
                        public_url="http://test", start_wait_seconds=0.2)
    with pytest.raises(Conflict) as refused:
        await start_topup(customer_id, 5000, SlowBank(), "k", policy=quick)
    assert refused.value.code == "topup_starting"
