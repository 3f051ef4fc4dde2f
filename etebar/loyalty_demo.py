"""The loyalty clubs' step of `etebar seed-demo`: the demo club (models.loyalty.demo), and its
first terminal's key kept in ETEBAR_DATA_DIR/demo-terminal-key (mode 0600) the way the demo
owner's token is kept, printed when it is issued."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from models.loyalty.demo import LoyaltyDemo, seed_loyalty_demo
from models.platform.settings import Settings

DEMO_TERMINAL_KEY_FILE = "demo-terminal-key"


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip() or None
    except FileNotFoundError:
        return None


def _write(path: Path, secret: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(secret + "\n")
    os.replace(temporary, path)


async def seed_demo_club(settings: Settings) -> LoyaltyDemo:
    path = settings.data_dir / DEMO_TERMINAL_KEY_FILE
    seeded = await seed_loyalty_demo(_read(path))
    if seeded.key_issued:
        _write(path, seeded.terminal_key)
        sys.stdout.write(f"issued the demo club's terminal key {seeded.terminal_key} "
                         f"(kept in {path})\n")
    return seeded
