"""Texts through Kavenegar: the adapter speaks Kavenegar's REST protocol to the local simulator
over HTTP (httpx's ASGI transport), its refusals become `SmsNotSent`, and a customer whose code
the provider did not take gets a typed error with nothing kept as sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import api.context
from etebar import sms as configured_sms
from etebar.settings import DEVELOPMENT_KAVENEGAR_API_KEY, Settings
from etebar.simulators.kavenegar import (
    DELIVERED,
    QUEUED,
    SENT,
    UNDELIVERED,
    KavenegarSimulator,
    kavenegar_simulator,
)
from models.identity.customers import CodePolicy, request_sign_in_code
from models.identity.tables import SignInCode
from models.notify.adapters.catcher import SmsCatcher
from models.notify.adapters.kavenegar import KavenegarSms, KavenegarStatus
from models.notify.sms import SmsNotSent
from models.notify.tables import CaughtSms

BASE = "http://kavenegar.test"
MOBILE = "09121234567"
POLICY = CodePolicy(secret_key="test-secret-key-0123456789", requests_per_hour=3)
REQUEST = 'mutation($m: String!) { requestSignInCode(mobile: $m) { __typename ' \
          "... on SignInCodeSent { mobile } ... on UserError { code message field } } }"


@pytest.fixture
def simulator() -> KavenegarSimulator:
    return KavenegarSimulator()


@pytest.fixture
def transport(simulator: KavenegarSimulator) -> httpx.ASGITransport:
    return httpx.ASGITransport(app=kavenegar_simulator(simulator))


def adapter(transport: httpx.AsyncBaseTransport, *, api_key: str = DEVELOPMENT_KAVENEGAR_API_KEY,
            template: str | None = None) -> KavenegarSms:
    return KavenegarSms(api_key=api_key, base_url=BASE, timeout_seconds=5, sender="10004346",
                        verify_template=template, transport=transport)


async def test_a_text_is_sent_with_sms_send_and_our_local_id(simulator, transport):
    # when
    sent = await adapter(transport).send_text(MOBILE, "سلام", local_id=7)
    # then the simulator recorded it as Kavenegar would, and answered its message id
    [message] = simulator.sent_to(MOBILE)
    assert (message.message, message.sender, message.local_id) == ("سلام", "10004346", "7")
    assert sent.message_id == message.message_id
    assert sent.status is KavenegarStatus.QUEUED


async def test_a_code_goes_through_verify_lookup_when_a_template_is_set(simulator, transport):
    await adapter(transport, template="etebar-verify").send_code(MOBILE, "123456", "code 123456")
    [message] = simulator.sent_to(MOBILE)
    assert (message.template, message.tokens) == ("etebar-verify", ("123456",))


async def test_a_code_goes_as_text_without_a_template(simulator, transport):
    await adapter(transport).send_code(MOBILE, "123456", "your code is 123456")
    [message] = simulator.sent_to(MOBILE)
    assert message.template is None
    assert message.message == "your code is 123456"


async def test_a_wrong_api_key_is_a_refusal_with_the_providers_status(simulator, transport):
    with pytest.raises(SmsNotSent) as refused:
        await adapter(transport, api_key="not-the-key").send(MOBILE, "hi")
    assert refused.value.provider_status == 401
    assert simulator.messages == {}


async def test_an_invalid_receptor_is_refused_on_the_mobile_field(simulator, transport):
    with pytest.raises(SmsNotSent) as refused:
        await adapter(transport).send("02112345678", "hi")
    assert (refused.value.provider_status, refused.value.field) == (411, "mobile")


async def test_spent_credit_is_a_refusal(simulator, transport):
    simulator.out_of_credit()
    with pytest.raises(SmsNotSent) as refused:
        await adapter(transport).send(MOBILE, "hi")
    assert refused.value.provider_status == 418
    assert refused.value.code == "sms_not_sent"


async def test_an_unreachable_provider_is_a_refusal_and_a_send_is_tried_once():
    calls = []

    def down(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(SmsNotSent):
        await adapter(httpx.MockTransport(down)).send(MOBILE, "hi", local_id=1)
    # a lost answer could mean a sent text: the send is not repeated
    assert len(calls) == 1


async def test_status_moves_from_queued_to_sent_to_delivered(simulator, transport):
    kavenegar = adapter(transport)
    sent = await kavenegar.send_text(MOBILE, "hi", local_id=42)
    assert sent.status == QUEUED
    assert (await kavenegar.status(sent.message_id)).status == SENT
    delivered = await kavenegar.status_by_local_id(42)
    assert delivered.status == DELIVERED
    assert delivered.delivered and not delivered.failed


async def test_a_configured_number_ends_undelivered(simulator, transport):
    simulator.undeliverable("09350000000")
    kavenegar = adapter(transport)
    sent = await kavenegar.send_text("09350000000", "hi")
    await kavenegar.status(sent.message_id)
    final = await kavenegar.status(sent.message_id)
    assert final.status == UNDELIVERED
    assert final.failed


async def test_an_unknown_message_has_the_invalid_status(transport):
    assert (await adapter(transport).status(999)).status is KavenegarStatus.INVALID


async def test_the_server_mounts_the_simulator_at_sim_kavenegar_outside_production(api_app):
    kavenegar = KavenegarSms(api_key=DEVELOPMENT_KAVENEGAR_API_KEY,
                             base_url="http://test/_sim/kavenegar", timeout_seconds=5,
                             transport=httpx.ASGITransport(app=api_app))
    sent = await kavenegar.send_text(MOBILE, "hi", local_id=901)
    assert (await kavenegar.status_by_local_id(901)).message_id == sent.message_id


# --- the sign-in code through the configured adapter

@pytest.fixture
def kavenegar_configured(monkeypatch: pytest.MonkeyPatch,
                         transport: httpx.ASGITransport) -> None:
    """The API's context builds its sender from settings naming Kavenegar (at the simulator)."""
    kavenegar: Any = Settings(_env_file=None, environment="test",  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
                              sms_adapter="kavenegar", kavenegar_base_url=BASE)
    monkeypatch.setattr(configured_sms, "transport", transport)
    monkeypatch.setattr(api.context, "sms_sender",
                        lambda _settings: configured_sms.sms_sender(kavenegar))


async def test_a_customer_asking_for_a_code_gets_it_through_kavenegar(
        kavenegar_configured, simulator, call_as, make_customer):
    await make_customer(mobile=MOBILE)
    body = await call_as(None, REQUEST, m=MOBILE)
    assert body["data"]["requestSignInCode"]["__typename"] == "SignInCodeSent"
    # with the code's id as its local id
    [message] = simulator.sent_to(MOBILE)
    [code] = await SignInCode.filter(mobile=MOBILE)
    assert message.local_id == str(code.id)
    assert await CaughtSms.all().count() == 0


async def test_when_the_provider_refuses_the_customer_gets_a_typed_error_and_no_code_is_kept(
        kavenegar_configured, simulator, call_as, make_customer):
    # given a provider out of credit
    await make_customer(mobile=MOBILE)
    simulator.out_of_credit()
    # when the customer asks for a code
    body = await call_as(None, REQUEST, m=MOBILE)
    # then a typed error, and no code stands as sent (none to sign in with, none counted)
    assert body["data"]["requestSignInCode"]["__typename"] == "SmsNotSentError"
    assert body["data"]["requestSignInCode"]["code"] == "sms_not_sent"
    assert await SignInCode.filter(mobile=MOBILE).count() == 0


async def test_a_failed_send_does_not_spend_one_of_the_hours_codes(simulator, transport,
                                                                    make_customer):
    await make_customer(mobile=MOBILE)
    simulator.out_of_credit()
    # each ask from an address of its own, so that only the number's own limit is in play
    for n in range(POLICY.requests_per_hour + 1):
        with pytest.raises(SmsNotSent):
            await request_sign_in_code(MOBILE, adapter(transport), POLICY, f"192.0.2.{n}")
    simulator.no_credit = False
    await request_sign_in_code(MOBILE, adapter(transport), POLICY, "198.51.100.1")
    assert len(simulator.sent_to(MOBILE)) == 1


def test_development_and_tests_use_the_catcher_by_default() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
    assert settings.sms_adapter == "catcher"
    assert isinstance(configured_sms.sms_sender(settings), SmsCatcher)


def test_outside_production_kavenegar_defaults_to_the_local_simulator() -> None:
    settings: Any = Settings(_env_file=None, sms_adapter="kavenegar")  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
    assert settings.kavenegar_url == "http://127.0.0.1:8000/_sim/kavenegar"
    production: Any = Settings(_env_file=None, environment="production")  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
    assert production.kavenegar_url == "https://api.kavenegar.com"
