"""`etebar serve` runs the SMTP catcher in development without a mail server, and the workers
send where the settings say."""

from __future__ import annotations

import logging
import socket

import aiosmtplib
import pytest
from pydantic import SecretStr

from etebar.server import build_app
from etebar.services import smtp_mailer
from models.notify.mailer import Sender, build_message
from models.notify.settings import NotifySettings
from models.notify.tables import CaughtEmail
from models.platform.settings import Settings


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def _send(port: int) -> None:
    message = build_message(key="serve:1", to_address="sara@example.com", subject="سلام",
                            body="متن", language="fa", sender=Sender("a@etebar.test"))
    await aiosmtplib.send(message, hostname="127.0.0.1", port=port, timeout=5)


async def test_serve_in_development_catches_mail_while_it_runs(clean_mail):
    # given the server of a development set-up without a mail server
    port = _free_port()
    app = build_app(Settings(environment="development",
                             notify=NotifySettings(smtp_catcher_port=port)),
                    manage_database=False, run_worker=False, with_admin=False)
    # when it runs, mail sent to the catcher's port is kept
    async with app.router.lifespan_context(app):
        await _send(port)
        assert (await CaughtEmail.get()).subject == "سلام"
    # and once it stopped, nothing listens there
    with pytest.raises(aiosmtplib.SMTPConnectError):
        await _send(port)


async def test_the_catchers_smtp_chatter_stays_out_of_the_servers_terminal(
        smtp_catcher, caplog):
    # given a server logging at INFO, as `etebar serve` does
    caplog.set_level(logging.INFO)
    # when mail goes through the catcher
    await _send(smtp_catcher.port)
    assert await CaughtEmail.exists()
    # then aiosmtpd's narration of each SMTP command is not logged
    assert [r.getMessage() for r in caplog.records if r.name == "mail.log"] == []


async def test_serve_with_a_mail_server_or_outside_development_starts_no_catcher():
    for settings in (Settings(environment="development",
                              notify=NotifySettings(smtp_host="mail.example.com")),
                     Settings(environment="test"), Settings(environment="production")):
        assert not settings.smtp_catcher_wanted


def test_workers_send_to_the_configured_server_with_its_security_and_sign_in():
    mailer = smtp_mailer(Settings(notify=NotifySettings(
        smtp_host="mail.example.com", smtp_port=465, smtp_security="tls", smtp_username="etebar",
        smtp_password=SecretStr("s3cret"), smtp_timeout_seconds=7)))
    assert (mailer.host, mailer.port, mailer.security, mailer.username, mailer.password,
            mailer.timeout_seconds) == ("mail.example.com", 465, "tls", "etebar", "s3cret", 7)


def test_without_a_server_development_sends_to_the_catcher_and_production_refuses():
    mailer = smtp_mailer(Settings(environment="development",
                                  notify=NotifySettings(smtp_catcher_port=2525)))
    assert (mailer.host, mailer.port, mailer.security) == ("127.0.0.1", 2525, "none")
    with pytest.raises(RuntimeError, match="ETEBAR_NOTIFY__SMTP_HOST"):
        smtp_mailer(Settings(environment="production"))
