"""From the counter to the PSP: committed purchases write their shares, a return its negative
ones, and the settlement pays each beneficiary its net, the ledger sound throughout."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from models.ledger.tables import Account
from models.ledger.verify import verify_ledger
from models.loyalty.codes import Beneficiary, SettlementState
from models.loyalty.psp.formats import Psp
from models.loyalty.psp.simulator import SettlementSimulator
from models.loyalty.purchases import commit_purchase
from models.loyalty.returns import ReturnRequest, return_purchase
from models.loyalty.settlement import close_period, share_payable_account
from models.loyalty.tables import ClubMerchant
from tests.loyalty.purchases.conftest import Rules, Shop, committed_id, make_shop

from .conftest import sheba


async def payable(shop: Shop, beneficiary: Beneficiary, partner_id: int) -> int:
    account = await Account.get(id=await share_payable_account(shop.club, beneficiary,
                                                               partner_id))
    return account.credits_posted - account.debits_posted


async def test_purchases_their_shares_and_a_return_settle_to_each_beneficiary(
        db: str, simulator: SettlementSimulator) -> None:
    # given a club taking 12.5 % of each purchase, and its merchant's Sheba
    shop = await make_shop(Rules(), merchants=1)
    merchant = shop.merchants[0]
    shop.club.split_terms = [{"beneficiary": "club_owner", "percent_bp": 1_250}]
    shop.club.settlement_sheba = sheba(1)
    await shop.club.save()
    await ClubMerchant.filter(club_id=shop.club.id, merchant_id=merchant.id).update(
        settlement_sheba=sheba(2))
    # when two purchases are committed and one is partly returned
    first = await commit_purchase(shop.request(99_999), evaluator=shop.rules)
    await commit_purchase(shop.request(40_000), evaluator=shop.rules)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(first), "r1", amount=33_333))
    # and the period closes
    end = datetime.now(UTC) + timedelta(seconds=1)
    run = await close_period(shop.club.id, end, psp=Psp.ZARINPAL, adapter=simulator)
    # then each beneficiary is paid its net, to its Sheba, and owes nothing more
    totals = {b.beneficiary: b.total for b in run.batches}
    assert totals == {Beneficiary.CLUB_OWNER: 12_499 + 5_000 - 4_166,
                      Beneficiary.MERCHANT: 87_500 + 35_000 - 29_167}
    assert sum(totals.values()) == 99_999 + 40_000 - 33_333
    assert all(b.state is SettlementState.ACCEPTED for b in run.batches)
    merchant_batch = next(b for b in run.batches if b.beneficiary is Beneficiary.MERCHANT)
    [request] = json.loads(merchant_batch.file_body)["requests"]
    assert {w["iban"] for w in request["wages"]} == {sheba(2)}
    assert await payable(shop, Beneficiary.MERCHANT, merchant.id) == 0
    assert await payable(shop, Beneficiary.CLUB_OWNER, shop.owner.id) == 0
    assert await verify_ledger() == []
    # and a return after the settlement is taken off the next period's batch
    await return_purchase(ReturnRequest(shop.club.id, committed_id(first), "r2", amount=10_000))
    await commit_purchase(shop.request(20_000), evaluator=shop.rules)
    later = datetime.now(UTC) + timedelta(seconds=2)
    run = await close_period(shop.club.id, later, psp=Psp.ZARINPAL, adapter=simulator)
    assert sum(b.total for b in run.batches) == 20_000 - 10_000
    assert await verify_ledger() == []
