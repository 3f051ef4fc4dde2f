"""A partner cannot take the key the wallet will credit an approved deposit under."""

from __future__ import annotations

from models.ledger.tables import Transfer

from .support import SMALL, assert_ledger_clean, paid


async def test_a_partner_cannot_squat_the_key_of_a_deposit_s_credit(client, clerks, declare,
                                                                    approve, squat):
    # given a declared deposit, and a partner that posted a transfer under the key its credit
    # will use
    customer, token = client
    deposit_id = (await declare(token))["deposit"]["id"]
    await squat(f"wallet:credit:deposit:{deposit_id}")
    # when back office approves it
    result = await approve(clerks[0], deposit_id)
    # then the wallet is credited as if nobody had used the key
    assert result["__typename"] == "DepositSuccess", result
    assert result["deposit"]["status"] == "APPROVED"
    assert await paid(customer.id) == SMALL
    credit = await Transfer.get(id=int(result["deposit"]["creditedTransferId"]))
    assert (credit.namespace, credit.idempotency_key) == (
        "domain:wallet", f"wallet:credit:deposit:{deposit_id}")
    await assert_ledger_clean()
