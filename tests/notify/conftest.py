"""Fixtures for email: a clean outbox, the local SMTP catcher on a free port (and the settings
pointing at it), failing SMTP servers, and customers with an address."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import dramatiq
import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session
from dramatiq.brokers.stub import StubBroker
from tortoise import connections

from models.identity.customers import create_customer
from models.identity.tables import Customer, Language
from models.notify.adapters.smtp import SmtpMailer
from models.notify.catcher_smtp import SmtpCatcher
from models.notify.mailer import Sender
from models.notify.settings import NotifySettings
from models.platform.settings import Settings
from tests.services import stub_broker as build_stub_broker
from tests.services import use_services

SENDER = Sender("no-reply@etebar.test", "اعتبار")


@pytest.fixture(autouse=True)
async def clean_mail(db: str) -> str:
    """The email tables empty (the shared `db` fixture does not know them)."""
    await connections.get("default").execute_script(
        "TRUNCATE notify_email_message, notify_caught_email RESTART IDENTITY")
    return db


@pytest.fixture
async def smtp_catcher(clean_mail: str) -> AsyncIterator[SmtpCatcher]:
    """The local SMTP catcher, listening on a free port of 127.0.0.1 for this test."""
    catcher = await SmtpCatcher(port=0).start()
    yield catcher
    await catcher.stop()


def _use_smtp(port: int) -> None:
    use_services(Settings(environment="test", notify=NotifySettings(
        smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
        smtp_from_address=SENDER.address, smtp_from_name=SENDER.name,
        email_max_attempts=3, email_retry_seconds=60)))


@pytest.fixture
def use_smtp(stub_broker: StubBroker) -> Callable[[int], None]:
    """Make the services the actors use name 127.0.0.1:<port> as the mail server (3 attempts,
    a minute's wait after the first failure)."""
    return _use_smtp


@pytest.fixture
def smtp_settings(smtp_catcher: SmtpCatcher,
                  use_smtp: Callable[[int], None]) -> SmtpCatcher:
    """The settings the actors read name the catcher as the mail server."""
    use_smtp(smtp_catcher.port)
    return smtp_catcher


@pytest.fixture
def catcher_mailer(smtp_catcher: SmtpCatcher) -> SmtpMailer:
    return SmtpMailer("127.0.0.1", smtp_catcher.port, security="none", timeout_seconds=5)


class Refusing:
    """An SMTP server's handler that refuses every recipient with one reply."""

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.received = 0

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        return self.reply

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.received += 1
        return "250 OK"


@pytest.fixture
async def refusing_server() -> AsyncIterator[Callable[[str], Awaitable[int]]]:
    """Start an SMTP server that answers every recipient with `reply`; its port."""
    servers: list[asyncio.Server] = []

    async def start(reply: str) -> int:
        handler = Refusing(reply)
        server = await asyncio.get_running_loop().create_server(
            lambda: SMTP(handler), host="127.0.0.1", port=0)
        servers.append(server)
        port: int = server.sockets[0].getsockname()[1]
        return port

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()


@pytest.fixture
def closed_port() -> int:
    """A port of 127.0.0.1 where nothing listens (connections are refused)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def make_mail_customer(db: str) -> Callable[..., Awaitable[Customer]]:
    counter = iter(range(1_000_000, 9_999_999))

    async def make(*, email: str | None = "sara@example.com",
                   language: Language = Language.FA, name: str = "سارا") -> Customer:
        return await create_customer(f"0913{next(counter)}", name, language, email=email)

    return make




# --- the actors on a stub broker, as tests/workers does

@pytest.fixture
def stub_broker(db: str) -> Iterator[StubBroker]:
    broker = build_stub_broker(db)
    yield broker
    broker.close()


@pytest.fixture
def run_stub(stub_broker: StubBroker) -> Iterator[Callable[[], Awaitable[None]]]:
    """Wait until a stub worker has processed every message; re-raise the first failure."""
    worker = dramatiq.Worker(stub_broker, worker_threads=4, worker_timeout=100)
    worker.start()

    def join() -> None:
        stub_broker.join("default", timeout=20_000)
        worker.join()

    async def run() -> None:
        await asyncio.to_thread(join)

    yield run
    worker.stop()
