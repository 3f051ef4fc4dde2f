"""Abuse costs the attacker, not the server: each abusive request is refused early with its own
code, and a stranger's attempts cannot lock out or use up what belongs to someone else."""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx
import pytest
from graphql import get_introspection_query, parse
from graphql.validation.rules.overlapping_fields_can_be_merged import (
    OverlappingFieldsCanBeMergedRule,
)
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from api import selection_limit
from api.request_limits import BodyLimit
from etebar.server import build_app
from etebar.settings import Settings
from models.errors import AuthenticationFailed
from models.identity.tables import SignInCode
from models.identity.tokens import issue_token
from models.notify.tables import CaughtSms

STRANGER, OWNER = ("203.0.113.7", 40000), ("198.51.100.20", 40000)
FLOOD = "{" + " ".join(["ledgers { code }"] * 1240) + "}"  # the 17 KB request measured
SIGN_IN = """
mutation($email: String!, $password: String!) {
  staffSignIn(email: $email, password: $password) {
    __typename
    ... on SignInLocked { lockedUntil }
    ... on UserError { code }
  }
}
"""
REQUEST_CODE = 'mutation($m: String!) { requestSignInCode(mobile: $m) { __typename ' \
               "... on TooManyCodeRequestsError { retryAfterSeconds } ... on UserError { code } } }"
PASSWORD = "correct horse battery"
NORMAL_QUERY = "{ ledgers { code } }"


async def _post(app: Any, query: str, *, client: tuple[str, int] = STRANGER,
                token: str | None = None, **variables: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    transport = httpx.ASGITransport(app=app, client=client)
    async with httpx.AsyncClient(transport=transport, base_url="http://test",
                                 headers=headers) as http:
        return await http.post("/graphql", json={"query": query, "variables": variables})


# --- the body limit -------------------------------------------------------------------------

async def test_a_body_over_the_limit_is_refused_with_413(api_app, db):
    body = b'{"query": "{ ledgers { code } }", "pad": "' + b"x" * (1024 * 1024) + b'"}'
    transport = httpx.ASGITransport(app=api_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.post("/graphql", content=body,
                                   headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"


async def test_a_declared_length_over_the_limit_is_refused_before_a_byte_is_read():
    # given an app behind the limit, and a client declaring 50 MB
    reads, reached = [], []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append(scope)

    async def receive() -> dict[str, Any]:
        reads.append(1)
        return {"type": "http.request", "body": b"x" * 65536, "more_body": True}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    guarded = BodyLimit(app, max_bytes=1024 * 1024, signed_in_max_bytes=8 * 1024 * 1024)
    scope = {"type": "http", "method": "POST", "path": "/graphql",
             "headers": [(b"content-length", str(50 * 1024 * 1024).encode())]}
    # when it comes
    await guarded(scope, receive, send)
    # then it is answered 413 without reading the body or reaching the app
    assert sent[0]["status"] == 413
    assert reads == [] and reached == []


async def test_a_chunked_body_over_the_limit_is_refused_with_413(api_app, db):
    async def chunks() -> Any:
        for _ in range(20):
            yield b"x" * 65536  # 1.25 MB in all, with no Content-Length

    transport = httpx.ASGITransport(app=api_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.post("/graphql", content=chunks(),
                                   headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers
    assert response.status_code == 413


async def test_an_invalid_token_does_not_buy_a_larger_body(api_app, db):
    body = b'{"query": "{ ledgers { code } }", "pad": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    transport = httpx.ASGITransport(app=api_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.post("/graphql", content=body, headers={
            "content-type": "application/json", "authorization": "Bearer etb_not-a-token"})
    assert response.status_code == 413


async def test_a_signed_in_caller_may_send_a_body_the_size_of_a_receipt(staff_client):
    padding = "x" * (2 * 1024 * 1024)
    response = await staff_client.post("/graphql", json={
        "query": "{ ledgers { code } }", "pad": padding})
    assert response.status_code == 200
    assert "errors" not in response.json()


# --- the selection limit, before validation -----------------------------------------------

@pytest.fixture
def overlap_checks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every time validation's overlapping-fields rule is set to work."""
    made: list[object] = []
    original = OverlappingFieldsCanBeMergedRule.__init__

    def counting(self: Any, context: Any) -> None:
        made.append(self)
        original(self, context)

    monkeypatch.setattr(OverlappingFieldsCanBeMergedRule, "__init__", counting)
    return made


async def test_the_measured_flood_is_refused_before_validation(api_app, db, overlap_checks):
    # when the 17 KB document of 1,240 selections comes, anonymously
    started = time.perf_counter()
    body = (await _post(api_app, FLOOD)).json()
    elapsed = time.perf_counter() - started
    # then it is refused with its code, and no validation rule ran
    assert body["errors"][0]["extensions"]["code"] == "TOO_MANY_SELECTIONS"
    assert body.get("data") is None
    assert overlap_checks == []
    assert elapsed < 1  # validating it took about 2 s


async def test_a_document_whose_text_shows_too_many_selections_is_never_parsed(
        api_app, db, monkeypatch: pytest.MonkeyPatch):
    # given a record of every parsed document measured
    measured: list[object] = []
    original = selection_limit._Measure.__init__

    def recording(self: Any, document: Any) -> None:
        measured.append(document)
        original(self, document)

    monkeypatch.setattr(selection_limit._Measure, "__init__", recording)
    # when the flood comes with a text never seen before
    body = (await _post(api_app, FLOOD + " # fresh")).json()
    # then it is refused on its text: no parsed document reached the measure
    assert body["errors"][0]["extensions"]["code"] == "TOO_MANY_SELECTIONS"
    assert measured == []


@pytest.mark.parametrize("query", [
    FLOOD,
    "{ a: ledgers { code } b: ledgers @include(if: true) { c: code } }",
    'query Q($x: Boolean = true) { accounts(first: 5, filter: {a: {b: "{ x y }"}}) '
    "{ edges { node { id ... on Account { code } ...F } } } } "
    "fragment F on Account { id ledger @skip(if: $x) }",
    "{ ... @include(if: true) { ledgers { code } } ledgers { ... on Ledger { code on } } }",
])
def test_the_selections_counted_on_the_text_are_never_more_than_the_parsed_ones(query):
    document = parse(query)
    parsed = selection_limit._Measure(document).total(document)
    written = selection_limit.written_selections(query, max_tokens=10**6)
    assert written is not None
    assert 0 < written <= parsed


async def test_one_field_repeated_past_the_limit_is_refused(api_app, db, overlap_checks):
    query = "{" + " ".join(["ledgers { code }"] * 11) + "}"
    body = (await _post(api_app, query)).json()
    assert body["errors"][0]["extensions"]["code"] == "TOO_MANY_SELECTIONS"
    assert "response name" in body["errors"][0]["message"]
    assert overlap_checks == []


async def test_fragments_count_each_time_they_are_spread(api_app, db, overlap_checks):
    # given a fragment of 60 selections spread, through another, ten times: 600 in all
    inner = " ".join(f"f{i}: code" for i in range(30))
    query = ("{ ledgers { ...B } } fragment A on Ledger { " + inner + " } "
             "fragment B on Ledger { " + " ".join(f"x{i}: code" for i in range(30)) + " ...A } ")
    query = query.replace("{ ledgers { ...B } }", "{ " + " ".join(
        f"l{i}: ledgers {{ ...B }}" for i in range(10)) + " }")
    body = (await _post(api_app, query)).json()
    assert body["errors"][0]["extensions"]["code"] == "TOO_MANY_SELECTIONS"
    assert overlap_checks == []


async def test_graphiqls_introspection_query_passes_the_limit(staff_client):
    query = get_introspection_query(descriptions=True, specified_by_url=True,
                                    directive_is_repeatable=True, schema_description=True,
                                    input_value_deprecation=True)
    response = await staff_client.post("/graphql", json={"query": query})
    assert "errors" not in response.json()


async def test_an_ordinary_document_is_validated_and_runs(staff_client, overlap_checks):
    response = await staff_client.post("/graphql", json={"query": "{ ledgers { code } }"})
    assert response.json()["data"]["ledgers"]
    assert len(overlap_checks) <= 1  # the validation cache may have seen it before


def test_the_parser_and_validation_caches_are_on(api_app):
    from strawberry.extensions import ParserCache, ValidationCache

    graphql = next(r.app for r in api_app.router.routes if getattr(r, "path", "") == "/graphql")
    assert {ParserCache, ValidationCache} <= set(graphql.schema.extensions)


# --- the websocket's connection_init -------------------------------------------------------

def test_a_websocket_that_never_initialises_is_closed_after_the_timeout(db):
    # given a server that waits 0.3 s for connection_init
    app = build_app(Settings(environment="test", graphql_connection_init_timeout_seconds=0.3),
                    manage_database=False, with_admin=False)
    with TestClient(app) as client, client.websocket_connect(
            "/graphql", subprotocols=["graphql-transport-ws"]) as ws:
        # when the client says nothing
        started = time.perf_counter()
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_text()
        elapsed = time.perf_counter() - started
    # then the server closes it with 4408 soon after the timeout
    assert closed.value.code == 4408
    assert 0.2 < elapsed < 3


def test_the_connection_init_timeout_is_five_seconds_by_default(api_app):
    graphql = next(r.app for r in api_app.router.routes if getattr(r, "path", "") == "/graphql")
    assert graphql.connection_init_wait_timeout.total_seconds() == 5


# --- anonymous operations per client address ---------------------------------------------

@pytest.fixture(scope="module")
def strict_app() -> Any:
    settings = Settings(environment="test", anonymous_rate_limit_requests=3,
                        anonymous_rate_limit_window_seconds=60)
    return build_app(settings, manage_database=False, with_admin=False)


async def test_public_operations_past_the_address_limit_are_rate_limited(strict_app, db):
    # given an address that has made its three sign-in attempts
    for _ in range(3):
        response = await _post(strict_app, SIGN_IN, email="a@b.c", password="whatever")
        assert response.json()["data"]["staffSignIn"]["code"] == "invalid_credentials"
    # when it makes a fourth
    response = await _post(strict_app, SIGN_IN, email="a@b.c", password="whatever")
    # then it is refused with RATE_LIMITED, HTTP 429 and when to retry
    assert response.status_code == 429
    assert response.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert 1 <= int(response.headers["retry-after"]) <= 60
    # and another address is not
    other = await _post(strict_app, SIGN_IN, client=OWNER, email="a@b.c", password="whatever")
    assert other.json()["data"]["staffSignIn"]["code"] == "invalid_credentials"


async def test_anonymous_requests_past_the_address_limit_are_refused_before_parsing(db, staff):
    # given an address that made its three requests without a credential
    app = build_app(Settings(environment="test", anonymous_request_limit=3),
                    manage_database=False, with_admin=False)
    for _ in range(3):
        assert (await _post(app, NORMAL_QUERY)).status_code == 200
    # when it sends the flood document
    response = await _post(app, FLOOD)
    # then it is refused with RATE_LIMITED before the document is looked at
    assert response.status_code == 429
    assert response.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    # while a signed-in caller at the same address is not counted there
    token, _ = await issue_token(staff, "tests")
    assert (await _post(app, NORMAL_QUERY, token=token)).status_code == 200


async def test_aliases_count_each_call_against_the_address(strict_app, db):
    query = "mutation { " + " ".join(
        f'a{i}: requestSignInCode(mobile: "0912000000{i}") {{ __typename }}'
        for i in range(5)) + " }"
    response = await _post(strict_app, query)
    codes = {e["extensions"]["code"] for e in response.json()["errors"]}
    assert codes == {"RATE_LIMITED"}
    assert await SignInCode.all().count() == 3


async def test_a_forwarded_address_counts_only_behind_a_trusted_proxy(db):
    # given one app trusting the proxy at 10.0.0.1 and one trusting none
    def app(trusted: list[str]) -> Any:
        return build_app(Settings(environment="test", anonymous_rate_limit_requests=1,
                                  trusted_proxies=trusted),
                         manage_database=False, with_admin=False)

    async def attempt(target: Any, forwarded: str) -> int:
        transport = httpx.ASGITransport(app=target, client=("10.0.0.1", 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            response = await http.post("/graphql", headers={"x-forwarded-for": forwarded},
                                       json={"query": SIGN_IN, "variables": {
                                           "email": "a@b.c", "password": "whatever"}})
        return response.status_code

    behind, direct = app(["10.0.0.1"]), app([])
    # then behind the trusted proxy two forwarded clients count apart
    assert [await attempt(behind, "203.0.113.1"), await attempt(behind, "203.0.113.2")] \
        == [200, 200]
    # and without one, naming another client in the header changes nothing
    assert [await attempt(direct, "203.0.113.3"), await attempt(direct, "203.0.113.4")] \
        == [200, 429]


# --- staff lockout: per email and address, plus per address -------------------------------

async def test_a_strangers_wrong_passwords_do_not_lock_the_staff_member_out(api_app, staff):
    # given a stranger who sent wrong passwords for the owner's email until locked
    answers = [(await _post(api_app, SIGN_IN, email=staff.email, password="wrong password"))
               .json()["data"]["staffSignIn"]["__typename"] for _ in range(5)]
    assert answers == ["SignInFailed"] * 4 + ["SignInLocked"]
    # when the owner signs in from their own address
    body = (await _post(api_app, SIGN_IN, client=OWNER, email=staff.email,
                        password=PASSWORD)).json()
    # then they are in, while the stranger stays locked even with the right password
    assert body["data"]["staffSignIn"]["__typename"] == "SignInSuccess"
    again = (await _post(api_app, SIGN_IN, email=staff.email, password=PASSWORD)).json()
    assert again["data"]["staffSignIn"]["code"] == "account_locked"


async def test_an_address_trying_many_emails_is_locked_for_all(api_app, staff):
    # given an address that sent 20 wrong passwords, four for each of five emails
    for i in range(20):
        await _post(api_app, SIGN_IN, email=f"guess{i % 5}@example.com", password="wrong one")
    # when it tries the owner's email with the right password
    body = (await _post(api_app, SIGN_IN, email=staff.email, password=PASSWORD)).json()
    # then the address is locked, whatever the email
    assert body["data"]["staffSignIn"]["code"] == "address_locked"
    # and the owner elsewhere is not
    elsewhere = (await _post(api_app, SIGN_IN, client=OWNER, email=staff.email,
                             password=PASSWORD)).json()
    assert elsewhere["data"]["staffSignIn"]["__typename"] == "SignInSuccess"


async def test_unknown_and_known_emails_get_the_same_answers(api_app, staff):
    async def answers(email: str, client: tuple[str, int]) -> list[tuple[str, str]]:
        bodies = [(await _post(api_app, SIGN_IN, client=client, email=email,
                               password="wrong password")).json() for _ in range(6)]
        return [(b["data"]["staffSignIn"]["__typename"], b["data"]["staffSignIn"]["code"])
                for b in bodies]

    known = await answers(staff.email, STRANGER)
    unknown = await answers("nobody@example.com", OWNER)
    assert known == unknown
    assert known[-1] == ("SignInLocked", "account_locked")


async def test_unknown_and_known_emails_cost_one_password_check_each(
        staff, monkeypatch: pytest.MonkeyPatch):
    from models.identity import tokens

    checked: list[str] = []
    original = tokens._verify

    async def counting(hash_: str, password: str) -> bool:
        checked.append(hash_)
        return await original(hash_, password)

    monkeypatch.setattr(tokens, "_verify", counting)
    for email in (staff.email, "nobody@example.com"):
        with pytest.raises(AuthenticationFailed):
            await tokens.authenticate_password(email, "wrong password", address="192.0.2.1")
    # then each checked one argon2 hash, made with the same parameters
    assert len(checked) == 2
    assert checked[0].split("$")[1:4] == checked[1].split("$")[1:4]


# --- sign-in codes: per address, and per number ------------------------------------------

async def test_a_stranger_cannot_spend_a_customers_codes(api_app, make_customer):
    customer, _ = await make_customer(mobile="09121234567")
    # given a stranger asking for the customer's codes until refused
    answers = [(await _post(api_app, REQUEST_CODE, m=customer.mobile)).json()
               ["data"]["requestSignInCode"]["__typename"] for _ in range(10)]
    assert "TooManyCodeRequestsError" in answers
    # when the customer asks from their own address
    body = (await _post(api_app, REQUEST_CODE, client=OWNER, m=customer.mobile)).json()
    # then a code is sent to them
    assert body["data"]["requestSignInCode"]["__typename"] == "SignInCodeSent"
    assert await CaughtSms.filter(mobile=customer.mobile).count() == answers.count(
        "SignInCodeSent") + 1


async def test_asks_an_address_may_not_make_do_not_count_against_the_number(
        api_app, make_customer):
    customer, _ = await make_customer(mobile="09121234567")
    for _ in range(30):
        await _post(api_app, REQUEST_CODE, m=customer.mobile)
    assert await SignInCode.filter(mobile=customer.mobile).count() == \
        Settings().customer_code_requests_per_number_per_address


async def test_an_address_asking_for_many_numbers_is_told_to_wait(db):
    # given an address that asked for as many numbers' codes as an hour allows
    settings = Settings(environment="test", anonymous_rate_limit_requests=1000)
    app = build_app(settings, manage_database=False, with_admin=False)
    for i in range(settings.customer_code_requests_per_address):
        body = (await _post(app, REQUEST_CODE, m=f"0912{i:07d}")).json()
        assert body["data"]["requestSignInCode"]["__typename"] == "SignInCodeSent"
    # when it asks for one more number
    body = (await _post(app, REQUEST_CODE, m="09350000000")).json()
    # then it is told to wait
    assert body["data"]["requestSignInCode"]["__typename"] == "TooManyCodeRequestsError"
    assert body["data"]["requestSignInCode"]["retryAfterSeconds"] > 3000


async def test_replicas_sharing_redis_share_each_address_count():
    # given the throttle of two replicas counting in one Redis
    from models.throttle import Throttle, counters
    from tests.api.test_rate_limit import _redis_url

    url = _redis_url()
    throttle = Throttle(f"test-{uuid.uuid4().hex}", 2, 60, url)
    # when one address spends its attempts, one on each replica (a connection of its own)
    assert await throttle.hit("203.0.113.9") is None
    counters.cache_clear()
    assert await throttle.hit("203.0.113.9") is None
    # then the next attempt is refused on either, and another address is not
    assert await throttle.hit("203.0.113.9") is not None
    assert await throttle.hit("203.0.113.10") is None
