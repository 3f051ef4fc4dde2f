"""Closing a period: shares into batches per beneficiary, their files to the PSP (simulated),
returns carried as negatives, rejected batches released, and the ledger sound after each."""

from __future__ import annotations

import json

from models.identity.tables import Partner
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import Account
from models.ledger.verify import verify_ledger
from models.loyalty.codes import Beneficiary, SettlementState
from models.loyalty.psp.adapter import ManualAdapter, PspAnswer
from models.loyalty.psp.formats import MELLAT_MAX_SHARES, Psp, SplitFile
from models.loyalty.psp.simulator import SettlementSimulator
from models.loyalty.settlement import close_period, record_answer, share_payable_account
from models.loyalty.tables import Club, SettlementBatch, Share

from .conftest import DAY_ONE, MakeShare, days, sheba


async def payable_balance(club: Club, partner_id: int,
                          beneficiary: Beneficiary = Beneficiary.MERCHANT) -> int:
    account = await Account.get(id=await share_payable_account(club, beneficiary, partner_id))
    return account.credits_posted - account.debits_posted


async def test_a_period_closes_into_one_batch_per_beneficiary_accepted_by_the_psp(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    # given two purchases' shares for the merchant and one for the club owner
    await make_share(7_000, partner_id=merchant.id)
    await make_share(3_000, partner_id=merchant.id)
    await make_share(500, partner_id=club.owner_id, beneficiary=Beneficiary.CLUB_OWNER)
    # when the period closes
    run = await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP, adapter=simulator)
    # then each beneficiary has an accepted batch of its net, paid out of its payable account
    assert [(b.beneficiary, b.total, b.state) for b in run.batches] == [
        (Beneficiary.CLUB_OWNER, 500, SettlementState.ACCEPTED),
        (Beneficiary.MERCHANT, 10_000, SettlementState.ACCEPTED)]
    assert await payable_balance(club, merchant.id) == 0
    assert not await Share.filter(batch_id__isnull=True).exists()
    clearing = await system_account("IRR", SystemAccount.PAYOUTS_CLEARING)
    assert clearing.credits_posted - clearing.debits_posted == 10_500
    assert await verify_ledger() == []


async def test_the_sep_file_lists_each_purchase_with_its_iban(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    await make_share(7_000, partner_id=merchant.id, purchase_id=41)
    await make_share(3_000, partner_id=merchant.id, purchase_id=42)
    [batch] = (await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP,
                                  adapter=simulator)).batches
    [request] = json.loads(batch.file_body)["requests"]
    assert request["Amount"] == 10_000
    assert request["SettlementIbanInfo"] == [
        {"IBAN": sheba(merchant.id), "Amount": 7_000, "PurchaseID": "41"},
        {"IBAN": sheba(merchant.id), "Amount": 3_000, "PurchaseID": "42"}]


async def test_a_zarinpal_wages_file_is_accepted(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    await make_share(7_000, partner_id=merchant.id)
    [batch] = (await close_period(club.id, DAY_ONE + days(1), psp=Psp.ZARINPAL,
                                  adapter=simulator)).batches
    assert batch.state is SettlementState.ACCEPTED
    assert batch.answer["raw"]["data"]["code"] == 100
    [request] = json.loads(batch.file_body)["requests"]
    assert request["wages"][0]["iban"] == sheba(merchant.id)


async def test_a_bad_iban_is_rejected_and_the_shares_wait_for_the_next_period(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    # given a share whose Sheba fails the mod-97 check
    bad = sheba(merchant.id)[:-1] + ("1" if sheba(merchant.id)[-1] != "1" else "2")
    await make_share(7_000, partner_id=merchant.id, account=bad)
    # when the period closes
    [batch] = (await close_period(club.id, DAY_ONE + days(1), psp=Psp.ZARINPAL,
                                  adapter=simulator)).batches
    # then the PSP refuses it, the batch stays rejected, the share and money are back
    assert batch.state is SettlementState.REJECTED
    assert batch.answer["code"] == "-9" and "invalid IBAN" in batch.answer["message"]
    assert await Share.filter(batch_id__isnull=True).count() == 1
    assert await payable_balance(club, merchant.id) == 7_000
    assert await verify_ledger() == []
    # and the next period takes the share again, in a batch of its own
    await Share.filter(partner_id=merchant.id).update(sheba=sheba(merchant.id))
    [again] = (await close_period(club.id, DAY_ONE + days(2), psp=Psp.ZARINPAL,
                                  adapter=simulator)).batches
    assert again.id != batch.id and again.state is SettlementState.ACCEPTED
    assert await SettlementBatch.filter(state=SettlementState.REJECTED).count() == 1


async def test_mellat_takes_at_most_ten_shares_per_request(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    for n in range(MELLAT_MAX_SHARES + 1):
        await make_share(1_000 + n, partner_id=merchant.id)
    [batch] = (await close_period(club.id, DAY_ONE + days(1), psp=Psp.MELLAT,
                                  adapter=simulator)).batches
    requests = json.loads(batch.file_body)["requests"]
    assert [r["additionalData"].count(";") for r in requests] == [10, 1]
    assert sum(r["amount"] for r in requests) == batch.total
    assert batch.state is SettlementState.ACCEPTED


async def test_the_simulator_refuses_a_mellat_request_of_eleven_shares(
        simulator: SettlementSimulator) -> None:
    data = "".join(f"{sheba(n)},100,{n};" for n in range(1, 12))
    file = SplitFile(Psp.MELLAT, "x.json", json.dumps(
        {"psp": "mellat", "reference": "X", "requests": [
            {"orderId": "X-1", "amount": 1_100, "additionalData": data}]}))
    answer = await simulator.send(file)
    assert not answer.accepted and "at most 10" in answer.message


async def test_a_return_after_settlement_carries_into_the_next_period_as_a_negative(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    # given a purchase settled in the first period
    await make_share(10_000, partner_id=merchant.id, purchase_id=1)
    await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP, adapter=simulator)
    # when it is partly returned after, and another purchase is made
    await make_share(-4_000, partner_id=merchant.id, purchase_id=1, at=DAY_ONE + days(1))
    await make_share(6_000, partner_id=merchant.id, purchase_id=2, at=DAY_ONE + days(1))
    # then the next period pays the net, the negative taken off the purchase's line
    [batch] = (await close_period(club.id, DAY_ONE + days(2), psp=Psp.SEP,
                                  adapter=simulator)).batches
    assert batch.total == 2_000
    [request] = json.loads(batch.file_body)["requests"]
    assert request["SettlementIbanInfo"] == [
        {"IBAN": sheba(merchant.id), "Amount": 2_000, "PurchaseID": "2"}]
    assert await payable_balance(club, merchant.id) == 0
    assert await verify_ledger() == []


async def test_a_period_netting_below_zero_carries_forward(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    await make_share(10_000, partner_id=merchant.id, purchase_id=1)
    await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP, adapter=simulator)
    await make_share(-10_000, partner_id=merchant.id, purchase_id=1, at=DAY_ONE + days(1))
    run = await close_period(club.id, DAY_ONE + days(2), psp=Psp.SEP, adapter=simulator)
    assert run.batches == [] and run.carried == [(Beneficiary.MERCHANT, merchant.id)]
    assert await payable_balance(club, merchant.id) == -10_000  # owed back by the merchant
    await make_share(15_000, partner_id=merchant.id, purchase_id=2, at=DAY_ONE + days(2))
    [batch] = (await close_period(club.id, DAY_ONE + days(3), psp=Psp.SEP,
                                  adapter=simulator)).batches
    assert batch.total == 5_000


async def test_shares_after_the_period_end_and_shares_kept_as_credit_wait(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    await make_share(1_000, partner_id=merchant.id, at=DAY_ONE + days(2))
    await make_share(2_000, partner_id=merchant.id, as_credit=True)
    run = await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP, adapter=simulator)
    assert run.batches == []
    assert await Share.filter(batch_id__isnull=True).count() == 2


async def test_closing_the_same_period_twice_makes_one_batch(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    await make_share(7_000, partner_id=merchant.id)
    first = await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP, adapter=simulator)
    second = await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP, adapter=simulator)
    assert [b.id for b in second.batches] == [b.id for b in first.batches]
    assert await SettlementBatch.all().count() == 1
    assert len(simulator.received) == 1
    assert await verify_ledger() == []


class Unreachable:
    """A PSP that cannot be reached."""

    async def send(self, file: SplitFile) -> PspAnswer:
        raise OSError("connection refused")


async def test_a_batch_the_psp_did_not_answer_is_sent_by_the_next_run(
        club: Club, merchant: Partner, make_share: MakeShare,
        simulator: SettlementSimulator) -> None:
    await make_share(7_000, partner_id=merchant.id)
    [batch] = (await close_period(club.id, DAY_ONE + days(1), psp=Psp.SEP,
                                  adapter=Unreachable())).batches
    assert batch.state is SettlementState.OPEN
    await close_period(club.id, DAY_ONE + days(2), psp=Psp.SEP, adapter=simulator)
    assert (await SettlementBatch.get(id=batch.id)).state is SettlementState.ACCEPTED
    assert await SettlementBatch.all().count() == 1
    assert await verify_ledger() == []


async def test_a_manual_upload_waits_for_the_answer_staff_record(
        club: Club, merchant: Partner, make_share: MakeShare) -> None:
    await make_share(7_000, partner_id=merchant.id)
    await make_share(3_000, partner_id=club.owner_id, beneficiary=Beneficiary.CLUB_OWNER)
    owner_batch, merchant_batch = (await close_period(
        club.id, DAY_ONE + days(1), psp=Psp.MELLAT, adapter=ManualAdapter())).batches
    assert {owner_batch.state, merchant_batch.state} == {SettlementState.SENT}
    accepted = await record_answer(club.id, merchant_batch.id, accepted=True, note="paid")
    rejected = await record_answer(club.id, owner_batch.id, accepted=False,
                                   note="unknown IBAN")
    assert (accepted.state, rejected.state) == (SettlementState.ACCEPTED,
                                                SettlementState.REJECTED)
    assert await payable_balance(club, club.owner_id, Beneficiary.CLUB_OWNER) == 3_000
    assert await Share.filter(batch_id__isnull=True).count() == 1
    assert await verify_ledger() == []
