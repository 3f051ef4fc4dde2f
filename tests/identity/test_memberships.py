"""One person, many memberships: a partner enrolling a mobile number known elsewhere gets a
membership of its own, with its own empty wallet, and learns nothing of the person's others."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from models.errors import AuthenticationFailed, Conflict, NotAllowed
from models.identity.customers import (
    CodePolicy,
    Confirmation,
    confirm_membership,
    create_customer,
    request_sign_in_code,
    sign_in_with_code,
)
from models.identity.settings import IdentitySettings
from models.identity.tables import Customer, Partner, PartnerKind, Person
from models.ledger.accounts import system_account
from models.ledger.codes import SystemAccount
from models.notify.adapters.catcher import SmsCatcher
from models.notify.tables import CaughtSms
from models.platform.settings import Settings
from models.wallet.topups.topups import TopUpPolicy, start_topup
from models.wallet.wallets import balance, credit_paid

POLICY = CodePolicy(secret_key="test-secret-key-0123456789")
CONFIRM = Confirmation(sender=SmsCatcher(), policy=POLICY)
MOBILE = "09121234567"
NATIONAL_ID = "0012345679"

CREATE = """
mutation($m: String!) {
  createCustomer(input: {mobile: $m, name: "Reza"}) {
    __typename
    ... on CustomerSuccess { customer { id mobile nationalId pending wallet { total } } }
    ... on UserError { code field }
  }
}
"""
CUSTOMER = 'query($id: ID!) { customer(id: $id) { id } }'
CUSTOMERS = "{ customers { nodes { id } } }"


CONFIRM_MEMBERSHIP = """
mutation($id: ID!, $code: String!) {
  confirmMembership(customerId: $id, oneTimeCode: $code) {
    __typename
    ... on CustomerSuccess { customer { id pending } }
    ... on UserError { code field }
  }
}
"""


@pytest.fixture(scope="module")
def confirming_app() -> Any:
    """The API with partners' new members confirmed by the person."""
    from etebar.server import build_app

    return build_app(Settings(environment="test",
                              identity=IdentitySettings(membership_confirmation_required=True)),
                     manage_database=False, with_admin=False)


async def _call(app: Any, token: str, query: str, **variables: Any) -> dict[str, Any]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test",
                                 headers={"Authorization": f"Bearer {token}"}) as client:
        response = await client.post("/graphql", json={"query": query, "variables": variables})
    body: dict[str, Any] = response.json()
    return body


async def _partner(name: str) -> Partner:
    return await Partner.create(name=name, kind=PartnerKind.MERCHANT)


async def _last_code(mobile: str) -> str:
    message = await CaughtSms.filter(mobile=mobile).order_by("-id").first()
    assert message is not None
    found = re.search(r"\d{6}", message.text)
    assert found is not None
    return found.group()


async def test_a_partner_enrolling_a_known_person_gets_a_fresh_membership(
        call_as, make_partner_key, db):
    # given a person who is partner A's member with money in their wallet
    a, b = await _partner("A"), await _partner("B")
    theirs = await create_customer(MOBILE, "Sara", partner_id=a.id)
    clearing = await system_account("IRR", SystemAccount.GATEWAY_CLEARING)
    await credit_paid(theirs.id, 50_000, clearing.id, "top-up")
    # when partner B enrols the same mobile number
    body = await call_as(await make_partner_key(b), CREATE, m=MOBILE)
    # then B has a membership of its own, of the same person, with an empty wallet
    answer = body["data"]["createCustomer"]
    assert answer["__typename"] == "CustomerSuccess"
    mine = answer["customer"]
    assert mine["id"] != str(theirs.id)
    assert (mine["mobile"], mine["wallet"]["total"]) == (MOBILE, "0")
    assert await Person.filter(mobile=MOBILE).count() == 1
    assert await Customer.filter(person__mobile=MOBILE).count() == 2


async def test_a_partner_cannot_see_the_persons_other_membership(call_as, make_partner_key, db):
    # given a person enrolled by partner A and then by partner B
    a, b = await _partner("A"), await _partner("B")
    theirs = await create_customer(MOBILE, "Sara", partner_id=a.id)
    key = await make_partner_key(b)
    mine = (await call_as(key, CREATE, m=MOBILE))["data"]["createCustomer"]["customer"]
    # when B lists and reads customers, then it finds only its own membership
    listed = await call_as(key, CUSTOMERS)
    assert [n["id"] for n in listed["data"]["customers"]["nodes"]] == [mine["id"]]
    assert (await call_as(key, CUSTOMER, id=str(theirs.id)))["data"]["customer"] is None


async def test_a_partner_sees_no_national_id_another_partner_recorded(
        call_as, make_partner_key, db):
    # given a person partner A enrolled with their national ID
    a, b = await _partner("A"), await _partner("B")
    await create_customer(MOBILE, partner_id=a.id, national_id=NATIONAL_ID)
    # when partner B enrols them by mobile number alone, then B's membership has no national ID
    body = await call_as(await make_partner_key(b), CREATE, m=MOBILE)
    assert body["data"]["createCustomer"]["customer"]["nationalId"] is None


async def test_the_same_partner_enrolling_the_person_twice_is_customer_exists(
        call_as, make_partner_key, db):
    # given partner A's member
    a = await _partner("A")
    await create_customer(MOBILE, partner_id=a.id)
    # when A enrols the same mobile again, then it is told its member exists
    body = await call_as(await make_partner_key(a), CREATE, m=MOBILE)
    assert body["data"]["createCustomer"] == {"__typename": "ConflictError",
                                              "code": "customer_exists", "field": "mobile"}


async def test_a_membership_needing_confirmation_is_pending_until_the_code(db):
    # given confirmation is required and partner A enrols a person
    a = await _partner("A")
    customer = await create_customer(MOBILE, partner_id=a.id, confirmation=CONFIRM)
    assert customer.pending
    # when the code texted to the person comes back
    confirmed = await confirm_membership(customer, await _last_code(MOBILE), POLICY)
    # then the membership is the person's
    assert not confirmed.pending
    assert not (await Customer.get(id=customer.id)).pending


async def test_a_partner_confirms_its_new_member_with_the_persons_code(
        confirming_app, make_partner_key, db):
    # given confirmation is required, and partner A enrols a person
    key = await make_partner_key(await _partner("A"))
    created = (await _call(confirming_app, key, CREATE, m=MOBILE))["data"]["createCustomer"]
    assert created["customer"]["pending"] is True
    # when A sends back the code texted to the person
    body = await _call(confirming_app, key, CONFIRM_MEMBERSHIP, id=created["customer"]["id"],
                       code=await _last_code(MOBILE))
    # then the membership is confirmed
    assert body["data"]["confirmMembership"]["customer"]["pending"] is False


async def test_a_wrong_code_leaves_the_membership_pending(db):
    a = await _partner("A")
    customer = await create_customer(MOBILE, partner_id=a.id, confirmation=CONFIRM)
    wrong = "000000" if await _last_code(MOBILE) != "000000" else "111111"
    with pytest.raises(AuthenticationFailed) as refused:
        await confirm_membership(customer, wrong, POLICY)
    assert refused.value.code == "code_invalid"
    assert (await Customer.get(id=customer.id)).pending


async def test_a_pending_membership_cannot_be_topped_up(db):
    a = await _partner("A")
    customer = await create_customer(MOBILE, partner_id=a.id, confirmation=CONFIRM)
    with pytest.raises(NotAllowed) as refused:
        await start_topup(customer.id, 100_000, object(), "k-1",  # type: ignore[arg-type]  # refused before the gateway is asked
                          policy=TopUpPolicy(min_amount=1, max_amount=10**9, max_balance=10**10,
                                             public_url="http://test"))
    assert refused.value.code == "membership_pending"
    assert (await balance(customer.id)).total == 0


async def test_a_pending_membership_cannot_be_signed_into(db):
    # given a person whose only membership is pending
    a = await _partner("A")
    await create_customer(MOBILE, partner_id=a.id, confirmation=CONFIRM)
    before = await CaughtSms.filter(mobile=MOBILE).count()
    # when they ask for a sign-in code, then none is sent, and no code signs in
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    assert await CaughtSms.filter(mobile=MOBILE).count() == before
    with pytest.raises(AuthenticationFailed):
        await sign_in_with_code(MOBILE, await _last_code(MOBILE), POLICY)


async def test_a_person_with_the_platform_and_a_partner_signs_in_to_the_platforms(db):
    # given a person who is the platform's customer and partner A's member
    a = await _partner("A")
    platform = await create_customer(MOBILE)
    await create_customer(MOBILE, partner_id=a.id)
    # when they sign in without naming a partner, then the session acts for the platform's
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    _, customer = await sign_in_with_code(MOBILE, await _last_code(MOBILE), POLICY)
    assert customer.id == platform.id


async def test_a_member_of_two_partners_names_the_one_to_sign_in_to(db):
    # given a person who is a member of partners A and B only
    a, b = await _partner("A"), await _partner("B")
    await create_customer(MOBILE, partner_id=a.id)
    of_b = await create_customer(MOBILE, partner_id=b.id)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    code = await _last_code(MOBILE)
    # when they sign in naming no partner, they are asked to name one, the code unspent
    with pytest.raises(AuthenticationFailed) as refused:
        await sign_in_with_code(MOBILE, code, POLICY)
    assert (refused.value.code, refused.value.field) == ("partner_required", "partnerId")
    # then naming B opens a session for B's membership
    _, customer = await sign_in_with_code(MOBILE, code, POLICY, partner_id=b.id)
    assert customer.id == of_b.id


async def test_a_national_id_of_another_person_is_refused(db):
    await create_customer("09121111111", national_id=NATIONAL_ID)
    with pytest.raises(Conflict) as refused:
        await create_customer(MOBILE, national_id=NATIONAL_ID)
    assert refused.value.code == "national_id_taken"
