"""The accounts list: what it shows, its filters and its pages."""

from __future__ import annotations

from nicegui.testing import User

from models.ledger.accounts import (
    STANDARD_LEDGERS,
    AccountRequest,
    create_accounts,
    system_account,
)
from models.ledger.codes import SystemAccount
from models.ledger.posting import TransferRequest, create_transfers

from .support import row_ids, settle, table_rows

CREATE_ACCOUNTS = """
mutation($input: [AccountInput!]!) {
  createAccounts(input: $input) {
    __typename
    ... on CreateAccountsSuccess { accounts { id } }
    ... on UserError { code message }
  }
}
"""


async def test_accounts_created_through_the_api_are_listed(signed_in: User, gql):
    # given
    body = await gql(CREATE_ACCOUNTS, input=[{"ledger": "IRR", "code": "customer_wallet",
                                              "owner": "ali", "name": "Ali's wallet"}])
    [created] = body["data"]["createAccounts"]["accounts"]
    # when
    await signed_in.open("/accounts")
    # then
    [row] = [r for r in table_rows(signed_in) if r["id"] == created["id"]]
    assert row["ledger"] == "IRR"
    assert row["code"] == "customer_wallet"
    assert row["owner"] == "ali"
    assert row["name"] == "Ali's wallet"
    assert row["balance"] == "0"
    assert row["closed"] == "No"
    assert row["id_href"] == f"/admin/accounts/{created['id']}"


async def test_amounts_are_shown_with_thousands_separators(signed_in: User, make_account):
    # given
    wallet = await make_account(wallet=True, owner="ali", code="customer_wallet")
    opening = await system_account("IRR", SystemAccount.OPENING_BALANCES)
    await create_transfers([TransferRequest(idempotency_key="fund", code="top_up",
                                            amount=1_234_567, debit_account_id=opening.id,
                                            credit_account_id=wallet.id)])
    # when
    await signed_in.open("/accounts?owner=ali")
    # then
    [row] = table_rows(signed_in)
    assert row["balance"] == "1,234,567"
    assert row["credits_posted"] == "1,234,567"
    assert row["debits_posted"] == "0"


async def test_the_list_pages_forward_and_back(signed_in: User):
    # given the system accounts (one of each kind per ledger) and more, 45 in all: two pages
    system = len(SystemAccount) * len(STANDARD_LEDGERS)
    await create_accounts([AccountRequest(ledger="IRR", code="customer_wallet", owner=f"c{i}")
                           for i in range(45 - system)])
    await signed_in.open("/accounts")
    first_page = [row["id"] for row in table_rows(signed_in)]
    assert len(first_page) == 25
    # when
    signed_in.find(marker="next-page").click()
    # then
    await signed_in.should_see("Page 2")
    second_page = [row["id"] for row in table_rows(signed_in)]
    assert len(second_page) == 45 - 25
    assert int(second_page[0]) > int(first_page[-1])
    # and when
    signed_in.find(marker="previous-page").click()
    # then
    await signed_in.should_see("Page 1")
    assert [row["id"] for row in table_rows(signed_in)] == first_page


async def test_the_owner_filter_keeps_only_that_owners_accounts(signed_in: User, make_account):
    # given
    mine = await make_account(owner="ali")
    await make_account(owner="sara")
    # when
    signed_in.find(marker="filter-owner").type("ali")
    signed_in.find(marker="apply-filters").click()
    # then
    await settle(lambda: row_ids(signed_in) == [str(mine.id)])
    assert row_ids(signed_in) == [str(mine.id)]


async def test_ledger_and_code_filters_come_from_the_address(signed_in: User, make_account):
    # given
    points = await make_account(ledger="POINT", code="member_points")
    await make_account(ledger="IRR", code="member_points")
    # when
    await signed_in.open("/accounts?ledger=POINT&code=member_points")
    # then
    assert [row["id"] for row in table_rows(signed_in)] == [str(points.id)]


async def test_a_filter_without_matches_says_so(signed_in: User):
    # when
    await signed_in.open("/accounts?owner=nobody")
    # then
    await signed_in.should_see("No accounts match.")
