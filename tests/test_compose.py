"""docker-compose.yml, read without Docker: its variables are real settings, its commands real
`etebar` commands, and the production topology is all there."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml

from etebar.cli import app
from models.platform.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
REQUIRED_SERVICES = {"postgres", "rabbitmq", "redis", "migrate", "api", "worker", "scheduler"}
ETEBAR_COMMANDS = {"migrate": "migrate", "api": "serve", "worker": "worker",
                   "scheduler": "scheduler"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = compose["services"]
    return found


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): str(v) for k, v in env.items()}


def _interpolate(value: str) -> str:
    """Compose's `${VAR:-default}` gives the default, `${VAR:?error}` a stand-in value: 16
    digits, which passes as a secret, a password, a host name and a terminal number alike."""

    def replace(match: re.Match[str]) -> str:
        operator, argument = match.group(2), match.group(3)
        return argument if operator == ":-" else "1" * 16

    return re.sub(r"\$\{(\w+)(:[-?])([^}]*)\}", replace, value)


def _cli_commands() -> set[tuple[str, ...]]:
    """Every command path of the typer app: ("serve",), ("ledger", "verify"), ..."""
    paths: set[tuple[str, ...]] = set()

    def walk(command: Any, prefix: tuple[str, ...]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            paths.add((*prefix, name))
            walk(sub, (*prefix, name))

    walk(typer.main.get_command(app), ())
    return paths


def test_topology_has_every_required_service(services: dict[str, dict[str, Any]]) -> None:
    assert set(services) >= REQUIRED_SERVICES


def test_every_etebar_variable_is_a_settings_field(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        for variable in _environment(service):
            if variable.startswith("ETEBAR_"):
                assert _is_a_field(variable.removeprefix("ETEBAR_").lower()), (name, variable)


def _is_a_field(name: str) -> bool:
    """`field` of Settings, or `section__field` of one of its sections."""
    section, _, field = name.partition("__")
    if not field:
        return section in Settings.model_fields
    annotation = Settings.model_fields[section].annotation if (
        section in Settings.model_fields) else None
    return field in getattr(annotation, "model_fields", {})


def test_every_service_environment_makes_valid_production_settings(
        services: dict[str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ETEBAR_COMMANDS:
        env = _environment(services[name])
        with monkeypatch.context() as patch:
            for variable in [v for v in os.environ if v.startswith("ETEBAR_")]:
                patch.delenv(variable)
            for variable, value in env.items():
                patch.setenv(variable, _interpolate(value))
            settings = Settings(_env_file=None)  # type: ignore[call-arg]  # pydantic-settings takes _env_file at init; its types do not say so
        assert settings.environment == "production", name
        assert settings.database_url and settings.database_url.startswith("postgres://"), name
        assert settings.worker.broker_url and settings.worker.broker_url.startswith("amqp://"), name
        assert settings.events.url and settings.events.url.startswith("redis://"), name
        assert settings.host == "0.0.0.0", name  # noqa: S104 (containers listen on all)
        assert not settings.worker.in_process, name


def test_each_etebar_service_runs_a_real_cli_command(
        services: dict[str, dict[str, Any]]) -> None:
    commands = _cli_commands()
    for name, service in services.items():
        command = service.get("command")
        if isinstance(command, str):
            command = command.split()
        if not command or command[0] != "etebar":
            continue
        assert tuple(command[1:]) in commands, (name, command)
    for name, expected in ETEBAR_COMMANDS.items():
        assert services[name]["command"] == ["etebar", expected], name


def test_api_runs_two_replicas_with_a_healthcheck(services: dict[str, dict[str, Any]]) -> None:
    api = services["api"]
    assert api["deploy"]["replicas"] == 2
    assert "healthz" in " ".join(api["healthcheck"]["test"])
    assert "ports" not in api, "replicas cannot share a host port; the proxy publishes one"


def test_etebar_services_wait_for_healthy_dependencies_and_migrations(
        services: dict[str, dict[str, Any]]) -> None:
    for name in ("api", "worker", "scheduler"):
        depends = services[name]["depends_on"]
        for dependency in ("postgres", "rabbitmq", "redis"):
            assert depends[dependency]["condition"] == "service_healthy", (name, dependency)
            assert "healthcheck" in services[dependency], dependency
        assert depends["migrate"]["condition"] == "service_completed_successfully", name
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["migrate"].get("restart") == "no"


def test_postgres_is_version_16_or_later(services: dict[str, dict[str, Any]]) -> None:
    tag = services["postgres"]["image"].split(":", 1)[1]
    assert int(tag.split(".")[0].split("-")[0]) >= 16


def test_etebar_services_build_the_repository_image(
        services: dict[str, dict[str, Any]]) -> None:
    assert (ROOT / "Dockerfile").is_file()
    for name in ETEBAR_COMMANDS:
        assert services[name]["build"] == ".", name
        assert services[name]["image"] == "etebar:latest", name
