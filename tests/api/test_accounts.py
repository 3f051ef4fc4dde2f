"""createAccounts, account, accounts, setAccountCreditLimit and closeAccount over HTTP."""

from models.ledger.tables import Account

CREATE_ACCOUNTS = """
mutation($input: [AccountInput!]!) {
  createAccounts(input: $input) {
    __typename
    ... on CreateAccountsSuccess { accounts { id ledger code owner externalId balance available
                                              debitsMustNotExceedCredits creditLimit closed } }
    ... on UserError { code message field }
    ... on AccountRejected { index }
  }
}
"""

ACCOUNTS = """
query($first: Int!, $after: String, $owner: String, $code: String, $ledger: String) {
  accounts(first: $first, after: $after, owner: $owner, code: $code, ledger: $ledger) {
    edges { cursor node { id owner code ledger } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

ACCOUNT = "query($id: ID!) { account(id: $id) { id ledger balance version } }"

SET_LIMIT = """
mutation($id: ID!, $limit: Long!) {
  setAccountCreditLimit(accountId: $id, creditLimit: $limit) {
    __typename
    ... on AccountSuccess { account { id creditLimit available } }
    ... on UserError { code message field }
  }
}
"""

CLOSE = """
mutation($id: ID!) {
  closeAccount(accountId: $id) {
    __typename
    ... on AccountSuccess { account { id closed } }
    ... on UserError { code message field }
  }
}
"""

WALLET = {"ledger": "IRR", "code": "customer_wallet", "owner": "customer:1",
          "debitsMustNotExceedCredits": True}


async def test_create_accounts_returns_the_new_accounts(gql):
    body = await gql(CREATE_ACCOUNTS, input=[WALLET, {"ledger": "POINT", "code": "points"}])
    result = body["data"]["createAccounts"]
    assert result["__typename"] == "CreateAccountsSuccess"
    wallet, points = result["accounts"]
    assert (wallet["ledger"], wallet["code"], wallet["owner"]) == ("IRR", "customer_wallet",
                                                                   "customer:1")
    assert wallet["balance"] == "0" and wallet["available"] == "0"
    assert points["ledger"] == "POINT" and points["available"] is None


async def test_create_accounts_with_an_unknown_ledger_is_refused_and_writes_nothing(gql):
    before = await Account.all().count()
    body = await gql(CREATE_ACCOUNTS, input=[WALLET, {"ledger": "USD", "code": "x"}])
    result = body["data"]["createAccounts"]
    assert result == {"__typename": "AccountRejected", "code": "ledger_not_found",
                      "message": result["message"], "field": "ledger", "index": 1}
    assert await Account.all().count() == before


async def test_create_accounts_with_the_same_external_id_returns_the_same_account(gql):
    item = {**WALLET, "externalId": "crm-42"}
    first = await gql(CREATE_ACCOUNTS, input=[item])
    again = await gql(CREATE_ACCOUNTS, input=[item])
    assert (first["data"]["createAccounts"]["accounts"][0]["id"]
            == again["data"]["createAccounts"]["accounts"][0]["id"])


async def test_create_accounts_with_a_reused_external_id_and_other_settings_is_a_conflict(gql):
    await gql(CREATE_ACCOUNTS, input=[{**WALLET, "externalId": "crm-42"}])
    body = await gql(CREATE_ACCOUNTS, input=[{**WALLET, "externalId": "crm-42", "code": "other"}])
    assert body["data"]["createAccounts"]["code"] == "external_id_conflict"


async def test_both_balance_flags_at_once_are_refused(gql):
    body = await gql(CREATE_ACCOUNTS,
                     input=[{**WALLET, "creditsMustNotExceedDebits": True}])
    assert body["data"]["createAccounts"]["code"] == "flags_are_mutually_exclusive"


async def test_accounts_page_by_cursor_and_filter(gql, make_account):
    for i in range(5):
        await make_account(owner="customer:7" if i % 2 else "customer:8", code="wallet")
    page = (await gql(ACCOUNTS, first=2, owner="customer:8"))["data"]["accounts"]
    assert [e["node"]["owner"] for e in page["edges"]] == ["customer:8", "customer:8"]
    assert page["pageInfo"]["hasNextPage"] is True
    rest = (await gql(ACCOUNTS, first=2, owner="customer:8",
                      after=page["pageInfo"]["endCursor"]))["data"]["accounts"]
    assert len(rest["edges"]) == 1 and rest["pageInfo"]["hasNextPage"] is False
    ids = [int(e["node"]["id"]) for e in page["edges"] + rest["edges"]]
    assert ids == sorted(ids)


async def test_accounts_filter_by_ledger_and_code_includes_system_accounts(gql):
    page = (await gql(ACCOUNTS, first=50, ledger="POINT", code="revenue"))["data"]["accounts"]
    assert [e["node"]["code"] for e in page["edges"]] == ["revenue"]


async def test_accounts_with_a_forged_cursor_is_an_error(gql):
    body = await gql(ACCOUNTS, first=2, after="bm90LWEtY3Vyc29y")
    assert body["errors"][0]["extensions"]["code"] == "invalid_cursor"


async def test_account_by_id_and_unknown_id(gql, make_account):
    account = await make_account()
    body = await gql(ACCOUNT, id=str(account.id))
    assert body["data"]["account"]["id"] == str(account.id)
    assert (await gql(ACCOUNT, id="999999"))["data"]["account"] is None


async def test_set_credit_limit_lets_a_wallet_go_below_zero_up_to_the_limit(gql, make_account):
    wallet = await make_account(wallet=True)
    body = await gql(SET_LIMIT, id=str(wallet.id), limit="5000")
    assert body["data"]["setAccountCreditLimit"]["account"] == {
        "id": str(wallet.id), "creditLimit": "5000", "available": "5000"}


async def test_set_credit_limit_on_an_unflagged_account_is_refused(gql, make_account):
    account = await make_account()
    body = await gql(SET_LIMIT, id=str(account.id), limit="5000")
    assert body["data"]["setAccountCreditLimit"]["code"] == "credit_limit_needs_a_balance_flag"


async def test_set_credit_limit_on_an_unknown_account_is_not_found(gql):
    body = await gql(SET_LIMIT, id="424242", limit="1")
    assert body["data"]["setAccountCreditLimit"]["__typename"] == "NotFoundError"


async def test_close_account_closes_an_empty_account(gql, make_account):
    account = await make_account()
    body = await gql(CLOSE, id=str(account.id))
    assert body["data"]["closeAccount"]["account"] == {"id": str(account.id), "closed": True}


async def test_close_account_with_a_malformed_id_is_invalid_input(gql):
    body = await gql(CLOSE, id="12abc")
    assert body["data"]["closeAccount"] == {"__typename": "InvalidInput", "code": "invalid_id",
                                            "message": "accountId must be a numeric id",
                                            "field": "accountId"}
