"""Idempotency keys belong to their caller: staff share one namespace, each partner and each
customer has its own. A caller can neither see nor collide with a key of another namespace;
within its own, the same key and content answers the first result, other content conflicts."""

from __future__ import annotations

from typing import Any

from models.events.tables import WebhookEndpoint
from models.identity.callers import Scope
from models.identity.tables import Customer, PartnerKey, StaffRole
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.ledger.tables import Account, Transfer
from models.ledger.verify import verify_ledger
from models.wallet.wallets import credit_paid

CREATE_TRANSFERS = """
mutation($input: [TransferInput!]!) {
  createTransfers(input: $input) {
    __typename
    ... on CreateTransfersSuccess { transfers { id idempotencyKey amount replayed } }
    ... on UserError { code message field }
  }
}
"""
BY_KEY = """query($key: String!) { transferByIdempotencyKey(key: $key) { id amount code } }"""
CREATE_ACCOUNTS = """
mutation($input: [AccountInput!]!) {
  createAccounts(input: $input) {
    __typename
    ... on CreateAccountsSuccess { accounts { id externalId owner } }
    ... on UserError { code message field }
  }
}
"""
CREATE_CUSTOMER = """
mutation($input: CustomerInput!) {
  createCustomer(input: $input) {
    __typename
    ... on CustomerSuccess { customer { id mobile name } }
    ... on UserError { code message field }
  }
}
"""
CREATE_ENDPOINT = """
mutation($url: String!, $key: String) {
  createWebhookEndpoint(url: $url, idempotencyKey: $key) {
    __typename
    ... on CreateWebhookEndpointSuccess { secret endpoint { id url } }
    ... on UserError { code message field }
  }
}
"""


def move(key: str, debit: Account, credit: Account, amount: int) -> dict[str, Any]:
    return {"idempotencyKey": key, "code": "test", "amount": str(amount),
            "debitAccountId": str(debit.id), "creditAccountId": str(credit.id)}


async def _partner(make_partner: Any, make_partner_key: Any, make_account: Any,
                   name: str) -> tuple[str, Account, Account]:
    partner = await make_partner(name)
    token = await make_partner_key(partner, (Scope.LEDGER_WRITE, Scope.CUSTOMERS_WRITE))
    owner = f"partner:{partner.id}"
    return token, await make_account(owner=owner), await make_account(owner=owner)


async def _post(call_as: Any, token: str, *transfers: dict[str, Any]) -> dict[str, Any]:
    body = await call_as(token, CREATE_TRANSFERS, input=list(transfers))
    result: dict[str, Any] = body["data"]["createTransfers"]
    return result


async def test_two_partners_use_the_same_key_independently(make_partner, make_partner_key,
                                                           make_account, call_as):
    # given two partners, each with two accounts of its own
    a_token, a1, a2 = await _partner(make_partner, make_partner_key, make_account, "A")
    b_token, b1, b2 = await _partner(make_partner, make_partner_key, make_account, "B")
    # when both post under the key "order-1", with different content
    a = await _post(call_as, a_token, move("order-1", a1, a2, 100))
    b = await _post(call_as, b_token, move("order-1", b1, b2, 250))
    # then each made a transfer of its own: neither is a replay nor a conflict
    assert (a["__typename"], b["__typename"]) == ("CreateTransfersSuccess",) * 2, (a, b)
    [ta], [tb] = a["transfers"], b["transfers"]
    assert ta["id"] != tb["id"]
    assert (ta["replayed"], tb["replayed"]) == (False, False)
    # and each partner's retry answers its own transfer
    again = await _post(call_as, b_token, move("order-1", b1, b2, 250))
    assert (again["transfers"][0]["id"], again["transfers"][0]["replayed"]) == (tb["id"], True)
    assert await verify_ledger() == []


async def test_a_key_reused_with_other_content_in_your_namespace_conflicts(
        make_partner, make_partner_key, make_account, call_as):
    token, a1, a2 = await _partner(make_partner, make_partner_key, make_account, "A")
    await _post(call_as, token, move("order-1", a1, a2, 100))
    result = await _post(call_as, token, move("order-1", a1, a2, 101))
    assert (result["__typename"], result["code"]) == ("TransferRejected", "idempotency_conflict")
    assert await Transfer.filter(idempotency_key="order-1").count() == 1


async def test_staff_and_a_partner_use_the_same_key_independently(
        gql, make_partner, make_partner_key, make_account, call_as):
    # given a partner that posted under "pay-7"
    token, p1, p2 = await _partner(make_partner, make_partner_key, make_account, "A")
    await _post(call_as, token, move("pay-7", p1, p2, 100))
    # when staff post other content under the same key
    s1, s2 = await make_account(), await make_account()
    body = await gql(CREATE_TRANSFERS, input=[move("pay-7", s1, s2, 900)])
    # then it is a transfer of the staff's own
    [transfer] = body["data"]["createTransfers"]["transfers"]
    assert (transfer["amount"], transfer["replayed"]) == ("900", False)


async def test_transfer_by_idempotency_key_finds_only_your_own_namespace(
        gql, make_partner, make_partner_key, make_account, call_as):
    # given staff and a partner who both posted under "pay-7"
    token, p1, p2 = await _partner(make_partner, make_partner_key, make_account, "A")
    other_token, _, _ = await _partner(make_partner, make_partner_key, make_account, "B")
    [theirs] = (await _post(call_as, token, move("pay-7", p1, p2, 100)))["transfers"]
    s1, s2 = await make_account(), await make_account()
    [staffs] = (await gql(CREATE_TRANSFERS, input=[move("pay-7", s1, s2, 900)])
                )["data"]["createTransfers"]["transfers"]
    # when each asks what it posted under the key
    for_partner = await call_as(token, BY_KEY, key="pay-7")
    for_staff = await gql(BY_KEY, key="pay-7")
    for_other = await call_as(other_token, BY_KEY, key="pay-7")
    # then each finds its own transfer, and a partner that never used it finds nothing
    assert for_partner["data"]["transferByIdempotencyKey"]["id"] == theirs["id"]
    assert for_staff["data"]["transferByIdempotencyKey"]["id"] == staffs["id"]
    assert for_other["data"]["transferByIdempotencyKey"] is None


async def test_transfer_by_idempotency_key_never_finds_a_domain_s_key(gql, make_customer,
                                                                      call_as):
    # given a transfer the wallet made under its own key
    customer, customer_token = await make_customer()
    source = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await credit_paid(customer.id, 1000, source.id, "topup:1")
    # when staff and the customer ask for that key
    for_staff = await gql(BY_KEY, key="wallet:credit:topup:1")
    for_customer = await call_as(customer_token, BY_KEY, key="wallet:credit:topup:1")
    # then neither finds it: it is the wallet's
    assert for_staff["data"]["transferByIdempotencyKey"] is None
    assert for_customer["data"]["transferByIdempotencyKey"] is None


async def test_two_partners_use_the_same_external_id_independently(make_partner,
                                                                   make_partner_key,
                                                                   make_account, call_as):
    # given a partner that opened an account under the external id "till-1"
    a_token, _, _ = await _partner(make_partner, make_partner_key, make_account, "A")
    b_token, _, _ = await _partner(make_partner, make_partner_key, make_account, "B")
    account = {"ledger": "IRR", "code": "till", "externalId": "till-1"}
    a = (await call_as(a_token, CREATE_ACCOUNTS, input=[account]))["data"]["createAccounts"]
    # when another partner opens one under the same external id
    b = (await call_as(b_token, CREATE_ACCOUNTS, input=[account]))["data"]["createAccounts"]
    # then it gets an account of its own, and learns nothing of the first
    assert (a["__typename"], b["__typename"]) == ("CreateAccountsSuccess",) * 2, (a, b)
    assert a["accounts"][0]["id"] != b["accounts"][0]["id"]
    assert a["accounts"][0]["owner"] != b["accounts"][0]["owner"]
    # and the first partner's retry answers its own account
    again = (await call_as(a_token, CREATE_ACCOUNTS, input=[account]))["data"]["createAccounts"]
    assert again["accounts"][0]["id"] == a["accounts"][0]["id"]


async def test_create_customer_with_a_repeated_key_returns_the_first_customer(gql):
    customer = {"mobile": "09121234567", "name": "Sara", "idempotencyKey": "enrol-1"}
    first = (await gql(CREATE_CUSTOMER, input=customer))["data"]["createCustomer"]
    again = (await gql(CREATE_CUSTOMER, input=customer))["data"]["createCustomer"]
    assert first["__typename"] == "CustomerSuccess", first
    assert again["__typename"] == "CustomerSuccess", again
    assert again["customer"]["id"] == first["customer"]["id"]


async def test_create_customer_with_a_reused_key_and_other_input_conflicts(gql):
    await gql(CREATE_CUSTOMER, input={"mobile": "09121234567", "idempotencyKey": "enrol-1"})
    other = (await gql(CREATE_CUSTOMER, input={"mobile": "09127654321",
                                               "idempotencyKey": "enrol-1"}))
    result = other["data"]["createCustomer"]
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")
    assert not await Customer.exists(person__mobile="09127654321")


async def test_a_key_of_one_creating_mutation_conflicts_with_another(gql):
    await gql(CREATE_CUSTOMER, input={"mobile": "09121234567", "idempotencyKey": "same"})
    body = await gql(CREATE_ENDPOINT, url="https://hooks.example.com/hook", key="same")
    result = body["data"]["createWebhookEndpoint"]
    assert (result["__typename"], result["code"]) == ("ConflictError", "idempotency_conflict")


async def test_create_webhook_endpoint_with_a_repeated_key_answers_the_same_endpoint(
        make_partner, make_staff, call_as):
    # given a partner's admin who registered an endpoint with a key, and lost the answer
    partner = await make_partner()
    _, token = await make_staff(StaffRole.ADMIN, partner=partner)
    first = (await call_as(token, CREATE_ENDPOINT, url="https://hooks.example.com/hook", key="e-1")
             )["data"]["createWebhookEndpoint"]
    # when they send it again
    again = (await call_as(token, CREATE_ENDPOINT, url="https://hooks.example.com/hook", key="e-1")
             )["data"]["createWebhookEndpoint"]
    # then it is the same endpoint, with the same secret, and only one exists
    assert first["__typename"] == "CreateWebhookEndpointSuccess", first
    assert (again["endpoint"]["id"], again["secret"]) == (first["endpoint"]["id"],
                                                          first["secret"])
    assert await WebhookEndpoint.filter(partner_id=partner.id).count() == 1


CREATE_KEY = """
mutation($input: PartnerKeyInput!) {
  createPartnerKey(input: $input) {
    __typename
    ... on CreatePartnerKeySuccess { secret key { id } }
    ... on UserError { code message field }
  }
}
"""


async def test_a_repeated_key_issues_one_partner_key_and_never_shows_its_secret_twice(
        gql, make_partner):
    # given a key issued with an idempotency key
    partner = await make_partner()
    request = {"partnerId": str(partner.id), "name": "till", "scopes": ["ledger:read"],
               "idempotencyKey": "issue-1"}
    first = (await gql(CREATE_KEY, input=request))["data"]["createPartnerKey"]
    assert first["__typename"] == "CreatePartnerKeySuccess", first
    # when the request comes again
    again = (await gql(CREATE_KEY, input=request))["data"]["createPartnerKey"]
    # then no second key is issued, and the answer names the first without its secret
    assert (again["__typename"], again["code"]) == ("ConflictError", "secret_shown_once")
    assert f"key {first['key']['id']} " in again["message"]
    assert first["secret"] not in again["message"]
    assert await PartnerKey.filter(partner_id=partner.id).count() == 1
