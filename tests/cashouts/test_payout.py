"""From approval to the bank: approved cash-outs are batched and sent through the payout
simulator, and settled by its answer: paid posts the hold, refused voids it. Retries of every
step change nothing."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from etebar.simulators.payout import (
    CLOSED_ACCOUNT,
    PAID_CODE,
    PayoutSimulator,
    reset_shared_simulator,
)
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import PendingTransfer, Transfer
from models.notify.tables import EmailMessage
from models.wallet.cashouts import batch_file
from models.wallet.cashouts.cashouts import (
    check_payouts,
    send_approved,
    send_payout,
    settle_payout,
)
from models.wallet.cashouts.payout import PayoutError
from models.wallet.cashouts.tables import CashOut, PayoutBatch
from models.wallet.wallets import balance
from tests.actors import body_of

from .conftest import APPROVE, CASH_OUT, REJECT, assert_ledger_clean

BATCH_FILE = """
query BatchFile($batchId: ID!) {
  payoutBatchFile(batchId: $batchId) { fileName contentType content }
}
"""
BATCHES = "{ payoutBatches { nodes { id count total submittedAt } } }"


async def _approved(holder, request_as, call_as, approver, amount: int = 1_500_000,
                    paid: int = 2_000_000) -> tuple[Any, str]:
    sara = await holder(paid=paid)
    cash_out_id = (await request_as(sara, amount))["cashOut"]["id"]
    approved = await call_as(approver, APPROVE, id=cash_out_id)
    assert approved["data"]["approveCashOut"]["cashOut"]["status"] == "APPROVED"
    return sara, cash_out_id


async def test_an_approved_cash_out_is_paid_and_its_hold_posted(holder, request_as, call_as,
                                                                 approver, simulator):
    # given an approved cash-out of 1,500,000 from 2,000,000 of paid credit
    sara, cash_out_id = await _approved(holder, request_as, call_as, approver)
    # when the payout actor sends it and the check finds the bank paid it
    assert await send_approved(simulator) == 1
    assert await check_payouts(simulator) == 1
    # then it is paid: the hold is posted, the wallet is down by the amount
    shown = (await call_as(approver, CASH_OUT, id=cash_out_id))["data"]["cashOut"]
    assert (shown["status"], shown["bankCode"]) == ("PAID", PAID_CODE)
    assert shown["payoutReference"].startswith("PAYA")
    row = await CashOut.get(id=int(cash_out_id))
    assert (await PendingTransfer.get(transfer_id=row.hold_transfer_id)).state == "posted"
    assert shown["postTransferId"] is not None and shown["voidTransferId"] is None
    assert (await balance(sara.customer.id)).paid == 500_000
    clearing = await system_account("IRR", SystemAccount.PAYOUTS_CLEARING)
    assert (clearing.credits_posted, clearing.credits_pending) == (1_500_000, 0)
    assert simulator.paid_total() == 1_500_000
    # and the customer is emailed
    [mail] = await EmailMessage.filter(customer_id=sara.customer.id, template="cashout_paid")
    assert "1,500,000" in mail.body or "۱٬۵۰۰٬۰۰۰" in mail.body
    await assert_ledger_clean()


async def test_a_cash_out_the_bank_rejects_gives_the_credit_back(holder, request_as, call_as,
                                                                  approver, simulator):
    # given an approved cash-out to an account the bank will refuse
    sara, cash_out_id = await _approved(holder, request_as, call_as, approver)
    simulator.reject_sheba(sara.sheba)
    # when it is sent and the bank's answer comes back
    await send_approved(simulator)
    await check_payouts(simulator)
    # then it failed: the hold is voided and the whole credit is back
    shown = (await call_as(sara.token, CASH_OUT, id=cash_out_id))["data"]["cashOut"]
    assert (shown["status"], shown["bankCode"]) == ("FAILED", CLOSED_ACCOUNT)
    assert shown["voidTransferId"] is not None and shown["postTransferId"] is None
    assert (await balance(sara.customer.id)).paid == 2_000_000
    assert simulator.paid_total() == 0
    assert await EmailMessage.filter(customer_id=sara.customer.id,
                                     template="cashout_failed").count() == 1
    await assert_ledger_clean()


async def test_the_bank_refuses_an_amount_above_its_rule(holder, request_as, call_as, approver,
                                                         simulator):
    simulator.reject_above = 1_000_000
    _, cash_out_id = await _approved(holder, request_as, call_as, approver)
    await send_approved(simulator)
    await check_payouts(simulator)
    row = await CashOut.get(id=int(cash_out_id))
    assert (row.status, row.bank_code) == ("failed", "AM02")


async def test_a_cash_out_rejected_by_staff_is_voided(holder, request_as, call_as, approver,
                                                      simulator):
    # given a requested cash-out
    sara = await holder(paid=2_000_000)
    cash_out_id = (await request_as(sara, 1_500_000))["cashOut"]["id"]
    # when back office rejects it
    body = await call_as(approver, REJECT, id=cash_out_id, reason="the holder's name differs")
    # then the hold is voided, the credit is back, and the customer is told why
    shown = body["data"]["rejectCashOut"]["cashOut"]
    assert (shown["status"], shown["rejectionReason"]) == ("REJECTED",
                                                           "the holder's name differs")
    assert shown["voidTransferId"] is not None
    assert (await balance(sara.customer.id)).paid == 2_000_000
    [mail] = await EmailMessage.filter(customer_id=sara.customer.id, template="cashout_rejected")
    assert "the holder's name differs" in mail.body
    # and nothing is sent to the bank
    assert await send_approved(simulator) == 0
    assert simulator.submit_calls == 0
    await assert_ledger_clean()


async def test_rejecting_again_changes_nothing_and_approving_after_is_refused(
        holder, request_as, call_as, approver):
    sara = await holder(paid=2_000_000)
    cash_out_id = (await request_as(sara, 1_500_000))["cashOut"]["id"]
    await call_as(approver, REJECT, id=cash_out_id, reason="no")
    transfers = await Transfer.all().count()
    again = await call_as(approver, REJECT, id=cash_out_id, reason="no")
    assert again["data"]["rejectCashOut"]["cashOut"]["status"] == "REJECTED"
    assert await Transfer.all().count() == transfers
    approved = (await call_as(approver, APPROVE, id=cash_out_id))["data"]["approveCashOut"]
    assert approved["code"] == "cash_out_rejected"


async def test_a_sent_cash_out_cannot_be_rejected(holder, request_as, call_as, approver,
                                                  simulator):
    _, cash_out_id = await _approved(holder, request_as, call_as, approver)
    await send_approved(simulator)
    body = await call_as(approver, REJECT, id=cash_out_id, reason="too late")
    assert body["data"]["rejectCashOut"]["code"] == "cash_out_already_sent"


async def test_retried_steps_change_nothing_the_second_time(holder, request_as, call_as,
                                                            approver, simulator):
    # given a cash-out approved, sent and paid
    sara, cash_out_id = await _approved(holder, request_as, call_as, approver)
    await send_approved(simulator)
    await check_payouts(simulator)
    transfers, emails = await Transfer.all().count(), await EmailMessage.all().count()
    calls = simulator.submit_calls
    # when every step runs again
    assert (await call_as(approver, APPROVE, id=cash_out_id))["data"]["approveCashOut"][
        "cashOut"]["status"] == "PAID"
    assert await send_approved(simulator) == 0
    await send_payout(int(cash_out_id), simulator)
    assert await check_payouts(simulator) == 0
    await settle_payout(int(cash_out_id), paid=True, code=PAID_CODE)
    await settle_payout(int(cash_out_id), paid=False, code="AC04")
    # then nothing more was sent, moved or emailed
    assert simulator.submit_calls == calls
    assert await Transfer.all().count() == transfers
    assert await EmailMessage.all().count() == emails
    assert await PayoutBatch.all().count() == 1
    assert (await CashOut.get(id=int(cash_out_id))).status == "paid"
    assert (await balance(sara.customer.id)).paid == 500_000
    await assert_ledger_clean()


async def test_a_batch_the_bank_could_not_take_is_submitted_again_once(
        holder, request_as, call_as, approver, simulator):
    # given an approved cash-out and a bank that is down
    sara, cash_out_id = await _approved(holder, request_as, call_as, approver)
    simulator.go_down()
    with pytest.raises(PayoutError):
        await send_approved(simulator)
    row = await CashOut.get(id=int(cash_out_id))
    assert (row.status, row.payout_reference) == ("sent", "")
    # when the bank is back and the sweep runs twice
    simulator.come_back()
    assert await send_approved(simulator) == 1
    assert await send_approved(simulator) == 0
    await check_payouts(simulator)
    # then it was paid once, from the one batch
    assert simulator.paid_total() == 1_500_000
    assert len(simulator.payouts) == 1
    assert await PayoutBatch.all().count() == 1
    assert (await balance(sara.customer.id)).paid == 500_000


async def test_a_payout_the_bank_holds_stays_sent(holder, request_as, call_as, approver,
                                                  simulator):
    sara, cash_out_id = await _approved(holder, request_as, call_as, approver)
    simulator.hold()
    await send_approved(simulator)
    assert await check_payouts(simulator) == 0
    assert (await CashOut.get(id=int(cash_out_id))).status == "sent"
    assert (await balance(sara.customer.id)).paid == 500_000  # still held
    simulator.release()
    assert await check_payouts(simulator) == 1


async def test_the_batch_file_lists_each_payout_for_the_bank(holder, request_as, call_as,
                                                             approver, simulator):
    # given two approved cash-outs of two customers
    sara, first = await _approved(holder, request_as, call_as, approver, amount=1_500_000)
    reza, second = await _approved(holder, request_as, call_as, approver, amount=250_000)
    # when they are sent together
    await send_approved(simulator)
    # then back office can download the batch's file, one row per payout
    [batch] = (await call_as(approver, BATCHES))["data"]["payoutBatches"]["nodes"]
    assert (batch["count"], batch["total"]) == (2, "1750000")
    assert batch["submittedAt"] is not None
    shown = (await call_as(approver, BATCH_FILE, batchId=batch["id"]))["data"][
        "payoutBatchFile"]
    assert shown["contentType"] == "text/csv; charset=utf-8"
    assert shown["fileName"].endswith(".csv")
    content = shown["content"]
    assert content.startswith("\ufeffrow,sheba,amount_rials,holder_name,description,"
                              "tracking_id\r\n")
    rows = batch_file.parse(content)
    assert [(r.sheba, r.amount, r.holder_name, r.tracking_id) for r in rows] == [
        (sara.sheba, 1_500_000, "Sara Ahmadi", f"ETB-CO-{first}"),
        (reza.sheba, 250_000, "Sara Ahmadi", f"ETB-CO-{second}")]
    assert content.splitlines()[1].startswith(f"1,{sara.sheba},1500000,")


async def test_the_payout_actors_send_and_settle(holder, request_as, call_as, approver):
    from workers.actors.cashouts import (
        check_sent_cash_outs,
        send_approved_cash_outs,
        send_cash_out,
    )

    simulator = reset_shared_simulator()
    sara, cash_out_id = await _approved(holder, request_as, call_as, approver)
    # when the actors run, and run again (a redelivered message)
    for _ in range(2):
        await body_of(send_cash_out)(int(cash_out_id))
        await body_of(send_approved_cash_outs)()
        await body_of(check_sent_cash_outs)()
    # then the cash-out was paid once
    assert (await CashOut.get(id=int(cash_out_id))).status == "paid"
    assert simulator.submit_calls == 1
    assert simulator.paid_total() == 1_500_000
    assert (await balance(sara.customer.id)).paid == 500_000
    await assert_ledger_clean()


async def test_a_payout_the_bank_lost_is_submitted_again_and_paid_once(
        holder, request_as, call_as, approver, simulator):
    # given a sent cash-out, and a bank that then forgets it (a simulator restarted)
    sara, cash_out_id = await _approved(holder, request_as, call_as, approver)
    await send_approved(simulator)
    forgetful = PayoutSimulator()
    # when the check finds the reference unknown, and the sweeps run again
    assert await check_payouts(forgetful) == 0
    assert await send_approved(forgetful) == 1
    assert await check_payouts(forgetful) == 1
    # then it is paid once, by the bank that knows it now
    assert (await CashOut.get(id=int(cash_out_id))).status == "paid"
    assert forgetful.paid_total() == 1_500_000
    assert (await balance(sara.customer.id)).paid == 500_000
    await assert_ledger_clean()


async def test_concurrent_senders_batch_each_cash_out_once(holder, request_as, call_as,
                                                           approver, simulator):
    # given three approved cash-outs
    ids = [(await _approved(holder, request_as, call_as, approver, amount=300_000))[1]
           for _ in range(3)]
    # when three sweeps run at once, then the checks
    await asyncio.gather(*(send_approved(simulator) for _ in range(3)))
    await check_payouts(simulator)
    # then each cash-out was in one batch and paid once
    rows = await CashOut.filter(id__in=[int(i) for i in ids])
    assert {r.status for r in rows} == {"paid"}
    assert len(simulator.payouts) == 3
    assert simulator.paid_total() == 900_000
    assert sum(b.count for b in await PayoutBatch.all()) == 3
    await assert_ledger_clean()
