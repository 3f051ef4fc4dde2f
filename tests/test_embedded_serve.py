"""`etebar serve` on an embedded PostgreSQL, as `make run` starts it: it comes up, other commands
join its database, Ctrl-C stops it all, and a restart finds the data again."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

pytestmark = pytest.mark.slow

ETEBAR = str(Path(sys.executable).with_name("etebar"))
START_SECONDS = 60
STOP_SECONDS = 30

WALLETS = """
{ accounts(code: "customer_wallet", first: 20) {
    edges { node { externalId name creditsPosted debitsPosted debitsPending } } } }
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Served:
    """One `etebar serve` process, its output in a file."""

    def __init__(self, env: dict[str, str], cwd: Path, log: Path) -> None:
        self.log = log
        self.url = f"http://127.0.0.1:{env['ETEBAR_PORT']}"
        with log.open("ab") as out:
            self.process = subprocess.Popen([ETEBAR, "serve"], env=env, cwd=cwd, stdout=out,
                                            stderr=subprocess.STDOUT)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"serve exited with {self.process.returncode}:\n{self.output()}")
            try:
                response = httpx.get(f"{self.url}/healthz", timeout=2)
                if response.status_code == 200 and response.json() == {"status": "ok"}:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        pytest.fail(f"serve was not healthy within {START_SECONDS}s:\n{self.output()}")

    def interrupt(self) -> int:
        """Ctrl-C; the exit code."""
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            pytest.fail(f"serve did not stop within {STOP_SECONDS}s of SIGINT:\n{self.output()}")

    def graphql(self, token: str, query: str) -> dict[str, object]:
        response = httpx.post(f"{self.url}/graphql", json={"query": query}, timeout=10,
                              headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        body: dict[str, object] = response.json()
        assert "errors" not in body, body
        return body


def _postgres_of(pgdata: Path) -> list[psutil.Process]:
    found = []
    for process in psutil.process_iter(["name", "cmdline"]):
        cmdline = process.info["cmdline"] or []
        if process.info["name"] == "postgres" and str(pgdata) in cmdline:
            found.append(process)
    return found


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "data"
    yield path
    for process in _postgres_of(path.resolve() / "pgdata"):  # only after a failure
        process.terminate()


@pytest.fixture
def env(data_dir: Path) -> dict[str, str]:
    """The environment of `make run`: no database URL (embedded), no broker URL (in-process)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("ETEBAR_")}
    return {**base, "ETEBAR_DATA_DIR": str(data_dir), "ETEBAR_HOST": "127.0.0.1",
            "ETEBAR_PORT": str(_free_port()), "ETEBAR_ENVIRONMENT": "development"}


def _etebar(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ETEBAR, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=60, check=False)


def test_serve_stops_cleanly_on_ctrl_c_and_keeps_its_data(
        env: dict[str, str], data_dir: Path, tmp_path: Path) -> None:
    pgdata = data_dir.resolve() / "pgdata"
    served = Served(env, tmp_path, tmp_path / "serve-1.log")
    try:
        served.wait_healthy()
        # when: the demo data is written by a command that joins the running embedded server
        seeded = _etebar(env, tmp_path, "seed-demo")
        assert seeded.returncode == 0, seeded.stdout + seeded.stderr
        token = (data_dir / "demo-token").read_text().strip()
        before = served.graphql(token, WALLETS)
        assert len(before["data"]["accounts"]["edges"]) == 5  # type: ignore[index]  # the JSON answer is typed Any | None
        assert _postgres_of(pgdata), "the seed command must not stop the server it joined"
    finally:
        code = served.interrupt()

    # then: Ctrl-C ends serve with 0 and its PostgreSQL with it
    assert code == 0, served.output()
    assert "Application shutdown complete" in served.output()
    assert _postgres_of(pgdata) == []

    # when: it starts again
    served = Served(env, tmp_path, tmp_path / "serve-2.log")
    try:
        served.wait_healthy()
        # then: the data, the token and the banner are all there
        assert served.graphql(token, WALLETS) == before
        banner = served.output()
        assert f"demo token:   {token}" in banner
        assert f"{served.url}/graphql" in banner and f"{served.url}/admin/" in banner
        verified = _etebar(env, tmp_path, "ledger", "verify")
        assert (verified.returncode, verified.stdout.strip()) == (0, "ledger ok"), verified.stderr
    finally:
        code = served.interrupt()
    assert code == 0, served.output()
    assert _postgres_of(pgdata) == []
