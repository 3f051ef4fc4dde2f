"""The manifest of a domain: everything a domain brings to Etebar, declared in one place.

Each domain package (`models/<domain>/` with its `api/`, `workers/actors/` and `admin_ui/pages/`
modules) has one manifest, `etebar/domains/<domain>.py`, exporting `DOMAIN`; the composition
root iterates `etebar.domains.DOMAINS` and nothing else names a domain's parts. The order of
that list is the order of the schema's root fields, of the scheduler's jobs and of the model
modules."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from starlette.routing import BaseRoute

from admin_ui.parts import MenuEntry, PageRegistrar
from etebar.settings import Settings


@dataclass(frozen=True, slots=True)
class PeriodicJob:
    """A trigger the scheduler fires: `send` (an actor's `.send`, which only enqueues) every
    `interval(settings)` seconds. `name` is the job's name in the scheduler's log and counts."""

    name: str
    interval: Callable[[Settings], float]
    send: Callable[[], object]


@dataclass(frozen=True, slots=True)
class Domain:
    """What one domain brings. Every part is optional but its name.

    - `models`: its Tortoise model modules (dotted paths), for the ORM and the migrations.
    - `queries`, `mutations`, `subscriptions`: its Strawberry root parts, merged in the list's
      order; `outside_production`: its queries left out of the production schema (they follow
      its other queries); `types`: schema types no field reaches.
    - `exception_handlers`: how its errors become members of result unions (Strawberry
      `ExceptionHandler`s, tried in order, before the API's general ones).
    - `periodic_jobs` and `actor_modules`: what its workers run; importing the actor modules
      declares the actors before a broker binds them.
    - `http_routes`: its own HTTP routes beside `/graphql` (a bank's callbacks, say).
    - `admin_pages` (page modules' `create`) and `menu`: its admin pages and menu entries.
    - `settings`: its settings section, a pydantic model with a default for every field, read
      as `Settings().<name>` from `ETEBAR_<NAME>__<FIELD>` (`compose.compose_settings`).
    - `translations`: the directory of its message catalogues.
    - `demo`: its step of `etebar seed-demo`, run after the ones before it in the list.
    """

    name: str
    models: tuple[str, ...] = ()
    queries: tuple[type, ...] = ()
    outside_production: tuple[type, ...] = ()
    mutations: tuple[type, ...] = ()
    subscriptions: tuple[type, ...] = ()
    types: tuple[type, ...] = ()
    exception_handlers: tuple[Any, ...] = ()
    periodic_jobs: tuple[PeriodicJob, ...] = ()
    actor_modules: tuple[str, ...] = ()
    http_routes: Callable[[Settings], Sequence[BaseRoute]] | None = None
    admin_pages: tuple[PageRegistrar, ...] = ()
    menu: tuple[MenuEntry, ...] = ()
    settings: type[BaseModel] | None = None
    translations: Path | None = None
    demo: Callable[[Settings], Awaitable[object]] | None = None
