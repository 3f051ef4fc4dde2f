"""Write the next aerich migration from the models: `python scripts/make_migration.py NAME`.

It applies the committed migrations to a scratch database on the server named by
ETEBAR_TEST_DATABASE_URL (default: the local PostgreSQL), asks aerich for the difference, and
drops the scratch database again.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys

import asyncpg
from aerich import Command

from etebar.database import MIGRATIONS_DIR, tortoise_config


async def main(name: str) -> None:
    server = os.environ.get("ETEBAR_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    base, _, _ = server.rpartition("/")
    scratch = f"etebar_migration_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(server)
    await admin.execute(f'CREATE DATABASE "{scratch}"')
    try:
        config = tortoise_config(f"{base}/{scratch}")
        command = Command(tortoise_config=config, app="models", location=str(MIGRATIONS_DIR))
        await command.init()
        await command.upgrade(run_in_transaction=True)
        command = Command(tortoise_config=config, app="models", location=str(MIGRATIONS_DIR))
        await command.init()
        written = await command.migrate(name=name, no_input=True)
        print(written or "no change")
    finally:
        from tortoise import Tortoise

        await Tortoise.close_connections()
        await admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
