"""The addresses `etebar serve` prints and sends (links, the simulators' URLs) follow the host and
port it is configured with, unless a public URL is set."""

from __future__ import annotations

from pathlib import Path

import pytest

from etebar.cli import _banner, _settings
from models.platform.settings import Settings


@pytest.fixture(autouse=True)
def _no_address_in_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("ETEBAR_HOST", "ETEBAR_PORT", "ETEBAR_PUBLIC_URL",
                 "ETEBAR_WALLET__CASHOUT_PAYOUT_URL", "ETEBAR_WALLET__SAMAN_BASE_URL",
                 "ETEBAR_WALLET__MELLAT_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ETEBAR_DATA_DIR", str(tmp_path))


def test_every_local_address_follows_the_configured_port(monkeypatch):
    # given only a port in the environment
    monkeypatch.setenv("ETEBAR_PORT", "8123")
    settings = Settings()
    # then links, the bank simulators and the payout simulator all name that port
    assert settings.public_url == "http://127.0.0.1:8123"
    assert settings.saman_url == "http://127.0.0.1:8123/_sim/saman"
    assert settings.mellat_url == "http://127.0.0.1:8123/_sim/mellat"
    assert settings.wallet.cashout_payout_url == "http://127.0.0.1:8123/_sim/payout"


def test_serve_with_a_port_option_prints_and_links_that_port():
    # when `etebar serve --host 0.0.0.0 --port 8124` reads its settings
    settings = _settings(host="0.0.0.0", port=8124)  # noqa: S104 (never bound here)
    # then the banner and the links name an address a browser here can open
    assert settings.public_url == "http://127.0.0.1:8124"
    banner = _banner(settings, settings.port)
    assert "http://127.0.0.1:8124/graphql" in banner
    assert "http://127.0.0.1:8124/admin/" in banner


def test_a_public_url_that_is_set_is_kept_whatever_the_port(monkeypatch):
    monkeypatch.setenv("ETEBAR_PORT", "8125")
    monkeypatch.setenv("ETEBAR_PUBLIC_URL", "https://etebar.example")
    settings = Settings()
    assert settings.public_url == "https://etebar.example"
    assert "https://etebar.example/graphql" in _banner(settings, 8125)
