"""Production is safe by default: `etebar serve`, `worker` and `scheduler` refuse to start with a
development secret or a simulator configured, naming every problem in one message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import CliRunner

from etebar.cli import app
from etebar.production import production_problems
from models.loyalty.settings import DEVELOPMENT_CARD_HASH_KEY
from models.notify.settings import DEVELOPMENT_KAVENEGAR_API_KEY
from models.platform.settings import DEVELOPMENT_SECRET_KEY, Settings

LONG_SECRET = "k" * 48
# Production with everything set as it should be, except what a test changes; each test looks
# for its own variable, and sets it by its name.
SOUND = {"ETEBAR_ENVIRONMENT": "production", "ETEBAR_SECRET_KEY": LONG_SECRET,
         "ETEBAR_NOTIFY__SMS_ADAPTER": "kavenegar",
         "ETEBAR_NOTIFY__KAVENEGAR_API_KEY": "a-real-kavenegar-key",
         "ETEBAR_WALLET__CASHOUT_PAYOUT_ADAPTER": "http",
         "ETEBAR_WALLET__CASHOUT_PAYOUT_URL": "https://payout.bank.example/v1",
         "ETEBAR_WORKER__BROKER_URL": "amqp://etebar:pw@rabbitmq:5672/",
         "ETEBAR_LOYALTY__CARD_HASH_KEY": "c" * 40,
         "ETEBAR_LOYALTY__SETTLEMENT_ADAPTER": "manual"}


@pytest.fixture
def problems_naming(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """The problems that name `variable`, with the sound environment and `changes`."""

    def problems(variable: str, **changes: str) -> list[str]:
        with monkeypatch.context() as patched:
            for name, value in {**SOUND, **changes}.items():
                patched.setenv(name, value)
            settings = Settings(_env_file=None)  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
        return [p for p in production_problems(settings) if p.startswith(variable)]

    return problems


def test_the_development_secret_is_refused(problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming("ETEBAR_SECRET_KEY", ETEBAR_SECRET_KEY=DEVELOPMENT_SECRET_KEY)
    assert "development value" in problem


def test_a_secret_under_32_bytes_is_refused(problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming("ETEBAR_SECRET_KEY", ETEBAR_SECRET_KEY="s" * 31)
    assert "31 bytes" in problem
    assert problems_naming("ETEBAR_SECRET_KEY", ETEBAR_SECRET_KEY="s" * 32) == []


def test_the_development_card_hash_key_is_refused(
        problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming("ETEBAR_LOYALTY__CARD_HASH_KEY",
                                ETEBAR_LOYALTY__CARD_HASH_KEY=DEVELOPMENT_CARD_HASH_KEY)
    assert "development value" in problem
    assert problems_naming("ETEBAR_LOYALTY__CARD_HASH_KEY") == []


def test_the_payout_simulator_is_refused(problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming("ETEBAR_WALLET__CASHOUT_PAYOUT_ADAPTER",
                                ETEBAR_WALLET__CASHOUT_PAYOUT_ADAPTER="simulator")
    assert "simulator" in problem
    assert problems_naming("ETEBAR_WALLET__CASHOUT_PAYOUT_ADAPTER") == []


def test_a_payout_url_at_the_simulator_is_refused(
        problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming(
        "ETEBAR_WALLET__CASHOUT_PAYOUT_URL",
        ETEBAR_WALLET__CASHOUT_PAYOUT_URL="https://etebar.example/_sim/payout")
    assert "simulator" in problem
    assert problems_naming("ETEBAR_WALLET__CASHOUT_PAYOUT_URL") == []


def test_the_settlement_psp_simulator_is_refused(
        problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming("ETEBAR_LOYALTY__SETTLEMENT_ADAPTER",
                                ETEBAR_LOYALTY__SETTLEMENT_ADAPTER="simulator")
    assert "simulator" in problem
    assert problems_naming("ETEBAR_LOYALTY__SETTLEMENT_ADAPTER") == []


def test_the_sms_catcher_is_refused(problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming("ETEBAR_NOTIFY__SMS_ADAPTER",
                                ETEBAR_NOTIFY__SMS_ADAPTER="catcher")
    assert "catcher" in problem


def test_kavenegar_at_the_simulator_is_refused(problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming(
        "ETEBAR_NOTIFY__KAVENEGAR_BASE_URL",
        ETEBAR_NOTIFY__KAVENEGAR_BASE_URL="https://etebar.example/_sim/kavenegar")
    assert "simulator" in problem
    # unset, production talks to api.kavenegar.com
    assert problems_naming("ETEBAR_NOTIFY__KAVENEGAR_BASE_URL") == []


def test_kavenegar_with_the_simulators_key_is_refused(
        problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming("ETEBAR_NOTIFY__KAVENEGAR_API_KEY",
                                ETEBAR_NOTIFY__KAVENEGAR_API_KEY=DEVELOPMENT_KAVENEGAR_API_KEY)
    assert "not set" in problem


def test_a_sound_production_configuration_has_no_problem(
        problems_naming: Callable[..., list[str]]) -> None:
    assert problems_naming("") == []


@pytest.mark.parametrize("variable", ["ETEBAR_WALLET__SAMAN_BASE_URL",
                                      "ETEBAR_WALLET__MELLAT_BASE_URL"])
def test_a_gateway_at_the_simulator_is_refused(
        variable: str, problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming(variable, **{variable: "https://etebar.example/_sim/bank"})
    assert "simulator" in problem
    # unset, production talks to the bank itself
    assert problems_naming(variable) == []


def test_the_stub_broker_is_refused(problems_naming: Callable[..., list[str]]) -> None:
    [problem] = problems_naming("ETEBAR_WORKER__BROKER_URL", ETEBAR_WORKER__BROKER_URL="stub://")
    assert "stub" in problem


def test_nothing_is_refused_outside_production() -> None:
    for environment in ("development", "test"):
        settings = Settings(_env_file=None, environment=environment)  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
        assert production_problems(settings) == []


@pytest.mark.parametrize("command", ["serve", "worker", "scheduler"])
def test_each_long_running_command_refuses_production_defaults_naming_every_problem(
        command: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    # given production with everything else at its development default
    monkeypatch.chdir(tmp_path)  # no .env file
    env = {"ETEBAR_ENVIRONMENT": "production", "ETEBAR_DATA_DIR": str(tmp_path / "data"),
           "ETEBAR_WORKER__BROKER_URL": "stub://"}
    # when the command starts
    result = CliRunner().invoke(app, [command], env=env)
    # then it refuses before touching anything, in one message naming each problem
    assert result.exit_code == 2, result.output
    message = result.stderr
    assert message.startswith("error: refusing to start with ETEBAR_ENVIRONMENT=production")
    for variable in ("ETEBAR_SECRET_KEY", "ETEBAR_WALLET__CASHOUT_PAYOUT_ADAPTER",
                     "ETEBAR_NOTIFY__SMS_ADAPTER", "ETEBAR_WORKER__BROKER_URL"):
        assert f"  - {variable}" in message, message
    assert not (tmp_path / "data").exists()


def test_a_refusal_names_the_simulator_urls_too(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Any) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"ETEBAR_ENVIRONMENT": "production", "ETEBAR_SECRET_KEY": LONG_SECRET,
           "ETEBAR_WALLET__CASHOUT_PAYOUT_ADAPTER": "http",
           "ETEBAR_WALLET__SAMAN_BASE_URL": "http://127.0.0.1:8000/_sim/saman",
           "ETEBAR_WALLET__MELLAT_BASE_URL": "http://127.0.0.1:8000/_sim/mellat",
           "ETEBAR_NOTIFY__SMS_ADAPTER": "kavenegar",
           "ETEBAR_NOTIFY__KAVENEGAR_API_KEY": "a-real-key",
           "ETEBAR_NOTIFY__KAVENEGAR_BASE_URL": "http://127.0.0.1:8000/_sim/kavenegar"}
    result = CliRunner().invoke(app, ["serve"], env=env)
    assert result.exit_code == 2, result.output
    for variable in ("ETEBAR_WALLET__CASHOUT_PAYOUT_URL", "ETEBAR_WALLET__SAMAN_BASE_URL",
                     "ETEBAR_WALLET__MELLAT_BASE_URL", "ETEBAR_NOTIFY__KAVENEGAR_BASE_URL"):
        assert f"  - {variable}" in result.stderr, result.stderr
    assert "ETEBAR_SECRET_KEY" not in result.stderr
