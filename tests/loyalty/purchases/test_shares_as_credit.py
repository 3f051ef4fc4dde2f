"""A share of a purchase kept as credit (`as_credit` in the split terms) is ledger money: the
sales clearing account pays it into the beneficiary's share credit account, a return takes it
back in proportion, and the settlement never pays it out."""

from __future__ import annotations

from models.ledger.tables import Account
from models.loyalty.codes import AccountPurpose, Beneficiary
from models.loyalty.purchases import commit_purchase
from models.loyalty.returns import ReturnRequest, return_purchase
from models.loyalty.split import share_subject
from models.loyalty.tables import ClubMerchant, Share
from tests.loyalty.purchases.conftest import Shop, committed_id


def _balance(account: Account) -> int:
    return int(account.credits_posted - account.debits_posted)


async def _kept_as_credit(shop: Shop) -> int:
    subject = share_subject(Beneficiary.CLUB_OWNER, shop.owner.id)
    return _balance(await shop.account(AccountPurpose.SHARE_CREDIT, subject))


async def _with_owner_credit_terms(shop: Shop) -> None:
    await ClubMerchant.filter(club_id=shop.club.id, merchant_id=shop.merchants[0].id).update(
        split_terms=[{"beneficiary": "club_owner", "partner_id": shop.owner.id,
                      "percent_bp": 1000, "as_credit": True}])


async def test_a_share_kept_as_credit_is_paid_into_the_beneficiarys_credit(shop, clean_ledger):
    # given terms that keep the club owner's 10% as credit
    await _with_owner_credit_terms(shop)
    # when a purchase of 200,000 rials commits
    await commit_purchase(shop.request(200_000), evaluator=shop.rules)
    # then 20,000 is in the owner's share credit, and the shares sum to the amount
    assert await _kept_as_credit(shop) == 20_000
    shares = await Share.filter(club_id=shop.club.id)
    assert sum(s.amount for s in shares) == 200_000
    assert [s.amount for s in shares if s.as_credit] == [20_000]


async def test_a_return_takes_a_share_kept_as_credit_back_in_proportion(shop, clean_ledger):
    # given a purchase whose owner's 10% was kept as credit
    await _with_owner_credit_terms(shop)
    paid = await commit_purchase(shop.request(200_000), evaluator=shop.rules)
    # when half of it comes back, then the rest of it
    await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "half",
                                        amount=100_000))
    half = await _kept_as_credit(shop)
    await return_purchase(ReturnRequest(shop.club.id, committed_id(paid), "rest"))
    # then the credit kept goes back by half, then to nothing
    assert (half, await _kept_as_credit(shop)) == (10_000, 0)
