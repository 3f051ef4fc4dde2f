"""The composition of the domains: each of Etebar's seams built from a list of manifests.

Every function takes the domains (the one list, `etebar.domains.DOMAINS`, unless a caller, such
as a test with a throwaway domain, passes another) and hands the parts to the layer that uses
them: the schema's parts to `api`, the periodic jobs to the scheduler, the pages and menu to the
admin, the model modules to Tortoise. `api/`, `workers/` and `admin_ui/` never import this
package; they receive what they need."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import strawberry
from pydantic import Field, create_model
from pydantic_settings import SettingsConfigDict
from starlette.routing import BaseRoute

from admin_ui.parts import AdminParts
from api import schema as api_schema
from api.schema import SchemaParts
from etebar.domains import DOMAINS
from etebar.domains.base import Domain
from etebar.settings import Settings
from workers.scheduler import Periodic

# aerich keeps its own table of applied migrations in the same app as the domains' tables.
AERICH_MODELS = "aerich.models"


def model_modules(domains: Sequence[Domain] = DOMAINS) -> list[str]:
    """Tortoise's model modules: every domain's, then aerich's."""
    return [*(module for domain in domains for module in domain.models), AERICH_MODELS]


def schema_parts(domains: Sequence[Domain] = DOMAINS) -> SchemaParts:
    """The domains' query, mutation and subscription parts, types and error handlers, in the
    list's order; each domain's queries left out of production follow its other queries."""
    return SchemaParts(
        queries=tuple(query for domain in domains
                      for query in (*domain.queries, *domain.outside_production)),
        mutations=tuple(part for domain in domains for part in domain.mutations),
        subscriptions=tuple(part for domain in domains for part in domain.subscriptions),
        outside_production=frozenset(query for domain in domains
                                     for query in domain.outside_production),
        types=tuple(kind for domain in domains for kind in domain.types),
        exception_handlers=tuple(handler for domain in domains
                                 for handler in domain.exception_handlers),
    )


def build_schema(settings: Settings, domains: Sequence[Domain] = DOMAINS) -> strawberry.Schema:
    """The API's schema (`api.schema.build_schema`) of the domains' parts."""
    return api_schema.build_schema(settings, schema_parts(domains))


def export_sdl(domains: Sequence[Domain] = DOMAINS) -> str:
    """The domains' schema as SDL: what `schema.graphql` holds (`make schema` writes it)."""
    return api_schema.export_sdl(schema_parts(domains))


def periodic_jobs(settings: Settings, domains: Sequence[Domain] = DOMAINS) -> list[Periodic]:
    """The scheduler's triggers: every domain's periodic jobs, their intervals read from
    `settings`."""
    return [Periodic(job.name, job.interval(settings), job.send)
            for domain in domains for job in domain.periodic_jobs]


def http_routes(settings: Settings, domains: Sequence[Domain] = DOMAINS) -> list[BaseRoute]:
    """The domains' own HTTP routes, beside `/graphql`, in the list's order."""
    return [route for domain in domains if domain.http_routes is not None
            for route in domain.http_routes(settings)]


def declare_actors(domains: Sequence[Domain] = DOMAINS) -> None:
    """Import every domain's actor modules, which declares their actors, so that a broker built
    afterwards (`workers.broker.build_broker`) binds them all and a worker consumes their
    queues."""
    for domain in domains:
        for module in domain.actor_modules:
            importlib.import_module(module)


def admin_parts(domains: Sequence[Domain] = DOMAINS) -> AdminParts:
    """The domains' admin pages and menu entries."""
    return AdminParts(pages=tuple(page for domain in domains for page in domain.admin_pages),
                      menu=tuple(entry for domain in domains for entry in domain.menu))


def catalogue_dirs(domains: Sequence[Domain] = DOMAINS) -> list[Path]:
    """The directories of the domains' message catalogues, in the list's order."""
    return [domain.translations for domain in domains if domain.translations is not None]


async def seed_demo_steps(settings: Settings, domains: Sequence[Domain] = DOMAINS) -> None:
    """Run each domain's demo step in the list's order (`etebar seed-demo`, after the demo
    scenario of `models.demo`); every step is idempotent, as the command is."""
    for domain in domains:
        if domain.demo is not None:
            await domain.demo(settings)


class _SectionedSettings(Settings):
    """The settings with sections: `ETEBAR_<SECTION>__<FIELD>` fills a section's field."""

    model_config = SettingsConfigDict(env_nested_delimiter="__")


def compose_settings(domains: Sequence[Domain] = DOMAINS) -> type[Settings]:
    """`Settings` with one section per domain that declares one, as the attribute of the
    domain's name (`settings.<domain>.<field>`), each field read from
    `ETEBAR_<DOMAIN>__<FIELD>` and defaulted by the section's own defaults."""
    sections: dict[str, Any] = {}
    for domain in domains:
        if domain.settings is None:
            continue
        if domain.name in Settings.model_fields or domain.name in sections:
            raise ValueError(f"the settings section {domain.name!r} is taken")
        sections[domain.name] = (domain.settings, Field(default_factory=domain.settings))
    return create_model("Settings", __base__=_SectionedSettings, __module__=__name__,
                        **sections)
