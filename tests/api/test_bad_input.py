"""Bad input gets a typed error and nothing is written: strings, metadata, Long, cursors, bodies."""

import base64
import json
import logging
from typing import Any

import httpx
import pytest
from graphql import GraphQLError
from strawberry.types.base import get_object_definition

from api.error_log import REFUSED_LOGGER, is_client_mistake
from api.http_input import StrictJsonBody
from api.input_checks import NAME, TEXT, CheckInput, check_string
from api.ledger.types import Account as AccountType
from etebar.domains.compose import export_sdl
from etebar.server import build_app
from etebar.settings import Settings
from models.audit.tables import AuditEntry
from models.errors import ValidationFailed
from models.ledger.posting import TransferRequest, create_transfers
from models.ledger.tables import Account, Transfer

CREATE_ACCOUNTS = """
mutation($input: [AccountInput!]!) {
  createAccounts(input: $input) {
    __typename
    ... on CreateAccountsSuccess { accounts { id name } }
    ... on UserError { code message field }
  }
}
"""

CREATE_TRANSFERS = """
mutation($input: [TransferInput!]!) {
  createTransfers(input: $input) {
    __typename
    ... on UserError { code message field }
  }
}
"""

SET_CREDIT_LIMIT = """
mutation($id: ID!, $limit: Long!) {
  setAccountCreditLimit(accountId: $id, creditLimit: $limit) {
    __typename
    ... on AccountSuccess { account { creditLimit } }
  }
}
"""


def account(**fields):
    return {"ledger": "IRR", "code": "test", **fields}


async def refused_account(gql, **fields):
    """Create one account with `fields`; returns the typed error after checking none exists."""
    body = await gql(CREATE_ACCOUNTS, input=[account(**fields)])
    result = body["data"]["createAccounts"]
    assert result["__typename"] == "InvalidInput", body
    assert await Account.filter(code="test").count() == 0
    return result


async def test_a_nul_character_in_a_string_is_refused_and_nothing_is_written(gql):
    # given a name holding a NUL, which PostgreSQL cannot store
    # when an account is created with it
    error = await refused_account(gql, name="Ali\x00Reza")
    # then the mutation answers its typed error, naming the field
    assert (error["code"], error["field"]) == ("invalid_string", "name")


async def test_a_nul_character_in_an_idempotency_key_is_refused(gql, make_account):
    a, b = await make_account(), await make_account()
    body = await gql(CREATE_TRANSFERS, input=[{
        "idempotencyKey": "k\x00", "code": "test", "amount": "5",
        "debitAccountId": str(a.id), "creditAccountId": str(b.id)}])
    error = body["data"]["createTransfers"]
    assert (error["code"], error["field"]) == ("invalid_string", "idempotencyKey")
    assert await Transfer.all().count() == 0


async def test_a_lone_surrogate_is_refused(staff_client):
    # given an external id with a lone surrogate, which JSON can carry escaped (\ud800)
    payload = {"query": CREATE_ACCOUNTS, "variables": {"input": [account(externalId="x\ud800")]}}
    # when an account is created with it
    response = await staff_client.post("/graphql", content=json.dumps(payload).encode(),
                                       headers={"content-type": "application/json"})
    # then it is refused as not text, and nothing is written
    error = response.json()["data"]["createAccounts"]
    assert (error["code"], error["field"]) == ("invalid_string", "externalId")
    assert await Account.filter(code="test").count() == 0


async def test_an_over_long_string_is_refused_without_echoing_it(staff_client):
    # given a name of a million characters
    name = "x" * 1_000_000
    # when an account is created with it
    response = await staff_client.post("/graphql", json={
        "query": CREATE_ACCOUNTS, "variables": {"input": [account(name=name)]}})
    # then the answer is a short typed error, not the name sent back
    error = response.json()["data"]["createAccounts"]
    assert (error["code"], error["field"]) == ("too_long", "name")
    assert len(response.content) < 1000
    assert await Account.filter(code="test").count() == 0


async def test_a_reference_id_longer_than_its_column_is_refused(gql, make_account):
    a, b = await make_account(), await make_account()
    body = await gql(CREATE_TRANSFERS, input=[{
        "idempotencyKey": "k1", "code": "test", "amount": "5", "referenceId": "r" * 129,
        "debitAccountId": str(a.id), "creditAccountId": str(b.id)}])
    error = body["data"]["createTransfers"]
    assert (error["code"], error["field"]) == ("too_long", "referenceId")
    assert await Transfer.all().count() == 0


async def test_an_over_long_key_asked_about_is_refused_without_echoing_it(staff_client):
    # given a key longer than any key can be
    key = "k" * 300
    # when a caller asks what that key did
    response = await staff_client.post("/graphql", json={
        "query": "query($k: String!) { transferByIdempotencyKey(key: $k) { id } }",
        "variables": {"k": key}})
    # then the answer is a short typed error, not the key sent back
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "too_long"
    assert key not in response.text


async def test_a_value_of_the_wrong_type_is_not_echoed_whole(staff_client):
    response = await staff_client.post("/graphql", json={
        "query": SET_CREDIT_LIMIT, "variables": {"id": "1", "limit": "9" * 100_000}})
    assert response.status_code < 500
    assert len(response.content) < 2000


@pytest.mark.parametrize("control", ["\u202e", "\u2066", "\u200f", "\u200b", "\ufeff", "\n"])
async def test_a_direction_control_or_invisible_character_in_a_name_is_refused(gql, control):
    error = await refused_account(gql, name=f"Ali{control}Reza")
    assert (error["code"], error["field"]) == ("invalid_string", "name")


async def test_a_persian_name_with_a_zero_width_non_joiner_is_accepted(gql):
    body = await gql(CREATE_ACCOUNTS, input=[account(name="محمد\u200cرضا")])
    assert body["data"]["createAccounts"]["accounts"][0]["name"] == "محمد\u200cرضا"


def test_free_text_keeps_its_line_breaks_and_names_do_not():
    check_string("first line\nsecond line\ttab", "reason", TEXT)
    with pytest.raises(ValidationFailed):
        check_string("Ali\nReza", "name", NAME)


def nested(depth):
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


async def test_metadata_deeper_than_the_limit_is_refused(gql):
    error = await refused_account(gql, metadata=nested(9))
    assert (error["code"], error["field"]) == ("metadata_too_deep", "metadata")


async def test_metadata_at_the_depth_limit_is_stored(gql):
    body = await gql(CREATE_ACCOUNTS, input=[account(metadata=nested(8))])
    assert body["data"]["createAccounts"]["__typename"] == "CreateAccountsSuccess"


async def test_metadata_with_too_many_keys_is_refused(gql):
    error = await refused_account(gql, metadata={f"k{i}": i for i in range(257)})
    assert (error["code"], error["field"]) == ("metadata_too_many_keys", "metadata")


async def test_metadata_larger_than_the_limit_is_refused(gql):
    error = await refused_account(gql, metadata={"note": "x" * 17_000})
    assert (error["code"], error["field"]) == ("metadata_too_large", "metadata")


async def test_a_nul_character_in_metadata_is_refused(gql):
    error = await refused_account(gql, metadata={"note\x00": "x"})
    assert (error["code"], error["field"]) == ("invalid_string", "metadata")


async def test_the_metadata_limits_are_settings(staff_token):
    app = build_app(Settings(environment="test", metadata_max_depth=2), manage_database=False,
                    with_admin=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t",
                                 headers={"Authorization": f"Bearer {staff_token}"}) as client:
        response = await client.post("/graphql", json={
            "query": CREATE_ACCOUNTS, "variables": {"input": [account(metadata=nested(3))]}})
    assert response.json()["data"]["createAccounts"]["code"] == "metadata_too_deep"


@pytest.mark.parametrize("value", [" 7", "7 ", "٧", "７", "+7", "0x7", "9223372036854775808",
                                   "-9223372036854775809", 2**63, True, 7.0, "7.0", ""])
async def test_long_refuses_anything_but_ascii_digits_within_64_bits(staff_client, make_account,
                                                                     value):
    target = await make_account()
    response = await staff_client.post("/graphql", json={
        "query": SET_CREDIT_LIMIT, "variables": {"id": str(target.id), "limit": value}})
    body = response.json()
    assert body["errors"][0]["message"].startswith("Variable '$limit' has invalid value")
    assert "data" not in body or body["data"] is None
    await target.refresh_from_db()
    assert target.credit_limit == 0


@pytest.mark.parametrize("value", ["7", "-9223372036854775808", 9223372036854775807, 7])
async def test_long_accepts_ascii_digit_strings_and_json_integers(gql, make_account, value):
    target = await make_account(wallet=True)
    body = await gql(SET_CREDIT_LIMIT, id=str(target.id), limit=value)
    assert "errors" not in body, body


async def test_a_long_literal_that_is_not_an_integer_is_refused(gql):
    body = await gql('mutation { setAccountCreditLimit(accountId: "1", creditLimit: 1.5) '
                     '{ __typename } }')
    assert "Long" in body["errors"][0]["message"]


async def test_ledger_summary_totals_beyond_64_bits_are_exact_decimal_strings(gql,
                                                                             make_account):
    # given two transfers of the largest amount, so the ledger's posted debits exceed 64 bits
    a, b, c, d = [await make_account() for _ in range(4)]
    most = 2**63 - 1
    await create_transfers([
        TransferRequest(idempotency_key="big1", code="test", amount=most,
                        debit_account_id=a.id, credit_account_id=b.id),
        TransferRequest(idempotency_key="big2", code="test", amount=most,
                        debit_account_id=c.id, credit_account_id=d.id)])
    # when the summary is read
    body = await gql("{ ledgerSummary { totals { ledger debitsPosted creditsPosted } "
                     "transfersPerDay { ledger amount } } }")
    # then the sums are exact, as strings of digits
    irr = next(t for t in body["data"]["ledgerSummary"]["totals"] if t["ledger"] == "IRR")
    assert irr["debitsPosted"] == irr["creditsPosted"] == str(2 * most)
    [day] = [d for d in body["data"]["ledgerSummary"]["transfersPerDay"] if d["ledger"] == "IRR"]
    assert day["amount"] == str(2 * most)


def test_the_big_integer_scalar_is_documented_in_the_schema():
    sdl = export_sdl()
    assert '"""\nAn integer of any size' in sdl
    assert "scalar BigInt" in sdl
    assert "debitsPosted: BigInt!" in sdl


def cursor(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


@pytest.mark.parametrize("after", [cursor("account:18446744073709551616"),
                                   cursor("account:9223372036854775808"),
                                   cursor("account: 7"), cursor("account:٧"),
                                   "not base64 at all!", "%%%", cursor("staff:1")])
async def test_a_cursor_beyond_64_bits_or_garbage_is_a_typed_error(gql, after):
    body = await gql("query($after: String) { accounts(first: 2, after: $after) "
                     "{ edges { cursor } } }", after=after)
    assert body["errors"][0]["extensions"]["code"] == "invalid_cursor"


async def post_raw(anon_client, content: bytes):
    return await anon_client.post("/graphql", content=content,
                                  headers={"content-type": "application/json"})


async def test_a_body_that_is_not_utf8_is_a_400(anon_client):
    response = await post_raw(anon_client, b'{"query": "{ ledgers { code } }\xff"}')
    assert response.status_code == 400
    assert "UTF-8" in response.text


async def test_a_body_that_is_not_json_is_a_400(anon_client):
    assert (await post_raw(anon_client, b"{query")).status_code == 400


@pytest.mark.parametrize("body", [b"5", b'"query"', b"null", b"true"])
async def test_a_json_body_that_is_not_an_object_is_a_400(anon_client, body):
    assert (await post_raw(anon_client, body)).status_code == 400


async def test_variables_nested_a_thousand_deep_are_a_400(anon_client):
    deep = "[" * 1000 + "]" * 1000
    response = await post_raw(anon_client, (
        '{"query": "{ ledgers { code } }", "variables": {"m": ' + deep + "}}").encode())
    assert response.status_code == 400


async def test_variables_nested_beyond_the_decoders_recursion_are_a_400(anon_client):
    deep = "[" * 200_000 + "]" * 200_000
    response = await post_raw(anon_client, (
        '{"query": "{ ledgers { code } }", "variables": {"m": ' + deep + "}}").encode())
    assert response.status_code == 400


async def test_an_integer_beyond_pythons_digit_limit_is_a_400(anon_client):
    response = await post_raw(anon_client, b'{"query": "{ ledgers { code } }", "variables": '
                                           b'{"n": ' + b"9" * 5000 + b"}}")
    assert response.status_code == 400


async def test_variables_of_the_wrong_type_are_a_client_error(staff_client):
    response = await staff_client.post("/graphql", json={
        "query": "query($n: Int!) { accounts(first: $n) { edges { cursor } } }",
        "variables": {"n": "many"}})
    assert response.status_code < 500
    assert "Variable '$n'" in response.json()["errors"][0]["message"]


async def test_a_clients_mistakes_are_logged_without_tracebacks(staff_client, caplog):
    # given a syntax error, a wrong variable, a bad cursor and a refused string
    caplog.set_level(logging.INFO)
    for payload in [
        {"query": "{ ledgers { code }"},
        {"query": "query($n: Int!) { accounts(first: $n) { edges { cursor } } }",
         "variables": {"n": "x"}},
        {"query": '{ accounts(first: 2, after: "garbage") { edges { cursor } } }'},
        {"query": CREATE_ACCOUNTS, "variables": {"input": [account(name="a\x00")]}},
    ]:
        await staff_client.post("/graphql", json=payload)
    # then nothing is logged as an error, and each refusal is one line at INFO
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    refused = [r for r in caplog.records if r.name == REFUSED_LOGGER]
    assert len(refused) == 3
    assert all(r.exc_info is None for r in refused)


def test_an_unexpected_exception_in_a_resolver_is_a_bug():
    error = GraphQLError("boom", path=["ledgers"], original_error=RuntimeError("boom"))
    assert not is_client_mistake(error, frozenset())


async def test_a_refused_string_is_audited_without_its_unstorable_characters(gql, caplog):
    caplog.set_level(logging.INFO)
    await refused_account(gql, name="a\x00b")
    [entry] = await AuditEntry.filter(operation="createAccounts")
    assert entry.result == "invalid_string"
    assert entry.input["input"][0]["name"] == "<3 characters, not storable text>"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_input_checks_cover_nested_fields_with_arguments():
    [transfers] = [f for f in get_object_definition(AccountType, strict=True).fields
                   if f.name == "transfers"]
    assert any(isinstance(e, CheckInput) for e in transfers.extensions)


def test_a_websocket_message_nested_too_deep_is_unreadable_json_not_a_crash():
    # Strawberry closes a websocket (4400) on a JSONDecodeError; anything else escaped as a bug.
    message = '{"type": "subscribe", "id": "1", "payload": {"variables": {"m": ' + \
        "[" * 1000 + "]" * 1000 + "}}}"
    with pytest.raises(json.JSONDecodeError):
        StrictJsonBody().decode_json(message)


async def test_a_nul_character_in_a_query_filter_is_a_coded_error_not_a_database_error(gql):
    body = await gql("query($owner: String) { accounts(first: 2, owner: $owner) "
                     "{ edges { cursor } } }", owner="x\x00")
    [error] = body["errors"]
    assert error["extensions"]["code"] == "invalid_string"
    assert "x\x00" not in error["message"]


async def test_metadata_holding_nan_is_refused(staff_client):
    # Python's JSON reads NaN; PostgreSQL's jsonb would refuse it at the insert
    content = json.dumps({"query": CREATE_ACCOUNTS,
                          "variables": {"input": [account(metadata={"ratio": float("nan")})]}})
    response = await staff_client.post("/graphql", content=content.encode(),
                                       headers={"content-type": "application/json"})
    error = response.json()["data"]["createAccounts"]
    assert (error["code"], error["field"]) == ("invalid_metadata", "metadata")
    assert await Account.filter(code="test").count() == 0
