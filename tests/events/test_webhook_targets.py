"""Webhooks cannot reach inside: internal targets are refused at registration, again at every
delivery (DNS rebinding), and the log shows categories, never raw errors."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from api.context import context_for_token
from etebar.settings import Settings
from models.events import webhooks
from models.events.tables import AttemptCategory, WebhookAttempt
from models.events.targets import Refusal, TargetRefused, judge
from models.identity.callers import CallerKind, Identity
from models.identity.reach import partner_owner
from models.identity.tables import StaffRole
from tests.conftest import PUBLIC_ADDRESS

from .support import SCHEMA, move

OWNER = Identity(kind=CallerKind.STAFF, name="t", staff_id=1, role=StaffRole.OWNER)
KEY = "k" * 16
CREATE = """mutation($url: String!) { createWebhookEndpoint(url: $url) {
  __typename ... on CreateWebhookEndpointSuccess { endpoint { id } }
  ... on WebhookTargetRefused { reason }
  ... on UserError { code field } } }"""
LOG = """query($e: ID!) { webhookAttempts(endpointId: $e) {
  edges { node { number statusCode category succeeded } } } }"""

INTERNAL = [
    ("http://127.0.0.1:6379/", "LOOPBACK"),
    ("http://[::1]:8000/", "LOOPBACK"),
    ("http://[::ffff:127.0.0.1]/", "LOOPBACK"),
    ("http://10.0.0.5/hook", "PRIVATE"),
    ("http://172.16.4.2/", "PRIVATE"),
    ("http://192.168.1.1/", "PRIVATE"),
    ("http://100.64.0.1/", "PRIVATE"),
    ("http://[fd00::1]/", "PRIVATE"),
    ("http://169.254.169.254/latest/meta-data/", "LINK_LOCAL"),
    ("http://[fe80::1]/", "LINK_LOCAL"),
    ("http://[::ffff:169.254.169.254]/", "LINK_LOCAL"),
    ("http://224.0.0.1/", "MULTICAST"),
    ("http://[ff02::1]/", "MULTICAST"),
    ("http://0.0.0.0:8000/", "UNSPECIFIED"),
    ("http://[::]/", "UNSPECIFIED"),
    ("http://240.0.0.1/", "RESERVED"),
    ("http://[64:ff9b::a00:1]/", "PRIVATE"),  # NAT64 of 10.0.0.1
]


class Receiver:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    webhooks.transport = httpx.MockTransport(found)
    yield found
    webhooks.transport = None


async def _partner_admin(make_partner, make_staff) -> str:
    partner = await make_partner()
    _, token = await make_staff(StaffRole.ADMIN, partner=partner)
    return str(token)


async def _pending_delivery(make_partner, make_account, url: str,
                            allowed_hosts: tuple[str, ...] = ()) -> tuple[int, int]:
    """An endpoint at `url` and one delivery waiting for it: (endpoint id, delivery id)."""
    partner = await make_partner()
    endpoint, _ = await webhooks.create_endpoint(OWNER, partner.id, url, KEY,
                                                 allowed_hosts=allowed_hosts)
    source, ours = await make_account(), await make_account(owner=partner_owner(partner.id))
    await move(source.id, ours.id, 7)
    [delivery_id] = await webhooks.dispatch()
    return endpoint.id, delivery_id


@pytest.mark.parametrize(("url", "reason"), INTERNAL)
async def test_an_internal_address_is_refused_at_registration(
        url, reason, call_as, make_partner, make_staff):
    # given a partner's admin
    admin = await _partner_admin(make_partner, make_staff)
    # when they register an endpoint on an internal address
    body = await call_as(admin, CREATE, url=url)
    # then it is refused with its reason
    assert body["data"]["createWebhookEndpoint"] == {
        "__typename": "WebhookTargetRefused", "reason": reason,
        "code": "webhook_target_refused", "field": "url"}


async def test_a_refused_registration_stores_nothing(make_partner):
    partner = await make_partner()
    with pytest.raises(TargetRefused):
        await webhooks.create_endpoint(OWNER, partner.id, "http://169.254.169.254/", KEY)
    assert await webhooks.endpoints(OWNER, partner.id) == []


async def test_a_name_that_resolves_to_a_private_address_is_refused(
        dns, call_as, make_partner, make_staff):
    # given a name whose DNS answer is an internal address
    dns.names["intranet.example.com"] = ["10.20.30.40"]
    admin = await _partner_admin(make_partner, make_staff)
    # when it is registered, then it is refused as private
    body = await call_as(admin, CREATE, url="https://intranet.example.com/hook")
    assert body["data"]["createWebhookEndpoint"]["reason"] == "PRIVATE"


async def test_a_name_with_one_internal_address_among_public_ones_is_refused(dns, make_partner):
    dns.names["mixed.example.com"] = [PUBLIC_ADDRESS, "::1"]
    partner = await make_partner()
    with pytest.raises(TargetRefused) as refused:
        await webhooks.create_endpoint(OWNER, partner.id, "https://mixed.example.com/", KEY)
    assert refused.value.refusal is Refusal.LOOPBACK


async def test_a_name_that_does_not_resolve_is_refused(call_as, make_partner, make_staff):
    admin = await _partner_admin(make_partner, make_staff)
    body = await call_as(admin, CREATE, url="https://nowhere.example.com/hook")
    assert body["data"]["createWebhookEndpoint"]["reason"] == "UNRESOLVABLE"


async def test_a_public_name_is_registered(call_as, make_partner, make_staff):
    admin = await _partner_admin(make_partner, make_staff)
    body = await call_as(admin, CREATE, url="https://hooks.example.com/etebar")
    assert body["data"]["createWebhookEndpoint"]["__typename"] == "CreateWebhookEndpointSuccess"


async def test_an_allowed_host_may_be_internal(make_partner):
    # given the development setting naming 127.0.0.1
    partner = await make_partner()
    # when an endpoint on it is registered, then it is stored
    endpoint, _ = await webhooks.create_endpoint(OWNER, partner.id, "http://127.0.0.1:9/x", KEY,
                                                 allowed_hosts=("127.0.0.1",))
    assert endpoint.url == "http://127.0.0.1:9/x"


async def test_the_allow_setting_lets_the_api_register_a_named_internal_host(
        make_partner, make_staff):
    # given a server whose settings allow localhost (development)
    admin = await _partner_admin(make_partner, make_staff)
    allowing = Settings(environment="test", webhook_allowed_hosts=["localhost"])
    context = await context_for_token(admin, settings=allowing)
    # when localhost is registered, then it is stored; elsewhere it would not be
    result = await SCHEMA.execute(CREATE, variable_values={"url": "http://localhost:8080/h"},
                                  context_value=context)
    assert result.data is not None
    assert result.data["createWebhookEndpoint"]["__typename"] == "CreateWebhookEndpointSuccess"


def test_ipv4_inside_ipv6_is_judged_by_its_ipv4_address():
    import ipaddress

    assert judge(ipaddress.ip_address("::ffff:10.0.0.1")) is Refusal.PRIVATE
    assert judge(ipaddress.ip_address("2002:7f00:1::1")) is Refusal.LOOPBACK  # 6to4 of 127.0.0.1
    assert judge(ipaddress.ip_address(f"::ffff:{PUBLIC_ADDRESS}")) is None
    assert judge(ipaddress.ip_address("2606:2800:21f:cb07:6820:80da:af6b:8b2c")) is None


async def test_a_delivery_connects_to_the_address_it_checked_with_the_host_kept(
        receiver, dns, make_partner, make_account):
    # given an endpoint on a public name
    _, delivery_id = await _pending_delivery(make_partner, make_account,
                                             "https://hooks.example.com:8443/etebar?x=1")
    # when it is delivered
    assert (await webhooks.deliver(delivery_id, KEY)).delivered
    # then the request went to the checked address, the name kept as Host and TLS server name
    [request] = receiver.requests
    assert (request.url.host, request.url.port, request.url.path, request.url.query) == (
        PUBLIC_ADDRESS, 8443, "/etebar", b"x=1")
    assert request.headers["host"] == "hooks.example.com:8443"
    assert request.extensions["sni_hostname"] == "hooks.example.com"
    assert dns.asked.count("hooks.example.com") == 2  # at registration and at delivery


async def test_a_name_rebound_to_an_internal_address_is_blocked_at_delivery(
        receiver, dns, call_as, make_partner, make_account, make_staff):
    # given an endpoint registered while its name resolved to a public address
    dns.names["rebind.example.com"] = [PUBLIC_ADDRESS]
    endpoint_id, delivery_id = await _pending_delivery(make_partner, make_account,
                                                       "http://rebind.example.com/hook")
    # when the name now resolves to the metadata service and a delivery is attempted
    dns.names["rebind.example.com"] = ["169.254.169.254"]
    with pytest.raises(webhooks.DeliveryFailed):
        await webhooks.deliver(delivery_id, KEY)
    # then nothing was sent, and the attempt says the address was blocked
    assert receiver.requests == []
    [attempt] = await WebhookAttempt.filter(endpoint_id=endpoint_id)
    assert (attempt.category, attempt.status_code, attempt.succeeded) == (
        AttemptCategory.BLOCKED_ADDRESS, None, False)


async def test_a_name_that_stops_resolving_is_a_dns_attempt(
        receiver, dns, make_partner, make_account):
    dns.names["gone.example.com"] = [PUBLIC_ADDRESS]
    endpoint_id, delivery_id = await _pending_delivery(make_partner, make_account,
                                                       "https://gone.example.com/hook")
    del dns.names["gone.example.com"]
    with pytest.raises(webhooks.DeliveryFailed):
        await webhooks.deliver(delivery_id, KEY)
    [attempt] = await WebhookAttempt.filter(endpoint_id=endpoint_id)
    assert attempt.category is AttemptCategory.DNS


# --- categories of real failures, against servers on 127.0.0.1 (named in the allow setting) ---

@pytest.fixture
async def silent_port() -> AsyncIterator[int]:
    """A server that accepts connections and never answers."""
    held: list[asyncio.StreamWriter] = []

    async def hold(_: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    for writer in held:
        writer.close()
    server.close()


@pytest.fixture
async def plain_http_port() -> AsyncIterator[int]:
    """A server that answers anything, a TLS handshake included, with plain HTTP."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1024)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _category_of(make_partner, make_account, url: str, *,
                       http_timeout: float = 10.0) -> str:
    endpoint_id, delivery_id = await _pending_delivery(make_partner, make_account, url,
                                                       allowed_hosts=("127.0.0.1",))
    with pytest.raises(webhooks.DeliveryFailed):
        await webhooks.deliver(delivery_id, KEY, allowed_hosts=("127.0.0.1",),
                               http_timeout=http_timeout)
    [attempt] = await WebhookAttempt.filter(endpoint_id=endpoint_id)
    assert attempt.status_code is None
    return attempt.category.value


async def test_nothing_listening_is_a_refused_attempt(make_partner, make_account):
    url = f"http://127.0.0.1:{_closed_port()}/hook"
    assert await _category_of(make_partner, make_account, url) == "refused"


async def test_a_silent_endpoint_is_a_timeout_attempt(silent_port, make_partner, make_account):
    url = f"http://127.0.0.1:{silent_port}/hook"
    assert await _category_of(make_partner, make_account, url, http_timeout=0.3) == "timeout"


async def test_a_failed_handshake_is_a_tls_attempt(plain_http_port, make_partner, make_account):
    url = f"https://127.0.0.1:{plain_http_port}/hook"
    assert await _category_of(make_partner, make_account, url) == "tls"


async def test_the_log_shows_categories_and_status_codes_not_raw_errors(
        call_as, make_partner, make_staff, make_account):
    # given a partner's endpoint on a port where nothing listens (allowed for the test), and a
    # public one that answered 503
    partner = await make_partner()
    _, admin = await make_staff(StaffRole.ADMIN, partner=partner)
    endpoint, _ = await webhooks.create_endpoint(
        OWNER, partner.id, f"http://127.0.0.1:{_closed_port()}/", KEY,
        allowed_hosts=("127.0.0.1",))
    source, ours = await make_account(), await make_account(owner=partner_owner(partner.id))
    await move(source.id, ours.id, 5)
    [delivery_id] = await webhooks.dispatch()
    with pytest.raises(webhooks.DeliveryFailed):
        await webhooks.deliver(delivery_id, KEY, allowed_hosts=("127.0.0.1",))
    webhooks.transport = httpx.MockTransport(lambda _: httpx.Response(503))
    try:
        with pytest.raises(webhooks.DeliveryFailed):
            await webhooks.deliver(delivery_id, KEY, allowed_hosts=("127.0.0.1",))
    finally:
        webhooks.transport = None
    # when the partner reads the log
    body = await call_as(admin, LOG, e=str(endpoint.id))
    # then each attempt has a category (and the status code when the endpoint answered)
    assert [e["node"] for e in body["data"]["webhookAttempts"]["edges"]] == [
        {"number": 2, "statusCode": 503, "category": "HTTP_STATUS", "succeeded": False},
        {"number": 1, "statusCode": None, "category": "REFUSED", "succeeded": False},
    ]


async def test_a_resolver_that_hangs_counts_as_unresolvable(monkeypatch, make_partner):
    # given DNS that never answers
    from models.events import targets

    async def hang(host: str, port: int) -> list[str]:
        await asyncio.sleep(3600)
        return []

    monkeypatch.setattr(targets, "resolver", hang)
    monkeypatch.setattr(targets, "RESOLVE_TIMEOUT_SECONDS", 0.05)
    partner = await make_partner()
    # when an endpoint is registered, then it is refused at once, not held
    with pytest.raises(TargetRefused) as refused:
        await webhooks.create_endpoint(OWNER, partner.id, "https://slow.example.com/", KEY)
    assert refused.value.refusal is Refusal.UNRESOLVABLE
