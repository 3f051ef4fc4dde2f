"""A domain is a package with one manifest: a throwaway domain, registered beside the real ones
in one list, reaches the schema, the scheduler, the admin's menu and the settings, with no
change anywhere else."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest
import strawberry
from pydantic import BaseModel, Field
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import BaseRoute, Route

from admin_ui.client import AdminApi
from admin_ui.frame import menu_for
from admin_ui.parts import MenuEntry
from admin_ui.session import StaffSession
from admin_ui.text import speaking
from etebar.domains import DOMAINS
from etebar.domains.base import Domain, PeriodicJob
from etebar.domains.compose import (
    admin_parts,
    build_schema,
    catalogue_dirs,
    compose_settings,
    model_modules,
    periodic_jobs,
    schema_parts,
    seed_demo_steps,
)
from etebar.server import build_app
from models.platform.services import Services
from models.platform.settings import Settings
from tests.services import services_for


@strawberry.type
class KioskQuery:
    @strawberry.field(description="The kiosk's greeting.")
    def kiosk_greeting(self) -> str:
        return "salaam"


class KioskSettings(BaseModel):
    bell_seconds: float = Field(default=60.0, gt=0)


rung: list[str] = []


def ring_bell() -> None:
    rung.append("ring")


def kiosk_bell_seconds(settings: Settings) -> float:
    sectioned: Any = settings  # the composed settings carry the kiosk's section
    return float(sectioned.kiosk.bell_seconds)


async def kiosk_door(_: Request) -> PlainTextResponse:
    return PlainTextResponse("open")


def kiosk_routes(services: Services) -> list[BaseRoute]:
    return [Route("/kiosk/door", kiosk_door)]


def create_kiosk_page(api: AdminApi) -> None:
    """Would declare the kiosk's NiceGUI page; the admin is mounted once per process, so the
    test finds the registrar among the admin's parts instead of mounting a second admin."""


KIOSK = Domain(
    name="kiosk",
    queries=(KioskQuery,),
    periodic_jobs=(PeriodicJob("ring_kiosk_bell", kiosk_bell_seconds, ring_bell),),
    http_routes=kiosk_routes,
    admin_pages=(create_kiosk_page,),
    menu=(MenuEntry("/kiosk", "menu.kiosk", "kioskGreeting", 150),),
    settings=KioskSettings,
)
WITH_KIOSK = (*DOMAINS, KIOSK)


def test_the_throwaway_domains_query_is_in_the_schema():
    schema = build_schema(Settings(environment="test"), WITH_KIOSK)
    assert "kioskGreeting: String!" in schema.as_str()


async def test_the_server_of_the_list_answers_the_throwaway_domains_query():
    # given the server built from the list with the kiosk in it
    app = build_app(Settings(environment="test"), domains=WITH_KIOSK, manage_database=False,
                    run_worker=False, with_admin=False)
    # when anyone asks for the kiosk's greeting
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://t") as client:
        response = await client.post("/graphql", json={"query": "{ kioskGreeting }"})
    # then the kiosk answers
    assert response.json() == {"data": {"kioskGreeting": "salaam"}}


async def test_the_server_of_the_list_serves_the_throwaway_domains_own_route():
    app = build_app(Settings(environment="test"), domains=WITH_KIOSK, manage_database=False,
                    run_worker=False, with_admin=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://t") as client:
        response = await client.get("/kiosk/door")
    assert (response.status_code, response.text) == (200, "open")


def test_the_real_domains_schema_has_no_throwaway_query():
    assert "kioskGreeting" not in build_schema(Settings(environment="test")).as_str()


def test_the_throwaway_domains_job_is_among_the_schedulers_at_its_settings_interval(
        monkeypatch: pytest.MonkeyPatch):
    # given the kiosk's bell every 7 seconds in the environment
    monkeypatch.setenv("ETEBAR_KIOSK__BELL_SECONDS", "7")
    settings = compose_settings(WITH_KIOSK)(environment="test")
    # when the scheduler's jobs are composed from the list
    jobs = {job.name: job for job in periodic_jobs(settings, WITH_KIOSK)}
    # then the bell is one of them, after every real domain's jobs, and sends to the kiosk
    assert jobs["ring_kiosk_bell"].interval_seconds == 7
    assert list(jobs)[-1] == "ring_kiosk_bell"
    jobs["ring_kiosk_bell"].send()
    assert rung == ["ring"]


def test_the_throwaway_domains_page_is_declared_and_in_the_menu_of_who_may_call_it():
    # given the admin's parts composed from the list
    parts = admin_parts(WITH_KIOSK)
    api = AdminApi(services_for(), schema_parts(WITH_KIOSK), parts.ordered_menu())
    # then the kiosk's page is declared with the others
    assert parts.pages[-1] is create_kiosk_page
    # and a member who may call the kiosk's operation finds it in the menu, after the others
    may = StaffSession(api=api, token="t", email="e@example.com", name="E", role="owner",
                       language="en", operations=frozenset({"ledgerSummary", "kioskGreeting"}))
    may_not = StaffSession(api=api, token="t", email="e@example.com", name="E", role="owner",
                           language="en", operations=frozenset({"ledgerSummary"}))
    with speaking("en"):
        assert [path for path, _ in menu_for(may)] == ["/dashboard", "/kiosk"]
        assert [path for path, _ in menu_for(may_not)] == ["/dashboard"]


def test_the_throwaway_domains_settings_section_is_read_from_its_environment(
        monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ETEBAR_KIOSK__BELL_SECONDS", "7")
    monkeypatch.setenv("ETEBAR_WORKER__THREADS", "3")
    settings: Any = compose_settings(WITH_KIOSK)()
    assert settings.kiosk == KioskSettings(bell_seconds=7)
    assert settings.worker.threads == 3  # the platform's own sections read as before


def test_a_section_left_unset_has_its_defaults():
    settings: Any = compose_settings(WITH_KIOSK)()
    assert settings.kiosk == KioskSettings()


def test_a_section_named_as_a_setting_is_refused():
    clash = Domain(name="port", settings=KioskSettings)
    with pytest.raises(ValueError, match="'port' is taken"):
        compose_settings((*DOMAINS, clash))


def test_the_throwaway_domains_tables_would_follow_the_real_ones():
    tables = Domain(name="kiosk", models=("kiosk.tables",))
    assert model_modules((*DOMAINS, tables))[-2:] == ["kiosk.tables", "aerich.models"]


async def test_the_throwaway_domains_demo_step_runs_with_the_settings():
    seeded: list[Settings] = []

    async def seed_kiosk(settings: Settings) -> None:
        seeded.append(settings)

    settings = Settings(environment="test")
    others = tuple(d for d in DOMAINS if d.demo is None)  # the real steps need a database
    await seed_demo_steps(settings, (*others, Domain(name="kiosk", demo=seed_kiosk)))
    assert seeded == [settings]


def test_the_throwaway_domains_catalogue_follows_the_real_ones(tmp_path: Path):
    kiosk = Domain(name="kiosk", translations=tmp_path)
    assert catalogue_dirs((*DOMAINS, kiosk))[-1] == tmp_path


MANIFESTS = Path(__file__).resolve().parent.parent / "etebar" / "domains"
NOT_MANIFESTS = {"__init__", "base", "compose"}


def test_every_manifest_is_in_the_one_list_under_its_file_name():
    for path in sorted(MANIFESTS.glob("*.py")):
        if path.stem in NOT_MANIFESTS:
            continue
        domain = importlib.import_module(f"etebar.domains.{path.stem}").DOMAIN
        assert domain.name == path.stem
        assert domain in DOMAINS, f"add {path.stem}.DOMAIN to etebar.domains.DOMAINS"


def test_no_two_domains_share_a_name():
    names = [domain.name for domain in DOMAINS]
    assert len(names) == len(set(names))
