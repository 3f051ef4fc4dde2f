"""aerich owns the schema: the committed migrations describe exactly what the models describe."""

import shutil
import subprocess
import sys
from pathlib import Path

from etebar.database import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent

# Runs in its own process: aerich initialises Tortoise globally and would replace the test
# session's connections. With a third argument, the models state recorded in that migration
# file stands in for the database's, to show that the check notices a difference.
DIFF = """
import asyncio, importlib.util, sys
from aerich import Command
from aerich.migrate import Migrate
from aerich.utils import decompress_dict
from etebar.database import tortoise_config

async def main() -> None:
    command = Command(tortoise_config=tortoise_config(sys.argv[1]), app="models",
                      location=sys.argv[2])
    await command.init()
    if len(sys.argv) > 3:
        spec = importlib.util.spec_from_file_location("older", sys.argv[3])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        Migrate._last_version_content = decompress_dict(module.MODELS_STATE)
    print("DIFF:" + (await command.migrate(name="drift", no_input=True) or ""))

asyncio.run(main())
"""


def _diff(database_url: str, location: Path, *older: Path) -> str:
    result = subprocess.run([sys.executable, "-c", DIFF, database_url, str(location),
                             *map(str, older)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().rpartition("DIFF:")[2]


def _copy(tmp_path: Path) -> Path:
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location)
    return location


def test_models_and_migrations_do_not_differ(database_url, tmp_path):
    created = _diff(database_url, _copy(tmp_path))
    assert created == "", f"models changed without a migration: aerich would write {created}"


def test_the_check_notices_a_model_change(database_url, tmp_path):
    location = _copy(tmp_path)
    versions = sorted((location / "models").glob("*.py"), key=lambda p: int(p.name.split("_")[0]))
    assert _diff(database_url, location, versions[0]) != ""
