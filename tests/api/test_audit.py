"""Every mutation by a signed-in caller leaves one audit entry: who, what, when, the input with
its secrets masked, and how it ended. Staff browse and filter them; nobody edits them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections
from tortoise.exceptions import OperationalError

from models.audit.log import MASK, masked
from models.audit.tables import AuditEntry
from models.identity.tables import StaffRole

CREATE_STAFF = """
mutation($input: StaffInput!) { createStaff(input: $input) { __typename } }
"""
ENTRIES = """
query($actor: String, $operation: String, $result: String, $since: DateTime,
      $until: DateTime, $after: String, $first: Int! = 50) {
  auditEntries(actor: $actor, operation: $operation, result: $result, since: $since,
               until: $until, after: $after, first: $first) {
    nodes { actor actorKind actorName operation input result at partnerId }
    pageInfo { hasNextPage endCursor }
  }
}
"""


def test_secrets_are_masked_at_any_depth():
    assert masked({"input": {"email": "a@b", "password": "pw", "newPassword": "x"},
                   "oneTimeCode": "123456", "list": [{"apiToken": "t"}],
                   "code": "top_up", "idempotencyKey": "k"}) == {
        "input": {"email": "a@b", "password": MASK, "newPassword": MASK},
        "oneTimeCode": MASK, "list": [{"apiToken": MASK}], "code": "top_up",
        "idempotencyKey": "k"}


def test_a_long_text_such_as_an_uploaded_file_is_stored_as_its_length():
    assert masked({"receipt": {"base64": "A" * 5000, "contentType": "image/png"}}) == {
        "receipt": {"base64": "<5000 characters>", "contentType": "image/png"}}


async def test_a_staff_mutation_is_audited_with_its_password_masked(gql, staff):
    # when an owner adds a staff member
    await gql(CREATE_STAFF, input={"email": "new@example.com", "name": "New",
                                   "password": "a secret password", "role": "SUPPORT"})
    # then one entry says who, what, with which input, and how it ended
    [entry] = await AuditEntry.all()
    assert (entry.actor, entry.actor_kind, entry.actor_name, entry.operation, entry.result) == (
        f"staff:{staff.id}", "staff", staff.email, "createStaff", "StaffSuccess")
    assert entry.input == {"input": {"email": "new@example.com", "name": "New",
                                     "password": MASK, "role": "support", "partnerId": None,
                                     "idempotencyKey": None}}
    assert abs(entry.at - datetime.now(UTC)) < timedelta(seconds=10)


async def test_an_expected_error_is_audited_by_its_code(gql):
    await gql('mutation { closeAccount(accountId: "999") { __typename } }')
    assert (await AuditEntry.get()).result == "account_not_found"


async def test_a_refused_mutation_is_audited_as_forbidden(call_as, make_staff):
    support, token = await make_staff(StaffRole.SUPPORT)
    await call_as(token, 'mutation { closeAccount(accountId: "999") { __typename } }')
    entry = await AuditEntry.get()
    assert (entry.actor, entry.result) == (f"staff:{support.id}", "FORBIDDEN")


async def test_a_partner_keys_mutation_is_audited_with_its_partner(call_as, make_partner,
                                                                   make_partner_key):
    partner = await make_partner()
    key = await make_partner_key(partner)
    await call_as(key, 'mutation { createAccounts(input: [{ledger: "IRR", code: "float"}]) '
                       "{ __typename } }")
    entry = await AuditEntry.get()
    assert (entry.actor_kind, entry.partner_id, entry.result) == (
        "partner_key", partner.id, "CreateAccountsSuccess")


async def test_anonymous_calls_and_queries_leave_no_entry(call_as, gql):
    await call_as(None, 'mutation { staffSignIn(email: "a@b.c", password: "wrong pass") '
                        "{ __typename } }")
    await gql("{ ledgers { code } }")
    assert await AuditEntry.all().count() == 0


async def test_two_mutations_in_one_request_leave_two_entries(gql):
    await gql('mutation { a: closeAccount(accountId: "1") { __typename } '
              'b: closeAccount(accountId: "2") { __typename } }')
    assert await AuditEntry.filter(operation="closeAccount").count() == 2


@pytest.mark.parametrize("statement", ["UPDATE audit_entry SET result = 'x'",
                                       "DELETE FROM audit_entry"])
async def test_audit_entries_cannot_be_changed_or_deleted(gql, statement):
    await gql('mutation { closeAccount(accountId: "999") { __typename } }')
    with pytest.raises(OperationalError, match="append-only"):
        await connections.get("default").execute_query(statement)
    assert await AuditEntry.filter(result="account_not_found").count() == 1


async def test_staff_filter_the_log_by_actor_operation_and_result(gql, call_as, staff,
                                                                  make_staff):
    # given entries by two people, of two operations, with two results
    _, other = await make_staff(StaffRole.OPERATOR)
    await gql('mutation { closeAccount(accountId: "999") { __typename } }')
    await gql('mutation { setAccountCreditLimit(accountId: "999", creditLimit: 1) '
              "{ __typename } }")
    await call_as(other, 'mutation { closeAccount(accountId: "999") { __typename } }')
    # when they are filtered
    mine = await gql(ENTRIES, actor=f"staff:{staff.id}")
    closes = await gql(ENTRIES, operation="closeAccount")
    mine_closing = await gql(ENTRIES, actor=f"staff:{staff.id}", operation="closeAccount",
                             result="account_not_found")
    # then each filter holds
    assert len(mine["data"]["auditEntries"]["nodes"]) == 2
    assert {n["actor"] for n in closes["data"]["auditEntries"]["nodes"]} == {
        f"staff:{staff.id}", "staff:2"}
    assert len(mine_closing["data"]["auditEntries"]["nodes"]) == 1


async def test_staff_filter_the_log_by_time(gql):
    await gql('mutation { closeAccount(accountId: "999") { __typename } }')
    now = datetime.now(UTC)
    inside = await gql(ENTRIES, since=(now - timedelta(minutes=1)).isoformat(),
                       until=(now + timedelta(minutes=1)).isoformat())
    before = await gql(ENTRIES, until=(now - timedelta(minutes=1)).isoformat())
    assert len(inside["data"]["auditEntries"]["nodes"]) == 1
    assert before["data"]["auditEntries"]["nodes"] == []


async def test_the_log_pages_newest_first(gql):
    for account_id in range(1, 4):
        await gql("mutation($a: ID!) { closeAccount(accountId: $a) { __typename } }",
                  a=str(account_id))
    first = await gql(ENTRIES, first=2)
    page = first["data"]["auditEntries"]
    rest = await gql(ENTRIES, first=2, after=page["pageInfo"]["endCursor"])
    inputs = [n["input"]["accountId"] for n in page["nodes"]
              + rest["data"]["auditEntries"]["nodes"]]
    assert inputs == ["3", "2", "1"]
    assert rest["data"]["auditEntries"]["pageInfo"]["hasNextPage"] is False
