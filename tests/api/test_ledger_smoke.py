CREATE = """
mutation($input: [AccountInput!]!) {
  createAccounts(input: $input) {
    __typename
    ... on CreateAccountsSuccess { accounts { id ledger balance } }
    ... on UserError { code message field }
  }
}
"""


async def test_create_accounts(gql):
    body = await gql(CREATE, input=[{"ledger": "IRR", "code": "wallet"}])
    assert body["data"]["createAccounts"]["__typename"] == "CreateAccountsSuccess", body
