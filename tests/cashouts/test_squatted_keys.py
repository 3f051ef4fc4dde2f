"""A partner cannot take the key a cash-out's hold will be posted under."""

from __future__ import annotations

from models.ledger.tables import PendingTransfer
from models.wallet.wallets import balance

from .conftest import assert_ledger_clean


async def test_a_partner_cannot_squat_the_key_of_a_cash_out_hold(holder, request_as, squat):
    # given a customer with paid credit, and a partner that posted a transfer under the key the
    # hold of her next cash-out will use
    sara = await holder(paid=2_000_000)
    await squat(f"cashout:hold:{sara.customer.id}:withdraw-1")
    # when she asks to cash out with that key
    result = await request_as(sara, 1_500_000, key="withdraw-1")
    # then her request is held as usual
    assert result["__typename"] == "CashOutSuccess", result
    assert result["replayed"] is False
    hold = await PendingTransfer.get(transfer_id=int(result["cashOut"]["holdTransferId"]))
    assert hold.state == "pending"
    assert (await balance(sara.customer.id)).paid == 500_000
    await assert_ledger_clean()
