"""Who may call what: anonymous callers get nothing, every operation declares its rule."""

import pytest
from strawberry.permission import PermissionExtension

from api.schema import Mutation, Query, build_schema
from etebar.settings import Settings
from models.identity.tables import StaffRole
from models.identity.tokens import create_staff, issue_token
from models.ledger.tables import Account

PUBLIC = {"staffSignIn"}


def _root_fields():
    """(root type, GraphQL name, strawberry field) for every query and mutation."""
    schema = build_schema(Settings(environment="test"))
    for root in (Query, Mutation):
        definition = schema.get_type_by_name(root.__name__)
        for field in definition.fields:
            yield root.__name__, schema.config.name_converter.from_field(field), field


ROOT_FIELDS = list(_root_fields())


@pytest.mark.parametrize(("root", "name", "field"), ROOT_FIELDS,
                         ids=[f"{r}.{n}" for r, n, _ in ROOT_FIELDS])
def test_every_operation_declares_who_may_call_it(root, name, field):
    permissions = [p for ext in field.extensions if isinstance(ext, PermissionExtension)
                   for p in ext.permissions]
    assert permissions, f"{root}.{name} has no permission rule"


ANON_OPERATIONS = {
    "ledgers": "{ ledgers { code } }",
    "account": '{ account(id: "1") { id } }',
    "accounts": "{ accounts { edges { cursor } } }",
    "transfers": '{ transfers(accountId: "1") { edges { cursor } } }',
    "transfer": '{ transfer(id: "1") { id } }',
    "me": "{ me { email } }",
    "createAccounts": 'mutation { createAccounts(input: [{ledger: "IRR", code: "x"}]) '
                      "{ __typename } }",
    "createTransfers": 'mutation { createTransfers(input: [{idempotencyKey: "k", code: "c", '
                       'amount: 1, debitAccountId: "1", creditAccountId: "2"}]) '
                       "{ __typename } }",
    "postPendingTransfer": 'mutation { postPendingTransfer(input: {pendingId: "1", '
                           'idempotencyKey: "k"}) { __typename } }',
    "voidPendingTransfer": 'mutation { voidPendingTransfer(input: {pendingId: "1", '
                           'idempotencyKey: "k"}) { __typename } }',
    "setAccountCreditLimit": 'mutation { setAccountCreditLimit(accountId: "1", '
                             "creditLimit: 5) { __typename } }",
    "closeAccount": 'mutation { closeAccount(accountId: "1") { __typename } }',
    "signOut": "mutation { signOut { signedOut } }",
}


def test_the_anonymous_matrix_covers_every_operation():
    names = {name for _, name, _ in ROOT_FIELDS}
    assert names - PUBLIC == set(ANON_OPERATIONS)


@pytest.mark.parametrize("name", sorted(ANON_OPERATIONS))
async def test_an_anonymous_caller_gets_only_an_authentication_error(anon_client, name):
    response = await anon_client.post("/graphql", json={"query": ANON_OPERATIONS[name]})
    body = response.json()
    assert not any((body.get("data") or {}).values())
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await Account.filter(code="x").count() == 0


async def test_an_unknown_token_gets_only_an_authentication_error(anon_client):
    response = await anon_client.post(
        "/graphql", json={"query": "{ ledgers { code } }"},
        headers={"Authorization": "Bearer etb_not-a-real-token"})
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_staff_token_reads(staff_client):
    response = await staff_client.post("/graphql", json={"query": "{ me { email role } }"})
    assert response.json()["data"]["me"] == {"email": "owner@example.com", "role": "owner"}


async def test_support_staff_may_read_but_not_move_money(anon_client, db):
    support = await create_staff("help@example.com", "Help", "long enough pw", StaffRole.SUPPORT)
    token, _ = await issue_token(support, "support")
    headers = {"Authorization": f"Bearer {token}"}
    read = await anon_client.post("/graphql", json={"query": "{ ledgers { code } }"},
                                  headers=headers)
    assert read.json()["data"]["ledgers"]
    write = await anon_client.post("/graphql", json={"query": ANON_OPERATIONS["createAccounts"]},
                                   headers=headers)
    assert write.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Account.filter(code="x").count() == 0


SIGN_IN = """
mutation($email: String!, $password: String!) {
  staffSignIn(email: $email, password: $password) {
    __typename
    ... on SignInSuccess { token staff { email } }
    ... on SignInFailed { code message }
  }
}
"""


async def test_sign_in_with_a_wrong_password_is_refused(anon_client, staff):
    response = await anon_client.post("/graphql", json={
        "query": SIGN_IN, "variables": {"email": staff.email, "password": "wrong password"}})
    assert response.json()["data"]["staffSignIn"]["code"] == "invalid_credentials"


async def test_a_session_from_sign_in_works_until_sign_out(anon_client, staff):
    response = await anon_client.post("/graphql", json={
        "query": SIGN_IN,
        "variables": {"email": "OWNER@example.com", "password": "correct horse battery"}})
    token = response.json()["data"]["staffSignIn"]["token"]
    headers = {"Authorization": f"Bearer {token}"}
    me = await anon_client.post("/graphql", json={"query": "{ me { email } }"}, headers=headers)
    assert me.json()["data"]["me"]["email"] == "owner@example.com"
    await anon_client.post("/graphql", json={"query": "mutation { signOut { signedOut } }"},
                           headers=headers)
    after = await anon_client.post("/graphql", json={"query": "{ me { email } }"},
                                   headers=headers)
    assert after.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
