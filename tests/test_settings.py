"""The settings: one section per domain read from `ETEBAR_<SECTION>__<FIELD>`, secrets kept
secret, and the services the root builds from them once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from etebar.services import build_services
from etebar.simulators.payout import PayoutSimulator
from models.billing.settings import BillingSettings
from models.platform.settings import Settings
from models.wallet.cashouts.adapters.http import HttpPayoutAdapter
from models.wallet.settings import WalletSettings


def test_a_sections_variable_sets_its_field(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ETEBAR_WALLET__TOPUP_MIN_AMOUNT", "20000")
    monkeypatch.setenv("ETEBAR_BILLING__REMINDER_DAYS", "[2, -2]")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
    assert settings.wallet.topup_min_amount == 20_000
    assert settings.billing.reminder_days == [2, -2]


def test_a_flat_name_of_earlier_versions_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ETEBAR_TOPUP_MIN_AMOUNT", "20000")
    assert Settings(_env_file=None).wallet.topup_min_amount == 10_000  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so


def test_no_secret_shows_in_the_settings_text(monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = {"ETEBAR_SECRET_KEY": "secret-key-of-this-test-0123456789",
               "ETEBAR_METRICS_TOKEN": "metrics-token-of-this-test",
               "ETEBAR_NOTIFY__SMTP_PASSWORD": "smtp-password-of-this-test",
               "ETEBAR_NOTIFY__KAVENEGAR_API_KEY": "kavenegar-key-of-this-test",
               "ETEBAR_WALLET__MELLAT_PASSWORD": "mellat-password-of-this-test"}
    for name, value in secrets.items():
        monkeypatch.setenv(name, value)
    text = repr(Settings(_env_file=None))  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
    assert not [value for value in secrets.values() if value in text]


def test_the_renewal_lead_time_comes_from_the_billing_section_once() -> None:
    services = build_services(Settings(environment="test",
                                       billing=BillingSettings(renewal_lead_days=5)))
    assert services.settings.billing.renewal_lead_time == timedelta(days=5)
    assert services.policies.renewal.lead_time == timedelta(days=5)


def test_the_root_chooses_the_payout_simulator_or_the_banks_api() -> None:
    simulated = build_services(Settings(environment="test"))
    bank = build_services(Settings(environment="test", wallet=WalletSettings(
        cashout_payout_adapter="http", cashout_payout_url="https://payout.bank.example/v1")))
    assert isinstance(simulated.adapters.payout, PayoutSimulator)
    assert isinstance(bank.adapters.payout, HttpPayoutAdapter)
