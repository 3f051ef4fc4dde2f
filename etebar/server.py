"""The one ASGI app: /graphql, /admin, /healthz, /metrics, with the database and worker lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute
from tortoise import Tortoise, connections

from api.app import graphql_app
from api.request_limits import guard
from etebar.database import migrate, resolve_database_url, tortoise_config
from etebar.domains import DOMAINS, Domain
from etebar.domains.compose import (
    admin_parts,
    declare_actors,
    http_routes,
    model_modules,
    periodic_jobs,
    schema_parts,
)
from etebar.settings import Settings

log = logging.getLogger(__name__)

REQUESTS = Counter("etebar_http_requests_total", "HTTP requests", ["path", "status"])
LATENCY = Histogram("etebar_http_request_seconds", "HTTP request latency", ["path"])


async def healthz(_: Request) -> JSONResponse:
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception as error:  # any failure at all means unhealthy
        return JSONResponse({"status": "error", "database": str(error)[:200]}, status_code=503)
    return JSONResponse({"status": "ok"})


_LANDING = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Etebar</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>Etebar (اعتبار)</h1>
<ul>
<li><a href="/admin/">The admin</a>: sign in as staff.</li>
{graphiql}</ul>
</body></html>
"""


def landing(settings: Settings) -> Callable[[Request], Awaitable[HTMLResponse]]:
    """`/`: links to the admin and, outside production, to GraphiQL."""
    graphiql = ("" if settings.environment == "production" else
                '<li><a href="/graphql">GraphiQL</a>: the API, with the README\'s tour to paste '
                "(the GraphQL endpoint is <code>/graphql</code>).</li>\n")
    page = _LANDING.format(graphiql=graphiql)

    async def endpoint(_: Request) -> HTMLResponse:
        return HTMLResponse(page)

    return endpoint


async def metrics(_: Request) -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def _metrics_route(settings: Settings) -> Route | None:
    """`/metrics`, behind `ETEBAR_METRICS_TOKEN` when one is set; open without one outside
    production, and not served at all in production without one (its figures tell an outsider
    how busy the installation is and which paths fail)."""
    if settings.metrics_token is None:
        return None if settings.environment == "production" else Route("/metrics", metrics)
    expected = f"Bearer {settings.metrics_token.get_secret_value()}".encode()

    async def guarded(request: Request) -> Response:
        given = request.headers.get("authorization", "").encode()
        if not hmac.compare_digest(given, expected):
            return Response("a bearer token is required\n", status_code=401,
                            headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
        return await metrics(request)

    return Route("/metrics", guarded)


def _metered(app: Any) -> Callable[[Any, Any, Any], Awaitable[None]]:
    """Count and time HTTP requests by their first path segment (bounded label values)."""

    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        path = "/" + scope["path"].strip("/").split("/", 1)[0]
        status = {"code": 500}

        async def send_wrapper(message: Any) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        started = time.perf_counter()
        try:
            await app(scope, receive, send_wrapper)
        finally:
            LATENCY.labels(path).observe(time.perf_counter() - started)
            REQUESTS.labels(path, str(status["code"])).inc()

    return asgi


async def _start_smtp_catcher(settings: Settings) -> Any:
    """The local SMTP catcher (development without `smtp_host`), or None when its port is taken
    (another `etebar serve` runs one: mail goes there)."""
    from models.notify.catcher_smtp import SmtpCatcher

    try:
        return await SmtpCatcher(port=settings.smtp_catcher_port).start()
    except OSError as error:
        log.warning("SMTP catcher not started on port %d: %s", settings.smtp_catcher_port, error)
        return None


def build_app(settings: Settings, *, domains: Sequence[Domain] = DOMAINS,
              manage_database: bool = True, run_worker: bool | None = None,
              with_admin: bool = True) -> Starlette:
    """The whole server, of `domains`. `manage_database=False` leaves Tortoise to the caller
    (tests)."""
    parts = schema_parts(domains)
    graphql = graphql_app(settings, parts)
    in_process = settings.in_process_worker if run_worker is None else run_worker

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        worker: Any = None
        events: Any = None
        catcher: Any = None
        url: str | None = None
        if manage_database:
            url = resolve_database_url(settings)
            config = tortoise_config(url, settings.database_pool_size, model_modules(domains))
            if settings.embedded_database:
                applied = await migrate(config)
                if applied:
                    log.info("applied migrations: %s", ", ".join(applied))
                await Tortoise.close_connections()
            await Tortoise.init(config=config, _enable_global_fallback=True)
            from models.events.relay import Events

            events = await Events(url, settings.events_url,
                                  poll_seconds=settings.events_poll_seconds).start()
        if settings.smtp_catcher_wanted:  # before the worker that sends to it
            catcher = await _start_smtp_catcher(settings)
        if in_process and url is not None:  # an app that leaves Tortoise to its caller: none
            from workers.runtime import start_in_process_worker

            declare_actors(domains)
            # Starting and stopping block (threads, broker connections): off the loop.
            worker = await asyncio.to_thread(start_in_process_worker, settings, url,
                                             periodic_jobs(settings, domains))
        try:
            yield
        finally:
            if worker is not None:
                await asyncio.to_thread(worker.stop)
            if events is not None:
                await events.stop()
            if catcher is not None:
                await catcher.stop()
            if manage_database:
                await Tortoise.close_connections()

    routes: list[BaseRoute] = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/healthz", healthz),
        Route("/", landing(settings)),
    ]
    metrics_route = _metrics_route(settings)
    if metrics_route is not None:
        routes.append(metrics_route)
    app = Starlette(routes=routes, lifespan=lifespan)
    # Top up and pay: credited top-ups pay their order in this process.
    from models.billing import top_up_and_pay

    top_up_and_pay.install(timedelta(days=settings.billing_renewal_lead_days))
    # The domains' own HTTP routes: the banks' callbacks (and the bank simulators outside
    # production), the page the signed pay links of renewal emails land on.
    app.router.routes.extend(http_routes(settings, domains))
    if settings.environment != "production":
        from api.graphiql import assets_mount
        from etebar.simulators import payout as payout_simulator
        from etebar.simulators.kavenegar import KavenegarSimulator, kavenegar_simulator
        from etebar.simulators.mellat import mellat_simulator
        from etebar.simulators.saman import saman_simulator

        app.router.routes.append(Mount("/_sim/saman", app=saman_simulator()))
        app.router.routes.append(Mount("/_sim/mellat", app=mellat_simulator(
            terminal_id=settings.mellat_terminal_id, username=settings.mellat_username,
            password=settings.mellat_password)))
        app.router.routes.append(Mount("/_sim/payout", app=payout_simulator.http_app()))
        app.router.routes.append(Mount("/_sim/kavenegar", app=kavenegar_simulator(
            KavenegarSimulator(api_key=settings.kavenegar_api_key.get_secret_value()))))
        app.router.routes.append(assets_mount())
    if with_admin:
        from admin_ui import mount_admin

        mount_admin(app, settings, parts, admin_parts(domains))
    guard(app, settings)  # inside the metering, so refusals are counted too
    # Browser frontends on other origins: preflight answered, the bearer token allowed (no
    # cookies: the API's callers send their secret in Authorization).
    app.add_middleware(CORSMiddleware, allow_origins=settings.graphql_allowed_origins,
                       allow_methods=["GET", "POST"],
                       allow_headers=["Authorization", "Content-Type", "Accept"],
                       max_age=600)
    app.add_middleware(_MeteredMiddleware)
    return app


class _MeteredMiddleware:
    def __init__(self, app: Any) -> None:
        self._asgi = _metered(app)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self._asgi(scope, receive, send)
