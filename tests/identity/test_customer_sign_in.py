"""Customers sign in with their mobile number and a one-time code sent by SMS, then see only
their own accounts and transfers."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import AuthenticationFailed, ValidationFailed
from models.identity.customers import (
    CodePolicy,
    create_customer,
    normalise_mobile,
    request_sign_in_code,
    sign_in_with_code,
)
from models.identity.errors import TooManyCodeRequests
from models.identity.tables import Language, SignInCode
from models.ledger.posting import TransferRequest, create_transfers
from models.notify.adapters.catcher import SmsCatcher
from models.notify.tables import CaughtSms

POLICY = CodePolicy(secret_key="test-secret-key-0123456789", max_attempts=3,
                    requests_per_hour=3)
MOBILE = "09121234567"

REQUEST = 'mutation($m: String!) { requestSignInCode(mobile: $m) { __typename ' \
          "... on SignInCodeSent { mobile expiresAt } ... on UserError { code } } }"
SIGN_IN = """
mutation($m: String!, $c: String!) {
  customerSignIn(mobile: $m, oneTimeCode: $c) {
    __typename
    ... on CustomerSignInSuccess { token customer { mobile } }
    ... on UserError { code message field }
  }
}
"""


async def _code_sent_to(mobile: str) -> str:
    message = await CaughtSms.filter(mobile=mobile).order_by("-id").first()
    assert message is not None
    found = re.search(r"\d{6}", message.text)
    assert found is not None
    return found.group()


@pytest.mark.parametrize("written", [
    "09121234567", "+989121234567", "00989121234567", "989121234567", "9121234567",
    "0912 123 4567", "+98 (912) 123-4567", "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧",
])
def test_an_iranian_mobile_number_is_normalised(written):
    assert normalise_mobile(written) == "09121234567"


@pytest.mark.parametrize("written", ["", "0912123456", "091212345678", "08121234567",
                                     "+449121234567", "0912abc4567", "+98912123456"])
def test_anything_else_is_not_a_mobile_number(written):
    with pytest.raises(ValidationFailed) as refused:
        normalise_mobile(written)
    assert refused.value.code == "invalid_mobile"


async def test_a_customer_is_sent_a_code_in_their_language(make_customer):
    await make_customer(mobile=MOBILE)
    await request_sign_in_code("+98 912 123 4567", SmsCatcher(), POLICY)
    [message] = await CaughtSms.filter(mobile=MOBILE)
    assert "کد ورود" in message.text


async def test_an_english_speaking_customer_gets_an_english_text(db):
    await create_customer(MOBILE, "Sam", Language.EN)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    assert "sign-in code" in (await CaughtSms.get(mobile=MOBILE)).text


async def test_an_unknown_number_gets_the_same_answer_and_no_text(call_as, db):
    body = await call_as(None, REQUEST, m="+989121234567")
    assert body["data"]["requestSignInCode"]["__typename"] == "SignInCodeSent"
    assert body["data"]["requestSignInCode"]["mobile"] == MOBILE
    assert await CaughtSms.all().count() == 0


async def test_the_code_is_stored_only_as_a_keyed_hash(make_customer):
    await make_customer(mobile=MOBILE)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    code = await _code_sent_to(MOBILE)
    row = await SignInCode.get(mobile=MOBILE)
    assert code not in row.code_hash and len(row.code_hash) == 64


async def test_the_right_code_opens_a_session_that_sees_the_customer(call_as, make_customer):
    # given a customer who asked for a code
    await make_customer(mobile=MOBILE)
    await call_as(None, REQUEST, m=MOBILE)
    # when they sign in with it
    body = await call_as(None, SIGN_IN, m=MOBILE, c=await _code_sent_to(MOBILE))
    # then their session knows them
    token = body["data"]["customerSignIn"]["token"]
    me = await call_as(token, "{ currentCustomer { mobile } }")
    assert me["data"]["currentCustomer"]["mobile"] == MOBILE


async def test_a_code_works_only_once(make_customer):
    await make_customer(mobile=MOBILE)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    code = await _code_sent_to(MOBILE)
    await sign_in_with_code(MOBILE, code, POLICY)
    with pytest.raises(AuthenticationFailed) as refused:
        await sign_in_with_code(MOBILE, code, POLICY)
    assert refused.value.code == "code_invalid"


async def test_a_wrong_code_says_how_many_tries_are_left(make_customer):
    await make_customer(mobile=MOBILE)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    with pytest.raises(AuthenticationFailed) as refused:
        await sign_in_with_code(MOBILE, "not it", POLICY)
    assert refused.value.code == "code_invalid"
    assert "2 tries left" in refused.value.message


async def test_after_too_many_wrong_codes_even_the_right_one_is_refused(make_customer):
    # given a code guessed wrong as often as allowed
    await make_customer(mobile=MOBILE)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    for _ in range(POLICY.max_attempts):
        with pytest.raises(AuthenticationFailed):
            await sign_in_with_code(MOBILE, "000000x", POLICY)
    # when the right code comes
    with pytest.raises(AuthenticationFailed) as refused:
        await sign_in_with_code(MOBILE, await _code_sent_to(MOBILE), POLICY)
    # then it is refused
    assert refused.value.code == "too_many_attempts"


async def test_an_expired_code_is_refused(make_customer):
    await make_customer(mobile=MOBILE)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    await SignInCode.filter(mobile=MOBILE).update(
        expires_at=datetime.now(UTC) - timedelta(seconds=1))
    with pytest.raises(AuthenticationFailed) as refused:
        await sign_in_with_code(MOBILE, await _code_sent_to(MOBILE), POLICY)
    assert refused.value.code == "code_expired"


async def test_a_new_code_replaces_the_one_before(make_customer):
    await make_customer(mobile=MOBILE)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    first = await SignInCode.get(mobile=MOBILE)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    assert (await SignInCode.get(id=first.id)).used_at is not None
    await sign_in_with_code(MOBILE, await _code_sent_to(MOBILE), POLICY)


async def test_a_number_asking_too_often_is_told_to_wait(make_customer):
    # given a number sent as many codes as an hour allows, asked for from several addresses
    await make_customer(mobile=MOBILE)
    for i in range(POLICY.requests_per_hour):
        await request_sign_in_code(MOBILE, SmsCatcher(), POLICY, address=f"192.0.2.{i}")
    # when one more address asks
    with pytest.raises(TooManyCodeRequests) as refused:
        await request_sign_in_code(MOBILE, SmsCatcher(), POLICY, address="192.0.2.99")
    # then it is told to wait, and nothing more is sent
    assert 3500 < refused.value.retry_after_seconds <= 3601
    assert await CaughtSms.filter(mobile=MOBILE).count() == POLICY.requests_per_hour


async def test_the_api_refuses_a_malformed_number_as_invalid_input(call_as, db):
    body = await call_as(None, REQUEST, m="12345")
    assert body["data"]["requestSignInCode"] == {"__typename": "InvalidInput",
                                                 "code": "invalid_mobile"}


async def test_a_customer_sees_only_their_own_accounts_and_transfers(call_as, make_customer,
                                                                     make_account):
    # given two customers with a wallet each, and money moved between them
    sara, sara_token = await make_customer()
    reza, _ = await make_customer()
    mine = await make_account(owner=f"customer:{sara.id}")
    theirs = await make_account(owner=f"customer:{reza.id}")
    other = await make_account(owner=f"customer:{reza.id}")
    await create_transfers([
        TransferRequest(idempotency_key="a", code="gift", amount=5, debit_account_id=theirs.id,
                        credit_account_id=mine.id),
        TransferRequest(idempotency_key="b", code="gift", amount=5, debit_account_id=theirs.id,
                        credit_account_id=other.id)])
    # when Sara reads accounts and her account's transfers
    accounts = await call_as(sara_token, "{ accounts { nodes { id } } }")
    transfers = await call_as(sara_token, "query($a: ID!) { transfers(accountId: $a) { nodes "
                                          "{ code debitAccount { id } creditAccount { id } } } }",
                              a=str(mine.id))
    foreign = await call_as(sara_token, "query($a: ID!) { account(id: $a) { id } }",
                            a=str(theirs.id))
    # then she sees her own, and Reza's side of the gift is null
    assert [n["id"] for n in accounts["data"]["accounts"]["nodes"]] == [str(mine.id)]
    assert transfers["data"]["transfers"]["nodes"] == [
        {"code": "gift", "debitAccount": None, "creditAccount": {"id": str(mine.id)}}]
    assert foreign["data"]["account"] is None


async def test_a_customer_signing_out_ends_the_session(call_as, make_customer):
    _, token = await make_customer()
    await call_as(token, "mutation { signOut { signedOut } }")
    body = await call_as(token, "{ currentCustomer { id } }")
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_staff_read_the_texts_the_catcher_kept(gql, make_customer):
    await make_customer(mobile=MOBILE)
    await request_sign_in_code(MOBILE, SmsCatcher(), POLICY)
    body = await gql('{ caughtSms(mobile: "+989121234567") { nodes { mobile text } } }')
    [message] = body["data"]["caughtSms"]["nodes"]
    assert message["mobile"] == MOBILE and re.search(r"\d{6}", message["text"])
