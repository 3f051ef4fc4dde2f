"""The wallet's lots and a cash-out's hold move only through the wallet's own operations: the
general ledger API refuses them, to partners and staff alike, and writes nothing."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from models.identity.tables import StaffRole
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.managed import managing_domain
from models.ledger.tables import Account, Transfer
from models.lots.tables import Lot, LotKind
from models.wallet.cashouts.cashouts import cashable_now
from models.wallet.cashouts.tables import CashOut
from models.wallet.tables import wallet_holder
from models.wallet.wallets import balance, wallet_of
from tests.cashouts.conftest import APPROVE, assert_ledger_clean

CREATE_TRANSFERS = """
mutation Move($input: [TransferInput!]!) {
  createTransfers(input: $input) {
    __typename
    ... on CreateTransfersSuccess { transfers { id } }
    ... on UserError { code message field }
  }
}
"""
VOID = """
mutation Void($input: VoidPendingInput!) {
  voidPendingTransfer(input: $input) {
    __typename
    ... on TransferSuccess { transfer { id } }
    ... on UserError { code message field }
  }
}
"""
POST = """
mutation Post($input: PostPendingInput!) {
  postPendingTransfer(input: $input) {
    __typename
    ... on TransferSuccess { transfer { id } }
    ... on UserError { code message field }
  }
}
"""
CLOSE = """
mutation Close($id: ID!) {
  closeAccount(accountId: $id) {
    __typename
    ... on AccountSuccess { account { id } }
    ... on UserError { code message field }
  }
}
"""
LIMIT = """
mutation Limit($id: ID!) {
  setAccountCreditLimit(accountId: $id, creditLimit: "1000") {
    __typename
    ... on AccountSuccess { account { id } }
    ... on UserError { code message field }
  }
}
"""
OPEN = """
mutation Open($input: [AccountInput!]!) {
  createAccounts(input: $input) {
    __typename
    ... on CreateAccountsSuccess { accounts { id } }
    ... on UserError { code message field }
  }
}
"""
BALANCE = """
query Balance($id: ID!) { account(id: $id) { id code creditsPosted } }
"""


@pytest.fixture(params=["partner_key", "operator"])
async def caller(request: Any, make_partner: Any, make_partner_key: Any,
                 make_staff: Any) -> tuple[str, Any]:
    """Who calls the general ledger API: a partner's key (the customer is its member) or an
    operator of the platform."""
    if request.param == "partner_key":
        partner = await make_partner()
        return await make_partner_key(partner), partner
    _, token = await make_staff(StaffRole.OPERATOR)
    return token, None


@pytest.fixture
async def member(caller: tuple[str, Any], holder: Any) -> Any:
    made = await holder(paid=500_000, promotional=200_000)
    _, partner = caller
    if partner is not None:
        made.customer.partner_id = partner.id
        await made.customer.save(update_fields=["partner_id"])
    return made


async def _lot_account(customer_id: int, kind: LotKind) -> int:
    lot = await Lot.get(holder=wallet_holder((await wallet_of(customer_id)).id), kind=kind)
    return int(lot.account_id)


async def _partner_account(caller: tuple[str, Any], call_as: Any) -> str:
    token, _ = caller
    body = await call_as(token, OPEN, input=[{"ledger": "IRR", "code": "partner_float",
                                              "externalId": uuid.uuid4().hex}])
    assert body["data"]["createAccounts"]["__typename"] == "CreateAccountsSuccess", body
    return str(body["data"]["createAccounts"]["accounts"][0]["id"])


def _refused(result: dict[str, Any], account_id: int | str) -> None:
    assert result["code"] == "account_managed", result
    assert f"account {account_id} " in result["message"]


def test_the_wallet_lot_codes_are_managed_by_the_wallet() -> None:
    assert managing_domain(f"wallet_{LotKind.PAID.value}") == "wallet"
    assert managing_domain(f"wallet_{LotKind.PROMOTIONAL.value}") == "wallet"
    assert managing_domain("partner_float") is None


async def test_money_cannot_be_moved_out_of_a_lot(caller: Any, member: Any,
                                                  call_as: Any) -> None:
    paid = await _lot_account(member.customer.id, LotKind.PAID)
    target = await _partner_account(caller, call_as)
    before = await Transfer.all().count()
    body = await call_as(caller[0], CREATE_TRANSFERS, input=[{
        "idempotencyKey": uuid.uuid4().hex, "code": "steal", "amount": "100000",
        "debitAccountId": str(paid), "creditAccountId": target}])
    _refused(body["data"]["createTransfers"], paid)
    assert await Transfer.all().count() == before
    assert (await balance(member.customer.id)).paid == 500_000


async def test_promotional_credit_cannot_be_moved_into_the_paid_lot(caller: Any, member: Any,
                                                                     call_as: Any) -> None:
    paid = await _lot_account(member.customer.id, LotKind.PAID)
    promo = await _lot_account(member.customer.id, LotKind.PROMOTIONAL)
    body = await call_as(caller[0], CREATE_TRANSFERS, input=[{
        "idempotencyKey": uuid.uuid4().hex, "code": "launder", "amount": "200000",
        "debitAccountId": str(promo), "creditAccountId": str(paid)}])
    assert body["data"]["createTransfers"]["code"] == "account_managed"
    assert await cashable_now(member.customer.id) == 500_000


async def test_money_cannot_be_moved_into_a_lot(caller: Any, member: Any, call_as: Any) -> None:
    paid = await _lot_account(member.customer.id, LotKind.PAID)
    source = await _partner_account(caller, call_as)
    body = await call_as(caller[0], CREATE_TRANSFERS, input=[{
        "idempotencyKey": uuid.uuid4().hex, "code": "gift", "amount": "1",
        "debitAccountId": source, "creditAccountId": str(paid)}])
    _refused(body["data"]["createTransfers"], paid)


async def test_a_cash_out_hold_cannot_be_voided_or_posted(caller: Any, member: Any,
                                                          call_as: Any, request_as: Any,
                                                          approver: str) -> None:
    requested = await request_as(member, 300_000)
    hold = requested["cashOut"]["holdTransferId"]
    before = await Transfer.all().count()
    # the hold's other side is the platform's clearing account: out of a partner's reach, so to
    # a partner the hold does not exist; staff reach it but the wallet manages it
    expected = "account_managed" if caller[1] is None else "pending_transfer_not_found"
    for operation, name in ((VOID, "voidPendingTransfer"), (POST, "postPendingTransfer")):
        body = await call_as(caller[0], operation, input={
            "pendingId": str(hold), "idempotencyKey": uuid.uuid4().hex})
        assert body["data"][name]["code"] == expected, body
        assert body["data"][name]["field"] == "pendingId"
    assert await Transfer.all().count() == before
    assert await cashable_now(member.customer.id) == 200_000
    # the wallet's own operation still settles it
    approved = await call_as(approver, APPROVE, id=requested["cashOut"]["id"])
    assert approved["data"]["approveCashOut"]["cashOut"]["status"] == "APPROVED"
    assert (await CashOut.get(id=int(requested["cashOut"]["id"]))).void_transfer_id is None
    await assert_ledger_clean()


async def test_a_lot_cannot_be_closed_or_given_a_credit_limit(caller: Any, member: Any,
                                                              call_as: Any) -> None:
    promo = await _lot_account(member.customer.id, LotKind.PROMOTIONAL)
    body = await call_as(caller[0], CLOSE, id=str(promo))
    _refused(body["data"]["closeAccount"], promo)
    assert not (await Account.get(id=promo)).closed
    if caller[1] is None:  # only staff may change credit limits
        body = await call_as(caller[0], LIMIT, id=str(promo))
        _refused(body["data"]["setAccountCreditLimit"], promo)
        assert (await Account.get(id=promo)).credit_limit == 0


async def test_no_account_can_be_opened_as_a_lot(caller: Any, member: Any,
                                                 call_as: Any) -> None:
    body = await call_as(caller[0], OPEN, input=[{
        "ledger": "IRR", "code": "wallet_paid", "owner": f"customer:{member.customer.id}"}])
    assert body["data"]["createAccounts"]["code"] == "account_managed"
    body = await call_as(caller[0], OPEN, input=[{
        "ledger": "IRR", "code": "float", "owner": f"customer:{member.customer.id}",
        "externalId": "wallet-lot:next"}])
    assert body["data"]["createAccounts"]["code"] == "account_managed"


async def test_partners_still_read_their_members_lots(make_partner: Any, make_partner_key: Any,
                                                      holder: Any, call_as: Any) -> None:
    partner = await make_partner()
    key = await make_partner_key(partner)
    made = await holder(paid=70_000)
    made.customer.partner_id = partner.id
    await made.customer.save(update_fields=["partner_id"])
    paid = await _lot_account(made.customer.id, LotKind.PAID)
    body = await call_as(key, BALANCE, id=str(paid))
    assert body["data"]["account"]["creditsPosted"] == "70000"


async def test_general_accounts_still_move(make_staff: Any, call_as: Any) -> None:
    _, token = await make_staff(StaffRole.OPERATOR)
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    revenue = await system_account("IRR", SystemAccount.REVENUE)
    body = await call_as(token, CREATE_TRANSFERS, input=[{
        "idempotencyKey": uuid.uuid4().hex, "code": "adjust", "amount": "5",
        "debitAccountId": str(clearing.id), "creditAccountId": str(revenue.id)}])
    assert body["data"]["createTransfers"]["__typename"] == "CreateTransfersSuccess", body
